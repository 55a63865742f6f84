"""Erase me: an officer approves, and in one transaction every app's declarations are carried
out; certificates stay verifiable with the name withheld and nothing names the person."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from academy_site.audit import access_record
from academy_site.models import AccessRecord
from accounts.consent import consent_give
from credentials.models import Certificate, CreditEntry
from credentials.privacy import NAME_WITHHELD
from learning.models import Enrolment, Reflection
from learning.services import enrolment_create, lesson_complete
from privacy.models import ErasureRequest
from privacy.services import ErasureNotOpen, erasure_approve, erasure_plan, erasure_request_make
from tests.factories import LessonPageFactory, ModulePageFactory, UserFactory
from tests.privacy.traces import person_traces


@pytest.fixture
def completed(db, learner, django_capture_on_commit_callbacks):
    """The learner (with a surname found nowhere else) has completed a module, so holds a
    certificate and credits."""
    learner.last_name = "Quillfeather"
    learner.save()
    module = ModulePageFactory(title="Phonics for early readers", cpd_hours=3)
    lesson = LessonPageFactory(parent=module)
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = enrolment_create(learner=learner, module=module)
        lesson_complete(enrolment=enrolment, lesson=lesson)
    consent_give(learner, "research")
    return Certificate.objects.get(learner=learner)


def test_the_plan_says_what_is_deleted_kept_and_why(completed, learner):
    plan = erasure_plan(person=learner)
    deleted = {item.declaration.model for item in plan["delete"]}
    assert {"learning.Enrolment", "accounts.Consent", "account.EmailAddress"} <= deleted
    kept = {item.declaration.model: item for item in plan["pseudonymise"]}
    assert "name withheld" in kept["credentials.Certificate"].declaration.why


def test_approved_erasure_leaves_the_certificate_verifiable_and_no_trace(
    client, completed, learner, council_officer, django_capture_on_commit_callbacks
):
    other = UserFactory(email="colleague@example.org")
    access_record(viewer=council_officer, people=[learner], what="training record")
    request = erasure_request_make(person=learner, reason="I have left teaching. Lee Quillfeather")
    credits_before = CreditEntry.objects.filter(learner=learner).count()

    with django_capture_on_commit_callbacks(execute=True):
        erasure_approve(erasure_id=request.pk, officer=council_officer)

    assert person_traces("learner@example.org", "Quillfeather") == []
    certificate = Certificate.objects.get(pk=completed.pk)
    assert certificate.learner_name == NAME_WITHHELD
    assert certificate.status == Certificate.Status.VALID
    # The PDF that printed the name was deleted and drawn again without it.
    assert certificate.rendered_at is not None
    with certificate.pdf.open("rb") as pdf:
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read())).pages)
    assert "withheld" in text
    assert "Quillfeather" not in text
    page = client.get(reverse("credentials:verify_detail", args=[certificate.code]))
    assert "name withheld at their request" in page.content.decode()
    assert CreditEntry.objects.filter(learner_id=learner.pk).count() == credits_before
    assert not Enrolment.objects.filter(learner_id=learner.pk).exists()
    learner.refresh_from_db()
    assert not learner.is_active
    assert not learner.has_usable_password()
    assert learner.email == f"{request.pseudonym}@erased.invalid"
    # The access log still accounts for the look, naming only the closed account.
    assert AccessRecord.objects.filter(person_id=learner.pk).count() == 1
    request.refresh_from_db()
    assert request.status == "approved"
    assert request.outcome
    assert other.is_active


def test_an_erased_account_cannot_sign_in(client, completed, learner, council_officer, password):
    request = erasure_request_make(person=learner)
    erasure_approve(erasure_id=request.pk, officer=council_officer)
    response = client.post(
        reverse("account_login"), {"login": "learner@example.org", "password": password}
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code == 200


def test_a_failure_part_way_erases_nothing(completed, learner, council_officer, monkeypatch):
    from privacy.services import erasure

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    request = erasure_request_make(person=learner)
    monkeypatch.setattr(erasure, "_pseudonymise", broken)
    with pytest.raises(RuntimeError):
        erasure_approve(erasure_id=request.pk, officer=council_officer)
    learner.refresh_from_db()
    assert learner.is_active
    assert learner.first_name == "Lee"
    assert Enrolment.objects.filter(learner=learner).exists()
    assert ErasureRequest.objects.get(pk=request.pk).status == "requested"


def test_a_request_is_decided_once(completed, learner, council_officer):
    request = erasure_request_make(person=learner)
    erasure_approve(erasure_id=request.pk, officer=council_officer)
    with pytest.raises(ErasureNotOpen):
        erasure_approve(erasure_id=request.pk, officer=council_officer)


def test_erasing_a_mentor_ends_sharing_but_keeps_the_learners_reflection(
    completed, learner, other_learner, council_officer
):
    enrolment = Enrolment.objects.get(learner=learner)
    lesson = enrolment.module.get_children().first().specific
    reflection = Reflection.objects.create(
        learner=learner,
        module=enrolment.module,
        lesson=lesson,
        prompt_block_id="p1",
        prompt="What changed?",
        text="Mine",
        shared_with=other_learner,
    )
    request = erasure_request_make(person=other_learner)
    erasure_approve(erasure_id=request.pk, officer=council_officer)
    reflection.refresh_from_db()
    assert reflection.shared_with is None
    assert reflection.text == "Mine"


def test_files_are_deleted_only_when_the_erasure_commits(
    completed, learner, council_officer, django_capture_on_commit_callbacks
):
    pdf = completed.pdf.name
    storage = completed.pdf.storage
    assert storage.exists(pdf)
    request = erasure_request_make(person=learner)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        erasure_approve(erasure_id=request.pk, officer=council_officer)
    assert storage.exists(pdf)
    for callback in callbacks:
        callback()
    assert not storage.exists(pdf)
