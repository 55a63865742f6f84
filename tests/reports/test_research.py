"""The research export: consenting people only, stable pseudonyms per study, no names, logged."""

import csv
import io

import pytest
from django.urls import reverse

from academy_site.models import AccessRecord
from accounts.consent import consent_give
from accounts.models import ConsentPurpose
from evaluation.models import Study
from learning.models import Enrolment

pytestmark = pytest.mark.django_db


def export(client, study):
    response = client.post(f"{reverse('reports:research_export')}?year=2025", {"study": study.slug})
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_only_consenting_people_under_a_stable_pseudonym(client, county, council_officer):
    learners = {e.learner for e in Enrolment.objects.select_related("learner")}
    consenting = sorted(learners, key=lambda p: p.pk)[:2]
    for person in consenting:
        consent_give(person, ConsentPurpose.RESEARCH)
    first, second = (
        Study.objects.create(slug="one", name="One"),
        Study.objects.create(slug="two", name="Two"),
    )
    client.force_login(council_officer)
    rows = export(client, first)
    again = export(client, first)
    other = export(client, second)
    assert rows == again
    assert {r["pseudonym"] for r in rows}.isdisjoint({r["pseudonym"] for r in other})
    assert len({r["pseudonym"] for r in rows}) <= 2
    text = str(rows)
    for person in learners:
        assert person.email not in text
        assert person.last_name not in text
    assert "Brook Primary" not in text
    logged = AccessRecord.objects.filter(viewer=council_officer, action="exported")
    assert set(logged.values_list("person_id", flat=True)) <= {p.pk for p in consenting}
    assert logged.exists()


def test_only_the_council_may_export(client, county, learner):
    client.force_login(learner)
    Study.objects.create(slug="one", name="One")
    assert client.post(reverse("reports:research_export"), {"study": "one"}).status_code == 404
