"""Every model that holds something about a person is declared, and every declaration is sound:
the privacy app exports and erases from the declarations alone."""

from django.apps import apps
from django.conf import settings
from django.db import models

from academy_site.privacy import PersonalData
from privacy import registry


def _person_fields(model) -> list[str]:
    """The fields this model itself defines (not a parent's) that point at a person: a foreign
    key or one-to-one to the user model, or an e-mail address."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    return [
        field.name
        for field in model._meta.local_concrete_fields
        if (field.is_relation and field.related_model is user_model)
        or isinstance(field, models.EmailField)
    ]


def _concrete_models():
    return [m for m in apps.get_models() if not m._meta.proxy and m._meta.managed]


def test_every_field_that_points_at_a_person_is_declared():
    """Declared as a person_field; an address is also declared when a declaration that finds
    the person by account shows it (allauth's addresses: the account's own)."""
    declared = {(d.model, d.person_field.split("__")[0]) for d in registry.declarations()}
    declared |= {
        (d.model, name)
        for d in registry.declarations()
        if d.person_field and "__" not in d.person_field
        for name in d.fields
        if isinstance(registry.model_of(d)._meta.get_field(name), models.EmailField)
    }
    missing = [
        f"{model._meta.label}.{name}"
        for model in _concrete_models()
        for name in _person_fields(model)
        if (model._meta.label, name) not in declared
    ]
    assert not missing, (
        "Declare these in <app>/privacy.py DECLARATIONS (academy_site.privacy.PersonalData), "
        f"one declaration per field that finds the person: {missing}"
    )


def test_every_many_to_many_to_people_is_declared_or_the_users_own():
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    declared = {d.model for d in registry.declarations()}
    missing = [
        f"{model._meta.label}.{field.name}"
        for model in _concrete_models()
        for field in model._meta.local_many_to_many
        if field.related_model is user_model and model._meta.label not in declared
    ]
    assert not missing


def test_declarations_name_real_models_fields_and_lookups():
    for declaration in registry.declarations():
        assert isinstance(declaration, PersonalData)
        model = registry.model_of(declaration)
        if declaration.person_field:
            registry.field_at(model, declaration.person_field)
        else:
            assert declaration.exporter, declaration.model
            assert declaration.eraser, declaration.model
        for path in declaration.fields + declaration.scrub:
            registry.field_at(model, path)
        assert declaration.export, declaration.model


def test_keeping_or_pseudonymising_says_why_to_the_officer():
    vague = [
        f"{d.model} {d.person_field}"
        for d in registry.declarations()
        if d.erase == "keep" and not d.why
    ]
    assert not vague


def test_a_model_without_a_person_is_not_asked_for_a_declaration():
    from courses.models import Audience

    assert _person_fields(Audience) == []
