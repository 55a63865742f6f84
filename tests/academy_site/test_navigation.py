import pytest

from accounts.models import JobRole
from courses.services import provider_permissions_setup
from tests.factories import ProviderPageFactory, UserFactory


def labels(client) -> list[str]:
    return [item["label"] for item in client.get("/").context["nav_items"]]


@pytest.mark.django_db
def test_visitors_are_offered_the_catalogue_pathways_and_verification(client):
    assert labels(client) == ["Catalogue", "Pathways", "Verify a certificate"]


@pytest.mark.django_db
def test_a_teacher_sees_their_learning_and_certificates_but_no_admin(client):
    client.force_login(UserFactory(job_role=JobRole.TEACHER))
    assert labels(client) == ["My learning", "Catalogue", "Pathways", "Certificates"]


@pytest.mark.django_db
def test_a_governor_sees_governance(client):
    client.force_login(UserFactory(job_role=JobRole.GOVERNOR))
    assert "Governance" in labels(client)
    assert "Reports" not in labels(client)


@pytest.mark.django_db
def test_provider_leads_and_officers_see_reports_and_the_editor(client, council_officer):
    lead = UserFactory(totp=True)
    lead.groups.add(provider_permissions_setup(provider=ProviderPageFactory()))
    client.force_login(lead)
    assert {"Reports", "Edit content"} <= set(labels(client))
    assert "Governance" not in labels(client)
    client.force_login(council_officer)
    assert {"Reports", "Edit content", "Governance"} <= set(labels(client))


@pytest.mark.django_db
def test_a_missing_page_gets_the_sites_own_not_found_page(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert "browse the catalogue" in response.content.decode()


@pytest.mark.django_db
def test_the_menus_roles_are_read_for_the_day_it_is(client):
    """The roles query is compiled once per process (academy_site.prepared), with today as a
    value: a nursery job that starts tomorrow brings "Mentoring" tomorrow, not today."""
    from datetime import timedelta

    import time_machine
    from django.utils import timezone

    from tests.factories import SchoolFactory
    from tests.workforce.conftest import EmploymentFactory

    practitioner = UserFactory(job_role=JobRole.TEACHER)
    tomorrow = timezone.localdate() + timedelta(days=1)
    EmploymentFactory(
        person=practitioner, school=SchoolFactory(phase="nursery"), started_on=tomorrow
    )
    client.force_login(practitioner)
    assert "Mentoring" not in labels(client)
    with time_machine.travel(timezone.now() + timedelta(days=1, hours=1)):
        assert "Mentoring" in labels(client)
