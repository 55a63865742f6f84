"""The county's demo pathways, from `demo_pathways.toml`; modules the catalogue lacks are skipped."""

import json
import uuid
from pathlib import Path

from django.core.exceptions import ValidationError
from wagtail.models import Site

from accounts.models import User
from courses.demo_loader import DataFile
from courses.models import Audience, ModulePage

from .models import PathwayIndexPage, PathwayPage
from .services import pathway_editors_grant, pathway_join
from .stages import Rule
from .validation import problem_messages

DATA_FILE = Path(__file__).parent / "demo_pathways.toml"
PATHWAY_KEYS = {
    "slug": ("plain", True),
    "title": ("plain", True),
    "audience": ("plain", True),
    "summary": ("plain", True),
    "award_title": ("plain", True),
    "award_description": ("plain", False),
    "stages": (list, True),
}
STAGE_KEYS = {
    "title": ("plain", True),
    "description": ("plain", True),
    "required": (list, False),
    "electives": (list, False),
    "choose": (int, False),
    "credits": (int, False),
    "level": (int, False),
    "locked": (bool, False),
}


def _stage(file: DataFile, data, where: tuple) -> dict:
    """A stage from the file, its rule spelled out as the stage block stores it."""
    stage = file.table(data, STAGE_KEYS, where, "a stage")
    if "choose" in stage and "credits" in stage:
        raise file.error(where, "a stage has 'choose' or 'credits', not both")
    if ("credits" in stage) != ("level" in stage):
        raise file.error(where, "'credits' and 'level' go together")
    rule = Rule.COUNT if "choose" in stage else Rule.CREDITS if "credits" in stage else Rule.NONE
    return {
        "title": stage["title"],
        "description": stage["description"],
        "required": file.strings(stage.get("required", []), (*where, "required"), "required"),
        "electives": file.strings(stage.get("electives", []), (*where, "electives"), "electives"),
        "rule": rule,
        "number": stage.get("choose", stage.get("credits")),
        "level": stage.get("level"),
        "locked": stage.get("locked", False),
    }


def pathways_read(path: Path = DATA_FILE) -> tuple[str, list[dict]]:
    """The pathways index's introduction and every pathway with its stages."""
    file = DataFile(path)
    unknown = sorted(set(file.data) - {"index", "pathways"})
    if unknown:
        raise file.error((unknown[0],), f"unknown key '{unknown[0]}' (expected index, pathways)")
    index = file.table(file.data.get("index"), {"intro": ("rich", True)}, ("index",), "the index")
    pathways = []
    for number, data in enumerate(file.data.get("pathways", [])):
        at = ("pathways", number)
        pathway = file.table(data, PATHWAY_KEYS, at, f"pathway {number + 1}")
        pathway["stages"] = [
            _stage(file, stage, (*at, "stages", n)) for n, stage in enumerate(pathway["stages"])
        ]
        pathways.append(pathway)
    return index["intro"], pathways


DEMO_TEACHER = "teacher@academy.example"
DEMO_TEACHER_PATHWAY = "early-career-to-middle-leadership"
DEMO_EARLY_YEARS = "earlyyears@academy.example"
DEMO_EARLY_YEARS_PATHWAY = "early-years-practitioner"


def _item(pk: int) -> dict:
    return {"type": "item", "value": pk, "id": str(uuid.uuid5(uuid.NAMESPACE_OID, f"item-{pk}"))}


def _stream(stages: list[dict], modules: dict[str, ModulePage]) -> list[dict]:
    """Stages as stored, without modules the catalogue does not have (yet)."""
    stream = []
    for n, spec in enumerate(stages):
        required = [modules[s] for s in spec["required"] if s in modules]
        electives = [modules[s] for s in spec["electives"] if s in modules]
        if not required and not electives:
            continue
        rule, number, level = spec["rule"], spec["number"], spec["level"]
        if rule == Rule.COUNT:
            number = min(number, len(electives))
        elif rule == Rule.CREDITS:
            possible = sum(
                m.academic_credits for m in required + electives if m.fheq_level == level
            )
            number = min(number, possible)
        if not number:
            rule, number, level = Rule.NONE, None, None
            required, electives = required + electives, []
        stream.append(
            {
                "type": "stage",
                "id": str(uuid.uuid5(uuid.NAMESPACE_OID, f"stage-{spec['title']}-{n}")),
                "value": {
                    "title": spec["title"],
                    "description": spec["description"],
                    "required_modules": [_item(m.pk) for m in required],
                    "electives": [_item(m.pk) for m in electives],
                    "rule": rule,
                    "rule_number": number,
                    "rule_level": str(level) if level else None,
                    "locked_until_previous": spec["locked"] and bool(stream),
                },
            }
        )
    return stream


def _index(home, officer, intro: str) -> PathwayIndexPage:
    index = PathwayIndexPage.objects.first()
    if index is None:
        index = PathwayIndexPage(title="Pathways", slug="pathways", intro=intro, owner=officer)
        home.add_child(instance=index)
    elif index.intro == intro and index.live:
        return index
    index.intro = intro
    index.save_revision(user=officer).publish()
    return index


def _unchanged(page: PathwayPage, fields: dict) -> bool:
    """True when the published page already says this, so a second run adds no revision."""
    if not page.live or page.has_unpublished_changes:
        return False
    stored = json.dumps(list(page.stages.raw_data), sort_keys=True)
    if stored != json.dumps(fields["stages"], sort_keys=True):
        return False
    return all(getattr(page, name) == value for name, value in fields.items() if name != "stages")


def seed(log) -> dict:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = site.root_page if site else None
    if home is None:
        log("pathways: no home page, skipped")
        return {}
    intro, pathways = pathways_read()
    officer = User.objects.filter(email="officer@academy.example").first()
    index = _index(home, officer, intro)
    pathway_editors_grant(index=index)
    slugs = {
        slug
        for pathway in pathways
        for stage in pathway["stages"]
        for slug in stage["required"] + stage["electives"]
    }
    modules = {m.slug: m for m in ModulePage.objects.filter(slug__in=slugs)}
    audiences = {a.slug: a for a in Audience.objects.all()}
    built = 0
    for pathway in pathways:
        slug, title = pathway["slug"], pathway["title"]
        stream = _stream(pathway["stages"], modules)
        if not stream:
            log(f"pathways: {title} skipped (none of its modules exist yet)")
            continue
        page = PathwayPage.objects.child_of(index).filter(slug=slug).first()
        fields = {
            "title": title,
            "audience": audiences.get(pathway["audience"]),
            "summary": pathway["summary"],
            "award_title": pathway["award_title"],
            "award_description": pathway.get("award_description", ""),
            "stages": stream,
        }
        if page is not None and _unchanged(page, fields):
            built += 1
            continue
        try:
            if page is None:
                page = PathwayPage(slug=slug, owner=officer, **fields)
                index.add_child(instance=page)
            else:
                for name, value in fields.items():
                    setattr(page, name, value)
            page.save_revision(user=officer).publish()
        except ValidationError as error:
            stages_error = getattr(error, "error_dict", {}).get("stages")
            messages = problem_messages(stages_error[0]) if stages_error else error.messages
            log(f"pathways: {title} skipped: {' '.join(messages)}")
            continue
        built += 1
    log(f"pathways: {built} pathways published at {index.url}")
    teacher = User.objects.filter(email=DEMO_TEACHER).first()
    pathway = PathwayPage.objects.child_of(index).filter(slug=DEMO_TEACHER_PATHWAY).first()
    if teacher and pathway:
        pathway_join(learner=teacher, pathway=pathway)
    practitioner = User.objects.filter(email=DEMO_EARLY_YEARS).first()
    pathway = PathwayPage.objects.child_of(index).filter(slug=DEMO_EARLY_YEARS_PATHWAY).first()
    if practitioner and pathway:
        pathway_join(learner=practitioner, pathway=pathway)
    return {}
