"""The public catalogue: filters combine, search finds, pages keep the filters, queries stay flat."""

from decimal import Decimal

import pytest
from django.urls import reverse

from courses.models import Audience, ModulePage
from courses.views import PER_PAGE
from tests.factories import LessonPageFactory, ModulePageFactory, ProviderPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(providers_index):
    """Two providers' modules of several kinds, audiences and delivery modes, and one draft."""
    governors, university = (
        ProviderPageFactory(title="Governor Services"),
        ProviderPageFactory(title="University of Northampton", kind="university"),
    )
    governor, teacher = Audience.objects.get(slug="governor"), Audience.objects.get(slug="teacher")
    modules = {
        "induction": ModulePageFactory(
            parent=governors,
            title="Governor induction",
            kind="governance",
            summary="Your first year on the board.",
            delivery_mode="blended",
            audiences=[governor],
        ),
        "finance": ModulePageFactory(
            parent=governors,
            title="Financial oversight",
            kind="governance",
            summary="Reading a school budget and asking about value for money.",
            delivery_mode="online",
            audiences=[governor],
        ),
        "research": ModulePageFactory(
            parent=university,
            title="Research methods",
            kind="masters",
            summary="Practitioner enquiry at masters level.",
            academic_credits=30,
            fheq_level=7,
            cpd_hours=Decimal(300),
            delivery_mode="blended",
            audiences=[teacher],
        ),
    }
    draft = ModulePageFactory(parent=university, title="Unfinished dissertation", live=False)
    return modules | {"draft": draft}


def _titles(response) -> list[str]:
    return [module.title for module in response.context["results"]]


def test_lists_published_modules_only(client, catalogue):
    response = client.get(reverse("courses:catalogue"))

    assert response.status_code == 200
    assert _titles(response) == ["Financial oversight", "Governor induction", "Research methods"]
    assert "3 modules" in response.content.decode()
    assert "Unfinished dissertation" not in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"kind": "governance"}, ["Financial oversight", "Governor induction"]),
        ({"audience": "teacher"}, ["Research methods"]),
        ({"provider": "university-of-northampton"}, ["Research methods"]),
        ({"credits": "yes"}, ["Research methods"]),
        ({"credits": "no"}, ["Financial oversight", "Governor induction"]),
        ({"mode": "blended"}, ["Governor induction", "Research methods"]),
        ({"kind": "governance", "mode": "blended"}, ["Governor induction"]),
        ({"audience": "governor", "credits": "yes"}, []),
    ],
)
def test_filters_combine(client, catalogue, query, expected):
    response = client.get(reverse("courses:catalogue"), query)

    assert _titles(response) == expected


def test_search_finds_words_in_the_summary(client, catalogue):
    response = client.get(reverse("courses:catalogue"), {"q": "budget"})

    assert _titles(response) == ["Financial oversight"]


def test_search_combines_with_filters(client, catalogue):
    both = client.get(reverse("courses:catalogue"), {"q": "governor", "mode": "online"})
    alone = client.get(reverse("courses:catalogue"), {"q": "induction"})

    assert "Research methods" not in _titles(both)
    assert _titles(alone) == ["Governor induction"]


def test_no_results_says_what_to_try(client, catalogue):
    response = client.get(reverse("courses:catalogue"), {"q": "quantum chromodynamics"})

    assert _titles(response) == []
    assert "No modules match" in response.content.decode()


def test_unknown_filter_value_is_an_error_not_a_crash(client, catalogue):
    response = client.get(reverse("courses:catalogue"), {"kind": "astrology"})

    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert len(_titles(response)) == 3


def test_clear_filters_link_and_removable_filters(client, catalogue):
    response = client.get(reverse("courses:catalogue"), {"kind": "governance", "mode": "online"})
    html = response.content.decode()

    assert "Clear filters" in html
    assert "?mode=online" in html  # removing the kind keeps the mode
    assert "?kind=governance" in html


def test_paging_keeps_the_filters(client, providers_index):
    provider = ProviderPageFactory(title="Big Alliance")
    for n in range(PER_PAGE + 3):
        ModulePageFactory(parent=provider, title=f"Governance {n:02d}", kind="governance")
    ModulePageFactory(parent=provider, title="Not governance", kind="cpd")

    first = client.get(reverse("courses:catalogue"), {"kind": "governance"})
    second = client.get(reverse("courses:catalogue"), {"kind": "governance", "page": 2})

    assert len(_titles(first)) == PER_PAGE
    assert 'href="?kind=governance&amp;page=2"' in first.content.decode()
    assert _titles(second) == [f"Governance {n:02d}" for n in range(PER_PAGE, PER_PAGE + 3)]
    assert f"{PER_PAGE + 3} modules found" in second.content.decode()


def _modules(count: int):
    providers = [ProviderPageFactory(title=f"Alliance {n}") for n in range(3)]
    audiences = list(Audience.objects.all()[:3])
    for n in range(count):
        module = ModulePageFactory(
            parent=providers[n % 3], title=f"Module {n:02d}", audiences=audiences
        )
        LessonPageFactory(parent=module)
    return ModulePage.objects.live()


@pytest.mark.parametrize("count", [5, 40])
def test_catalogue_queries_do_not_grow_with_modules(
    client, providers_index, django_assert_max_num_queries, count
):
    _modules(count)
    client.get(reverse("courses:catalogue"))  # warm the site-root cache, as a live site has

    with django_assert_max_num_queries(10):
        response = client.get(reverse("courses:catalogue"), {"audience": "teacher"})
    with django_assert_max_num_queries(10):
        client.get(reverse("courses:catalogue"), {"q": "module", "page": 2})

    assert response.status_code == 200


@pytest.mark.parametrize("count", [5, 40])
def test_module_page_queries_do_not_grow(
    client, providers_index, django_assert_max_num_queries, count
):
    modules = list(_modules(count))
    module = modules[0]
    for prerequisite in modules[1:count]:
        module.prerequisites.add(prerequisite)
    for n in range(count):
        LessonPageFactory(parent=module, title=f"Extra lesson {n}")
    module.save()
    client.get(module.url)

    with django_assert_max_num_queries(15):  # routing walks the tree: one per level
        response = client.get(module.url)

    assert response.status_code == 200
    assert response.content.decode().count('href="/providers/alliance-') > count


def test_provider_page_lists_modules_and_member_schools(client, alliance, other_alliance):
    from tests.factories import SchoolFactory

    alliance.page.member_schools.add(SchoolFactory(name="Duston Mill Primary School"))
    alliance.page.save_revision().publish()

    response = client.get(alliance.page.url)

    html = response.content.decode()
    assert alliance.module.title in html
    assert other_alliance.module.title not in html
    assert "Duston Mill Primary School" in html


def test_providers_index_counts_each_providers_live_modules(client, alliance, other_alliance):
    ModulePageFactory(parent=alliance.page, title="Second module")
    ModulePageFactory(parent=alliance.page, title="Draft module", live=False)

    response = client.get(alliance.page.get_parent().url)

    counts = {provider.title: provider.module_count for provider in response.context["providers"]}
    assert counts == {alliance.page.title: 2, other_alliance.page.title: 1}
    assert "2 modules" in response.content.decode()


@pytest.fixture
def dated(providers_index):
    """Three modules whose title, publishing date and CPD hours each put them in another order."""
    from datetime import datetime

    from django.utils import timezone

    provider = ProviderPageFactory(title="Nene Valley Teaching School Hub")
    for title, published, hours in [
        ("Assessment for learning", datetime(2025, 1, 1), 12),
        ("Behaviour basics", datetime(2026, 3, 1), 6),
        ("Curriculum design", datetime(2025, 9, 1), 2),
    ]:
        module = ModulePageFactory(
            parent=provider, title=title, summary=f"{title} for teachers.", cpd_hours=hours
        )
        module.first_published_at = timezone.make_aware(published)
        module.save(update_fields=["first_published_at"])


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("", ["Assessment for learning", "Behaviour basics", "Curriculum design"]),
        ("title", ["Assessment for learning", "Behaviour basics", "Curriculum design"]),
        ("newest", ["Behaviour basics", "Curriculum design", "Assessment for learning"]),
        ("shortest", ["Curriculum design", "Behaviour basics", "Assessment for learning"]),
    ],
)
def test_the_catalogue_sorts_by_title_newest_and_length(client, dated, sort, expected):
    response = client.get(reverse("courses:catalogue"), {"sort": sort})
    assert _titles(response) == expected


def test_a_search_can_be_sorted_and_best_match_is_offered_only_when_searching(client, dated):
    searched = client.get(reverse("courses:catalogue"), {"q": "teachers", "sort": "shortest"})
    listed = client.get(reverse("courses:catalogue"))

    assert _titles(searched) == ["Curriculum design", "Behaviour basics", "Assessment for learning"]
    assert '<option value="">Best match</option>' in searched.content.decode()
    assert "Best match" not in listed.content.decode()
    assert '<input type="hidden" name="q" value="teachers">' in searched.content.decode()


def test_an_unknown_sort_is_an_error_not_a_crash(client, dated):
    response = client.get(reverse("courses:catalogue"), {"sort": "cheapest"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()


def test_paging_keeps_the_sort(client, providers_index):
    provider = ProviderPageFactory(title="Big Alliance")
    for n in range(PER_PAGE + 1):
        ModulePageFactory(parent=provider, title=f"Module {n:02d}", cpd_hours=n)

    first = client.get(reverse("courses:catalogue"), {"sort": "shortest"})

    assert "sort=shortest&amp;page=2" in first.content.decode()


def test_each_result_shows_the_modules_image_or_else_its_providers_logo(client, alliance):
    from tests.courses.conftest import image_in

    alliance.module.image = alliance.image
    alliance.module.save_revision().publish()
    ModulePageFactory(parent=alliance.page, title="Plain module")
    alliance.page.logo = image_in(alliance.image.collection, "Alliance logo")
    alliance.page.save_revision().publish()

    html = client.get(reverse("courses:catalogue")).content.decode()

    assert html.count('<div class="academy-result__image">') == 2
    assert html.count("fill-240x160") == 1
    assert html.count('class="academy-result__logo"') == 1


@pytest.mark.parametrize("count", [5, 30])
def test_catalogue_queries_do_not_grow_with_module_images(
    client, alliance, django_assert_max_num_queries, count
):
    from tests.courses.conftest import image_in

    for n in range(count):
        module = ModulePageFactory(parent=alliance.page, title=f"Module {n:02d}")
        module.image = image_in(alliance.image.collection, f"Picture {n}")
        module.save()
    client.get(reverse("courses:catalogue"))

    with django_assert_max_num_queries(12):
        response = client.get(reverse("courses:catalogue"), {"sort": "newest"})

    assert response.status_code == 200
