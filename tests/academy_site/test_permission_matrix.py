"""Every URL, for every role, asking for another person's object, gets what the matrix in
permission_matrix.py says; a URL without a row fails, saying what to add."""

import re
import time
from dataclasses import dataclass
from datetime import timedelta
from io import BytesIO
from pathlib import Path

import pytest
from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY
from allauth.mfa.totp.internal.auth import TOTP
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from academy_site.models import AccessRecord
from evaluation.models import Indicator, Questionnaire, Study
from tests.academy_site import permission_matrix as matrix
from tests.factories import PASSWORD

ROLE_NAMES = {
    "anonymous": "anonymous visitor",
    "learner": "learner",
    "other_learner": "another learner",
    "governor": "governor on board A",
    "chair_a": "chair of board A",
    "chair_b": "chair of board B",
    "clerk_a": "clerk of board A",
    "lead_a": "lead of provider A",
    "lead_b": "lead of provider B",
    "officer": "council officer",
    "superuser": "superuser",
    "mentor": "the learner's ECT mentor",
    "tutor": "induction tutor at the learner's school",
    "headteacher_a": "headteacher of school A",
    "cpd_lead_a": "CPD lead of school A",
    "cpd_lead_b": "CPD lead of school B",
}


# Those who see other people's records, whom the site holds to two-factor authentication.
PRIVILEGED_ROLES = {
    "chair_a",
    "chair_b",
    "clerk_a",
    "lead_a",
    "lead_b",
    "officer",
    "superuser",
    "tutor",
    *matrix.SCHOOL_ROLES,
}
TOTP_SECRET = "JBSWY3DPEHPK3PXP"


def sign_in(client: Client, user, *, role: str) -> None:
    """The one place the matrix signs a role in, as after a real log-in just now: a password
    (so re-authentication is not asked for), and for a privileged role an authenticator app
    and its two-factor step."""
    if user is None:
        return
    client.force_login(user)
    now = time.time()
    methods = [{"method": "password", "at": now, "email": user.email}]
    if role in PRIVILEGED_ROLES:
        authenticator = TOTP.activate(user, TOTP_SECRET).instance
        methods.append({"method": "mfa", "at": now, "id": authenticator.pk, "type": "totp"})
    session = client.session
    session[AUTHENTICATION_METHODS_SESSION_KEY] = methods
    session.save()
    # As tests/conftest.py's reauthenticate: the password again, as allauth asks before a
    # change to someone else's record, so the matrix reaches the view's own check.
    response = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert response.status_code == 302, response.content.decode()


@dataclass
class Pattern:
    key: str
    route: str
    view: str
    package: str
    project: bool
    namespace: str


def _project_packages() -> set[str]:
    """The project's own apps: under BASE_DIR, but not installed packages (the virtualenv may
    sit inside the project folder, as `make install` puts it)."""
    base = Path(settings.BASE_DIR).resolve()
    return {
        config.name.split(".")[0]
        for config in apps.get_app_configs()
        if Path(config.path).resolve().is_relative_to(base)
        and "site-packages" not in Path(config.path).resolve().parts
    }


def _view_package(callback) -> str:
    """The package of the model an admin viewset's view is for, else of the view itself."""
    model = getattr(callback, "view_initkwargs", {}).get("model")
    if isinstance(model, str):
        model = apps.get_model(model)
    if model is not None:
        return model._meta.app_config.name.split(".")[0]
    return callback.__module__.split(".")[0]


def url_patterns(patterns=None, prefix: str = "", namespace: str = ""):
    """Every pattern in the URLconf, named as reverse() names it, with its whole route."""
    packages = _project_packages()
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from url_patterns(pattern.url_patterns, route, inner)
            continue
        assert isinstance(pattern, URLPattern)
        callback = pattern.callback
        package = _view_package(callback)
        name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
        yield Pattern(
            key=name or route,
            route=route,
            view=f"{callback.__module__}.{getattr(callback, '__name__', '')}",
            package=package,
            project=package in packages,
            namespace=namespace.split(":")[0],
        )


def _row_template(pattern: Pattern) -> str:
    kwargs = re.findall(r"<(?:\w+:)?(\w+)>", pattern.route)
    lines = [
        "    Row(",
        f'        "{pattern.key}",',
        "        signed_in(404, officer=200, superuser=200),  # what each role gets: see ROLES",
    ]
    if kwargs:
        inner = ", ".join(f'"{name}": w.<object>.pk' for name in kwargs)
        lines.append(f"        kwargs=lambda w: {{{inner}}},  # another person's object")
    lines += [
        "        # post=Post(council(OWNER), data=..., state=lambda w: ...),  if it changes state",
        "    ),",
    ]
    return "\n".join(lines)


def test_every_url_has_an_expectation():
    """A URL nobody has decided about is a URL nobody has checked."""
    patterns = list(url_patterns())
    known = {p.key for p in patterns}
    patterns = [p for p in patterns if p.namespace not in matrix.IGNORED_NAMESPACES]
    rows = {row.name for row in matrix.ROWS}
    missing = [
        p for p in patterns if p.project and p.key not in rows and p.key not in matrix.IGNORED
    ]
    unreviewed = sorted(
        {p.package for p in patterns if not p.project} - set(matrix.LIBRARY_PACKAGES)
    )
    stale = sorted((rows | set(matrix.IGNORED)) - known)

    message = []
    if missing:
        message.append(
            "These URL patterns have no row in tests/academy_site/permission_matrix.py. For each, "
            "add a Row to PROJECT_ROWS (or PROJECT_ADMIN_ROWS for a Wagtail admin viewset) "
            "saying what every role gets when it asks for another person's object, and add what "
            "the kwargs need to World in test_permission_matrix.py; or, if no role check can "
            'apply, add it to IGNORED: {"name": "why"}.'
        )
        for pattern in missing:
            message.append(f"\n{pattern.key}  (route {pattern.route!r}, view {pattern.view})")
            message.append(_row_template(pattern))
    if unreviewed:
        message.append(
            f"These libraries add URL patterns nobody has reviewed: {unreviewed}. Add rows for "
            "the routes people use to WAGTAIL_ROWS in tests/academy_site/permission_matrix.py, "
            "then add each package to LIBRARY_PACKAGES with the reason the rest are left out."
        )
    if stale:
        message.append(f"These rows name no URL pattern any more; remove them: {stale}")
    assert not message, "\n".join(message)


def _signing_key() -> str:
    return (
        Ed25519PrivateKey.generate()
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )


def _jwt_signing_key() -> str:
    from cryptography.hazmat.primitives.asymmetric import ec

    return (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )


class World:
    """One of each person and each object the matrix asks about: the learner's, board A's and
    provider A's, with their counterparts (another learner, board B, provider B)."""

    @staticmethod
    def exports_logged() -> int:
        return AccessRecord.objects.filter(action="exported").count()

    def __init__(self):
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import WorkflowState

        from courses.demo import logo_png
        from courses.frameworks import GOVERNANCE_2017
        from courses.models import Framework
        from courses.services import (
            council_officers_setup,
            moderation_workflow_setup,
            provider_collection,
            provider_permissions_setup,
        )
        from credentials.services import certificate_issue, prior_learning_record
        from governors.models import (
            Board,
            BusinessVolunteer,
            Governorship,
            Invitation,
            Role,
            TrainingRequest,
            TrainingRequirement,
            VolunteerProposal,
        )
        from learning import services as learning
        from learning.models import Reflection
        from pathways.services import pathway_join
        from tests.factories import (
            LessonPageFactory,
            ProviderIndexPageFactory,
            ProviderPageFactory,
            UserFactory,
        )
        from tests.learning.factories import module_build
        from tests.pathways.factories import PathwayPageFactory, stage

        ProviderIndexPageFactory()
        self.workflow = moderation_workflow_setup()
        self.provider_a = ProviderPageFactory(title="Nene Valley Alliance", slug="nene-valley")
        self.provider_b = ProviderPageFactory(title="Corby Lakes Alliance", slug="corby-lakes")
        self.taken = module_build(parent=self.provider_a, title="Restorative conversations")
        self.module_a = self.taken.module
        self.draft_lesson_url = LessonPageFactory(
            parent=self.module_a, title="Not yet published", live=False
        ).url
        collection_a = provider_collection(title=self.provider_a.title)
        self.image_a = get_image_model().objects.create(
            title="Provider A photo",
            collection=collection_a,
            file=ImageFile(BytesIO(logo_png("AB", "#005a70")), name="a.png"),
        )
        self.document_a = get_document_model().objects.create(
            title="Provider A handbook",
            collection=collection_a,
            file=ContentFile(b"Notes", name="handbook.txt"),
        )
        provider_collection(title=self.provider_b.title)

        self.learner = UserFactory(email="learner@example.org")
        self.other_learner = UserFactory(email="other@example.org")
        self.governor = UserFactory(email="governor@example.org", job_role="governor")
        self.chair_a = UserFactory(email="chair-a@example.org", job_role="governor")
        self.chair_b = UserFactory(email="chair-b@example.org", job_role="governor")
        self.clerk_a = UserFactory(email="clerk-a@example.org")
        self.lead_a = UserFactory(email="lead-a@example.org")
        self.lead_b = UserFactory(email="lead-b@example.org")
        self.officer = UserFactory(email="officer@example.org")
        self.superuser = UserFactory(email="admin@example.org", is_superuser=True, is_staff=True)
        self.anonymous = None
        self.lead_a.groups.add(provider_permissions_setup(provider=self.provider_a))
        self.lead_b.groups.add(provider_permissions_setup(provider=self.provider_b))
        self.officer.groups.add(council_officers_setup())

        self.enrolment = learning.enrolment_create(learner=self.learner, module=self.module_a)
        self.reflection = learning.reflection_save(
            enrolment=self.enrolment,
            lesson=self.taken.reading,
            prompt_block_id=self.taken.prompt_id,
            text="What the learner wrote.",
        )
        Reflection.objects.filter(pk=self.reflection.pk).update(shared_with=self.governor)
        self.certificate = certificate_issue(
            learner=self.learner,
            page=self.module_a,
            source_key="matrix:certificate",
            completed_at=timezone.now(),
        )
        self.certificate.pdf.save("certificate.pdf", ContentFile(b"%PDF-1.4 matrix"), save=False)
        self.certificate.rendered_at = timezone.now()
        self.certificate.save(update_fields=["pdf", "rendered_at"])
        self.prior_learning = prior_learning_record(
            learner=self.learner,
            description="NPQ elsewhere",
            cpd_hours=10,
            academic_credits=0,
            fheq_level=None,
            awarded_on=timezone.localdate(),
            evidence=ContentFile(b"%PDF-1.4 evidence", name="evidence.pdf"),
            recorded_by=self.officer,
        )
        self.pathway = PathwayPageFactory(stages=[stage(required=[self.module_a])])
        self.pathway_enrolment = pathway_join(learner=self.learner, pathway=self.pathway)
        self.questionnaire = Questionnaire.objects.create(
            slug="matrix-before", title="Before you start", timing="before"
        )
        self.questionnaire.pages.add(self.module_a)
        self.questionnaire.questions.create(text="How confident?", measure="confidence")
        self.study = Study.objects.create(slug="matrix-study", name="Matrix study")
        self.indicator = Indicator.objects.create(
            slug="matrix-confidence",
            name="Confidence",
            theme="Work readiness",
            group="teachers",
            source="survey",
            measure="confidence",
        )

        self.framework = Framework.objects.create(name="Governance", slug=GOVERNANCE_2017)
        feature = self.framework.elements.create(code="1", title="Strategic leadership")
        self.framework.elements.create(code="1a", title="Setting direction", parent=feature)
        self.requirement = TrainingRequirement.objects.create(module=self.module_a)
        self.board_a = Board.objects.create(name="Abington Vale governing body", kind="maintained")
        self.board_b = Board.objects.create(name="Kettering Park governing body", kind="local")
        appointed = timezone.localdate().replace(year=2025, month=9, day=1)
        for user, board, role in (
            (self.governor, self.board_a, Role.PARENT),
            (self.chair_a, self.board_a, Role.CHAIR),
            (self.clerk_a, self.board_a, Role.CLERK),
            (self.chair_b, self.board_b, Role.CHAIR),
        ):
            Governorship.objects.create(
                governor=user, board=board, role=role, appointed_on=appointed
            )
        self.governorship = Governorship.objects.get(governor=self.governor)
        self.invitation = Invitation.objects.create(
            board=self.board_a,
            email="invited@example.org",
            role=Role.PARENT,
            appointed_on=appointed,
            invited_by=self.chair_a,
        )
        self.volunteer = BusinessVolunteer.objects.create(
            name="Sarah Whitfield",
            email="sarah@example.com",
            company="Company",
            sector="Finance",
            availability="monthly",
            interest="governor",
            consent=True,
        )

        proposed = BusinessVolunteer.objects.create(
            name="Omar Haddad",
            email="omar@example.com",
            company="Company",
            sector="Law",
            availability="termly",
            interest="governor",
            consent=True,
        )
        self.proposal = VolunteerProposal.objects.create(
            volunteer=proposed,
            board=self.board_a,
            role=Role.CO_OPTED,
            appointed_on=timezone.localdate(),
            proposed_by=self.officer,
        )
        self.training_request = TrainingRequest.objects.create(
            board=self.board_a, requested_by=self.chair_a, message="Finance training, please."
        )

        self._mentoring_world()
        self._schools()
        from events import services as events
        from events.models import Event, Sitting, Venue

        self.venue_a = Venue.objects.create(
            provider=self.provider_a, name="Vale hall", address="1 Vale Road"
        )
        self.event_a = Event.objects.create(
            module=self.module_a, title="Twilight workshop", venue=self.venue_a, capacity=5
        )
        starts = timezone.now() + timedelta(days=10)
        self.sitting_a = Sitting.objects.create(
            event=self.event_a, starts_at=starts, ends_at=starts + timedelta(hours=2)
        )
        self.booking_a = events.booking_request(event=self.event_a, learner=self.learner)
        approval_event = Event.objects.create(
            module=self.module_a, title="Approval day", venue=self.venue_a, requires_approval=True
        )
        Sitting.objects.create(
            event=approval_event, starts_at=starts, ends_at=starts + timedelta(hours=6)
        )
        asker = UserFactory(email="asker@example.org")
        self.request_a = events.booking_request(event=approval_event, learner=asker)
        self.feed_a = events.calendar_feed_for(learner=self.learner)

        self.module_a.save_revision(user=self.lead_a)
        self.workflow.start(self.module_a, self.lead_a)
        self.task_state = WorkflowState.objects.for_instance(self.module_a).get().current_task_state

        from privacy.models import DataExport, ErasureRequest

        self.data_export = DataExport.objects.create(
            person=self.learner,
            ready_at=timezone.now(),
            expires_at=timezone.now() + timedelta(days=7),
            file=ContentFile(b"PK matrix", name="export.zip"),
        )
        self.erasure = ErasureRequest.objects.create(person=self.learner, pseudonym="erased-matrix")

    def _mentoring_world(self):
        """The learner is an ECT: a mentor, an induction tutor at their school, a pair with an
        action, a reflection shared with the mentor, and a school's request with an offer."""
        from courses.models import FrameworkElement
        from learning import services as learning
        from learning.models import Reflection
        from mentoring import services as mentoring
        from mentoring.models import (
            AppropriateBody,
            Kind,
            MentorTrainingAllowance,
            Relationship,
            SchoolTerm,
        )
        from mentoring.rules import SUPPORT_NEEDS
        from tests.factories import SchoolFactory, UserFactory
        from tests.learning.factories import module_build
        from workforce.models import SchoolRole, SchoolRoleKind

        self.school = SchoolFactory(name="Abington Vale Primary School")
        self.mentor = UserFactory(email="mentor@example.org")
        self.tutor = UserFactory(email="tutor@example.org")
        SchoolRole.objects.create(
            person=self.tutor, school=self.school, kind=SchoolRoleKind.INDUCTION_TUTOR
        )
        self.induction = mentoring.induction_start(
            ect=self.learner,
            school=self.school,
            appropriate_body=AppropriateBody.objects.first(),
            started_on=timezone.localdate().replace(year=2025, month=9, day=3),
            by=self.tutor,
            mentor=self.mentor,
        )
        self.pair = Relationship.objects.get(kind=Kind.ECT, mentee=self.learner)
        self.action = mentoring.action_add(
            relationship=self.pair, text="Read about routines", due_on=timezone.localdate()
        )
        coaching = module_build(parent=self.provider_a, title="Coaching routines")
        self.mentor_reflection = learning.reflection_save(
            enrolment=learning.enrolment_create(learner=self.learner, module=coaching.module),
            lesson=coaching.reading,
            prompt_block_id=coaching.prompt_id,
            text="Shared with my mentor.",
        )
        Reflection.objects.filter(pk=self.mentor_reflection.pk).update(shared_with=self.mentor)
        needs = FrameworkElement.objects.filter(framework__slug=SUPPORT_NEEDS, code="LSN-2")
        self.match_request = mentoring.match_request_make(
            kind=Kind.BUSINESS_COACHING,
            requested_by=self.tutor,
            organisation=self.school,
            needs=needs,
            help_wanted="Our budget.",
        )
        self.offer = mentoring.offer_make(
            kind=Kind.BUSINESS_COACHING,
            person=UserFactory(email="coach@example.com"),
            skills=needs,
            business="Coach Ltd",
        )
        self.allowance = MentorTrainingAllowance.objects.first()
        self.term = SchoolTerm.objects.first()

    def _schools(self):
        """Schools A and B, their leads, and school A's people: the learner (working there),
        one who starts next week, one who left yesterday and one who has not confirmed."""
        from datetime import timedelta

        from tests.factories import SchoolFactory, UserFactory
        from workforce.models import Employment, RoleInvitation, SchoolRole, SchoolRoleKind

        self.school_a = SchoolFactory(name="Abington Vale Primary School", urn="990004")
        self.school_b = SchoolFactory(name="Kettering Park Academy", urn="990006")
        today = timezone.localdate()

        def employ(person, school, *, confirmed=True, **dates):
            return Employment.objects.create(
                person=person,
                school=school,
                job_role="teacher",
                started_on=dates.pop("started_on", today.replace(year=today.year - 2)),
                confirmed_at=timezone.now() if confirmed else None,
                **dates,
            )

        for role, school, kind in (
            ("headteacher_a", self.school_a, SchoolRoleKind.HEADTEACHER),
            ("cpd_lead_a", self.school_a, SchoolRoleKind.CPD_LEAD),
            ("cpd_lead_b", self.school_b, SchoolRoleKind.CPD_LEAD),
        ):
            user = UserFactory(email=f"{role.replace('_', '-')}@example.org")
            setattr(self, role, user)
            employ(user, school)
            SchoolRole.objects.create(person=user, school=school, kind=kind)
        self.cpd_role_a = SchoolRole.objects.get(person=self.cpd_lead_a)
        self.employment = employ(self.learner, self.school_a)
        self.starter = employ(
            UserFactory(email="starter@example.org"),
            self.school_a,
            started_on=today + timedelta(days=7),
        )
        self.leaver = employ(
            UserFactory(email="leaver@example.org"),
            self.school_a,
            left_on=today - timedelta(days=1),
        )
        self.waiting = employ(
            UserFactory(email="waiting@example.org"), self.school_a, confirmed=False
        )
        self.role_invitation = RoleInvitation.objects.create(
            school=self.school_a,
            email="invited-head@example.org",
            kind=SchoolRoleKind.HEADTEACHER,
            invited_by=self.headteacher_a,
        )


def _location(response) -> str:
    return response.get("Location", "").split("?")[0]


def _matches(expected, response) -> bool:
    if isinstance(expected, int):
        return response.status_code == expected
    if response.status_code != 302:
        return False
    location = _location(response)
    return {
        matrix.LOGIN: lambda: location == resolve_url(settings.LOGIN_URL),
        matrix.ADMIN_LOGIN: lambda: location == resolve_url(settings.WAGTAILADMIN_LOGIN_URL),
        matrix.DJANGO_ADMIN_LOGIN: lambda: location == reverse("admin:login"),
        matrix.ADMIN_HOME: lambda: location == reverse("wagtailadmin_home"),
    }[expected]()


def _described(response) -> str:
    if response.status_code in (301, 302):
        return f"{response.status_code} to {response['Location']}"
    return str(response.status_code)


def _url(row: matrix.Row, world: World) -> str:
    url = row.url(world) if row.url else reverse(row.name, kwargs=row.kwargs(world))
    return url + row.query


def _send(client: Client, method: str, url: str, data=None):
    """The response, or the exception the view raised (a 500 is a mismatch too)."""
    try:
        response = getattr(client, method)(url, data or {})
    except Exception as error:  # noqa: BLE001
        return None, f"an exception: {type(error).__name__}: {error}"
    if getattr(response, "streaming", False):
        b"".join(response.streaming_content)  # read to the end, as the test client expects
    return response, None


def matrix_walk(role: str, world: World) -> tuple[dict[str, int], list[str]]:
    """Ask every row's URL as this role; (checks made by method, every mismatch)."""
    client = Client()
    sign_in(client, getattr(world, role), role=role)
    who = ROLE_NAMES[role]
    checks, mismatches = {"get": 0, "post": 0}, []
    for row in matrix.ROWS:
        url = _url(row, world)
        expected = row.get[role]
        response, error = _send(client, "get", url)
        checks["get"] += 1
        if error or not _matches(expected, response):
            got = error or _described(response)
            mismatches.append(f"{who} GET {url} ({row.key}) expected {expected}, got {got}")
        if row.post is None or row.post.expect[role] == matrix.OWNER:
            continue
        expected = row.post.expect[role]
        before = row.post.state(world)
        response, error = _send(client, "post", url, row.post.data(world))
        after = row.post.state(world)
        checks["post"] += 1
        if error or not _matches(expected, response):
            got = error or _described(response)
            mismatches.append(f"{who} POST {url} ({row.key}) expected {expected}, got {got}")
        if after != before:
            mismatches.append(f"{who} POST {url} ({row.key}) changed {before!r} to {after!r}")
    return checks, mismatches


@pytest.mark.parametrize("role", matrix.ROLES)
@pytest.mark.django_db
def test_role_gets_what_the_matrix_says(role, settings, record_property):
    settings.ACADEMY_SIGNING_KEY = _signing_key()
    settings.ACADEMY_JWT_SIGNING_KEY = _jwt_signing_key()
    world = World()

    checks, mismatches = matrix_walk(role, world)

    record_property("permission_matrix_get", checks["get"])
    record_property("permission_matrix_post", checks["post"])
    record_property("permission_matrix_urls", len(matrix.ROWS))
    total = checks["get"] + checks["post"]
    assert not mismatches, f"{len(mismatches)} of {total} checks failed:\n" + "\n".join(mismatches)
