"""The permission matrix: for every URL, what each role gets when it asks for another person's
object (the learner's, board A's, provider A's). test_permission_matrix walks it for every role.

A new URL needs a Row here (or, if no role check can apply, an entry in IGNORED with the reason);
the completeness test prints the Row to start from. Libraries' own routes are left out by package
(LIBRARY_PACKAGES, each with its reason) except the reviewed ones in WAGTAIL_ROWS, and the admin
views of the project's own models are project routes like any other."""

from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

ROLES = (
    "anonymous",
    "learner",
    "other_learner",
    "governor",
    "chair_a",
    "chair_b",
    "clerk_a",
    "lead_a",
    "lead_b",
    "officer",
    "superuser",
    "mentor",
    "tutor",
    "headteacher_a",
    "cpd_lead_a",
    "cpd_lead_b",
)

SCHOOL_ROLES = ("headteacher_a", "cpd_lead_a", "cpd_lead_b")

# What a role gets besides a plain status code.
LOGIN = "302 to sign in"
ADMIN_LOGIN = "302 to the Wagtail admin sign-in (allauth's)"
DJANGO_ADMIN_LOGIN = "302 to the Django admin sign-in"
ADMIN_HOME = "302 to the Wagtail dashboard (permission denied)"
# The owner's own POST is the app's own test's business: the matrix does not send it.
OWNER = "not sent: the owner's own POST"

Expected = int | str


def expect(default: Expected, **by_role: Expected) -> dict[str, Expected]:
    """Every role gets `default` unless named."""
    unknown = set(by_role) - set(ROLES)
    if unknown:
        raise ValueError(f"Unknown roles {sorted(unknown)}; the roles are {ROLES}.")
    return {role: by_role.get(role, default) for role in ROLES}


def public(status: Expected = 200, **by_role: Expected) -> dict[str, Expected]:
    return expect(status, **by_role)


def signed_in(status: Expected, **by_role: Expected) -> dict[str, Expected]:
    """Sign-in first: anonymous visitors go to the sign-in page."""
    return expect(status, **{"anonymous": LOGIN, **by_role})


def council(status: Expected = 200, *, others: Expected = 404, **by_role) -> dict[str, Expected]:
    """A council officer's page (the superuser holds every permission): a 404 for everyone else."""
    return signed_in(others, **{"officer": status, "superuser": status, **by_role})


def board_a(status: Expected = 200, **by_role) -> dict[str, Expected]:
    """Board A's records: its chair and clerk, and the council; a 404 for everyone else."""
    return council(status, chair_a=status, clerk_a=status, **by_role)


def school_a(status: Expected = 200, **by_role) -> dict[str, Expected]:
    """School A's staff: its headteacher and CPD lead, and the council; a 404 for everyone else,
    school B's CPD lead included."""
    return council(status, headteacher_a=status, cpd_lead_a=status, **by_role)


def school_a_managers(status: Expected = 200, **by_role) -> dict[str, Expected]:
    """Bringing staff in, assigning training and recording leavers at school A: its headteacher
    and CPD lead only (the council sees every school's staff but manages none)."""
    return signed_in(404, headteacher_a=status, cpd_lead_a=status, **by_role)


def school_a_granters(status: Expected, **by_role) -> dict[str, Expected]:
    """Granting or ending school A's roles: its headteacher and the council, not its CPD lead."""
    return signed_in(404, headteacher_a=status, officer=status, superuser=status, **by_role)


NOT_IN_ADMIN = (
    "learner",
    "other_learner",
    "governor",
    "chair_a",
    "chair_b",
    "clerk_a",
    "mentor",
    "tutor",
    "headteacher_a",
    "cpd_lead_a",
    "cpd_lead_b",
)


def wagtail_admin(status: Expected, **by_role: Expected) -> dict[str, Expected]:
    """A Wagtail admin page: those without admin access are sent to its sign-in page."""
    outside = dict.fromkeys(("anonymous", *NOT_IN_ADMIN), ADMIN_LOGIN)
    return expect(status, **{**outside, **by_role})


def provider_a(status: Expected = 200, *, others: Expected = ADMIN_HOME, **by_role):
    """Provider A's pages, images and documents: lead A and the council; lead B is refused."""
    return wagtail_admin(others, lead_a=status, officer=status, superuser=status, **by_role)


def council_admin(status: Expected = 200, *, others: Expected = ADMIN_HOME, **by_role):
    """A Wagtail admin page for council officers only."""
    return wagtail_admin(others, officer=status, superuser=status, **by_role)


def superuser_admin(status: Expected = 200, *, others: Expected = ADMIN_HOME, **by_role):
    return wagtail_admin(others, superuser=status, **by_role)


def no_kwargs(world) -> dict:
    return {}


@dataclass(frozen=True)
class Post:
    """A state-changing POST: every role but the owner is refused, and `state` is unchanged."""

    expect: dict[str, Expected]
    state: Callable[[Any], Any]
    data: Callable[[Any], dict] = no_kwargs


@dataclass(frozen=True)
class Row:
    """One URL: the route's name, its kwargs from the world, and what each role gets."""

    name: str
    get: dict[str, Expected]
    kwargs: Callable[[Any], dict] = no_kwargs
    post: Post | None = None
    # For routes reversed by position or served by path (Wagtail's page serving).
    url: Callable[[Any], str] | None = None
    query: str = ""
    label: str = ""
    reason: str = field(default="", compare=False)

    @property
    def key(self) -> str:
        return self.label or self.name


def _today() -> str:
    from django.utils import timezone

    return timezone.localdate().isoformat()


def _evidence_file():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("evidence.pdf", b"%PDF-1.4 evidence", "application/pdf")


def _jwt_key_thumbprint() -> str:
    from credentials.openbadges import jwt_key_id

    return jwt_key_id().rsplit("/", 1)[-1].removesuffix(".json")


def _png():
    from courses.demo import logo_png

    upload = BytesIO(logo_png("ZZ", "#000000"))
    upload.name = "taken.png"
    return upload


def _refreshed(obj, *fields: str):
    obj.refresh_from_db()
    return tuple(getattr(obj, name) for name in fields)


def _exists(model_instance) -> bool:
    return type(model_instance).objects.filter(pk=model_instance.pk).exists()


def _reminders(world) -> int:
    from governors.models import ReminderSent

    return ReminderSent.objects.count()


def _school_a(w) -> dict:
    return {"school_id": w.school_a.pk}


def _at_a(person) -> dict:
    return {"school_id": person.employments.get().school_id, "person_id": person.pk}


def _staff_file():
    from django.core.files.uploadedfile import SimpleUploadedFile

    text = b"Name,E-mail,Job role\nGate Crasher,gatecrasher@example.org,Teacher\n"
    return SimpleUploadedFile("staff.csv", text, "text/csv")


# Live events: provider A's event (the learner booked), an approval event (the other learner
# asking), their sitting and the learner's calendar feed. Council officers edit every page, so
# they run every provider's events like its leads do.
def _event_pk(w) -> dict:
    return {"event_id": w.event_a.pk}


def _lead_a(status: Expected = 200, **by_role: Expected) -> dict[str, Expected]:
    return signed_in(404, lead_a=status, officer=status, superuser=status, **by_role)


def _lead_a_post(state: Callable, data: Callable = no_kwargs) -> Post:
    return Post(_lead_a(OWNER), state=state, data=data)


EVENTS_ROWS = [
    Row("events:event", public(200), kwargs=_event_pk),
    Row("events:book", signed_in(405), kwargs=_event_pk),
    Row("events:interest", signed_in(405), kwargs=_event_pk),
    Row(
        "events:cancel",
        signed_in(405),
        kwargs=_event_pk,
        reason="Each person cancels only their own booking; others have none to cancel.",
        post=Post(signed_in(404, learner=OWNER), state=lambda w: _refreshed(w.booking_a, "status")),
    ),
    Row(
        "events:approvals",
        _lead_a(200, **dict.fromkeys(SCHOOL_ROLES, 200)),
        reason="Each approver's own list: a school's heads and CPD leads see their staff's.",
    ),
    Row(
        "events:approve",
        signed_in(405),
        kwargs=lambda w: {"booking_id": w.request_a.pk},
        post=_lead_a_post(state=lambda w: _refreshed(w.request_a, "status")),
    ),
    Row(
        "events:decline",
        _lead_a(200),
        kwargs=lambda w: {"booking_id": w.request_a.pk},
        post=_lead_a_post(
            state=lambda w: _refreshed(w.request_a, "status"),
            data=lambda w: {"reason": "Declined by someone else."},
        ),
    ),
    Row("events:manage", _lead_a(200)),
    Row("events:manage_event", _lead_a(200), kwargs=_event_pk),
    Row(
        "events:event_cancel",
        _lead_a(200),
        kwargs=_event_pk,
        post=_lead_a_post(
            state=lambda w: _refreshed(w.event_a, "cancelled_at"),
            data=lambda w: {"reason": "Cancelled by someone else."},
        ),
    ),
    Row("events:attendees_csv", _lead_a(200), kwargs=_event_pk),
    Row("events:sign_in_sheet", _lead_a(200), kwargs=_event_pk),
    Row(
        "events:register",
        _lead_a(200),
        kwargs=lambda w: {"sitting_id": w.sitting_a.pk},
        post=_lead_a_post(
            state=lambda w: list(w.booking_a.attendance.values_list("present", flat=True)),
            data=lambda w: {"present": [w.booking_a.pk]},
        ),
    ),
    Row("events:my_calendar", signed_in(200)),
    Row(
        "events:feed",
        public(200),
        kwargs=lambda w: {"token": w.feed_a.token},
        reason="The secret address is the access: whoever holds it reads that calendar.",
    ),
]


# Project views: every named pattern outside Wagtail, allauth and the Django admin has a row.
PROJECT_ROWS = [
    Row("healthz", public(200)),
    Row("accounts:profile", signed_in(200)),
    Row("courses:catalogue", public(200)),
    Row("learning:dashboard", signed_in(200)),
    Row("learning:in_progress", signed_in(200)),
    Row("learning:completed", signed_in(200)),
    Row("learning:reflections", signed_in(200)),
    Row("learning:reflective_log_pdf", signed_in(200)),
    Row("learning:reflections_shared", signed_in(200)),
    Row(
        "learning:reflection",
        signed_in(404, learner=200, governor=200),
        kwargs=lambda w: {"pk": w.reflection.pk},
        reason="The learner's reflection, shared with the governor as their mentor.",
        post=Post(
            signed_in(404, learner=OWNER),
            data=lambda w: {"mentor_email": w.other_learner.email},
            state=lambda w: _refreshed(w.reflection, "shared_with_id"),
        ),
    ),
    Row(
        "learning:reflection_unshare",
        signed_in(405),
        kwargs=lambda w: {"pk": w.reflection.pk},
        post=Post(
            signed_in(404, learner=OWNER),
            state=lambda w: _refreshed(w.reflection, "shared_with_id"),
        ),
    ),
    Row("learning:enrol", signed_in(405), kwargs=lambda w: {"module_id": w.module_a.pk}),
    Row(
        "learning:leave",
        signed_in(405),
        kwargs=lambda w: {"module_id": w.module_a.pk},
        post=Post(signed_in(404, learner=OWNER), state=lambda w: _refreshed(w.enrolment, "status")),
    ),
    Row(
        "learning:renew",
        signed_in(405),
        kwargs=lambda w: {"module_id": w.module_a.pk},
        post=Post(
            signed_in(404, learner=OWNER),
            state=lambda w: _refreshed(w.enrolment, "status", "cycle"),
        ),
    ),
    Row(
        "learning:lesson_complete",
        signed_in(405),
        kwargs=lambda w: {"lesson_id": w.taken.closing.pk},
        post=Post(
            signed_in(404, learner=OWNER),
            state=lambda w: w.enrolment.progress.count(),
        ),
    ),
    Row(
        "learning:quiz_submit",
        signed_in(405),
        kwargs=lambda w: {"lesson_id": w.taken.quiz.pk},
        post=Post(
            signed_in(404, learner=OWNER),
            data=lambda w: {"quiz": w.taken.quiz_id, "question-0": "1", "question-1": ["0", "2"]},
            state=lambda w: w.enrolment.quiz_attempts.count(),
        ),
    ),
    Row(
        "learning:reflection_draft_save",
        public(405),
        kwargs=lambda w: {"lesson_id": w.taken.reading.pk},
        reason="POST only (the lesson page's script); signed-out visitors get a JSON 403.",
        post=Post(
            signed_in(404, anonymous=403, learner=OWNER),
            data=lambda w: {"prompt": w.taken.prompt_id, "text": "Written by someone else."},
            state=lambda w: _refreshed(w.reflection, "text"),
        ),
    ),
    Row(
        "learning:reflection_save",
        signed_in(405),
        kwargs=lambda w: {"lesson_id": w.taken.reading.pk},
        post=Post(
            signed_in(404, learner=OWNER),
            data=lambda w: {"prompt": w.taken.prompt_id, "text": "Written by someone else."},
            state=lambda w: _refreshed(w.reflection, "text"),
        ),
    ),
    Row("pathways:index", public(200)),
    Row("help", public(200)),
    Row("accessibility", public(200)),
    Row("service_status", public(200)),
    Row(
        "admin/login/",
        public(LOGIN),
        url=lambda w: "/admin/login/",
        reason="Wagtail's sign-in address leads to allauth's for everyone.",
    ),
    Row("_util/login/", public(LOGIN), url=lambda w: "/_util/login/"),
    Row("pathways:join", signed_in(405), kwargs=lambda w: {"pathway_id": w.pathway.pk}),
    Row(
        "pathways:leave",
        signed_in(302, learner=200),
        kwargs=lambda w: {"pathway_id": w.pathway.pk},
        reason="Only those following the pathway are asked to confirm; others go back to it.",
        post=Post(
            signed_in(302, learner=OWNER),
            state=lambda w: _refreshed(w.pathway_enrolment, "left_at"),
        ),
    ),
    Row("credentials:my_certificates", signed_in(200)),
    Row("credentials:transcript_pdf", signed_in(200)),
    Row(
        "credentials:certificate_pdf",
        council(200, learner=200),
        kwargs=lambda w: {"pk": w.certificate.pk},
    ),
    Row(
        "credentials:certificate_credential",
        council(200, learner=200),
        kwargs=lambda w: {"pk": w.certificate.pk, "format": "json"},
    ),
    Row("credentials:verify_form", public(200)),
    Row("credentials:verify_json", public(200), kwargs=lambda w: {"code": w.certificate.code}),
    Row("credentials:verify_detail", public(200), kwargs=lambda w: {"code": w.certificate.code}),
    Row("credentials:issuer", public(200)),
    Row("credentials:jwks", public(200)),
    Row("credentials:revocation_list", public(200)),
    Row("credentials:status_list", public(200)),
    Row(
        "credentials:public_key",
        public(200),
        kwargs=lambda w: {"thumbprint": _jwt_key_thumbprint()},
    ),
    Row("credentials:issuer_image", public(200)),
    Row(
        "credentials:badge_image",
        public(200),
        kwargs=lambda w: {"page_id": w.certificate.page_id},
    ),
    Row(
        "credentials:did_document",
        public(404),
        reason="Served only where ACADEMY_ISSUER_DID_WEB is on over HTTPS (tests/credentials).",
    ),
    Row(
        "credentials:certificate_badge",
        council(200, learner=200),
        kwargs=lambda w: {"pk": w.certificate.pk, "format": "png"},
    ),
    Row(
        "credentials:transcript_clr",
        signed_in(200),
        kwargs=lambda w: {"format": "json"},
        reason="Each person's own record: it reads only request.user.",
    ),
    Row(
        "credentials:name_on_credentials",
        signed_in(405),
        reason="POST only; it changes the signed-in person's own consent, never another's.",
        post=Post(
            signed_in(302, learner=OWNER),
            state=lambda w: w.learner.consents.filter(withdrawn_at=None).count(),
        ),
    ),
    Row(
        "credentials:prior_learning",
        council(200),
        post=Post(
            council(OWNER),
            data=lambda w: {
                "learner_email": w.learner.email,
                "description": "Recorded by someone who may not.",
                "awarded_on": _today(),
                "cpd_hours": "5",
                "academic_credits": "0",
                "fheq_level": "",
                "evidence": _evidence_file(),
            },
            state=lambda w: w.learner.credit_entries.count(),
        ),
    ),
    Row(
        "credentials:credit_evidence",
        council(200),
        kwargs=lambda w: {"pk": w.prior_learning.pk},
    ),
    Row("credentials:officer_certificates", council(200), query="?q=learner@example.org"),
    Row(
        "credentials:certificate_revoke",
        council(200),
        kwargs=lambda w: {"pk": w.certificate.pk},
        post=Post(
            council(OWNER),
            data=lambda w: {"reason": "Revoked by someone who may not."},
            state=lambda w: _refreshed(w.certificate, "status"),
        ),
    ),
    Row("governors:dashboard", signed_in(200)),
    Row(
        "governors:skills_audit",
        signed_in(404, governor=200, chair_a=200, chair_b=200, clerk_a=200),
        reason="Only current governors rate their skills.",
    ),
    Row("governors:board", board_a(200), kwargs=lambda w: {"board_id": w.board_a.pk}),
    Row("governors:board_csv", board_a(200), kwargs=lambda w: {"board_id": w.board_a.pk}),
    Row("governors:board_skills", board_a(200), kwargs=lambda w: {"board_id": w.board_a.pk}),
    Row(
        "governors:board_invite",
        board_a(200),
        kwargs=lambda w: {"board_id": w.board_a.pk},
        post=Post(
            board_a(OWNER),
            data=lambda w: {
                "email": "gatecrasher@example.org",
                "role": "parent",
                "appointed_on": _today(),
            },
            state=lambda w: w.board_a.invitations.count(),
        ),
    ),
    Row(
        "governors:governorship_edit",
        board_a(200),
        kwargs=lambda w: {"board_id": w.board_a.pk, "governorship_id": w.governorship.pk},
        post=Post(
            board_a(OWNER),
            data=lambda w: {"role": "chair", "appointed_on": "2024-09-01"},
            state=lambda w: _refreshed(w.governorship, "role", "appointed_on"),
        ),
    ),
    Row(
        "governors:invitation",
        public(200),
        kwargs=lambda w: {"token": w.invitation.token},
        reason="The token in the e-mail is the secret; only its addressee can accept.",
        post=Post(
            expect(200, anonymous=LOGIN),
            state=lambda w: _refreshed(w.invitation, "accepted_at"),
        ),
    ),
    Row("privacy:notice", public(200)),
    Row("privacy:mine", signed_in(200)),
    Row(
        "privacy:export_request",
        signed_in(405),
        reason="A POST asks for the signed-in person's own archive: there is no one else's.",
    ),
    Row(
        "privacy:export_download",
        signed_in(404, learner=200),
        kwargs=lambda w: {"export_id": w.data_export.pk},
        reason="Only the person whose data it is downloads the archive.",
    ),
    Row(
        "privacy:consent",
        signed_in(200),
        reason="Each person gives and withdraws their own consents only.",
    ),
    Row("privacy:accesses_mine", signed_in(200)),
    Row("privacy:erasure_request", signed_in(200)),
    Row("privacy:erasure_list", council(200)),
    Row(
        "privacy:erasure_review",
        council(200),
        kwargs=lambda w: {"erasure_id": w.erasure.pk},
        post=Post(
            council(OWNER),
            data=lambda w: {"decision": "approve"},
            state=lambda w: _refreshed(w.erasure, "status"),
        ),
    ),
    Row("privacy:access_log", council(200)),
    Row("governors:council", council(200)),
    Row("governors:council_volunteers", council(200)),
    Row(
        "governors:volunteer_propose",
        council(200),
        kwargs=lambda w: {"board_id": w.board_a.pk, "volunteer_id": w.volunteer.pk},
        post=Post(
            council(OWNER),
            data=lambda w: {"role": "co_opted", "appointed_on": _today()},
            state=lambda w: w.volunteer.proposals.count(),
        ),
    ),
    Row(
        "governors:governor_remind",
        board_a(302),
        kwargs=lambda w: {"board_id": w.board_a.pk, "governorship_id": w.governorship.pk},
        reason="A GET goes back to the board page; only a POST sends the e-mail.",
        post=Post(board_a(OWNER), state=lambda w: _reminders(w)),
    ),
    Row(
        "governors:board_remind_all",
        board_a(302),
        kwargs=lambda w: {"board_id": w.board_a.pk},
        reason="A GET goes back to the board page; only a POST sends the e-mails.",
        post=Post(board_a(OWNER), state=lambda w: _reminders(w)),
    ),
    Row(
        "governors:proposal",
        board_a(200),
        kwargs=lambda w: {"board_id": w.board_a.pk, "proposal_id": w.proposal.pk},
        reason="Officers may look at a proposal to board A, but only its chair or clerk decides.",
        post=Post(
            board_a(OWNER, officer=404, superuser=404),
            data=lambda w: {"decision": "accept"},
            state=lambda w: _refreshed(w.proposal, "status", "decided_by_id"),
        ),
    ),
    Row(
        "governors:training_request",
        board_a(200),
        kwargs=lambda w: {"board_id": w.board_a.pk},
        post=Post(
            board_a(OWNER),
            data=lambda w: {"message": "Please train us.", "competencies": []},
            state=lambda w: w.board_a.training_requests.count(),
        ),
    ),
    Row("governors:council_training_requests", council(200)),
    Row(
        "governors:training_request_answer",
        council(200),
        kwargs=lambda w: {"request_id": w.training_request.pk},
        post=Post(
            council(OWNER),
            data=lambda w: {"answer": "Answered by someone else."},
            state=lambda w: _refreshed(w.training_request, "status", "answer"),
        ),
    ),
    Row("governors:volunteer", public(200)),
    Row("governors:volunteer_thanks", public(200)),
    Row("mentoring:index", signed_in(200)),
    Row(
        "mentoring:relationship",
        signed_in(404, learner=200, mentor=200, tutor=200),
        kwargs=lambda w: {"pk": w.pair.pk},
        reason="The pair reads its notes; the ECT's induction tutor sees the meeting dates only.",
    ),
    Row(
        "mentoring:respond",
        signed_in(405),
        kwargs=lambda w: {"pk": w.pair.pk},
        post=Post(
            signed_in(404, learner=OWNER, mentor=OWNER),
            data=lambda w: {"answer": "decline"},
            state=lambda w: _refreshed(w.pair, "status"),
        ),
    ),
    Row(
        "mentoring:end",
        signed_in(404, learner=200, mentor=200),
        kwargs=lambda w: {"pk": w.pair.pk},
        post=Post(
            signed_in(404, learner=OWNER, mentor=OWNER),
            data=lambda w: {"ended_on": _today(), "reason": "other"},
            state=lambda w: _refreshed(w.pair, "status", "ended_on"),
        ),
    ),
    Row(
        "mentoring:meeting_add",
        signed_in(404, learner=200, mentor=200),
        kwargs=lambda w: {"pk": w.pair.pk},
        post=Post(
            signed_in(404, learner=OWNER, mentor=OWNER),
            data=lambda w: {
                "held_on": _today(),
                "minutes": "30",
                "format": "meeting",
                "focus": "x",
            },
            state=lambda w: w.pair.meetings.count(),
        ),
    ),
    Row(
        "mentoring:comment",
        signed_in(405),
        kwargs=lambda w: {"pk": w.pair.pk, "reflection_id": w.mentor_reflection.pk},
        post=Post(
            signed_in(404, mentor=OWNER),
            data=lambda w: {"text": "A comment from someone else."},
            state=lambda w: w.mentor_reflection.mentor_comments.count(),
        ),
    ),
    Row(
        "mentoring:action_done",
        signed_in(405),
        kwargs=lambda w: {"pk": w.action.pk},
        post=Post(
            signed_in(404, learner=OWNER, mentor=OWNER),
            state=lambda w: _refreshed(w.action, "done_at"),
        ),
    ),
    Row(
        "mentoring:induction",
        signed_in(404, learner=200, tutor=200),
        kwargs=lambda w: {"pk": w.induction.pk},
        reason="The ECT and their school's tutor and head; never the mentor or the council.",
    ),
    Row(
        "mentoring:induction_record",
        signed_in(404, tutor=200),
        kwargs=lambda w: {"pk": w.induction.pk, "term": 1},
        post=Post(
            signed_in(404, tutor=OWNER),
            data=lambda w: {"on_track": "yes", "evidence": "x", "targets": "y"},
            state=lambda w: w.induction.records.count(),
        ),
    ),
    Row(
        "mentoring:school",
        signed_in(404, tutor=200),
        kwargs=lambda w: {"school_id": w.school.pk},
    ),
    Row(
        "mentoring:induction_start",
        signed_in(404, tutor=200),
        kwargs=lambda w: {"school_id": w.school.pk},
        reason="The school's induction tutor and headteacher start its inductions; no one else.",
        post=Post(
            signed_in(404, tutor=OWNER),
            data=lambda w: {
                "ect": w.other_learner.pk,
                "appropriate_body": w.induction.appropriate_body_id,
                "started_on": _today(),
            },
            state=lambda w: w.induction.__class__.objects.count(),
        ),
    ),
    Row(
        "mentoring:induction_extend",
        signed_in(404, tutor=200),
        kwargs=lambda w: {"pk": w.induction.pk},
        reason="The ECT's school's tutor and head; never the ECT, the mentor or the council.",
        post=Post(
            signed_in(404, tutor=OWNER),
            data=lambda w: {"terms": "1", "reason": "Absence."},
            state=lambda w: _refreshed(w.induction, "extension_terms"),
        ),
    ),
    Row(
        "mentoring:induction_mentor",
        signed_in(404, tutor=200),
        kwargs=lambda w: {"pk": w.induction.pk},
        reason="The ECT's school's tutor and head; never the ECT, the mentor or the council.",
        post=Post(
            signed_in(404, tutor=OWNER),
            data=lambda w: {"mentor": w.other_learner.pk},
            state=lambda w: w.induction.ect.mentoring_as_mentee.count(),
        ),
    ),
    Row(
        "mentoring:induction_terms",
        signed_in(404, tutor=200),
        kwargs=lambda w: {"pk": w.induction.pk},
        reason="The ECT's school's tutor and head; never the ECT, the mentor or the council.",
        post=Post(
            signed_in(404, tutor=OWNER),
            data=lambda w: {"terms": "2.5"},
            state=lambda w: _refreshed(w.induction, "terms_completed"),
        ),
    ),
    Row(
        "mentoring:induction_transfer",
        signed_in(404, tutor=200),
        kwargs=lambda w: {"pk": w.induction.pk},
        reason="The ECT's school's tutor and head; never the ECT, the mentor or the council.",
        post=Post(
            signed_in(404, tutor=OWNER),
            data=lambda w: {"school": w.school_a.pk},
            state=lambda w: _refreshed(w.induction, "school_id"),
        ),
    ),
    Row(
        "mentoring:practitioner_add",
        signed_in(404),
        kwargs=lambda w: {"pk": w.pair.pk},
        reason="Only a setting partnership's two leads name practitioners: the matrix's pair is "
        "an ECT pair, so everyone gets a 404 (tests/mentoring/test_settings.py has the leads).",
        post=Post(
            signed_in(404),
            data=lambda w: {"person": w.other_learner.pk},
            state=lambda w: w.pair.practitioners.count(),
        ),
    ),
    Row(
        "mentoring:training",
        signed_in(200),
        reason="Each mentor's own training: the page shows and records only the signer's own.",
    ),
    Row("mentoring:council", council(200)),
    Row(
        "mentoring:council_request",
        council(200),
        kwargs=lambda w: {"pk": w.match_request.pk},
        post=Post(
            council(OWNER),
            data=lambda w: {"offer": w.offer.pk},
            state=lambda w: w.match_request.relationships.count(),
        ),
    ),
    Row(
        "mentoring:request_add",
        signed_in(404, tutor=200, **dict.fromkeys(SCHOOL_ROLES, 200)),
        reason="School leaders ask for coaches and partners for their own school: another "
        "school's leaders get the form back with its error, and nothing is asked.",
        post=Post(
            signed_in(404, tutor=OWNER, **dict.fromkeys(SCHOOL_ROLES, 200)),
            data=lambda w: {"kind": "partnership_head", "organisation": w.school.pk},
            state=lambda w: w.match_request.__class__.objects.count(),
        ),
    ),
    Row("mentoring:offer_add", signed_in(200), reason="Anyone signed in may offer to coach."),
    Row(
        "workforce:index",
        signed_in(404, officer=200, superuser=200, tutor=302, **dict.fromkeys(SCHOOL_ROLES, 302)),
        reason="One school goes straight to it (the induction tutor's too); the council chooses "
        "among them all.",
    ),
    Row(
        "workforce:staff_across",
        signed_in(404, officer=200, superuser=200, tutor=200, **dict.fromkeys(SCHOOL_ROLES, 200)),
        reason="Everyone at the schools the person steers: school B's lead sees only B's.",
    ),
    Row("workforce:school", school_a(200), kwargs=_school_a),
    Row("workforce:school_csv", school_a(200), kwargs=_school_a),
    Row("workforce:person", school_a(200), kwargs=lambda w: _at_a(w.learner)),
    Row(
        "workforce:person",
        signed_in(404),
        kwargs=lambda w: _at_a(w.starter.person),
        label="workforce:person (starts next week)",
    ),
    Row(
        "workforce:person",
        signed_in(404),
        kwargs=lambda w: _at_a(w.leaver.person),
        label="workforce:person (left yesterday)",
    ),
    Row(
        "workforce:person",
        signed_in(404),
        kwargs=lambda w: _at_a(w.waiting.person),
        label="workforce:person (has an account and has not confirmed)",
    ),
    Row(
        "workforce:person",
        signed_in(404),
        kwargs=lambda w: {"school_id": w.school_b.pk, "person_id": w.learner.pk},
        label="workforce:person (school A's teacher at school B's address)",
    ),
    Row(
        "workforce:employment_end",
        school_a_managers(200),
        kwargs=lambda w: _at_a(w.learner),
        post=Post(
            school_a_managers(OWNER),
            data=lambda w: {"left_on": _today()},
            state=lambda w: _refreshed(w.employment, "left_on"),
        ),
    ),
    Row(
        "workforce:employment_end",
        signed_in(404),
        kwargs=lambda w: _at_a(w.waiting.person),
        label="workforce:employment_end (has not confirmed)",
        post=Post(
            signed_in(404),
            data=lambda w: {"left_on": _today()},
            state=lambda w: _refreshed(w.waiting, "left_on"),
        ),
    ),
    Row(
        "workforce:staff_add",
        school_a_managers(200),
        kwargs=_school_a,
        post=Post(
            school_a_managers(OWNER),
            data=lambda w: {
                "first_name": "Gate",
                "last_name": "Crasher",
                "email": "gatecrasher@example.org",
                "job_role": "teacher",
                "started_on": _today(),
            },
            state=lambda w: w.school_a.employments.count(),
        ),
    ),
    Row(
        "workforce:staff_import",
        school_a_managers(200),
        kwargs=_school_a,
        post=Post(
            school_a_managers(OWNER),
            data=lambda w: {"file": _staff_file()},
            state=lambda w: w.school_a.employments.count(),
        ),
    ),
    Row(
        "workforce:assign",
        school_a_managers(200),
        kwargs=_school_a,
        post=Post(
            school_a_managers(OWNER),
            data=lambda w: {"module": w.module_a.pk, "people": [w.learner.pk]},
            state=lambda w: w.school_a.assignments.count(),
        ),
    ),
    Row(
        "workforce:roles",
        school_a(200),
        kwargs=_school_a,
        reason="Its CPD lead sees who holds the roles; only its headteacher and the council grant.",
        post=Post(
            school_a_granters(OWNER),
            data=lambda w: {"email": "gatecrasher@example.org", "kind": "headteacher"},
            state=lambda w: w.school_a.role_invitations.count(),
        ),
    ),
    Row(
        "workforce:role_end",
        signed_in(405),
        kwargs=lambda w: {"school_id": w.school_a.pk, "role_id": w.cpd_role_a.pk},
        post=Post(school_a_granters(OWNER), state=lambda w: _refreshed(w.cpd_role_a, "ended_at")),
    ),
    Row(
        "workforce:invitation",
        public(200),
        kwargs=lambda w: {"token": w.role_invitation.token},
        reason="The token in the e-mail is the secret; only its addressee can accept.",
        post=Post(
            expect(200, anonymous=LOGIN),
            state=lambda w: _refreshed(w.role_invitation, "accepted_at", "role_id"),
        ),
    ),
    Row(
        "workforce:confirm",
        signed_in(404),
        kwargs=lambda w: {"employment_id": w.waiting.pk},
        reason="Only the person a school named answers it; nobody else learns it exists.",
        post=Post(
            signed_in(404),
            data=lambda w: {"answer": "confirm"},
            state=lambda w: _refreshed(w.waiting, "confirmed_at", "declined_at"),
        ),
    ),
    Row("reports:index", council(200, lead_a=200, lead_b=200)),
    Row(
        "reports:export_csv",
        council(200, lead_a=200, lead_b=200),
        kwargs=lambda w: {"dimension": "module"},
    ),
    Row("reports:impact_matrix", council(200)),
    Row("reports:partnerships", council(200)),
    Row("reports:staff", council(200)),
    Row(
        "reports:research_export",
        council(200),
        post=Post(
            council(OWNER),
            data=lambda w: {"study": w.study.slug},
            state=lambda w: w.exports_logged(),
        ),
    ),
    Row(
        "evaluation:answer",
        signed_in(404, learner=200),
        kwargs=lambda w: {"questionnaire_id": w.questionnaire.pk, "page_id": w.module_a.pk},
        reason="Offered only to the learner taking the module.",
        post=Post(
            signed_in(404, learner=OWNER),
            data=lambda w: {f"q{w.questionnaire.questions.get().pk}": "4", "consent": "on"},
            state=lambda w: w.questionnaire.responses.count(),
        ),
    ),
    *EVENTS_ROWS,
]


def _learner_pk(w) -> dict:
    return {"pk": w.learner.pk}


def _page_ids(w) -> dict:
    return {"page_id": w.module_a.pk}


def _snippet(namespace: str, obj: Callable, expectation: dict, **by_route: dict) -> list[Row]:
    """A snippet's admin routes, with the same expectation unless the route is named."""
    pk = lambda w: {"pk": obj(w).pk}  # noqa: E731
    delete = by_route.pop("delete", expectation)
    return [
        Row(f"{namespace}:{route}", by_route.get(route, expectation), kwargs=kwargs)
        for route, kwargs in (
            ("list", no_kwargs),
            ("list_results", no_kwargs),
            ("add", no_kwargs),
            ("edit", pk),
            ("usage", pk),
            ("history", pk),
            ("history_results", pk),
            ("copy", pk),
        )
    ] + [
        Row(
            f"{namespace}:delete",
            delete,
            kwargs=pk,
            post=Post(
                {role: OWNER if status == 200 else status for role, status in delete.items()},
                state=lambda w: _exists(obj(w)),
            ),
        )
    ]


def _snippet_chooser(namespace: str, obj: Callable, expectation: dict, *, reason: str) -> list[Row]:
    """A snippet's chooser; creating from it needs the add permission."""
    return [
        Row(f"{namespace}:choose", expectation, reason=reason),
        Row(f"{namespace}:choose_results", expectation, reason=reason),
        Row(f"{namespace}:chosen", expectation, kwargs=lambda w: {"pk": obj(w).pk}, reason=reason),
        Row(f"{namespace}:chosen_multiple", expectation, query="?id=0", reason=reason),
        Row(f"{namespace}:create", council_admin(200)),
    ]


def _provider_snippet(namespace: str, obj: Callable, delete: dict) -> list[Row]:
    """An events snippet: any provider's lead lists and adds (their own rows only, tested in
    tests/events/test_admin.py); provider A's row is lead A's and the council's."""
    pk = lambda w: {"pk": obj(w).pk}  # noqa: E731
    anyone_leading = provider_a(200, lead_b=200)
    rows = [
        Row(f"{namespace}:{route}", anyone_leading) for route in ("list", "list_results", "add")
    ]
    rows += [
        Row(f"{namespace}:{route}", provider_a(200), kwargs=pk)
        for route in ("edit", "usage", "history", "history_results")
    ]
    rows.append(
        Row(
            f"{namespace}:delete",
            delete,
            kwargs=pk,
            post=Post(
                {role: OWNER if status == 200 else status for role, status in delete.items()},
                state=lambda w: _exists(obj(w)),
            ),
        )
    )
    return rows


MATRIX_KEEPERS = "Only those who keep the impact matrix list its indicators and questionnaires."
ANY_ADMIN_CHOOSES = "Every admin user may choose one (Wagtail's choosers ask no permission): "


# Wagtail admin routes for the project's own models: every one of them needs a row.
PROJECT_ADMIN_ROWS = [
    *_provider_snippet(
        "wagtailsnippets_events_event",
        lambda w: w.event_a,
        # An event with bookings is never deleted (cancel it instead), by anyone.
        delete=provider_a(ADMIN_HOME),
    ),
    *_provider_snippet("wagtailsnippets_events_venue", lambda w: w.venue_a, provider_a(200)),
    *_snippet(
        "wagtailsnippets_courses_framework",
        lambda w: w.framework,
        council_admin(200),
        delete=superuser_admin(200),
    ),
    *_snippet_chooser(
        "wagtailsnippetchoosers_courses_framework",
        lambda w: w.framework,
        wagtail_admin(200),
        reason=ANY_ADMIN_CHOOSES + "frameworks are published documents.",
    ),
    *_snippet("wagtailsnippets_governors_board", lambda w: w.board_a, council_admin(200)),
    *_snippet("wagtailsnippets_evaluation_indicator", lambda w: w.indicator, council_admin(200)),
    *_snippet(
        "wagtailsnippets_evaluation_questionnaire",
        lambda w: w.questionnaire,
        council_admin(200),
    ),
    *_snippet_chooser(
        "wagtailsnippetchoosers_evaluation_indicator",
        lambda w: w.indicator,
        council_admin(200),
        reason=MATRIX_KEEPERS,
    ),
    *_snippet_chooser(
        "wagtailsnippetchoosers_evaluation_questionnaire",
        lambda w: w.questionnaire,
        council_admin(200),
        reason=MATRIX_KEEPERS,
    ),
    *_snippet_chooser(
        "wagtailsnippetchoosers_governors_board",
        lambda w: w.board_a,
        council_admin(200),
        reason="Nobody learns which boards exist without the permission to see them.",
    ),
    *_snippet(
        "wagtailsnippets_governors_trainingrequirement",
        lambda w: w.requirement,
        council_admin(200),
    ),
    *_snippet_chooser(
        "wagtailsnippetchoosers_governors_trainingrequirement",
        lambda w: w.requirement,
        wagtail_admin(200),
        reason=ANY_ADMIN_CHOOSES + "governors' training requirements are published to them.",
    ),
    *_snippet(
        "wagtailsnippets_mentoring_inductionrules",
        lambda w: w.induction.rules,
        council_admin(200),
        delete=superuser_admin(200),
    ),
    *_snippet(
        "wagtailsnippets_mentoring_appropriatebody",
        lambda w: w.induction.appropriate_body,
        council_admin(200),
        delete=superuser_admin(200),
    ),
    *_snippet(
        "wagtailsnippets_mentoring_mentortrainingallowance",
        lambda w: w.allowance,
        council_admin(200),
        delete=superuser_admin(200),
    ),
    *_snippet(
        "wagtailsnippets_mentoring_schoolterm",
        lambda w: w.term,
        council_admin(200),
        delete=superuser_admin(200),
    ),
    *(
        row
        for model, obj in (
            ("inductionrules", lambda w: w.induction.rules),
            ("appropriatebody", lambda w: w.induction.appropriate_body),
            ("mentortrainingallowance", lambda w: w.allowance),
            ("schoolterm", lambda w: w.term),
        )
        for row in _snippet_chooser(
            f"wagtailsnippetchoosers_mentoring_{model}",
            obj,
            wagtail_admin(200),
            reason=ANY_ADMIN_CHOOSES + "induction rules, bodies, allowances and terms are public.",
        )
    ),
    Row("pathway_enrolments:index", council_admin(200)),
    Row("pathway_enrolments:index_results", council_admin(200)),
    Row(
        "pathway_enrolments:inspect",
        council_admin(200),
        kwargs=lambda w: {"pk": w.pathway_enrolment.pk},
    ),
    Row(
        "pathway_enrolments:add",
        superuser_admin(200),
        reason="Officers only read who follows a pathway; learners join themselves.",
    ),
    *(
        Row(
            f"pathway_enrolments:{route}",
            superuser_admin(200),
            kwargs=lambda w: {"pk": w.pathway_enrolment.pk},
        )
        for route in ("edit", "history", "history_results", "usage", "copy")
    ),
    Row(
        "pathway_enrolments:delete",
        superuser_admin(200),
        kwargs=lambda w: {"pk": w.pathway_enrolment.pk},
        post=Post(superuser_admin(OWNER), state=lambda w: _exists(w.pathway_enrolment)),
    ),
]

# Wagtail's own routes that provider leads and officers use, reviewed: provider A's pages,
# images and documents as lead B, the moderation workflow, reports, users.
WAGTAIL_ROWS = [
    Row("wagtailadmin_home", wagtail_admin(200)),
    Row(
        "wagtailadmin_explore_root",
        wagtail_admin(302, superuser=200),
        reason="Wagtail opens the explorer at the top of the pages each may edit.",
    ),
    Row(
        "wagtailadmin_explore",
        provider_a(200, lead_b=302),
        kwargs=lambda w: {"parent_page_id": w.provider_a.pk},
        reason="Lead B is sent to the explorer of their own provider's pages.",
    ),
    Row("wagtailadmin_pages:search", wagtail_admin(200), query="?q=module"),
    Row(
        "wagtailadmin_pages:edit",
        provider_a(200),
        kwargs=_page_ids,
        post=Post(
            provider_a(OWNER),
            data=lambda w: {"title": "Taken over", "slug": "taken-over", "action-submit": "1"},
            state=lambda w: (
                _refreshed(w.module_a, "title", "latest_revision_id"),
                w.module_a.revisions.count(),
            ),
        ),
    ),
    Row(
        "wagtailadmin_pages:add_subpage",
        provider_a(302),
        reason="A module takes only lessons, so Wagtail goes straight to adding one.",
        kwargs=lambda w: {"parent_page_id": w.module_a.pk},
    ),
    Row(
        "wagtailadmin_pages:add",
        provider_a(200),
        kwargs=lambda w: {
            "content_type_app_name": "courses",
            "content_type_model_name": "lessonpage",
            "parent_page_id": w.module_a.pk,
        },
    ),
    Row(
        "wagtailadmin_pages:delete",
        council_admin(200),
        reason="Leads add and change pages; only officers delete or move them.",
        kwargs=lambda w: {"page_id": w.taken.closing.pk},
        post=Post(council_admin(OWNER), state=lambda w: _exists(w.taken.closing)),
    ),
    Row("wagtailadmin_pages:copy", provider_a(200), kwargs=_page_ids),
    Row(
        "wagtailadmin_pages:move",
        council_admin(200),
        kwargs=lambda w: {"page_to_move_id": w.taken.closing.pk},
    ),
    Row(
        "wagtailadmin_pages:unpublish",
        council_admin(200),
        kwargs=_page_ids,
        reason="Leads cannot publish, so cannot unpublish either.",
        post=Post(council_admin(OWNER), state=lambda w: _refreshed(w.module_a, "live")),
    ),
    Row(
        "wagtailadmin_pages:lock",
        council_admin(405, others=405),
        kwargs=_page_ids,
        post=Post(council_admin(OWNER), state=lambda w: _refreshed(w.module_a, "locked")),
    ),
    Row("wagtailadmin_pages:set_privacy", council_admin(200), kwargs=_page_ids),
    Row("wagtailadmin_pages:history", provider_a(200), kwargs=_page_ids),
    Row(
        "wagtailadmin_pages:revisions_index",
        wagtail_admin(302),
        kwargs=_page_ids,
        reason="It redirects to the page's history, which has its own row.",
    ),
    Row("wagtailadmin_pages:view_draft", provider_a(200), kwargs=_page_ids),
    Row("wagtailadmin_pages:usage", provider_a(200), kwargs=_page_ids),
    Row("wagtailadmin_pages:workflow_history", provider_a(200), kwargs=_page_ids),
    Row(
        "wagtailadmin_pages:workflow_action",
        council_admin(200),
        kwargs=lambda w: {
            "page_id": w.module_a.pk,
            "action_name": "approve",
            "task_state_id": w.task_state.pk,
        },
        reason="Only council officers approve a module, never its own lead.",
        post=Post(
            council_admin(OWNER),
            data=lambda w: {"comment": "Approved by someone who may not."},
            state=lambda w: _refreshed(w.task_state, "status"),
        ),
    ),
    Row(
        "wagtailadmin_pages:workflow_preview",
        council_admin(200),
        kwargs=lambda w: {"page_id": w.module_a.pk, "task_id": w.task_state.task_id},
    ),
    Row("wagtailimages:index", wagtail_admin(200)),
    Row("wagtailimages:add_multiple", wagtail_admin(200)),
    Row(
        "wagtailimages:edit",
        provider_a(200),
        kwargs=lambda w: {"image_id": w.image_a.pk},
        post=Post(
            provider_a(OWNER),
            data=lambda w: {"title": "Taken over", "file": _png()},
            state=lambda w: _refreshed(w.image_a, "title"),
        ),
    ),
    Row(
        "wagtailimages:delete",
        provider_a(200),
        kwargs=lambda w: {"image_id": w.image_a.pk},
        post=Post(provider_a(OWNER), state=lambda w: _exists(w.image_a)),
    ),
    Row("wagtailimages_chooser:choose", wagtail_admin(200)),
    Row("wagtaildocs:index", wagtail_admin(200)),
    Row("wagtaildocs:add_multiple", wagtail_admin(200)),
    Row(
        "wagtaildocs:edit",
        provider_a(200),
        kwargs=lambda w: {"document_id": w.document_a.pk},
        post=Post(
            provider_a(OWNER),
            data=lambda w: {"title": "Taken over"},
            state=lambda w: _refreshed(w.document_a, "title"),
        ),
    ),
    Row(
        "wagtaildocs:delete",
        provider_a(200),
        kwargs=lambda w: {"document_id": w.document_a.pk},
        post=Post(provider_a(OWNER), state=lambda w: _exists(w.document_a)),
    ),
    Row("wagtaildocs_chooser:choose", wagtail_admin(200)),
    Row(
        "wagtaildocs_serve",
        expect(404, lead_a=200, officer=200, superuser=200),
        url=lambda w: w.document_a.url,
        reason="A document no live page uses is for those who edit its collection only.",
    ),
    Row("wagtailadmin_collections:index", superuser_admin(200)),
    Row("wagtailadmin_workflows:index", superuser_admin(200)),
    Row(
        "wagtailadmin_workflows:edit",
        superuser_admin(200),
        kwargs=lambda w: {"pk": w.workflow.pk},
    ),
    Row("wagtailadmin_workflows:task_index", superuser_admin(200)),
    Row("wagtailadmin_reports:locked_pages", council_admin(200)),
    Row("wagtailadmin_reports:workflow", wagtail_admin(200)),
    Row("wagtailadmin_reports:workflow_tasks", wagtail_admin(200)),
    Row("wagtailadmin_reports:site_history", wagtail_admin(200)),
    Row("wagtailadmin_reports:aging_pages", wagtail_admin(200)),
    Row("wagtailadmin_reports:page_types_usage", wagtail_admin(200)),
    Row("wagtailusers_users:index", superuser_admin(200)),
    Row("wagtailusers_users:index_results", superuser_admin(200)),
    Row("wagtailusers_users:add", superuser_admin(200)),
    *(
        Row(f"wagtailusers_users:{route}", superuser_admin(200), kwargs=_learner_pk)
        for route in ("history", "history_results", "usage", "copy")
    ),
    Row(
        "wagtailusers_users:delete",
        superuser_admin(200),
        kwargs=lambda w: {"pk": w.other_learner.pk},
        reason="Another learner, with no records that would stop their deletion.",
        post=Post(superuser_admin(OWNER), state=lambda w: _exists(w.other_learner)),
    ),
    Row(
        "wagtailusers_users:edit",
        superuser_admin(200),
        kwargs=_learner_pk,
        post=Post(
            superuser_admin(OWNER),
            data=lambda w: {"email": "taken@example.org", "is_superuser": "on"},
            state=lambda w: _refreshed(w.learner, "email", "is_superuser"),
        ),
    ),
    Row("wagtailusers_groups:index", superuser_admin(200)),
    Row("wagtailsites:index", superuser_admin(200)),
    Row("wagtailredirects:index", superuser_admin(200)),
    Row("admin:index", expect(DJANGO_ADMIN_LOGIN, superuser=200)),
    Row(
        "wagtail_serve",
        public(200),
        url=lambda w: w.taken.reading.url,
        label="wagtail_serve (a live lesson)",
    ),
    Row(
        "wagtail_serve",
        public(404),
        url=lambda w: w.draft_lesson_url,
        label="wagtail_serve (a lesson not yet published)",
    ),
]

ROWS = PROJECT_ROWS + PROJECT_ADMIN_ROWS + WAGTAIL_ROWS

# Project patterns (views in the project's apps, and admin views of its models) left out of the
# matrix, each with the reason.
IGNORED: dict[str, str] = {}

# Namespaces left out whole.
IGNORED_NAMESPACES = {
    "admin": "The Django admin asks is_staff before every route; the admin:index row stands for it.",
}

# Libraries whose own routes are left out, except the reviewed ones in WAGTAIL_ROWS. A route a new
# library adds fails the completeness test until its package is reviewed and listed here.
LIBRARY_PACKAGES = {
    "wagtail": "Wagtail's own admin and serving; the routes providers use are in WAGTAIL_ROWS.",
    "allauth": "allauth's sign-in, sign-up, e-mail and two-factor routes, tested in tests/accounts.",
    "django": "Django's own views: the Django admin, its redirects and Wagtail's login view.",
    "taggit": "django-taggit's tag merging, inside the Django admin.",
    "django_celery_beat": "Celery beat's schedules, inside the Django admin.",
}
