"""The personal data this app holds, declared for the privacy app (export and erasure). The
other summaries hold counts only, never a person."""

from academy_site.privacy import PersonalData

DECLARATIONS = [
    PersonalData(
        model="reports.ActiveLearner",
        person_field="learner_id",
        fields=("year", "provider_id", "school", "role"),
        export="One row per academic year and provider you were learning with: a summary the "
        "impact dashboards count learners from, rebuilt from your enrolments.",
        erase="delete",
    ),
]
