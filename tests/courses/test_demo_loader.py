"""The demo data files load, and a mistake in one names the file and line to fix."""

import pytest

from courses.demo_loader import (
    CONTENT_DIR,
    DemoContentError,
    catalogue_read,
    module_read,
    rich_text,
)

MODULE = """\
title = "Governor induction"
kind = "governance"
delivery_mode = "online"
cpd_hours = 4
audiences = ["governor"]
summary = "Your first year."
description = "Start **here**."
outcomes = ["Explain the core functions"]

[[lessons]]
title = "What governance is for"
minutes = 20

[[lessons.blocks]]
type = "text"
text = '''
Three core functions.
'''

[[lessons.blocks]]
type = "quiz"

[[lessons.blocks.questions]]
question = "Who runs the school day to day?"
options = [
    "* The head",
    "The board",
]
explanation = "The head."
"""


def write(tmp_path, text: str):
    path = tmp_path / "gov-induction.toml"
    path.write_text(text)
    return path


def test_every_data_file_parses_and_validates():
    catalogue = catalogue_read()

    files = sorted(CONTENT_DIR.glob("*/*.toml"))
    assert len(catalogue.modules) == len(files) == 40
    assert len(catalogue.providers) == 13
    assert sum(len(module.lessons) for module in catalogue.modules) == 109
    assert len({module.slug for module in catalogue.modules}) == len(files)


def test_a_module_file_reads_as_the_blocks_wagtail_stores(tmp_path):
    module = module_read(write(tmp_path, MODULE), "county-governor-services")

    assert module.slug == "gov-induction"
    assert module.description == "<p>Start <strong>here</strong>.</p>"
    text, quiz = module.lessons[0]["body"]
    assert text == {"type": "paragraph", "value": "<p>Three core functions.</p>"}
    assert quiz["value"]["title"] == "Check your understanding"
    assert quiz["value"]["questions"][0]["options"] == [
        {"text": "The head", "correct": True},
        {"text": "The board", "correct": False},
    ]


def test_markdown_becomes_the_one_line_html_of_rich_text():
    markdown = 'Pupils say "the 3 is\nin the tens" & more.\n\n- **one**\n- *two*\n\n1. first'

    assert rich_text(markdown) == (
        '<p>Pupils say "the 3 is in the tens" &amp; more.</p>'
        "<ul><li><strong>one</strong></li><li><em>two</em></li></ul><ol><li>first</li></ol>"
    )


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        pytest.param(
            ("minutes = 20", "minuts = 20"),
            12,
            "unknown key 'minuts' in lesson 1",
            id="unknown key",
        ),
        pytest.param(
            ('options = [\n    "* The head",\n    "The board",\n]', 'options = ["* The head"]'),
            25,
            "at least 2 options",
            id="one option",
        ),
        pytest.param(
            ("* The head", "The head"), 25, "Mark at least one option as correct", id="no answer"
        ),
        pytest.param(
            ('"The board"', '"* The board"'), 25, "one correct option", id="single, two answers"
        ),
        pytest.param(('type = "quiz"', 'type = "poll"'), 21, "type should be one of", id="type"),
        pytest.param(("cpd_hours = 4", 'cpd_hours = "4"'), 4, "should be a int", id="wrong type"),
        pytest.param(('title = "Governor induction"\n', ""), None, "needs 'title'", id="missing"),
        pytest.param(
            ('delivery_mode = "online"', 'delivery_mode = "post"'), 3, "one of", id="mode"
        ),
        pytest.param(("minutes = 20", "minutes = 20 20"), 12, "Expected newline", id="not TOML"),
    ],
)
def test_a_mistake_names_the_file_and_line(tmp_path, change, line, message):
    old, new = change
    assert old in MODULE
    path = write(tmp_path, MODULE.replace(old, new, 1))

    with pytest.raises(DemoContentError) as error:
        module_read(path, "county-governor-services")

    assert str(error.value).startswith(str(path))
    if line:
        assert f"line {line}" in str(error.value)
    assert message in str(error.value)


def test_a_folder_that_is_no_provider_is_an_error(tmp_path):
    (tmp_path / "providers.toml").write_text((CONTENT_DIR / "providers.toml").read_text())
    (tmp_path / "no-such-alliance").mkdir()

    with pytest.raises(DemoContentError, match="no-such-alliance"):
        catalogue_read(tmp_path)
