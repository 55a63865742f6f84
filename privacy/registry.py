"""Every app's declarations of the personal data it holds, and the rows each finds for a
person: the one place export, erasure and the completeness test read them from."""

from datetime import date, datetime
from decimal import Decimal
from functools import cache
from importlib import import_module

from allauth.account.models import EmailAddress
from django.apps import apps
from django.db import models
from django.db.models import Q, QuerySet
from django.db.models.fields.files import FieldFile

from academy_site.privacy import PersonalData

# Areas of the archive (one JSON file each): an app's label, or the area its tables belong to.
AREAS = {
    "account": "accounts",
    "mfa": "accounts",
    "socialaccount": "accounts",
    "sessions": "accounts",
    "wagtailcore": "content_management",
    "wagtailadmin": "content_management",
    "wagtailusers": "content_management",
    "wagtaildocs": "content_management",
    "wagtailimages": "content_management",
    "admin": "content_management",
    "academy_site": "site",
}
AREA_TITLES = {
    "accounts": "Your account",
    "content_management": "Content management (for those who edit pages)",
    "site": "E-mails and who opened your record",
}


@cache
def declarations() -> tuple[PersonalData, ...]:
    """Every installed app's ``<app>.privacy.DECLARATIONS``, in the order apps are installed."""
    found: list[PersonalData] = []
    for config in apps.get_app_configs():
        name = f"{config.name}.privacy"
        try:
            module = import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        found.extend(getattr(module, "DECLARATIONS", ()))
    return tuple(found)


def area_of(declaration: PersonalData) -> str:
    return AREAS.get(declaration.app_label, declaration.app_label)


def area_title(area: str) -> str:
    if area in AREA_TITLES:
        return AREA_TITLES[area]
    return apps.get_app_config(area).verbose_name


def model_of(declaration: PersonalData) -> type[models.Model]:
    return apps.get_model(declaration.model)


def field_at(model: type[models.Model], path: str) -> models.Field:
    """The field a lookup path (``enrolment__learner``) ends at."""
    field = None
    for part in path.split("__"):
        field = model._meta.get_field(part)
        if field.is_relation:
            model = field.related_model
    return field


def person_emails(person) -> list[str]:
    """The person's addresses: the account's own and any other they added."""
    addresses = {person.email.lower()} if person.email else set()
    addresses |= {
        e.lower() for e in EmailAddress.objects.filter(user=person).values_list("email", flat=True)
    }
    return sorted(addresses)


def rows_for(declaration: PersonalData, person, emails: list[str] | None = None) -> QuerySet:
    """The rows a declaration finds for the person (by account, or by e-mail address)."""
    model = model_of(declaration)
    if not declaration.person_field:
        return model._default_manager.none()
    field = field_at(model, declaration.person_field)
    if isinstance(field, models.EmailField):
        condition = Q(pk__in=[])
        for email in person_emails(person) if emails is None else emails:
            condition |= Q(**{f"{declaration.person_field}__iexact": email})
        return model._default_manager.filter(condition)
    return model._default_manager.filter(**{declaration.person_field: person.pk})


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, FieldFile):
        return "a file (in the archive's summary)" if value.name else None
    if isinstance(value, models.Model):
        return str(value)
    return value


def _value(row: models.Model, path: str):
    """A field's value as the person would read it: choices by their label, a related record
    by its name; ``a__b`` follows relations."""
    *relations, name = path.split("__")
    for relation in relations:
        row = getattr(row, relation)
        if row is None:
            return None
    field = row._meta.get_field(name)
    if field.many_to_many:
        return [str(related) for related in getattr(row, name).all()]
    if field.choices:
        return getattr(row, f"get_{name}_display")()
    return _plain(getattr(row, name))


def _related_paths(model, fields: tuple[str, ...]) -> list[str]:
    paths = []
    for path in fields:
        parts = path.split("__")
        chain, current = [], model
        for part in parts:
            field = current._meta.get_field(part)
            if not (field.many_to_one or field.one_to_one):
                break
            chain.append(part)
            current = field.related_model
        if chain:
            paths.append("__".join(chain))
    return paths


def rows_export(declaration: PersonalData, person) -> list[dict]:
    """What an export shows for the declaration: its exporter's rows, else its fields."""
    if declaration.exporter is not None:
        return declaration.exporter(person)
    model = model_of(declaration)
    rows = rows_for(declaration, person).select_related(*_related_paths(model, declaration.fields))
    return [
        {path.replace("__", " "): _value(row, path) for path in declaration.fields}
        for row in rows.order_by("pk")
    ]
