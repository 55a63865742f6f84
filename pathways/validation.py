"""Checks that stop an editor publishing a pathway nobody could finish, and one that warns."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from courses.models import ModulePage

from .progress import progress_compute
from .stages import Rule, StageSpec

if TYPE_CHECKING:
    from .models import PathwayPage


def prerequisite_graph(module_ids: set[int]) -> dict[int, set[int]]:
    """Each module's prerequisites, followed until no new module appears (one query per level)."""
    through = ModulePage.prerequisites.through.objects
    graph: dict[int, set[int]] = {}
    frontier = set(module_ids)
    while frontier:
        for pk in frontier:
            graph.setdefault(pk, set())
        rows = through.filter(from_modulepage_id__in=frontier).values_list(
            "from_modulepage_id", "to_modulepage_id"
        )
        found = set()
        for module_id, prerequisite_id in rows:
            graph[module_id].add(prerequisite_id)
            found.add(prerequisite_id)
        frontier = found - graph.keys()
    return graph


def prerequisite_cycle(graph: dict[int, set[int]]) -> list[int] | None:
    """A cycle of modules that are (through others) their own prerequisite, if there is one."""
    state: dict[int, str] = {}
    stack: list[int] = []

    def visit(node: int) -> list[int] | None:
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = "closed"
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def _number(value: int) -> str:
    return "1 elective" if value == 1 else f"{value} electives"


@dataclass(frozen=True)
class Problem:
    """One thing wrong: on a stage's field, or (stage None) on the whole pathway."""

    message: str
    stage: int | None = None
    field: str = "__all__"


@dataclass(frozen=True)
class Pathway:
    """What the checks read, gathered once: the stages and their modules' prerequisites."""

    specs: list[StageSpec]
    modules: dict[int, Any]
    graph: dict[int, set[int]]
    titles: dict[int, str]

    @classmethod
    def load(cls, specs: list[StageSpec]) -> "Pathway":
        ids = {pk for spec in specs for pk in spec.module_ids}
        graph = prerequisite_graph(ids) if ids else {}
        titles = dict(ModulePage.objects.filter(pk__in=graph.keys()).values_list("pk", "title"))
        modules = ModulePage.objects.in_bulk(ids) if ids else {}
        return cls(specs=specs, modules=modules, graph=graph, titles=titles)

    def title(self, pk: int) -> str:
        return self.titles.get(pk, str(pk))

    def listings(self) -> Iterator[tuple[int, str, int]]:
        """Every module as listed: stage index, field and id, in the editor's order."""
        for index, spec in enumerate(self.specs):
            for pk in spec.required_ids:
                yield index, "required_modules", pk
            for pk in spec.elective_ids:
                yield index, "electives", pk

    def first_stage(self) -> dict[int, int]:
        """The stage each module is first listed in."""
        first: dict[int, int] = {}
        for index, _, pk in self.listings():
            first.setdefault(pk, index)
        return first


def _stages_present(pathway: Pathway) -> Iterator[Problem]:
    if not pathway.specs:
        yield Problem("Add at least one stage.")


def _stages_have_modules(pathway: Pathway) -> Iterator[Problem]:
    for index, spec in enumerate(pathway.specs):
        if not spec.module_ids:
            yield Problem("Add at least one module to this stage.", index)


def _modules_listed_once(pathway: Pathway) -> Iterator[Problem]:
    first, seen = pathway.first_stage(), set()
    for index, field_name, pk in pathway.listings():
        if pk in seen:
            where = "earlier in this stage" if first[pk] == index else f"in stage {first[pk] + 1}"
            yield Problem(
                f"“{pathway.title(pk)}” is already {where}. List each module once in a pathway.",
                index,
                field_name,
            )
        seen.add(pk)


def _electives_have_a_rule(pathway: Pathway) -> Iterator[Problem]:
    for index, spec in enumerate(pathway.specs):
        if spec.rule == Rule.NONE and spec.elective_ids:
            yield Problem(
                "Choose a rule for the electives, or remove the electives.", index, "rule"
            )


def _count_rule_reachable(pathway: Pathway) -> Iterator[Problem]:
    for index, spec in enumerate(pathway.specs):
        if spec.rule != Rule.COUNT:
            continue
        electives = len(set(spec.elective_ids))
        if not spec.rule_number:
            yield Problem("Enter how many electives a learner must complete.", index, "rule_number")
        elif spec.rule_number > electives:
            yield Problem(
                f"This stage lists {_number(electives)}, so nobody can complete "
                f"{spec.rule_number}. Add electives or lower the number.",
                index,
                "rule_number",
            )


def _credits_rule_complete(pathway: Pathway) -> Iterator[Problem]:
    for index, spec in enumerate(pathway.specs):
        if spec.rule != Rule.CREDITS:
            continue
        if not spec.rule_number:
            yield Problem("Enter how many credits a learner needs.", index, "rule_number")
        if spec.rule_level is None:
            yield Problem("Choose the FHEQ level the credits must be at.", index, "rule_level")


def _credits_rule_reachable(pathway: Pathway) -> Iterator[Problem]:
    for index, spec in enumerate(pathway.specs):
        if spec.rule != Rule.CREDITS or not spec.rule_number or spec.rule_level is None:
            continue
        modules = [pathway.modules[pk] for pk in set(spec.module_ids) if pk in pathway.modules]
        possible = sum(m.academic_credits for m in modules if m.fheq_level == spec.rule_level)
        if possible < spec.rule_number:
            yield Problem(
                f"The modules in this stage carry {possible} credits at level "
                f"{spec.rule_level}, so nobody can reach {spec.rule_number}. "
                "Add modules or lower the number.",
                index,
                "rule_number",
            )


def _prerequisites_come_first(pathway: Pathway) -> Iterator[Problem]:
    first = pathway.first_stage()
    for index, spec in enumerate(pathway.specs):
        for pk in spec.required_ids:
            for prerequisite in sorted(pathway.graph.get(pk, ())):
                later = first.get(prerequisite)
                if later is not None and later > index:
                    yield Problem(
                        f"“{pathway.title(pk)}” needs “{pathway.title(prerequisite)}” first, "
                        f"but that is in stage {later + 1}. Move one of them so the "
                        "prerequisite comes first.",
                        index,
                        "required_modules",
                    )


def _no_prerequisite_cycle(pathway: Pathway) -> Iterator[Problem]:
    cycle = prerequisite_cycle(pathway.graph)
    if cycle:
        route = " → ".join(f"“{pathway.title(pk)}”" for pk in cycle)
        yield Problem(
            f"These modules are each other's prerequisites, so nobody can start them: {route}. "
            "Change the modules' prerequisites, or take them out of the pathway."
        )


# In the order an editor reads the messages.
CHECKS: tuple[Callable[[Pathway], Iterator[Problem]], ...] = (
    _stages_present,
    _stages_have_modules,
    _modules_listed_once,
    _electives_have_a_rule,
    _count_rule_reachable,
    _credits_rule_complete,
    _credits_rule_reachable,
    _prerequisites_come_first,
    _no_prerequisite_cycle,
)


def pathway_problems(specs: list[StageSpec]) -> tuple[list[str], dict[int, dict[str, list[str]]]]:
    """What is wrong: messages for the whole pathway, and per stage index and field."""
    pathway = Pathway.load(specs)
    general: list[str] = []
    by_stage: dict[int, dict[str, list[str]]] = {}
    for check in CHECKS:
        for problem in check(pathway):
            if problem.stage is None:
                general.append(problem.message)
            else:
                by_stage.setdefault(problem.stage, {}).setdefault(problem.field, []).append(
                    problem.message
                )
    return general, by_stage


def pathway_validate(specs: list[StageSpec]) -> StreamBlockValidationError | None:
    """The problems as an error the Wagtail editor shows on the stage and field concerned."""
    general, by_stage = pathway_problems(specs)
    if not general and not by_stage:
        return None
    block_errors = {}
    for index, fields in by_stage.items():
        non_block = fields.pop("__all__", [])
        block_errors[index] = StructBlockValidationError(
            block_errors={name: ValidationError(" ".join(msgs)) for name, msgs in fields.items()},
            non_block_errors=ErrorList(non_block),
        )
    return StreamBlockValidationError(
        block_errors=block_errors, non_block_errors=ErrorList(general)
    )


def problem_messages(error: ValidationError) -> list[str]:
    """Every message in a (nested) block validation error, for tests and logs."""
    if hasattr(error, "as_json_data"):
        data = error.as_json_data()
    else:
        return list(error.messages)
    messages: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            messages.extend(node.get("messages", []))
            children = node.get("blockErrors", {})
            for child in children.values() if isinstance(children, dict) else children:
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(data)
    return messages


def _quoted(titles: list[str]) -> str:
    quoted = [f"“{title}”" for title in titles]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"


def pathway_unpublished_warning(*, pathway: "PathwayPage") -> str | None:
    """Modules in the pathway that are not published, and the stages they hold up.

    A warning, not an error: a module may be waiting for approval and open later.
    """
    specs = pathway.stage_specs()
    ids = {pk for spec in specs for pk in spec.module_ids}
    modules = ModulePage.objects.in_bulk(ids) if ids else {}
    unpublished = [
        modules[pk].title
        for spec in specs
        for pk in spec.module_ids
        if pk in modules and not modules[pk].live
    ]
    if not unpublished:
        return None
    one = len(unpublished) == 1
    sentences = [
        f"{_quoted(unpublished)} {'is' if one else 'are'} not published, so learners see "
        f"{'it' if one else 'them'} as “Not open yet” and cannot start {'it' if one else 'them'}."
    ]
    progress = progress_compute(
        pathway=pathway, specs=specs, modules=modules, completed={}, in_progress=set()
    )
    sentences += [
        f"Nobody can finish stage {stage.number}, {stage.title}, until {stage.waiting_text}."
        for stage in progress.stages
        if stage.waiting_for
    ]
    return " ".join(sentences)
