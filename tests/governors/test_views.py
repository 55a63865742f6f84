"""Who may see which board, view by view, and the pages' words and forms."""

import csv
import io
import re
from datetime import date

import pytest
from django.core import mail
from django.urls import reverse

from courses.frameworks import GOVERNANCE_2017, frameworks_load
from courses.models import FrameworkElement
from governors.models import BusinessVolunteer, Governorship, Invitation, Role, SkillsRating
from governors.standings import standings_rebuild
from tests.factories import UserFactory
from tests.governors.factories import GovernorshipFactory

from .conftest import complete, on

pytestmark = pytest.mark.django_db

BOARD_PAGES = ["governors:board", "governors:board_csv", "governors:board_skills"]
MANAGE_PAGES = ["governors:board_invite"]


@pytest.mark.parametrize("name", BOARD_PAGES + MANAGE_PAGES)
def test_a_chair_sees_their_own_board_and_gets_404_on_another(
    client, name, board_a, board_b, chair_a, chair_b, induction
):
    client.force_login(chair_a)
    assert client.get(reverse(name, args=[board_a.pk])).status_code == 200
    assert client.get(reverse(name, args=[board_b.pk])).status_code == 404


def test_a_chair_gets_404_on_another_boards_governor(client, board_a, board_b, chair_a):
    other = GovernorshipFactory(board=board_b)
    client.force_login(chair_a)
    url = reverse("governors:governorship_edit", args=[board_b.pk, other.pk])
    assert client.get(url).status_code == 404
    # Nor through their own board's address.
    url = reverse("governors:governorship_edit", args=[board_a.pk, other.pk])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("name", BOARD_PAGES + MANAGE_PAGES)
def test_a_plain_governor_cannot_see_their_boards_records(client, name, board_a, chair_a):
    parent = GovernorshipFactory(board=board_a, role=Role.PARENT).governor
    client.force_login(parent)
    assert client.get(reverse(name, args=[board_a.pk])).status_code == 404


def test_a_vice_chair_sees_the_matrix_but_cannot_invite(client, board_a):
    vice = GovernorshipFactory(board=board_a, role=Role.VICE_CHAIR).governor
    client.force_login(vice)
    assert client.get(reverse("governors:board", args=[board_a.pk])).status_code == 200
    assert client.get(reverse("governors:board_invite", args=[board_a.pk])).status_code == 404


def test_a_former_chair_loses_access(client, board_a):
    former = GovernorshipFactory(board=board_a, role=Role.CHAIR, ended_on=date(2025, 1, 1))
    client.force_login(former.governor)
    assert client.get(reverse("governors:board", args=[board_a.pk])).status_code == 404


@pytest.mark.parametrize("name", ["governors:council", "governors:council_volunteers"])
def test_council_pages_are_for_officers_only(client, name, council_officer, chair_a):
    client.force_login(chair_a)
    assert client.get(reverse(name)).status_code == 404
    client.force_login(council_officer)
    assert client.get(reverse(name)).status_code == 200


def test_council_overview_drills_into_every_board(
    client, council_officer, board_a, board_b, induction
):
    GovernorshipFactory(board=board_a, appointed_on=date(2020, 1, 1))
    standings_rebuild()  # the factory writes the row as a bulk load would
    client.force_login(council_officer)
    page = client.get(reverse("governors:council")).content.decode()
    assert "0%" in page
    for board in (board_a, board_b):
        assert reverse("governors:board", args=[board.pk]) in page
        assert client.get(reverse("governors:board", args=[board.pk])).status_code == 200


def test_matrix_shows_words_with_every_status(client, board_a, chair_a, induction):
    GovernorshipFactory(board=board_a, appointed_on=date(2020, 1, 1), governor__first_name="Ola")
    client.force_login(chair_a)
    page = client.get(reverse("governors:board", args=[board_a.pk])).content.decode()
    assert "<caption" in page
    assert 'scope="col"' in page
    assert 'scope="row"' in page
    assert "Overdue</strong>" in page
    assert "was due 2 Jul 2020" in page


def test_csv_lists_every_required_cell_with_its_words(client, board_a, chair_a, induction):
    client.force_login(chair_a)
    response = client.get(reverse("governors:board_csv", args=[board_a.pk]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:2] == ["Governor", "E-mail"]
    assert rows[1][1] == "chair-a@example.org"
    assert rows[1][4] == "Governor induction"
    assert rows[1][6].startswith(("Due by", "Overdue"))


def test_csv_makes_a_formula_in_a_name_plain_text(client, board_a, chair_a, induction):
    GovernorshipFactory(
        board=board_a, governor__first_name='=HYPERLINK("http://evil")', governor__last_name="X"
    )
    client.force_login(chair_a)
    response = client.get(reverse("governors:board_csv", args=[board_a.pk]))
    names = [row[0] for row in csv.reader(io.StringIO(response.content.decode()))]
    assert '\'=HYPERLINK("http://evil") X' in names
    assert not any(name.startswith("=") for name in names)


def test_governor_page_says_what_is_due_and_links_to_the_module(client, induction, safeguarding):
    g = GovernorshipFactory(appointed_on=date(2020, 1, 1))
    client.force_login(g.governor)
    page = client.get(reverse("governors:dashboard")).content.decode()
    assert "Overdue: it was due by 2 July 2020." in page
    assert f'href="{induction.module.url}"' in page
    assert f'href="{safeguarding.module.url}"' in page


def test_every_page_shows_the_expiry_the_governor_was_promised(client, board_a, induction):
    """Yearly renewal of a module that does not expire, renewed inside the window on 1 April
    2026: the governor's page, the board's matrix and its CSV all carry on from 30 May 2026."""
    induction.renew_every_months = 12
    induction.save()
    g = GovernorshipFactory(board=board_a, role=Role.CHAIR, appointed_on=date(2025, 1, 6))
    complete(g.governor, induction.module, date(2025, 5, 30))
    client.force_login(g.governor)
    with on(date(2026, 4, 1)):
        page = client.get(reverse("governors:dashboard")).content.decode()
        assert "renew by 30 May 2026 and the new expiry will be 30 May 2027." in page
    complete(g.governor, induction.module, date(2026, 4, 1))
    with on(date(2026, 4, 1)):
        page = client.get(reverse("governors:dashboard")).content.decode()
        matrix = client.get(reverse("governors:board", args=[board_a.pk])).content.decode()
        response = client.get(reverse("governors:board_csv", args=[board_a.pk]))
    assert "Valid until 30 May 2027. Renew between 1 March 2027 and 30 May 2027" in page
    assert "until 30 May 2027" in matrix
    [_, row] = list(csv.reader(io.StringIO(response.content.decode())))
    assert row[5:] == ["Met", re.search(r"Valid until 30 May 2027[^<]*", page).group()]


def test_invitation_starts_the_governorship_for_the_invited_person_only(
    client, board_a, django_capture_on_commit_callbacks
):
    clerk = GovernorshipFactory(board=board_a, role=Role.CLERK).governor
    client.force_login(clerk)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("governors:board_invite", args=[board_a.pk]),
            {
                "email": "New.Governor@example.org",
                "role": Role.FOUNDATION,
                "appointed_on": "2026-09-01",
            },
        )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    [message] = mail.outbox
    assert message.to == ["new.governor@example.org"]
    link = f"http://testserver/governance/invitations/{invitation.token}/"
    assert link in message.body
    assert link in message.alternatives[0][0]

    client.force_login(UserFactory(email="someone.else@example.org"))
    client.post(link)
    assert not Governorship.objects.filter(role=Role.FOUNDATION).exists()

    client.logout()
    assert "Create an account" in client.get(link).content.decode()
    client.force_login(UserFactory(email="new.governor@example.org"))
    assert client.post(link).status_code == 302
    g = Governorship.objects.get(role=Role.FOUNDATION)
    assert (g.board, g.appointed_on) == (board_a, date(2026, 9, 1))
    client.post(link)  # a second click changes nothing
    assert Governorship.objects.filter(role=Role.FOUNDATION).count() == 1


def test_chair_records_a_term_and_sees_terms_ending(client, board_a, chair_a, reauthenticate):
    g = GovernorshipFactory(board=board_a, governor__first_name="Tess", governor__last_name="Term")
    client.force_login(chair_a)
    reauthenticate(client)
    url = reverse("governors:governorship_edit", args=[board_a.pk, g.pk])
    bad = client.post(
        url, {"role": Role.PARENT, "appointed_on": "2025-09-01", "term_ends_on": "2025-01-01"}
    )
    assert "The term must end after the appointment date." in bad.content.decode()
    from django.utils import timezone

    soon = timezone.localdate().replace(day=1)
    client.post(
        url, {"role": Role.PARENT, "appointed_on": "2020-09-01", "term_ends_on": soon.isoformat()}
    )
    g.refresh_from_db()
    assert g.term_ends_on == soon
    page = client.get(reverse("governors:board", args=[board_a.pk])).content.decode()
    assert re.search(r"Tess Term \(parent governor\): term end(s|ed) on", page)


@pytest.fixture
def framework(db):
    frameworks_load()
    return {e.code: e for e in FrameworkElement.objects.filter(framework__slug=GOVERNANCE_2017)}


def test_skills_audit_saves_ratings_and_the_heat_map_shows_gaps(
    client, board_a, chair_a, framework
):
    client.force_login(chair_a)
    competencies = [e for e in framework.values() if e.parent_id]
    data = {f"c{e.pk}": "3" for e in competencies}
    data[f"c{framework['GCF-8'].pk}"] = "1"
    missing = client.post(reverse("governors:skills_audit"), {})
    assert "Choose a rating for" in missing.content.decode()
    assert client.post(reverse("governors:skills_audit"), data).status_code == 302
    assert SkillsRating.objects.filter(governor=chair_a).count() == 16
    page = client.get(reverse("governors:board_skills", args=[board_a.pk])).content.decode()
    assert "GCF-8 Financial frameworks and accountability" in page
    assert "Nobody on the board rates themself confident" in page
    assert "1</span> Needs development" in page


def test_volunteer_form_needs_consent_then_records_the_offer(client, framework):
    data = {
        "name": "Sarah Whitfield",
        "email": "sarah@example.com",
        "company": "Nene Valley Building Society",
        "sector": "Financial services",
        "skills": [framework["GCF-8"].pk, framework["GCF-9"].pk],
        "interest": "governor",
        "availability": "monthly",
    }
    response = client.post(reverse("governors:volunteer"), data)
    assert "Tick the box to agree that we may contact you." in response.content.decode()
    assert not BusinessVolunteer.objects.exists()
    response = client.post(reverse("governors:volunteer"), {**data, "consent": "on"})
    assert response.status_code == 302
    assert set(BusinessVolunteer.objects.get().skills.values_list("code", flat=True)) == {
        "GCF-8",
        "GCF-9",
    }


def test_panel_on_my_learning_shows_what_needs_attention(rf, induction):
    from governors.panels import my_governance_panel

    g = GovernorshipFactory(appointed_on=date(2020, 1, 1))
    request = rf.get("/")
    request.user = g.governor
    html = my_governance_panel(request)
    assert "Overdue" in html
    assert induction.module.url in html
    request.user = UserFactory()
    assert my_governance_panel(request) is None
