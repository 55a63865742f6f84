"""The council's overview reads the compliance summary: a page of boards, least compliant first
or by name, a search by name, the county's counts, and queries that do not grow with it."""

from datetime import date

import pytest
from django.urls import reverse

from governors.models import Role
from governors.services import governorship_start
from tests.factories import UserFactory
from tests.governors.factories import BoardFactory

from .conftest import complete

pytestmark = pytest.mark.django_db

URL = reverse("governors:council")
# The user, their roles and their permissions; the number of boards, the page of the summary,
# the county's governors and the open training requests (the session is in the cache).
QUERIES = 7


def _boards(n, induction, *, prefix="Board"):
    """n boards of two governors; board k has k % 3 of the two inductions done."""
    boards = []
    for k in range(n):
        board = BoardFactory(name=f"{prefix} {k:02d}")
        for place in range(2):
            g = governorship_start(
                governor=UserFactory(),
                board=board,
                role=Role.CHAIR if place == 0 else Role.PARENT,
                appointed_on=date(2020, 1, 1),
            )
            if place < k % 3:
                complete(g.governor, induction.module, date(2021, 1, 1))
        boards.append(board)
    return boards


def _rows(page: str) -> list[str]:
    """The board names in the table, in order."""
    import re

    return re.findall(r'<th scope="row" class="govuk-table__header"><a [^>]*>([^<]+)</a>', page)


def test_the_overview_asks_the_same_queries_for_3_boards_and_30(
    client, council_officer, induction, django_assert_max_num_queries
):
    client.force_login(council_officer)
    counts = []
    for n, more in ((3, 3), (30, 27)):
        _boards(more, induction, prefix=f"Board {n}")
        client.get(URL)
        with django_assert_max_num_queries(QUERIES) as captured:
            page = client.get(URL).content.decode()
        counts.append(len(captured))
        assert len(_rows(page)) == min(n, 25)
        assert f"{n} boards, {2 * n} governors" in page
        # No query reads certificates or computes statuses board by board.
        assert not any("credentials_certificate" in q["sql"] for q in captured.captured_queries)
    assert counts[0] == counts[1]


def test_least_compliant_first_paginated_by_25(client, council_officer, induction):
    _boards(30, induction)
    client.force_login(council_officer)
    first = client.get(URL).content.decode()
    names = _rows(first)
    # Board k has k % 3 of 2 done: 0% (k % 3 == 0) first, then 50%, then 100%, each by name.
    zero = [f"Board {k:02d}" for k in range(30) if k % 3 == 0]
    half = [f"Board {k:02d}" for k in range(30) if k % 3 == 1]
    full = [f"Board {k:02d}" for k in range(30) if k % 3 == 2]
    assert names == (zero + half + full)[:25]
    assert "Boards 1 to 25 of 30" in first
    assert 'href="?page=2"' in first
    second = client.get(URL, {"page": 2}).content.decode()
    assert _rows(second) == (zero + half + full)[25:]
    assert "100%" in second
    assert "(2 of 2)" in second
    # A page past the end shows the last; nonsense shows the first.
    assert _rows(client.get(URL, {"page": 99}).content.decode()) == _rows(second)
    assert _rows(client.get(URL, {"page": "x"}).content.decode()) == names


def test_sorted_by_name_and_searched_by_name(client, council_officer, induction):
    _boards(4, induction, prefix="Abington")
    _boards(3, induction, prefix="Kettering")
    client.force_login(council_officer)
    by_name = _rows(client.get(URL, {"sort": "name"}).content.decode())
    assert by_name == sorted(by_name)
    found = client.get(URL, {"q": "  ketter ", "sort": "name"}).content.decode()
    assert _rows(found) == ["Kettering 00", "Kettering 01", "Kettering 02"]
    assert "3 boards named like “ketter”" in found
    assert "7 boards, 14 governors" in found  # the county's count stays the whole county
    none = client.get(URL, {"q": "Zzz"}).content.decode()
    assert "No board's name contains “Zzz”." in none
    # An unknown sort is the default, not an error.
    assert client.get(URL, {"sort": "drop table"}).status_code == 200


def test_the_overview_says_today_what_the_board_page_says(
    client, council_officer, induction, board_a, chair_a
):
    """A governor overdue on the board's page is overdue on the council's, the same day."""
    governorship_start(
        governor=UserFactory(), board=board_a, role=Role.PARENT, appointed_on=date(2020, 1, 1)
    )
    from governors.standings import standings_rebuild

    standings_rebuild()  # chair_a came from a factory, as rows loaded in bulk do
    client.force_login(council_officer)
    page = client.get(URL).content.decode()
    assert "0%" in page
    assert "(0 of 2)" in page
    assert "Overdue</strong> 2" in page
