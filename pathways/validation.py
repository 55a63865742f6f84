"""Checks that stop an editor publishing a pathway nobody could finish, and one that warns."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from courses.models import ModulePage

from .blocks import Rule
from .models import PathwayPage, StageSpec
from .selectors import progress_compute


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


def pathway_problems(specs: list[StageSpec]) -> tuple[list[str], dict[int, dict[str, list[str]]]]:
    """What is wrong: messages for the whole pathway, and per stage index and field."""
    ids = {pk for spec in specs for pk in spec.module_ids}
    graph = prerequisite_graph(ids) if ids else {}
    titles = dict(ModulePage.objects.filter(pk__in=graph.keys()).values_list("pk", "title"))
    modules = {m.pk: m for m in ModulePage.objects.filter(pk__in=ids)}
    general: list[str] = []
    by_stage: dict[int, dict[str, list[str]]] = {}

    def add(index: int, field: str, message: str) -> None:
        by_stage.setdefault(index, {}).setdefault(field, []).append(message)

    if not specs:
        general.append("Add at least one stage.")
    first_stage: dict[int, int] = {}
    for index, spec in enumerate(specs):
        if not spec.module_ids:
            add(index, "__all__", "Add at least one module to this stage.")
        for field, pks in (
            ("required_modules", spec.required_ids),
            ("electives", spec.elective_ids),
        ):
            for pk in pks:
                if pk in first_stage:
                    where = (
                        "earlier in this stage"
                        if first_stage[pk] == index
                        else f"in stage {first_stage[pk] + 1}"
                    )
                    add(
                        index,
                        field,
                        f"“{titles.get(pk, pk)}” is already {where}. "
                        "List each module once in a pathway.",
                    )
                else:
                    first_stage[pk] = index
        electives = len(set(spec.elective_ids))
        if spec.rule == Rule.NONE and spec.elective_ids:
            add(index, "rule", "Choose a rule for the electives, or remove the electives.")
        elif spec.rule == Rule.COUNT:
            if not spec.rule_number:
                add(index, "rule_number", "Enter how many electives a learner must complete.")
            elif spec.rule_number > electives:
                add(
                    index,
                    "rule_number",
                    f"This stage lists {_number(electives)}, so nobody can complete "
                    f"{spec.rule_number}. Add electives or lower the number.",
                )
        elif spec.rule == Rule.CREDITS:
            if not spec.rule_number:
                add(index, "rule_number", "Enter how many credits a learner needs.")
            if spec.rule_level is None:
                add(index, "rule_level", "Choose the FHEQ level the credits must be at.")
            if spec.rule_number and spec.rule_level is not None:
                possible = sum(
                    modules[pk].academic_credits
                    for pk in set(spec.module_ids)
                    if pk in modules and modules[pk].fheq_level == spec.rule_level
                )
                if possible < spec.rule_number:
                    add(
                        index,
                        "rule_number",
                        f"The modules in this stage carry {possible} credits at level "
                        f"{spec.rule_level}, so nobody can reach {spec.rule_number}. "
                        "Add modules or lower the number.",
                    )
    for index, spec in enumerate(specs):
        for pk in spec.required_ids:
            for prerequisite in sorted(graph.get(pk, ())):
                later = first_stage.get(prerequisite)
                if later is not None and later > index:
                    add(
                        index,
                        "required_modules",
                        f"“{titles.get(pk, pk)}” needs “{titles.get(prerequisite)}” first, "
                        f"but that is in stage {later + 1}. Move one of them so the "
                        "prerequisite comes first.",
                    )
    cycle = prerequisite_cycle(graph)
    if cycle:
        route = " → ".join(f"“{titles.get(pk, pk)}”" for pk in cycle)
        general.append(
            f"These modules are each other's prerequisites, so nobody can start them: {route}. "
            "Change the modules' prerequisites, or take them out of the pathway."
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


def pathway_unpublished_warning(*, pathway: PathwayPage) -> str | None:
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
