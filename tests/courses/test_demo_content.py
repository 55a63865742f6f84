"""The demo content: every module file has lessons that the lesson blocks accept as written."""

import copy
import importlib
import re
from collections import Counter
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError

from courses.blocks import LessonStreamBlock
from courses.demo_loader import catalogue_read
from courses.frameworks import FRAMEWORKS, GOVERNANCE_2017, ITTECF, TEACHERS_STANDARDS

AUDIENCES = {
    slug for slug, _ in importlib.import_module("courses.migrations.0002_audiences").AUDIENCES
}
CODES = {
    (framework["slug"], code) for framework in FRAMEWORKS for code, _, _ in framework["elements"]
}
CATALOGUE = catalogue_read()
CONTENT = {module.slug: module for module in CATALOGUE.modules}
SLUGS = sorted(CONTENT)
MIN_LESSON_WORDS = 300
# What each rich text field's editor features allow (p is always allowed).
DESCRIPTION_TAGS = {"p", "h3", "strong", "em", "ul", "ol", "li"}
PARAGRAPH_TAGS = {"p", "h3", "strong", "em", "ul", "ol", "li", "a"}
CALLOUT_TAGS = {"p", "strong", "em", "ul", "ol", "li", "a"}


def lesson_validate(body: list) -> None:
    """Raise ValidationError when the body is not what LessonStreamBlock accepts."""
    block = LessonStreamBlock()
    block.clean(block.to_python(body))


def words(value) -> int:
    if isinstance(value, dict):
        return sum(
            words(item) for key, item in value.items() if key not in ("type", "kind", "level")
        )
    if isinstance(value, list):
        return sum(words(item) for item in value)
    if isinstance(value, str):
        return len(re.sub(r"<[^>]+>", " ", value).split())
    return 0


class _TagChecker(HTMLParser):
    """Collects tags and the problems a rich text editor would choke on."""

    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.open: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open.pop() != tag:
            self.problems.append(f"</{tag}> closes nothing open")

    def handle_data(self, data):
        if not self.open and data.strip():
            self.problems.append(f"text outside a block tag: {data.strip()[:40]!r}")


def html_problems(html: str, allowed: set[str]) -> list[str]:
    checker = _TagChecker()
    checker.feed(html)
    checker.close()
    problems = checker.problems + [f"<{tag}> left open" for tag in checker.open]
    problems += [f"<{tag}> is not allowed here" for tag in checker.tags - allowed]
    if re.search(r"&(?!amp;|lt;|gt;|quot;|#)", html):
        problems.append("unescaped &")
    return problems


def test_modules_name_listed_providers_and_existing_prerequisites():
    providers = {provider.slug for provider in CATALOGUE.providers}
    assert {module.provider for module in CATALOGUE.modules} <= providers
    for module in CATALOGUE.modules:
        assert set(module.prerequisites) <= set(CONTENT), module.slug
        assert module.slug not in module.prerequisites


@pytest.mark.parametrize("slug", SLUGS)
def test_module_fields(slug):
    module = CONTENT[slug]
    assert 0 < len(module.summary) <= 300
    assert "<" not in module.summary
    assert module.description.startswith("<")
    assert 3 <= len(module.outcomes) <= 5
    assert module.audiences
    assert set(module.audiences) <= AUDIENCES
    assert module.delivery_mode in {"online", "face_to_face", "blended"}
    assert set(module.framework_codes) <= CODES
    assert 2 <= len(module.lessons) <= 5
    assert len({lesson["title"] for lesson in module.lessons}) == len(module.lessons)


@pytest.mark.parametrize("slug", SLUGS)
def test_framework_tags_suit_the_kind(slug):
    frameworks = {framework for framework, _ in CONTENT[slug].framework_codes}
    codes = {code for _, code in CONTENT[slug].framework_codes}
    if CONTENT[slug].kind in ("itt", "early_career"):
        assert {ITTECF, TEACHERS_STANDARDS} <= frameworks
    if CONTENT[slug].kind == "governance":
        assert GOVERNANCE_2017 in frameworks
        assert not any(code.startswith("GCF-F") for code in codes), "tag competencies, not features"


@pytest.mark.parametrize("slug", SLUGS)
def test_lessons_are_valid_and_substantial(slug):
    lessons = CONTENT[slug].lessons
    blocks = [block for lesson in lessons for block in lesson["body"]]
    types = [block["type"] for block in blocks]
    assert "quiz" in types
    assert "reflection" in types
    assert not {"image", "video", "document"} & set(types), "the seed has no media"
    for lesson in lessons:
        assert 5 <= lesson["minutes"] <= 240
        lesson_validate(lesson["body"])
        assert words(lesson["body"]) >= MIN_LESSON_WORDS, lesson["title"]


@pytest.mark.parametrize("slug", SLUGS)
def test_rich_text_uses_only_what_the_editor_allows(slug):
    module = CONTENT[slug]
    assert html_problems(module.description, DESCRIPTION_TAGS) == []
    for lesson in module.lessons:
        for block in lesson["body"]:
            if block["type"] == "paragraph":
                assert html_problems(block["value"], PARAGRAPH_TAGS) == [], lesson["title"]
            elif block["type"] == "callout":
                assert html_problems(block["value"]["text"], CALLOUT_TAGS) == [], lesson["title"]
            else:
                plain = [block["value"]] if isinstance(block["value"], str) else []
                plain += [v for v in block["value"].values() if isinstance(v, str)]
                assert not any("<" in value for value in plain), lesson["title"]


def test_html_checker_catches_mistakes():
    assert html_problems("<p>Fine <strong>bold</strong></p>", PARAGRAPH_TAGS) == []
    assert html_problems("<p>Open <em>italic</p>", PARAGRAPH_TAGS)
    assert html_problems("<h2>Too big</h2>", PARAGRAPH_TAGS)
    assert html_problems("<p>Salt & pepper</p>", PARAGRAPH_TAGS)
    assert html_problems("bare text", PARAGRAPH_TAGS)


@pytest.mark.parametrize("slug", SLUGS)
def test_quizzes_mix_question_kinds(slug):
    questions = [
        question
        for lesson in CONTENT[slug].lessons
        for block in lesson["body"]
        if block["type"] == "quiz"
        for question in block["value"]["questions"]
    ]
    assert 3 <= len(questions)
    assert {question["kind"] for question in questions} == {"single", "multiple"}
    for question in questions:
        assert len(question["options"]) >= 3
        assert question["explanation"].strip()


def test_where_the_answers_sit_gives_nothing_away():
    questions = [
        question
        for module in CONTENT.values()
        for lesson in module.lessons
        for block in lesson["body"]
        if block["type"] == "quiz"
        for question in block["value"]["questions"]
    ]
    single_positions = Counter(
        next(i for i, option in enumerate(q["options"]) if option["correct"])
        for q in questions
        if q["kind"] == "single"
    )
    assert max(single_positions.values()) <= sum(single_positions.values()) / 2
    multiple_shapes = Counter(
        (sum(option["correct"] for option in q["options"]), len(q["options"]))
        for q in questions
        if q["kind"] == "multiple"
    )
    assert len(multiple_shapes) >= 3, "vary how many options are correct"


def _first_question(body: list) -> dict:
    return next(block for block in body if block["type"] == "quiz")["value"]["questions"][0]


@pytest.mark.parametrize(
    "break_it",
    [
        pytest.param(
            lambda q: q.update(kind="single", options=[{"text": t, "correct": True} for t in "ab"]),
            id="single with two correct",
        ),
        pytest.param(
            lambda q: q.update(options=[{"text": t, "correct": False} for t in "ab"]),
            id="no correct option",
        ),
        pytest.param(lambda q: q.update(question=""), id="no question"),
    ],
)
def test_a_broken_question_fails_validation(break_it):
    body = copy.deepcopy(
        next(
            lesson["body"]
            for m in CONTENT.values()
            for lesson in m.lessons
            if any(block["type"] == "quiz" for block in lesson["body"])
        )
    )
    lesson_validate(body)
    break_it(_first_question(body))
    with pytest.raises(ValidationError):
        lesson_validate(body)
