"""Erase me: a person asks, a council officer reviews what will be deleted, pseudonymised and
kept (and why), and on approval every app's declarations are carried out in one transaction.
The account row stays as the pseudonym the kept records point to; nothing in it, or anywhere
else, still names the person."""

import secrets
from dataclasses import dataclass
from graphlib import TopologicalSorter

from django.db import IntegrityError, models, transaction
from django.utils import timezone

from academy_site.emails import email_send
from academy_site.privacy import PersonalData

from .. import registry
from ..models import ErasureRequest
from ..selectors import users_with_permission


class ErasureNotOpen(Exception):
    """The request was already decided (or withdrawn)."""


@dataclass(frozen=True)
class PlanItem:
    declaration: PersonalData
    count: int

    @property
    def title(self) -> str:
        return registry.model_of(self.declaration)._meta.verbose_name_plural.capitalize()


def _count(declaration: PersonalData, person) -> int:
    if not declaration.person_field:
        return len(declaration.exporter(person)) if declaration.exporter else 0
    return registry.rows_for(declaration, person).count()


def erasure_plan(*, person) -> dict[str, list[PlanItem]]:
    """What erasure would do, by what it does (delete, pseudonymise, keep): only records the
    person has, each with the declaration's reason. Shown to the officer before approving."""
    plan: dict[str, list[PlanItem]] = {"delete": [], "pseudonymise": [], "keep": []}
    for declaration in registry.declarations():
        count = _count(declaration, person)
        if count:
            plan[declaration.erase].append(PlanItem(declaration, count))
    return plan


def _in_erasure_order(declarations) -> list[PersonalData]:
    """Rows that protect others from deletion go first: a model with a protecting foreign key
    (PROTECT, RESTRICT) comes before the model it points to; otherwise declaration order."""
    by_model: dict[type, list[PersonalData]] = {}
    for declaration in declarations:
        by_model.setdefault(registry.model_of(declaration), []).append(declaration)
    # TopologicalSorter takes each node's predecessors: a protected model waits for its
    # protectors to be erased.
    waits_for: dict[type, set] = {model: set() for model in by_model}
    for model in by_model:
        for field in model._meta.get_fields():
            target = getattr(field, "related_model", None)
            if (
                field.concrete
                and (field.many_to_one or field.one_to_one)
                and target in by_model
                and target is not model
                and field.remote_field.on_delete in (models.PROTECT, models.RESTRICT)
            ):
                waits_for[target].add(model)
    order = list(TopologicalSorter(waits_for).static_order())
    return [declaration for model in order for declaration in by_model[model]]


def _pseudonymise(declaration: PersonalData, rows, person, pseudonym: str) -> int:
    """Keep the rows; blank their free text that may name the person; a link to the person
    that may be empty is emptied, one that may not keeps pointing at the closed account; an
    e-mail address becomes the pseudonym's."""
    from accounts.privacy import ERASED_DOMAIN

    changes: dict = {name: "" for name in declaration.scrub}
    if "__" not in declaration.person_field:
        field = registry.field_at(registry.model_of(declaration), declaration.person_field)
        if isinstance(field, models.EmailField):
            changes[field.name] = f"{pseudonym}@{ERASED_DOMAIN}"
        elif field.is_relation and field.null:
            changes[field.name] = None
    return rows.update(**changes) if changes else rows.count()


def _carry_out(declaration: PersonalData, person, pseudonym: str, emails: list[str]) -> int:
    rows = registry.rows_for(declaration, person, emails)
    if declaration.eraser is not None:
        return declaration.eraser(person, rows, pseudonym)
    if declaration.erase == "delete":
        return rows.count() and rows.delete()[1].get(declaration.model, 0)
    if declaration.erase == "pseudonymise":
        return _pseudonymise(declaration, rows, person, pseudonym)
    return rows.count()


def person_erase(*, person, pseudonym: str) -> dict[str, int]:
    """Carry out every declaration for the person, in one transaction; returns what changed
    per declaration ("model person_field": rows). The account row goes last."""
    from django.contrib.auth import get_user_model

    user_label = get_user_model()._meta.label
    emails = registry.person_emails(person)
    outcome: dict[str, int] = {}
    with transaction.atomic():
        declarations = [d for d in registry.declarations() if d.model != user_label]
        ordered = _in_erasure_order(declarations) + [
            d for d in registry.declarations() if d.model == user_label
        ]
        for declaration in ordered:
            changed = _carry_out(declaration, person, pseudonym, emails)
            if changed:
                key = f"{declaration.model} {declaration.person_field or '(custom)'}"
                outcome[key] = outcome.get(key, 0) + changed
    return outcome


def erasure_request_make(*, person, reason: str = "") -> ErasureRequest:
    """Ask to be erased; asking again while a request waits returns that one."""
    standing = ErasureRequest.objects.filter(person=person, status="requested").first()
    if standing:
        return standing
    try:
        with transaction.atomic():
            request = ErasureRequest.objects.create(
                person=person, reason=reason, pseudonym=f"erased-{secrets.token_hex(8)}"
            )
            for officer in users_with_permission("privacy.review_erasure"):
                email_send(
                    to=officer.email,
                    template="privacy/emails/erasure_requested",
                    context={"officer": officer, "erasure": request},
                )
    except IntegrityError:
        return ErasureRequest.objects.get(person=person, status="requested")
    return request


def erasure_request_withdraw(*, person) -> int:
    return ErasureRequest.objects.filter(person=person, status="requested").update(
        status=ErasureRequest.Status.WITHDRAWN, decided_at=timezone.now()
    )


def _decide(erasure_id: int) -> ErasureRequest:
    """The request, locked (its row only) and still waiting for a decision."""
    request = ErasureRequest.objects.select_for_update().get(pk=erasure_id)
    if request.status != ErasureRequest.Status.REQUESTED or request.person is None:
        raise ErasureNotOpen(f"Erasure request {erasure_id} is {request.status}.")
    return request


def erasure_approve(*, erasure_id: int, officer, note: str = "") -> ErasureRequest:
    """Erase the person, in the same transaction as the decision: either both happen or
    neither does."""
    with transaction.atomic():
        request = _decide(erasure_id)
        if request.person_id == officer.pk:
            raise ErasureNotOpen("An officer cannot approve their own erasure.")
        outcome = person_erase(person=request.person, pseudonym=request.pseudonym)
        ErasureRequest.objects.filter(pk=request.pk).update(
            status=ErasureRequest.Status.APPROVED,
            decided_by=officer,
            decided_at=timezone.now(),
            decision_note=note,
            outcome=outcome,
        )
    request.refresh_from_db()
    return request


def erasure_refuse(*, erasure_id: int, officer, note: str) -> ErasureRequest:
    """Refuse, saying why (the person is told by e-mail)."""
    with transaction.atomic():
        request = _decide(erasure_id)
        request.status = ErasureRequest.Status.REFUSED
        request.decided_by = officer
        request.decided_at = timezone.now()
        request.decision_note = note
        request.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
        email_send(
            to=request.person.email,
            template="privacy/emails/erasure_refused",
            context={"person": request.person, "erasure": request},
        )
    return request
