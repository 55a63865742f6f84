"""The personal data this app holds, declared for the privacy app (export and erasure)."""

from academy_site.privacy import PersonalData

DECLARATIONS = [
    PersonalData(
        model="courses.ProviderPage",
        person_field="contact_email",
        fields=("title", "contact_email"),
        export="Providers that publish your address as their contact.",
        erase="keep",
        why="a provider's published contact address: its lead sets another in the CMS",
    ),
]
