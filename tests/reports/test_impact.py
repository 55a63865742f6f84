import csv
import io
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains

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


class _TableRows(HTMLParser):
    """The body rows of the table inside one region of a page, as the words a reader sees."""

    def __init__(self, region_id: str):
        super().__init__()
        self.region_id, self.depth, self.rows, self.cell = region_id, 0, [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth:
            self.depth += tag == "div"
        elif tag == "div" and attrs.get("aria-labelledby") == self.region_id:
            self.depth = 1
        if self.depth and tag == "tr":
            self.rows.append([])
        elif self.depth and tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag):
        if self.depth and tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append("".join(self.cell).strip())
            self.cell = None
        elif self.depth and tag == "div":
            self.depth -= 1

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def _page_rows(html: str, region_id: str) -> list[list[str]]:
    parser = _TableRows(region_id)
    parser.feed(html)
    return parser.rows[1:]


def test_csv_export_matches_the_page(client, county, council_officer):
    client.force_login(council_officer)
    page = client.get(reverse("reports:index")).content.decode()
    response = client.get(reverse("reports:export_csv", args=["provider"]))
    assert response["Content-Type"].startswith("text/csv")
    header, *rows = csv.reader(io.StringIO(response.content.decode()))
    assert header[:4] == ["Provider", "Learners", "Enrolments", "Completions"]
    on_page = [
        [label, learners, enrolments, completed, rate.removesuffix("%"), hours, credits]
        for label, learners, enrolments, completed, rate, hours, credits in _page_rows(
            page, "by-provider"
        )
    ]
    assert len(on_page) == 2
    assert rows == on_page
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


@pytest.mark.parametrize("year", ["²", "٢٠٢٤", "1999", "abc", "-1"])
def test_a_year_the_report_does_not_offer_is_explained_not_a_server_error(
    client, county, council_officer, year
):
    client.force_login(council_officer)
    response = client.get(reverse("reports:index"), {"year": year})
    assert response.status_code == 200
    assert response.context["year"] is None
    assert response.context["report"].totals.enrolments == 3
    assertContains(
        response, '<a href="#id_year">Choose an academic year from the list.</a>', html=True
    )
    assert (
        client.get(reverse("reports:export_csv", args=["provider"]), {"year": year}).status_code
        == 200
    )


def test_csv_export_makes_formula_like_names_plain_text(client, county, council_officer):
    north, _ = county
    north.title = "=SUM(A1:A9)"
    north.save()
    client.force_login(council_officer)
    response = client.get(reverse("reports:export_csv", args=["provider"]))
    lines = response.content.decode().splitlines()
    assert any(line.startswith("'=SUM(A1:A9)") for line in lines)
    assert not any(line.startswith("=") for line in lines)


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
