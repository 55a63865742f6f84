"""The personal data this app holds, declared for the privacy app (export and erasure)."""

from academy_site.privacy import PersonalData

DECLARATIONS = [
    PersonalData(
        model="volunteers.BusinessVolunteer",
        person_field="email",
        fields=(
            "name",
            "email",
            "phone",
            "company",
            "sector",
            "skills",
            "availability",
            "interest",
            "about",
            "consent",
            "registered_at",
        ),
        export="The offer to volunteer, as the person made it.",
        erase="delete",
        why="a governorship they were placed in stays with governors, no longer linked",
    ),
]
