"""One count of completed modules: My learning, My certificates, the pathway page and the
pathway list all read it from learning.selectors, so they agree on the same learner."""

import re

import pytest
from django.urls import reverse

from learning.selectors import completed_modules
from pathways.selectors import pathway_progress
from tests.pathways.factories import teacher_with_history

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(council_officer):
    return teacher_with_history(council_officer)


def figure(html: str, name: str) -> list[int]:
    return [int(n) for n in re.findall(rf'data-figure="{name}">(\d+)<', html)]


def test_completions_and_certificates_count_once_and_revoked_ones_not_at_all(history):
    teacher, modules, _ = history
    rows = completed_modules(learner=teacher)
    assert {row.module.pk for row in rows} == {
        modules[key].pk for key in ("done", "certified", "older")
    }
    by_key = {
        key: next((r for r in rows if r.module.pk == m.pk), None) for key, m in modules.items()
    }
    assert by_key["done"].certificate_code is None  # being issued
    assert by_key["certified"].certificate_code
    assert by_key["older"].certificate_expired


def test_a_renewal_under_way_still_counts_as_completed(history):
    from learning.models import Enrolment

    teacher, modules, _ = history
    Enrolment.objects.filter(learner=teacher, module=modules["done"]).update(
        status=Enrolment.Status.ACTIVE, cycle=2
    )
    assert modules["done"].pk in {row.module.pk for row in completed_modules(learner=teacher)}


def test_my_learning_shows_the_count_and_lists_the_same_modules(client, history):
    teacher, modules, _ = history
    client.force_login(teacher)
    html = client.get(reverse("learning:dashboard")).content.decode()
    assert figure(html, "modules-completed") == [3]
    listed = html.split("data-completed-modules", 1)[1].split("</table>", 1)[0]
    for key in ("done", "certified", "older"):
        assert modules[key].title in listed
    for key in ("revoked", "taking"):
        assert modules[key].title not in listed
    assert "Being issued" in listed
    assert "Expired" in listed


def test_my_certificates_shows_the_same_count(client, history):
    teacher, _, _ = history
    client.force_login(teacher)
    html = client.get(reverse("credentials:my_certificates")).content.decode()
    assert figure(html, "modules-completed") == [3]
    assert "1 with a certificate that has expired, 1 with a certificate being issued" in html


def test_the_pathway_page_and_list_agree_stage_by_stage(client, history):
    teacher, modules, pathway = history
    progress = pathway_progress(learner=teacher, pathway=pathway)
    statuses = {m.pk: m.status for stage in progress.stages for m in stage.modules}
    assert {pk for pk, status in statuses.items() if status == "completed"} == {
        modules[key].pk for key in ("done", "certified", "older")
    }
    assert statuses[modules["taking"].pk] == "in_progress"
    assert statuses[modules["revoked"].pk] == "not_started"
    assert [stage.modules_completed for stage in progress.stages] == [1, 2]
    assert progress.stages[1].is_done  # earned before joining: they count

    client.force_login(teacher)
    html = client.get(pathway.url).content.decode()
    assert figure(html, "pathway-modules-completed") == [3]
    text = re.sub(r"<[^>]+>", "", html)
    assert "3 of this pathway's 5 modules completed: 1 in stage 1, 2 in stage 2." in text
    assert "1 of 2 required modules done" in html
    index = client.get(reverse("pathways:index"), follow=True).content.decode()
    assert figure(index, "pathway-modules-completed") == [3]
