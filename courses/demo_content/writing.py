"""Short builders for lesson blocks, so the demo content reads as prose rather than StreamField JSON.

Each builder returns exactly the JSON `courses.blocks.LessonStreamBlock` stores. Strings passed as
paragraphs are wrapped in <p> unless they start with a block tag (p, ul, ol, h3), which are kept as
written. In option lists, a leading "* " marks a correct answer.
"""

BLOCK_TAGS = ("<p>", "<ul>", "<ol>", "<h3>")


def _html(parts) -> str:
    return "".join(part if part.startswith(BLOCK_TAGS) else f"<p>{part}</p>" for part in parts)


def bullets(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def steps(*items: str) -> str:
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


def text(*parts: str) -> dict:
    return {"type": "paragraph", "value": _html(parts)}


def heading(words: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": words, "level": level}}


def callout(kind: str, title: str, *parts: str) -> dict:
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": _html(parts)}}


def info(title: str, *parts: str) -> dict:
    return callout("info", title, *parts)


def tip(title: str, *parts: str) -> dict:
    return callout("tip", title, *parts)


def warning(title: str, *parts: str) -> dict:
    return callout("warning", title, *parts)


def reflection(prompt: str, guidance: str = "") -> dict:
    return {"type": "reflection", "value": {"prompt": prompt, "guidance": guidance}}


def _question(kind: str, question: str, options: list[str], explanation: str) -> dict:
    return {
        "question": question,
        "kind": kind,
        "options": [
            {"text": option.removeprefix("* "), "correct": option.startswith("* ")}
            for option in options
        ],
        "explanation": explanation,
    }


def single(question: str, options: list[str], explanation: str) -> dict:
    return _question("single", question, options, explanation)


def multiple(question: str, options: list[str], explanation: str) -> dict:
    return _question("multiple", question, options, explanation)


def quiz(*questions: dict, title: str = "Check your understanding") -> dict:
    return {"type": "quiz", "value": {"title": title, "questions": list(questions)}}


def lesson(title: str, minutes: int, *body: dict) -> dict:
    return {"title": title, "minutes": minutes, "body": list(body)}
