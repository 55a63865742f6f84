"""The personal data this app holds, declared for the privacy app (export and erasure).

Each entry names a model, the field that points at the person, the fields that are personal
data, how an export presents them and what erasure does. Employment and assignments are the
employer's records of the person's work and training: erasure keeps their dates for the
school's statutory record but they stop pointing at the person once the account is anonymised
(the person's own account is erased by accounts; these rows then name nobody).
"""

from academy_site.privacy import PersonalData

DECLARATIONS = [
    PersonalData(
        model="workforce.Employment",
        person_field="person",
        fields=(
            "school",
            "job_role",
            "started_on",
            "left_on",
            "added_by",
            "created_at",
            "confirmed_at",
            "declined_at",
        ),
        export="One row per school: school, job role, started on, left on, confirmed or declined.",
        erase="pseudonymise",
        why="the employer's record of who trained while working there",
    ),
    PersonalData(
        model="workforce.SchoolRole",
        person_field="person",
        fields=("school", "kind", "granted_by", "granted_at", "ended_at"),
        export="One row per role: school, role, granted on, ended on.",
        erase="delete",
        why="ended roles are of no use once the person is gone",
    ),
    PersonalData(
        model="workforce.RoleInvitation",
        person_field="email",
        fields=("email", "school", "kind", "created_at", "expires_at", "accepted_at"),
        export="One row per invitation sent to the address.",
        erase="delete",
    ),
    PersonalData(
        model="workforce.Assignment",
        person_field="person",
        fields=("school", "module", "pathway", "due_on", "assigned_by", "assigned_at"),
        export="One row per assignment: school, module or pathway, due by, assigned on.",
        erase="delete",
        why="the completion records themselves belong to learning and credentials",
    ),
    PersonalData(
        model="workforce.SummarySent",
        person_field="role__person",
        fields=("week", "sent_at"),
        export="Not exported: a record that a weekly e-mail went out.",
        erase="delete",
    ),
    # Where the person acted for a school (added staff, granted a role, invited, assigned), the
    # record stays for the school without saying who acted.
    PersonalData(
        model="workforce.Employment",
        person_field="added_by",
        fields=("school", "created_at"),
        export="Staff you added to a school's list.",
        erase="pseudonymise",
    ),
    PersonalData(
        model="workforce.SchoolRole",
        person_field="granted_by",
        fields=("school", "kind", "granted_at"),
        export="School roles you granted.",
        erase="pseudonymise",
    ),
    PersonalData(
        model="workforce.RoleInvitation",
        person_field="invited_by",
        fields=("school", "kind", "created_at"),
        export="Invitations you sent to join a school.",
        erase="pseudonymise",
    ),
    PersonalData(
        model="workforce.Assignment",
        person_field="assigned_by",
        fields=("school", "module", "pathway", "assigned_at"),
        export="Training you assigned to staff.",
        erase="pseudonymise",
    ),
]
