"""What a catalogue search asks the search backend: each word with its endings and spellings.

PostgreSQL's full-text search stems English words itself; SQLite's index (the embedded default,
and the tests) does not. So each word of the query is widened here, the same way on both: a
small suffix stemmer takes the word back to its stem and adds the usual endings ("phonic" also
looks for "phonics"), and a British/American list held as data adds the other spelling
("behavior" also looks for "behaviour"). Words combine with AND; a word's forms with OR.
"""

import re
import tomllib
from functools import cache
from pathlib import Path

from wagtail.search.query import And, Or, PlainText, SearchQuery

SPELLINGS_PATH = Path(__file__).with_name("spellings.toml")
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
MIN_STEM = 4
# Longest first: "ations" is tried before "s".
SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ingly",
    "ings",
    "ing",
    "ally",
    "ers",
    "ies",
    "ied",
    "er",
    "es",
    "ed",
    "al",
    "ly",
    "s",
)
ENDINGS = (
    *("", "e", "s", "es", "ed", "ing", "er", "ers", "al", "ally", "ly"),
    *("ment", "ments", "ement", "ements", "ation", "ations"),
)
STOP_WORDS = frozenset(
    "a an and are as at be by for from how in into is it of on or the to what when with your".split()
)


@cache
def spelling_pairs() -> tuple[tuple[str, str], ...]:
    """The British and American beginnings of words from spellings.toml, read once."""
    with SPELLINGS_PATH.open("rb") as file:
        return tuple((british, american) for british, american in tomllib.load(file)["pairs"])


def word_stem(word: str) -> str:
    """The word without its commonest English ending, if enough of it is left to mean anything."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            stem = word[: -len(suffix)]
            return stem + "y" if suffix in ("ies", "ied") else stem
    return word


def word_spellings(word: str) -> set[str]:
    """The word as written and in the other country's spelling."""
    spellings = {word}
    for british, american in spelling_pairs():
        for written, other in ((british, american), (american, british)):
            if word.startswith(written):
                spellings.add(other + word[len(written) :])
    return spellings


def word_forms(word: str) -> set[str]:
    """Every form of one query word to look for: its spellings, each with the usual endings."""
    forms = set()
    for spelling in word_spellings(word.lower()):
        forms.add(spelling)
        if len(spelling) < MIN_STEM:
            continue
        stem = word_stem(spelling)
        stems = {stem, stem[:-1]} if stem.endswith("e") else {stem}
        if stem.endswith("y"):
            forms.update({stem[:-1] + "ies", stem[:-1] + "ied"})
        forms.update(s + ending for s in stems for ending in ENDINGS)
    return forms


def search_query_build(*, text: str) -> SearchQuery | None:
    """The backend query for what someone typed, or None when it holds no words to look for."""
    words = [word.lower().replace("'", "") for word in WORD.findall(text)]
    meaningful = [word for word in words if word not in STOP_WORDS] or words
    if not meaningful:
        return None
    return And([Or([PlainText(form) for form in sorted(word_forms(word))]) for word in meaningful])
