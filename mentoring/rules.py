"""Loads mentoring's rules and reference data (mentoring/data/mentoring.toml): induction
rules, appropriate bodies, mentor-training allowances, school terms and the focus-area
frameworks. Idempotent; migrations pass their historical `apps`."""

import tomllib
from pathlib import Path

DATA = Path(__file__).parent / "data" / "mentoring.toml"
EYFS_COEL = "eyfs-characteristics-of-effective-learning"
SUPPORT_NEEDS = "leadership-support-needs"


def rules_load(apps=None) -> None:
    if apps is None:
        from django.apps import apps
    model = apps.get_model
    data = tomllib.loads(DATA.read_text())
    for row in data["induction_rules"]:
        model("mentoring", "InductionRules").objects.update_or_create(
            name=row["name"], defaults={k: v for k, v in row.items() if k != "name"}
        )
    for row in data["appropriate_bodies"]:
        model("mentoring", "AppropriateBody").objects.get_or_create(name=row["name"])
    for row in data["mentor_training_allowances"]:
        model("mentoring", "MentorTrainingAllowance").objects.update_or_create(
            kind=row["kind"],
            label=row["label"],
            applies_from=row["applies_from"],
            defaults={"hours": row["hours"]},
        )
    for row in data["school_terms"]:
        model("mentoring", "SchoolTerm").objects.update_or_create(
            ends_on=row["ends_on"], defaults={"name": row["name"], "starts_on": row["starts_on"]}
        )
    Framework = model("courses", "Framework")
    Element = model("courses", "FrameworkElement")
    for row in data["frameworks"]:
        framework, _ = Framework.objects.update_or_create(
            slug=row["slug"],
            defaults={k: row[k] for k in ("name", "publisher", "year", "description")},
        )
        for order, (code, title) in enumerate(row["elements"]):
            Element.objects.update_or_create(
                framework=framework, code=code, defaults={"title": title, "sort_order": order}
            )
