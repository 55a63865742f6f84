"""Demo certificates: every completion the learning seed made gets its certificate and PDF, plus
an expired, a revoked and a renewal-window example and some recognised prior learning."""

from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from courses.models import ModulePage

from .models import AwardRequest, Certificate
from .services import (
    certificate_issue,
    certificate_pdf_store,
    certificate_revoke,
    certificates_unrendered,
    prior_learning_record,
)

# email, module slug, days since completion, revoke reason (or "")
SHOWCASE = [
    ("teacher@academy.example", "cpd-stem-teaching", 40, ""),
    ("teacher@academy.example", "ma-research-methods", 200, ""),
    ("teacher@academy.example", "cpd-safeguarding-annual-update", 430, ""),  # expired
    (
        "teacher@academy.example",
        "cpd-technology-for-learning",
        90,
        "Issued in error: the completion was recorded against the wrong account.",
    ),
    ("governor@academy.example", "gov-safeguarding", 680, ""),  # renewal window open
    ("governor@academy.example", "gov-induction", 300, ""),
]


def _person(email):
    return get_user_model().objects.filter(email=email).first()


def seed(log) -> dict:
    people = {email: _person(email) for email in {row[0] for row in SHOWCASE}}
    officer = _person("officer@academy.example")

    pending = AwardRequest.objects.filter(issued_at__isnull=True).select_related("learner", "page")
    for request in pending:
        certificate_issue(
            learner=request.learner,
            page=request.page,
            source_key=request.source_key,
            completed_at=request.completed_at,
        )

    for email, slug, days_ago, revoke_reason in SHOWCASE:
        module = ModulePage.objects.filter(slug=slug).first()
        learner = people.get(email)
        if module is None or learner is None:
            continue
        certificate = certificate_issue(
            learner=learner,
            page=module,
            source_key=f"demo-credentials:{email}:{slug}",
            completed_at=timezone.now() - timedelta(days=days_ago),
        )
        if revoke_reason and certificate.status != Certificate.Status.REVOKED and officer:
            certificate_revoke(certificate=certificate, reason=revoke_reason, by=officer)

    teacher = people.get("teacher@academy.example")
    if teacher and officer:
        prior_learning_record(
            learner=teacher,
            description="Postgraduate module: Leading inclusive practice, University of Leicester",
            cpd_hours=Decimal(0),
            academic_credits=30,
            fheq_level=7,
            awarded_on=date(2023, 6, 30),
            evidence=None,
            recorded_by=officer,
            source_key="demo-credentials:prior-learning:teacher",
        )

    rendered = 0
    for certificate in certificates_unrendered().select_related("page"):
        certificate_pdf_store(certificate=certificate)
        rendered += 1

    total = Certificate.objects.count()
    log(f"credentials: {total} certificates ({rendered} PDFs rendered now)")
    example = (
        Certificate.objects.filter(learner=teacher, status=Certificate.Status.VALID)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now()))
        .order_by("-issued_at")
        .first()
        if teacher
        else None
    )
    if example:
        log(f"credentials: try /verify/{example.code}/ ({example.title}, {example.learner_name})")
    revoked = Certificate.objects.filter(status=Certificate.Status.REVOKED).first()
    if revoked:
        log(f"credentials: a revoked example: /verify/{revoked.code}/")
    return {}
