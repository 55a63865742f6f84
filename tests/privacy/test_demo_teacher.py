"""Done when: the demo teacher downloads an archive whose JSON holds every record shown on
their pages; a school lead's look at their record shows on their "who has looked" page; an
erasure the officer approves leaves each certificate verifiable with the name withheld and no
table holding the teacher's name or e-mail address."""

import html
import io
import json
import re
import zipfile

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from academy_site.models import OutboundEmail
from accounts.demo import DEMO_PASSWORD
from accounts.models import User
from credentials.models import Certificate, CreditEntry
from learning.models import Enrolment, LessonProgress, QuizAttempt, Reflection
from pathways.models import PathwayEnrolment
from tests.privacy.traces import person_traces
from workforce.models import Assignment, Employment

TEACHER = "teacher@academy.example"


def _pages(client, teacher) -> str:
    """Everything the teacher's own pages show, as text."""
    urls = [
        reverse("learning:dashboard"),
        reverse("learning:reflections"),
        reverse("credentials:my_certificates"),
        reverse("accounts:profile"),
    ] + [p.pathway.url for p in PathwayEnrolment.objects.filter(learner=teacher)]
    texts = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        texts.append(html.unescape(response.content.decode()))
    return "\n".join(texts)


def _archive(client, teacher, capture) -> dict[str, dict]:
    """Ask for the archive, follow the e-mailed link and read every JSON file in it."""
    with capture(execute=True):
        client.post(reverse("privacy:export_request"))
    email = OutboundEmail.objects.filter(to=teacher.email, subject__contains="ready").get()
    path = re.search(r"https?://[^/\s]+(/account/privacy/download/[^\s]+/)", email.text)[1]
    response = client.get(path)
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert "summary.html" in names
    assert "Tom Teacher" in archive.read("summary.html").decode()
    return {n: json.loads(archive.read(n)) for n in names if n.endswith(".json")}


def _rows(files: dict, model: str) -> list[dict]:
    return [
        row
        for document in files.values()
        for record in document["records"]
        if record["record"] == model
        for row in record["rows"]
    ]


def test_the_demo_teachers_journey(demo, django_capture_on_commit_callbacks):
    teacher = User.objects.get(email=TEACHER)
    client = Client()
    client.force_login(teacher)
    shown = _pages(client, teacher)
    files = _archive(client, teacher, django_capture_on_commit_callbacks)
    data = json.dumps(files, ensure_ascii=False)

    # Every record on the teacher's pages is shown there and held in the JSON.
    expected = (
        [e.module.title for e in Enrolment.objects.filter(learner=teacher)]
        + [c.code_display for c in Certificate.objects.filter(learner=teacher)]
        + [r.text[:80] for r in Reflection.objects.filter(learner=teacher)]
        + [e.description for e in CreditEntry.objects.filter(learner=teacher)]
        + [str(a.module or a.pathway) for a in Assignment.objects.filter(person=teacher)]
        + [p.pathway.title for p in PathwayEnrolment.objects.filter(learner=teacher)]
        + [e.school.name for e in Employment.objects.filter(person=teacher)]
    )
    assert len(expected) > 20
    assert [text for text in expected if text not in shown] == []
    assert [text for text in expected if text not in data] == []
    # And the records behind the progress and scores the pages summarise, row for row.
    assert len(_rows(files, "learning.LessonProgress")) == (
        LessonProgress.objects.filter(enrolment__learner=teacher).count()
    )
    assert len(_rows(files, "learning.QuizAttempt")) == (
        QuizAttempt.objects.filter(enrolment__learner=teacher).count()
    )
    assert _rows(files, "accounts.User")[0]["email"] == TEACHER

    # A school lead opens the teacher's record; the teacher sees who and when.
    head = User.objects.get(email="head.abington@academy.example")
    # The school she works at (Kettering has asked her to confirm, and sees nothing yet).
    school = Employment.objects.current(today=timezone.localdate()).get(person=teacher).school
    lead = Client()
    lead.force_login(head)
    assert lead.get(reverse("workforce:person", args=[school.pk, teacher.pk])).status_code == 200
    looked = client.get(reverse("privacy:accesses_mine")).content.decode()
    assert head.display_name in html.unescape(looked)

    # The teacher asks to be erased; the officer reviews (seeing what is kept) and approves.
    response = client.post(
        reverse("privacy:erasure_request"), {"reason": "Leaving teaching", "confirm": "on"}
    )
    assert response.status_code == 302
    officer_user = User.objects.get(email="officer@academy.example")
    officer = Client()
    officer.force_login(officer_user)
    officer.post(reverse("account_reauthenticate"), {"password": DEMO_PASSWORD})
    erasure = teacher.erasure_requests.get()
    review = officer.get(reverse("privacy:erasure_review", args=[erasure.pk]))
    assert "name withheld" in review.content.decode()
    codes = list(Certificate.objects.filter(learner=teacher).values_list("code", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        response = officer.post(
            reverse("privacy:erasure_review", args=[erasure.pk]), {"decision": "approve"}
        )
    assert response.status_code == 302
    erasure.refresh_from_db()
    assert erasure.status == "approved"

    for code in codes:
        page = Client().get(reverse("credentials:verify_detail", args=[code]))
        assert page.status_code == 200
        assert "name withheld at their request" in page.content.decode()
    assert person_traces(TEACHER, "Tom Teacher") == []
    assert client.get(reverse("learning:dashboard")).status_code == 302  # signed out
