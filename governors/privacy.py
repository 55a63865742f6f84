"""The personal data this app holds, declared for the privacy app (export and erasure).

A governorship is the board's record of who served, when and in what role, which the board must
keep (the governance handbook's register of governors): erasure keeps it, under the closed
account's pseudonym. Ratings and invitations are deleted; where the
person acted for a board (invited, chased, proposed), the record stays without their name."""

from academy_site.privacy import PersonalData

DECLARATIONS = [
    PersonalData(
        model="governors.TrainingStanding",
        person_field="governorship__governor",
        fields=("board", "requirement", "completed", "soon_from", "late_after"),
        export="One row per required training on each board you sit on: done or not, due soon "
        "from, late after.",
        erase="keep",
        why="it is worked out from the register of governors and the certificates, which are "
        "kept, and says nothing they do not; it goes when the governorship ends",
    ),
    PersonalData(
        model="governors.Governorship",
        person_field="governor",
        fields=("board", "role", "appointed_on", "term_ends_on", "ended_on", "created_at"),
        export="One row per place on a board: board, role, appointed on, term ends, left on.",
        erase="keep",
        why="the board must keep its register of governors and their terms (legal obligation)",
    ),
    PersonalData(
        model="governors.ReminderSent",
        person_field="governorship__governor",
        fields=("governorship", "kind", "requirement", "status", "cycle", "sent_at"),
        export="One row per training reminder or summary e-mailed to you.",
        erase="delete",
    ),
    PersonalData(
        model="governors.ReminderSent",
        person_field="sent_by",
        fields=("kind", "sent_at"),
        export="Reminders you sent to governors of your board.",
        erase="pseudonymise",
        why="the board's record of reminders stays; it no longer says who sent them",
    ),
    PersonalData(
        model="governors.SkillsRating",
        person_field="governor",
        fields=("element", "level", "rated_at"),
        export="One row per competency you rated yourself on.",
        erase="delete",
    ),
    PersonalData(
        model="governors.Invitation",
        person_field="email",
        fields=("board", "email", "role", "appointed_on", "created_at", "accepted_at"),
        export="One row per invitation to a board sent to your address.",
        erase="delete",
    ),
    PersonalData(
        model="governors.Invitation",
        person_field="invited_by",
        fields=("board", "role", "created_at"),
        export="Invitations you sent to join your board.",
        erase="pseudonymise",
    ),
    PersonalData(
        model="governors.TrainingRequest",
        person_field="requested_by",
        fields=("board", "message", "status", "answer", "created_at"),
        export="Training your board asked the council for, where you asked.",
        erase="pseudonymise",
        why="the board's request stays; it no longer says who made it",
    ),
    PersonalData(
        model="governors.TrainingRequest",
        person_field="answered_by",
        fields=("board", "answer", "answered_at"),
        export="Training requests you answered, as an officer.",
        erase="pseudonymise",
    ),
    PersonalData(
        model="governors.VolunteerProposal",
        person_field="proposed_by",
        fields=("volunteer", "board", "role", "status", "proposed_at"),
        export="Volunteers you proposed to a board, as an officer.",
        erase="pseudonymise",
    ),
    PersonalData(
        model="governors.VolunteerProposal",
        person_field="decided_by",
        fields=("volunteer", "board", "status", "decided_at"),
        export="Volunteer proposals you decided, for your board.",
        erase="pseudonymise",
    ),
]
