"""How an app declares the personal data it holds, for export, erasure and retention.

Each app that stores something about a person lists it in its own ``<app>/privacy.py`` as
``DECLARATIONS = [PersonalData(...), ...]``. The privacy app reads every declaration: it exports
the rows, erases or pseudonymises them on an approved request, and a test fails when a model
with personal data has no declaration. Declaring is all an app has to do for the generic cases;
an app with records that need more care (a certificate that stays verifiable) says so in
``erase`` and the privacy app's provider for it does the rest.
"""

from dataclasses import dataclass

# What erasure does to a row: delete it; keep it but replace what names the person (its figures
# stay, under a pseudonym); or keep it as it is because the law or another person needs it.
ERASE_CHOICES = ("delete", "pseudonymise", "keep")


@dataclass(frozen=True)
class PersonalData:
    model: str  # app_label.ModelName
    person_field: str  # the lookup (foreign key path or e-mail field) that finds the person's rows
    fields: tuple[str, ...]  # the fields an export shows
    export: str  # how an export presents the rows, in words
    erase: str  # one of ERASE_CHOICES
    why: str = ""  # the reason for that choice, shown to the officer approving an erasure

    def __post_init__(self):
        if self.erase not in ERASE_CHOICES:
            raise ValueError(f"{self.model}: erase must be one of {ERASE_CHOICES}")
