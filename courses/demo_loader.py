"""Reads the demo's data files (TOML, rich text in Markdown) so the seed code holds no prose.

A mistake in a file is a `DemoContentError` naming the file and line, so a provider lead can fix
it without reading Python. The format is described in `courses/demo_content/README.md`.
"""

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml

from .credits import NOTIONAL_HOURS_PER_CREDIT
from .validation import callout_problem, question_problem

CONTENT_DIR = Path(__file__).parent / "demo_content"
PROVIDERS_FILE = "providers.toml"
CALLOUT_KINDS = ("info", "tip", "warning")
QUESTION_KINDS = ("single", "multiple")
HEADING_LEVELS = ("h2", "h3")
DELIVERY_MODES = ("online", "face_to_face", "blended")


class DemoContentError(ValueError):
    """A data file that cannot be seeded, with where and what to fix."""


@dataclass(frozen=True)
class DemoLead:
    email: str
    first_name: str
    last_name: str


@dataclass(frozen=True)
class DemoProvider:
    slug: str
    title: str
    kind: str
    phases: str
    summary: str
    description: str
    colour: str
    contact_email: str
    lead_school: str | None = None
    member_schools: list[str] = field(default_factory=list)
    lead: DemoLead | None = None


@dataclass(frozen=True)
class DemoModule:
    slug: str
    provider: str
    title: str
    kind: str
    cpd_hours: Decimal
    summary: str
    description: str
    outcomes: list[str]
    audiences: list[str]
    delivery_mode: str
    lessons: list[dict]
    academic_credits: int = 0
    fheq_level: int | None = None
    validity_months: int | None = None
    prerequisites: list[str] = field(default_factory=list)
    framework_codes: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class DemoCatalogue:
    index_title: str
    index_intro: str
    providers: list[DemoProvider]
    modules: list[DemoModule]


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False})
    md.disable(["code", "fence", "image", "html_block", "html_inline", "hr", "lheading"])
    md.add_render_rule("text", lambda self, tokens, idx, options, env: _escape(tokens[idx].content))
    md.add_render_rule("softbreak", lambda self, tokens, idx, options, env: " ")
    return md


def _escape(text: str) -> str:
    return escapeHtml(text).replace("&quot;", '"')


_MD = _markdown()


def rich_text(markdown: str) -> str:
    """Markdown as the one-line HTML Wagtail's rich text fields store."""
    return re.sub(r">\n+<", "><", _MD.render(markdown.strip())).strip()


def plain_text(text: str) -> str:
    """A plain text field: line breaks in the file are spaces."""
    return " ".join(line.strip() for line in text.strip().splitlines())


# What each table may hold: key -> (type, required). "rich" and "plain" are strings.
INDEX_KEYS = {"title": ("plain", True), "intro": ("rich", True)}
LEAD_KEYS = {name: ("plain", True) for name in ("email", "first_name", "last_name")}
PROVIDER_KEYS = {
    "slug": ("plain", True),
    "title": ("plain", True),
    "kind": ("plain", True),
    "phases": ("plain", True),
    "summary": ("plain", True),
    "description": ("rich", True),
    "colour": ("plain", True),
    "contact_email": ("plain", True),
    "lead_school": ("plain", False),
    "member_schools": (list, False),
    "lead": (dict, False),
}
MODULE_KEYS = {
    "title": ("plain", True),
    "kind": ("plain", True),
    "cpd_hours": (int, False),
    "academic_credits": (int, False),
    "fheq_level": (int, False),
    "validity_months": (int, False),
    "prerequisites": (list, False),
    "summary": ("plain", True),
    "description": ("rich", True),
    "outcomes": (list, True),
    "audiences": (list, True),
    "delivery_mode": ("plain", True),
    "frameworks": (dict, False),
    "lessons": (list, True),
}
LESSON_KEYS = {"title": ("plain", True), "minutes": (int, True), "blocks": (list, True)}
BLOCK_KEYS = {
    "text": {"text": ("rich", True)},
    "heading": {"text": ("plain", True), "level": ("plain", False)},
    "reflection": {"prompt": ("plain", True), "guidance": ("plain", False)},
    "quiz": {"title": ("plain", False), "questions": (list, True)},
    **{kind: {"title": ("plain", False), "text": ("rich", True)} for kind in CALLOUT_KINDS},
}
QUESTION_KEYS = {
    "question": ("plain", True),
    "kind": ("plain", False),
    "options": (list, True),
    "explanation": ("plain", True),
}


class DataFile:
    """One data file: its parsed tables and the line each table and key starts on."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.name = str(path.relative_to(CONTENT_DIR.parent.parent))
        except ValueError:
            self.name = str(path)
        source = path.read_text(encoding="utf-8")
        try:
            self.data = tomllib.loads(source)
        except tomllib.TOMLDecodeError as error:
            raise DemoContentError(f"{self.name}: {error}") from None
        self.lines = _key_lines(source)

    def error(self, where: tuple, message: str) -> DemoContentError:
        line = next((self.lines[w] for w in (where, where[:-1]) if w in self.lines), None)
        at = f", line {line}" if line else ""
        return DemoContentError(f"{self.name}{at}: {message}")

    def table(self, data, keys: dict, where: tuple, what: str) -> dict:
        """The table's values, checked against keys: plain and rich strings already converted."""
        if not isinstance(data, dict):
            raise self.error(where, f"{what} should be a table")
        unknown = sorted(set(data) - set(keys))
        if unknown:
            raise self.error(
                (*where, unknown[0]),
                f"unknown key '{unknown[0]}' in {what} (expected one of: {', '.join(keys)})",
            )
        values = {}
        for key, (kind, required) in keys.items():
            if key not in data:
                if required:
                    raise self.error(where, f"{what} needs '{key}'")
                continue
            value = data[key]
            wanted = str if kind in ("plain", "rich") else kind
            if not isinstance(value, wanted) or isinstance(value, bool) and wanted is int:
                raise self.error((*where, key), f"'{key}' in {what} should be a {wanted.__name__}")
            if kind == "plain":
                value = plain_text(value)
            elif kind == "rich":
                value = rich_text(value)
            if required and value in ("", []):
                raise self.error((*where, key), f"'{key}' in {what} is empty")
            values[key] = value
        return values

    def strings(self, values: list, where: tuple, what: str) -> list[str]:
        if not all(isinstance(value, str) for value in values):
            raise self.error(where, f"every item in '{what}' should be a string")
        return [plain_text(value) for value in values]

    def choice(self, value: str, choices: tuple, where: tuple, what: str) -> str:
        if value not in choices:
            raise self.error(where, f"{what} should be one of: {', '.join(choices)}")
        return value


def _key_lines(source: str) -> dict[tuple, int]:
    """The line of every table header and key, by path (('lessons', 0, 'blocks', 2, 'type'))."""
    lines: dict[tuple, int] = {}
    counts: dict[tuple, int] = {}
    table: tuple = ()
    quote = None
    for number, line in enumerate(source.splitlines(), start=1):
        stripped = line.strip()
        if quote:
            if stripped.count(quote) % 2:
                quote = None
            continue
        header = re.match(r"^(\[\[?)\s*([\w.-]+)\s*\]\]?", stripped)
        if header:
            names, table = header.group(2).split("."), ()
            for name in names[:-1]:
                table = (*table, name)
                if table in counts:
                    table = (*table, counts[table] - 1)
            table = (*table, names[-1])
            if header.group(1) == "[[":
                counts[table] = counts.get(table, 0) + 1
                table = (*table, counts[table] - 1)
            lines[table] = number
            continue
        key = re.match(r"^([\w-]+)\s*=\s*(.*)$", stripped)
        if key:
            lines[(*table, key.group(1))] = number
            for mark in ("'''", '"""'):
                if key.group(2).startswith(mark) and key.group(2).count(mark) == 1:
                    quote = mark
    return lines


def _options(file: DataFile, options: list, where: tuple, kind: str) -> list[dict]:
    """Options as stored: a leading '* ' marks a correct answer."""
    if not all(isinstance(option, str) for option in options):
        raise file.error(where, "every option should be a string")
    choices = [
        {"text": plain_text(option.removeprefix("* ")), "correct": option.startswith("* ")}
        for option in options
    ]
    problem = question_problem(kind=kind, options=choices)
    if problem:
        hint = " Start the correct option with '* '." if "correct" in problem else ""
        raise file.error(where, f"{problem}{hint}")
    return choices


def _block(file: DataFile, data, where: tuple) -> dict:
    if not isinstance(data, dict) or data.get("type") not in BLOCK_KEYS:
        raise file.error(
            (*where, "type"), f"a block's type should be one of: {', '.join(BLOCK_KEYS)}"
        )
    kind = data["type"]
    values = file.table(
        {k: v for k, v in data.items() if k != "type"}, BLOCK_KEYS[kind], where, f"a {kind} block"
    )
    if kind == "text":
        return {"type": "paragraph", "value": values["text"]}
    if kind == "heading":
        level = file.choice(values.get("level", "h2"), HEADING_LEVELS, (*where, "level"), "level")
        return {"type": "heading", "value": {"text": values["text"], "level": level}}
    if kind == "reflection":
        value = {"prompt": values["prompt"], "guidance": values.get("guidance", "")}
        return {"type": "reflection", "value": value}
    if kind == "quiz":
        questions = []
        for number, question in enumerate(values["questions"]):
            at = (*where, "questions", number)
            question = file.table(question, QUESTION_KEYS, at, "a question")
            kind = file.choice(
                question.get("kind", "single"), QUESTION_KINDS, (*at, "kind"), "kind"
            )
            questions.append(
                {
                    "question": question["question"],
                    "kind": kind,
                    "options": _options(file, question["options"], (*at, "options"), kind),
                    "explanation": question["explanation"],
                }
            )
        title = values.get("title", "Check your understanding")
        return {"type": "quiz", "value": {"title": title, "questions": questions}}
    problem = callout_problem(text=values["text"])
    if problem:
        raise file.error((*where, "text"), problem)
    value = {"kind": kind, "title": values.get("title", ""), "text": values["text"]}
    return {"type": "callout", "value": value}


def module_read(path: Path, provider: str) -> DemoModule:
    """One module file: the module, its lessons and their blocks."""
    file = DataFile(path)
    values = file.table(file.data, MODULE_KEYS, (), "the module")
    file.choice(values["delivery_mode"], DELIVERY_MODES, ("delivery_mode",), "delivery_mode")
    lessons = []
    for number, lesson in enumerate(values.pop("lessons")):
        at = ("lessons", number)
        lesson = file.table(lesson, LESSON_KEYS, at, f"lesson {number + 1}")
        body = [
            _block(file, block, (*at, "blocks", index))
            for index, block in enumerate(lesson["blocks"])
        ]
        lessons.append({"title": lesson["title"], "minutes": lesson["minutes"], "body": body})
    credits, hours = values.get("academic_credits", 0), values.get("cpd_hours", 0)
    if credits and hours == credits * NOTIONAL_HOURS_PER_CREDIT:
        raise file.error(
            ("cpd_hours",),
            f"cpd_hours is {hours}, the notional study hours of {credits} credits. Study hours "
            "are not CPD hours: leave cpd_hours out, or give the CPD hours the provider awards.",
        )
    codes = []
    for framework, elements in values.pop("frameworks", {}).items():
        codes += [
            (framework, code)
            for code in file.strings(elements, ("frameworks", framework), framework)
        ]
    for key in ("outcomes", "audiences", "prerequisites"):
        if key in values:
            values[key] = file.strings(values[key], (key,), key)
    return DemoModule(
        slug=path.stem,
        provider=provider,
        cpd_hours=Decimal(values.pop("cpd_hours", 0)),
        lessons=lessons,
        framework_codes=codes,
        **values,
    )


def providers_read(path: Path) -> tuple[dict, list[DemoProvider]]:
    """The providers index page and every provider, in the order they are listed."""
    file = DataFile(path)
    unknown = sorted(set(file.data) - {"index", "providers"})
    if unknown:
        raise file.error((unknown[0],), f"unknown key '{unknown[0]}' (expected index, providers)")
    index = file.table(file.data.get("index"), INDEX_KEYS, ("index",), "the index")
    providers = []
    for number, data in enumerate(file.data.get("providers", [])):
        at = ("providers", number)
        values = file.table(data, PROVIDER_KEYS, at, f"provider {number + 1}")
        lead = values.pop("lead", None)
        if lead is not None:
            lead = DemoLead(**file.table(lead, LEAD_KEYS, (*at, "lead"), "the lead"))
        members = file.strings(
            values.pop("member_schools", []), (*at, "member_schools"), "member_schools"
        )
        providers.append(DemoProvider(lead=lead, member_schools=members, **values))
    return index, providers


def catalogue_read(content_dir: Path = CONTENT_DIR) -> DemoCatalogue:
    """Every provider and module, each module from `<provider slug>/<module slug>.toml`."""
    index, providers = providers_read(content_dir / PROVIDERS_FILE)
    slugs = {provider.slug for provider in providers}
    for folder in sorted(path for path in content_dir.iterdir() if path.is_dir()):
        if folder.name not in slugs and not folder.name.startswith(("_", ".")):
            raise DemoContentError(
                f"{folder}: no provider in {PROVIDERS_FILE} has the slug {folder.name}"
            )
    modules = [
        module_read(path, provider.slug)
        for provider in providers
        for path in sorted((content_dir / provider.slug).glob("*.toml"))
    ]
    seen: dict[str, str] = {}
    for module in modules:
        if module.slug in seen:
            raise DemoContentError(
                f"module {module.slug} is in {seen[module.slug]} and {module.provider}"
            )
        seen[module.slug] = module.provider
    return DemoCatalogue(index["title"], index["intro"], providers, modules)
