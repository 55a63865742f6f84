"""The personal data this app holds, declared for the privacy app (export and erasure)."""

from academy_site.privacy import PersonalData

DECLARATIONS = [
    PersonalData(
        model="evaluation.Response",
        person_field="person",
        fields=("questionnaire", "page", "consented_at", "answered_at"),
        export="One row per questionnaire answered: which, about which module or pathway, when.",
        erase="delete",
        why="answers are given for the evaluation only, with consent that ends with the account",
    ),
    PersonalData(
        model="evaluation.Answer",
        person_field="response__person",
        fields=("question", "value"),
        export="One row per answer: the question and the rating given (1 to 5).",
        erase="delete",
    ),
]
