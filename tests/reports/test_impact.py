"""The dashboard pages: who sees which providers, the drill-down, and CSVs equal to the page."""

import csv
import io
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from .conftest import lead_of

pytestmark = pytest.mark.django_db
YEAR = {"year": 2025}


def board_of(client, **params):
    return client.get(reverse("reports:index"), {**YEAR, **params}).context["board"]


def section(board, slug):
    return next(s.table for s in board.sections if s.table.slug == slug)


def test_council_officers_see_every_provider(client, county, council_officer):
    client.force_login(council_officer)
    board = board_of(client)
    assert [row.label for row in section(board, "provider").rows] == [
        "North Alliance",
        "South Alliance",
    ]
    assert board.headline.total.values["enrolments"] == 5


def test_a_provider_lead_sees_only_their_own_learners(client, county):
    client.force_login(lead_of(county["north"], "lead@north.example"))
    board = board_of(client)
    assert board.headline.total.values["enrolments"] == 4
    assert board.headline.total.values["completion_rate"] == 50
    modules = [row.label for row in section(board, "module").rows]
    assert sorted(modules) == ["Behaviour", "Leading"]
    response = client.get(reverse("reports:index"), YEAR)
    assert "Phonics" not in response.content.decode()
    # A lead's own module figures are exact; a school's are withheld under 5 people.
    behaviour = next(row for row in section(board, "module").rows if row.label == "Behaviour")
    assert [cell.text for cell in behaviour.cells][:3] == ["3", "3", "1"]
    school_cells = [cell.text for cell in section(board, "school").rows[0].cells]
    assert school_cells[0] == "fewer than 5"


def test_a_lead_cannot_drill_into_another_providers_module(client, county):
    client.force_login(lead_of(county["north"], "lead@north.example"))
    assert client.get(reverse("reports:index"), {"module": county["phonics"].pk}).status_code == 404
    assert client.get(reverse("reports:index"), {"provider": county["south"].pk}).status_code == 404
    url = reverse("reports:export_csv", args=["module"])
    assert client.get(url, {"provider": county["south"].pk}).status_code == 404


def test_learners_cannot_see_reports(client, county, learner):
    client.force_login(learner)
    assert client.get(reverse("reports:index")).status_code == 404
    assert client.get(reverse("reports:export_csv", args=["provider"])).status_code == 404
    client.logout()
    assert client.get(reverse("reports:index")).status_code == 302


def test_officers_drill_from_the_county_to_a_school_and_a_module(client, county, council_officer):
    client.force_login(council_officer)
    page = client.get(reverse("reports:index"), YEAR).content.decode()
    brook = county["brook"].pk
    assert f"?year=2025&amp;school={brook}" in page
    board = board_of(client, school=brook)
    assert board.scope.level == "school"
    assert "school" not in [s.table.slug for s in board.sections]
    module_row = next(r for r in section(board, "module").rows if r.label == "Behaviour")
    assert module_row.drill == {"module": county["behaviour"].pk}
    response = client.get(
        reverse("reports:index"), {**YEAR, "school": brook, "module": county["behaviour"].pk}
    )
    assert response.context["board"].scope.level == "module"
    assert '<h1 class="govuk-heading-l">Behaviour</h1>' in response.content.decode()
    assert "questions" in [s.table.slug for s in response.context["board"].sections]


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


def page_table(html: str, slug: str) -> list[list[str]]:
    parser = _TableRows(f"{slug}-heading")
    parser.feed(html)
    return parser.rows


@pytest.mark.parametrize("params", [{}, {"school": "brook"}, {"module": "behaviour"}])
def test_every_csv_equals_the_table_on_the_page(client, county, council_officer, params):
    params = {key: county[value].pk for key, value in params.items()}
    client.force_login(council_officer)
    response = client.get(reverse("reports:index"), {**YEAR, **params})
    html = response.content.decode()
    checked = 0
    slugs = [item.table.slug for item in response.context["board"].sections]
    assert len(slugs) == len(set(slugs))
    for item in response.context["board"].sections:
        slug = item.table.slug
        if not item.table.rows:  # the page says there is nothing to show
            continue
        download = client.get(reverse("reports:export_csv", args=[slug]), {**YEAR, **params})
        assert download["Content-Type"].startswith("text/csv")
        assert list(csv.reader(io.StringIO(download.content.decode()))) == page_table(html, slug)
        checked += 1
    assert checked >= 4
    assert client.get(reverse("reports:export_csv", args=["nonsense"])).status_code == 404
