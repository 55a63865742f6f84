"""The personal data this app holds, declared for the privacy app (export and erasure).

A person's enrolments, lesson progress, quiz attempts and reflections are theirs alone: erasure
deletes them (the certificates and credits they earned stay with credentials, pseudonymised).
A reflection someone shared with the person as their mentor stays the learner's: erasing the
mentor only ends the sharing."""

from academy_site.privacy import PersonalData

DECLARATIONS = [
    PersonalData(
        model="learning.ModuleCompletion",
        person_field="enrolment__learner",
        fields=("enrolment__module", "cycle", "completed_at"),
        export="One row per module completed, with the date.",
        erase="delete",
        why="the certificate issued for it is kept by credentials, under a pseudonym",
    ),
    PersonalData(
        model="learning.QuizAttempt",
        person_field="enrolment__learner",
        fields=(
            "enrolment__module",
            "lesson",
            "cycle",
            "shown",
            "answers",
            "score",
            "max_score",
            "percent",
            "passed",
            "started_at",
            "submitted_at",
        ),
        export="One row per quiz attempt: the questions shown, your answers and your score.",
        erase="delete",
    ),
    PersonalData(
        model="learning.LessonProgress",
        person_field="enrolment__learner",
        fields=("enrolment__module", "lesson", "cycle", "completed_at"),
        export="One row per lesson completed.",
        erase="delete",
    ),
    PersonalData(
        model="learning.Enrolment",
        person_field="learner",
        fields=(
            "module",
            "status",
            "enrolled_at",
            "withdrawn_at",
            "cycle",
            "completed_at",
            "last_lesson",
        ),
        export="One row per module you joined: status, when you joined, left or completed it.",
        erase="delete",
    ),
    PersonalData(
        model="learning.Reflection",
        person_field="learner",
        fields=("module", "lesson", "prompt", "text", "shared_with", "created_at", "updated_at"),
        export="One row per reflection, with the prompt, what you wrote and who you shared it with.",
        erase="delete",
        why="your own writing, of no use to anyone once you have gone",
    ),
    PersonalData(
        model="learning.Reflection",
        person_field="shared_with",
        fields=("module", "prompt", "created_at"),
        export="Reflections other learners shared with you as their mentor (not their text).",
        erase="pseudonymise",
        why="the reflection is the other learner's: only the sharing with you ends",
    ),
]
