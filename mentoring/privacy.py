"""The personal data this app holds, declared for the privacy app (export and erasure).

A relationship's notes belong to the pair: an export gives each person the meetings of their
own relationships, and erasing one side pseudonymises the shared record so the other keeps it.
Induction records are the statutory record the appropriate body relies on, so they are kept.
"""

from academy_site.privacy import PersonalData

_PAIR_WHY = "the other side of the pair keeps the record; the erased person is no longer named"

DECLARATIONS = [
    PersonalData(
        model="mentoring.Relationship",
        person_field="mentor",
        fields=("kind", "mentee", "mentee_organisation", "status", "starts_on", "ended_on"),
        export="One row per relationship in which the person mentors or coaches.",
        erase="pseudonymise",
        why=_PAIR_WHY,
    ),
    PersonalData(
        model="mentoring.Relationship",
        person_field="mentee",
        fields=("kind", "mentor", "mentor_organisation", "status", "starts_on", "ended_on"),
        export="One row per relationship in which the person is mentored or coached.",
        erase="pseudonymise",
        why=_PAIR_WHY,
    ),
    PersonalData(
        model="mentoring.RelationshipEvent",
        person_field="by",
        fields=("relationship", "status", "note", "at"),
        export="One row per change the person made to a relationship.",
        erase="pseudonymise",
        why="the relationship's history stays whole",
    ),
    PersonalData(
        model="mentoring.Practitioner",
        person_field="person",
        fields=("relationship", "side"),
        export="One row per setting partnership the person took part in.",
        erase="delete",
    ),
    PersonalData(
        model="mentoring.Meeting",
        person_field="relationship__mentee",
        fields=("held_on", "minutes", "focus", "notes", "outcomes", "next_meeting_on"),
        export="The meetings of the person's relationships as mentee, with their notes.",
        erase="pseudonymise",
        why=_PAIR_WHY,
    ),
    PersonalData(
        model="mentoring.Meeting",
        person_field="relationship__mentor",
        fields=("held_on", "minutes", "focus", "notes", "outcomes", "next_meeting_on"),
        export="The meetings of the person's relationships as mentor, with their notes.",
        erase="pseudonymise",
        why=_PAIR_WHY,
    ),
    PersonalData(
        model="mentoring.CoachingRecord",
        person_field="meeting__relationship__mentee",
        fields=("observed", "action_step", "practice", "follow_up"),
        export="The coaching records of the person's meetings as trainee or ECT.",
        erase="pseudonymise",
        why=_PAIR_WHY,
    ),
    PersonalData(
        model="mentoring.Action",
        person_field="owner",
        fields=("text", "due_on", "module", "lesson", "done_at"),
        export="One row per agreed action the person owns.",
        erase="delete",
    ),
    PersonalData(
        model="mentoring.ReflectionComment",
        person_field="author",
        fields=("reflection", "text", "signs_off", "created_at"),
        export="One row per comment the person wrote on a mentee's reflection.",
        erase="pseudonymise",
        why="the mentee keeps the comments on their own reflections",
    ),
    PersonalData(
        model="mentoring.ReflectionComment",
        person_field="reflection__learner",
        fields=("reflection", "text", "signs_off", "created_at"),
        export="The comments a mentor wrote on the person's reflections.",
        erase="delete",
        why="the reflections themselves are erased by learning",
    ),
    PersonalData(
        model="mentoring.MentorTraining",
        person_field="mentor",
        fields=("allowance", "hours", "done_on", "description"),
        export="One row per piece of mentor training.",
        erase="delete",
    ),
    PersonalData(
        model="mentoring.Induction",
        person_field="ect",
        fields=("school", "appropriate_body", "started_on", "terms_completed", "status"),
        export="The person's induction: school, appropriate body, terms served, status.",
        erase="keep",
        why="statutory induction is a record the appropriate body and the teacher rely on",
    ),
    PersonalData(
        model="mentoring.InductionEvent",
        person_field="induction__ect",
        fields=("what", "school", "at"),
        export="The history of the person's induction.",
        erase="keep",
        why="part of the statutory induction record",
    ),
    PersonalData(
        model="mentoring.InductionRecord",
        person_field="induction__ect",
        fields=("term", "kind", "on_track", "evidence", "targets", "school", "written_at"),
        export="The person's progress reviews and formal assessments.",
        erase="keep",
        why="part of the statutory induction record",
    ),
    PersonalData(
        model="mentoring.InductionRecord",
        person_field="written_by",
        fields=("induction", "term", "kind", "written_at"),
        export="One row per review or assessment the person wrote.",
        erase="pseudonymise",
        why="the teacher's statutory record stays whole",
    ),
    PersonalData(
        model="mentoring.InductionReminder",
        person_field="induction__ect",
        fields=("term", "sent_at"),
        export="Not exported: a record that a reminder went out.",
        erase="delete",
    ),
    PersonalData(
        model="mentoring.Offer",
        person_field="person",
        fields=("kind", "organisation", "business", "skills", "about", "created_at"),
        export="One row per offer to coach or support.",
        erase="delete",
    ),
    PersonalData(
        model="mentoring.MatchRequest",
        person_field="requested_by",
        fields=("kind", "organisation", "needs", "help_wanted", "status", "created_at"),
        export="One row per request for a coach or partner.",
        erase="pseudonymise",
        why="the school's request stays for the council's record of matches",
    ),
    # Where the person acted for others (arranged a match, recorded a meeting, an induction
    # step), the record stays without saying who acted.
    PersonalData(
        model="mentoring.Relationship",
        person_field="arranged_by_user",
        fields=("kind", "created_at"),
        export="Mentoring relationships you arranged for others.",
        erase="pseudonymise",
    ),
    PersonalData(
        model="mentoring.Meeting",
        person_field="recorded_by",
        fields=("created_at",),
        export="Mentoring meetings you recorded.",
        erase="pseudonymise",
    ),
    PersonalData(
        model="mentoring.InductionEvent",
        person_field="by",
        fields=("at",),
        export="Steps in others' induction that you recorded.",
        erase="pseudonymise",
    ),
]
