"""Catalogue search finds other forms and spellings of a word: 'phonic' finds 'phonics',
'behavior' finds 'behaviour'; on SQLite (the embedded default) and on PostgreSQL."""

import pytest
from django.db import connection
from django.urls import reverse

from courses.search import search_query_build, spelling_pairs, word_forms, word_stem
from tests.factories import ModulePageFactory, ProviderPageFactory


@pytest.mark.parametrize(
    ("word", "stem"),
    [("phonics", "phonic"), ("studies", "study"), ("assessment", "assess"), ("send", "send")],
)
def test_the_stemmer_takes_a_word_back_to_its_stem(word, stem):
    assert word_stem(word) == stem


@pytest.mark.parametrize(
    ("typed", "also"),
    [
        ("phonic", "phonics"),
        ("phonics", "phonic"),
        ("behavior", "behaviour"),
        ("behaviours", "behavioral"),
        ("organization", "organisation"),
        ("managing", "manage"),
        ("Programme", "program"),
        ("enrollment", "enrolment"),
    ],
)
def test_a_word_also_looks_for_its_other_forms_and_spellings(typed, also):
    assert also in word_forms(typed)


def test_every_spelling_pair_is_two_different_lower_case_words():
    pairs = spelling_pairs()
    assert len(pairs) > 40
    for british, american in pairs:
        assert british != american
        assert british == british.lower().strip()
        assert american == american.lower().strip()


def test_a_query_of_only_punctuation_looks_for_nothing():
    assert search_query_build(text=" ?! -- ") is None


def test_small_words_are_left_out_unless_they_are_all_there_is():
    assert len(search_query_build(text="the phonics of reading").subqueries) == 2
    assert len(search_query_build(text="the").subqueries) == 1


@pytest.fixture
def modules(providers_index):
    provider = ProviderPageFactory(title="Nene Valley Teaching School Hub")
    return {
        "phonics": ModulePageFactory(
            parent=provider,
            title="Early reading",
            summary="Systematic synthetic phonics for Reception and Year 1.",
        ),
        "behaviour": ModulePageFactory(
            parent=provider,
            title="Calm classrooms",
            summary="Behaviour routines that pupils learn in the first week.",
        ),
        "organisation": ModulePageFactory(
            parent=provider,
            title="Running the board",
            summary="How a governing board is organised and who does what.",
        ),
        "other": ModulePageFactory(
            parent=provider, title="Financial oversight", summary="Reading a school budget."
        ),
    }


def titles(client, query: str) -> list[str]:
    response = client.get(reverse("courses:catalogue"), {"q": query})
    assert response.status_code == 200
    return [module.title for module in response.context["results"]]


SEARCHES = [
    ("phonic", ["Early reading"]),
    ("phonics", ["Early reading"]),
    ("behavior", ["Calm classrooms"]),
    ("behavioral routines", ["Calm classrooms"]),
    ("organization", ["Running the board"]),
    ("phonic behavior", []),
    ("?!", []),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_the_catalogue_finds_other_forms_and_spellings(client, modules, query, expected):
    assert titles(client, query) == expected


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_postgresql_full_text_search_finds_them_too(client, modules, query, expected):
    if connection.vendor != "postgresql":
        pytest.skip("Run with DATABASE_URL=postgres://... to search with PostgreSQL.")
    from modelsearch.backends import get_search_backend

    assert type(get_search_backend()).__name__ == "PostgresSearchBackend"
    assert titles(client, query) == expected
