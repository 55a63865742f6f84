from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from courses.services import provider_permissions_setup
from tests.factories import ModulePageFactory, ProviderPageFactory, UserFactory, totp_enable

from .conftest import enrol


def lead_of(provider, email):
    user = UserFactory(email=email)
    user.groups.add(provider_permissions_setup(provider=provider))
    return totp_enable(user)


def test_council_officers_see_every_provider(client, county, council_officer):
    client.force_login(council_officer)
    response = client.get(reverse("reports:index"))
    report = response.context["report"]
    assert report.totals.enrolments == 3
    assert report.totals.completions == 2
    assert report.totals.cpd_hours == 9
    assert {row.label for row in report.by_provider} == {"North Alliance", "South Alliance"}
    school = next(row for row in report.by_school if row.label == "Brook Primary")
    assert (school.enrolments, school.completions) == (2, 2)


def test_a_provider_lead_sees_only_their_own_learners(client, county):
    north, _ = county
    client.force_login(lead_of(north, "lead@north.example"))
    response = client.get(reverse("reports:index"))
    report = response.context["report"]
    assert [row.label for row in report.by_provider] == ["North Alliance"]
    assert report.totals.enrolments == 2
    assert report.totals.completion_rate == 50
    assert "Phonics" not in response.content.decode()
    roles = {row.label: row.enrolments for row in report.by_role}
    assert roles == {"Teacher": 1, "Teaching assistant": 1}


def test_learners_cannot_see_reports(client, county, learner):
    client.force_login(learner)
    assert client.get(reverse("reports:index")).status_code == 404
    assert client.get(reverse("reports:export_csv", args=["provider"])).status_code == 404
    client.logout()
    assert client.get(reverse("reports:index")).status_code == 302


def test_csv_export_matches_the_page(client, county, council_officer):
    client.force_login(council_officer)
    response = client.get(reverse("reports:export_csv", args=["provider"]))
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode().splitlines()
    assert lines[0].startswith("Provider,Learners,Enrolments,Completions")
    assert "North Alliance,2,2,1,50,6,0" in lines
    assert client.get(reverse("reports:export_csv", args=["nonsense"])).status_code == 404


def test_the_academic_year_filter_counts_only_that_year(client, county, council_officer):
    north, _ = county
    module = north.get_children().first().specific
    old = UserFactory()
    enrol(old, module, completed=True, hours=6, when=timezone.now() - timedelta(days=800))
    client.force_login(council_officer)
    everything = client.get(reverse("reports:index")).context["report"]
    year = client.get(reverse("reports:index")).context["years"][0]
    this_year = client.get(reverse("reports:index"), {"year": year}).context["report"]
    assert everything.totals.completions == 3
    assert this_year.totals.completions == 2


def test_the_report_runs_a_fixed_number_of_queries(
    client, council_officer, django_assert_max_num_queries
):
    def grow(n):
        provider = ProviderPageFactory()
        for _ in range(n):
            module = ModulePageFactory(parent=provider)
            enrol(UserFactory(), module, completed=True, hours=2)

    grow(2)
    client.force_login(council_officer)
    client.get(reverse("reports:index"))
    with django_assert_max_num_queries(20) as small:
        client.get(reverse("reports:index"))
    grow(12)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(reverse("reports:index"))
