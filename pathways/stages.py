"""A pathway's stages as plain data: the electives rules and the parsing of the stored stream."""

from dataclasses import dataclass


class Rule:
    """How many of a stage's electives a learner needs (the required modules are always needed)."""

    NONE = "none"
    COUNT = "count"
    CREDITS = "credits"
    CHOICES = [
        (NONE, "No electives: only the required modules"),
        (COUNT, "At least N of the electives"),
        (CREDITS, "At least N credits at FHEQ level L from this stage's modules"),
    ]


@dataclass(frozen=True)
class StageSpec:
    """A stage as plain data, read from the stored stream without touching the database."""

    title: str
    description: str
    required_ids: tuple[int, ...]
    elective_ids: tuple[int, ...]
    rule: str = Rule.NONE
    rule_number: int | None = None
    rule_level: int | None = None
    locked_until_previous: bool = False

    @property
    def module_ids(self) -> tuple[int, ...]:
        return self.required_ids + self.elective_ids


def _ids(items) -> tuple[int, ...]:
    """Page ids from a stored list block, in either of Wagtail's list formats."""
    ids = []
    for item in items or []:
        value = item.get("value") if isinstance(item, dict) else item
        if isinstance(value, int) or (
            isinstance(value, str) and value.isascii() and value.isdecimal()
        ):
            ids.append(int(value))
    return tuple(ids)


def _int_or_none(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def stage_specs_parse(raw_stream) -> list[StageSpec]:
    """The stages of a stored StagesBlock stream (its raw data), in order."""
    specs = []
    for item in raw_stream:
        if item.get("type") != "stage":
            continue
        value = item.get("value") or {}
        specs.append(
            StageSpec(
                title=value.get("title") or "",
                description=value.get("description") or "",
                required_ids=_ids(value.get("required_modules")),
                elective_ids=_ids(value.get("electives")),
                rule=value.get("rule") or Rule.NONE,
                rule_number=_int_or_none(value.get("rule_number")),
                rule_level=_int_or_none(value.get("rule_level")),
                locked_until_previous=bool(value.get("locked_until_previous")),
            )
        )
    return specs
