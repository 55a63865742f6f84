"""The personal data this app holds, declared for the privacy app (export and erasure)."""

from academy_site.privacy import PersonalData

DECLARATIONS = [
    PersonalData(
        model="pathways.PathwayEnrolment",
        person_field="learner",
        fields=("pathway", "joined_at", "left_at", "completed_at"),
        export="One row per pathway you followed: when you joined, left or completed it.",
        erase="delete",
        why="the award certificate is kept by credentials, under a pseudonym",
    ),
]
