"""Look in every column of every table for what would name a person."""

from django.apps import apps
from django.db import models
from django.db.models.functions import Cast

TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField, models.EmailField)


def person_traces(*needles: str) -> list[str]:
    """Every model.field (with the row's pk) whose value contains one of the needles."""
    found = []
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        for field in model._meta.local_concrete_fields:
            if not isinstance(field, TEXT_FIELDS):
                continue
            rows = model._base_manager.annotate(_text=Cast(field.name, models.TextField()))
            for needle in needles:
                for pk in rows.filter(_text__icontains=needle).values_list("pk", flat=True):
                    found.append(f"{model._meta.label}.{field.name} (row {pk}) holds {needle!r}")
    return found
