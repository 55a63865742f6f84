"""The county's demo pathways, built from the demo catalogue's module slugs (missing ones skipped)."""

import json
import uuid

from django.core.exceptions import ValidationError
from wagtail.models import Site

from accounts.models import User
from courses.models import Audience, ModulePage

from .models import PathwayIndexPage, PathwayPage
from .services import pathway_editors_grant, pathway_join
from .stages import Rule
from .validation import problem_messages

INTRO = (
    "<p>Routes the county recommends from one role to the next: from initial teacher training "
    "to headship and masters level, and for support staff, early years practitioners and "
    "governors. Join a pathway to see where you stand and what to take next; modules you "
    "have already completed count straight away.</p>"
)


def _stage(
    title,
    description,
    *,
    required=(),
    electives=(),
    rule=Rule.NONE,
    number=None,
    level=None,
    locked=False,
):
    return {
        "title": title,
        "description": description,
        "required": list(required),
        "electives": list(electives),
        "rule": rule,
        "number": number,
        "level": level,
        "locked": locked,
    }


# slug, title, audience slug, summary, award title, award description, stages
PATHWAYS = [
    (
        "trainee-to-early-career-teacher",
        "Trainee to early-career teacher",
        "trainee",
        "From your training year into your first two years of teaching, following the ITT and "
        "early career framework.",
        "Certificate in Early Career Teaching",
        "Initial teacher training and the early career framework",
        [
            _stage(
                "Initial teacher training",
                "Teaching every learner well, and the subject knowledge for your phase.",
                required=["itt-adaptive-teaching"],
                electives=[
                    "itt-primary-maths-subject-knowledge",
                    "itt-early-reading-phonics",
                    "itt-secondary-science-subject-knowledge",
                ],
                rule=Rule.COUNT,
                number=1,
            ),
            _stage(
                "Early career",
                "Your first two years in the classroom, with an instructional coach.",
                required=[
                    "ect-behaviour-restorative-approaches",
                    "ect-assessment-and-feedback",
                    "ect-instructional-coaching",
                ],
                locked=True,
            ),
        ],
    ),
    (
        "early-career-to-middle-leadership",
        "Early career to middle leadership",
        "early_career",
        "Build on your early career with professional development of your choice, then lead a "
        "team, a subject or a phase.",
        "Certificate in Middle Leadership",
        "Early career, two CPD modules and middle leadership",
        [
            _stage(
                "Early career",
                "Secure behaviour and assessment in your own classroom first.",
                required=["ect-behaviour-restorative-approaches", "ect-assessment-and-feedback"],
            ),
            _stage(
                "Continuing professional development",
                "Choose what fits your school and your interests.",
                electives=[
                    "cpd-coaching-and-mentoring",
                    "cpd-inclusive-practice-vulnerable-children",
                    "cpd-autism-in-mainstream",
                    "cpd-stem-teaching",
                    "cpd-technology-for-learning",
                    "cpd-mindfulness-staff-wellbeing",
                ],
                rule=Rule.COUNT,
                number=2,
            ),
            _stage(
                "Middle leadership",
                "Lead colleagues: a team, a subject or a phase.",
                required=["lead-middle-leadership"],
                electives=["lead-curriculum-leadership", "lead-leading-complex-organisations"],
                rule=Rule.COUNT,
                number=1,
                locked=True,
            ),
        ],
    ),
    (
        "senior-leadership-and-masters",
        "Senior leadership and masters",
        "senior_leader",
        "Lead whole-school improvement, then study at masters level with the University of "
        "Northampton: Postgraduate Certificate, Diploma and MA.",
        "Master of Arts in Education Leadership",
        "180 credits at level 7",
        [
            _stage(
                "Senior leadership",
                "Leading whole-school improvement.",
                required=["lead-senior-leadership"],
                electives=["lead-curriculum-leadership", "lead-leading-complex-organisations"],
                rule=Rule.COUNT,
                number=1,
            ),
            _stage(
                "Postgraduate Certificate",
                "60 credits at level 7, starting with research methods.",
                required=["ma-research-methods"],
                electives=["ma-leading-learning-and-teaching", "ma-educational-leadership"],
                rule=Rule.CREDITS,
                number=60,
                level=7,
            ),
            _stage(
                "Postgraduate Diploma",
                "A further 60 credits at level 7, taking you to 120.",
                electives=["ma-inclusive-education", "ma-coaching-and-mentoring-in-education"],
                rule=Rule.CREDITS,
                number=60,
                level=7,
                locked=True,
            ),
            _stage(
                "Master's dissertation",
                "A 60-credit practitioner research project in your own school: 180 credits in all.",
                required=["ma-dissertation"],
                locked=True,
            ),
        ],
    ),
    (
        "headship",
        "Headship",
        "senior_leader",
        "From senior leadership to your first headship: strategy, finance, accountability and "
        "leading beyond the school.",
        "Certificate in Headship Preparation",
        "",
        [
            _stage(
                "Senior leadership",
                "Lead whole-school improvement and keep children safe.",
                required=["lead-senior-leadership", "cpd-safeguarding-annual-update"],
            ),
            _stage(
                "Preparing for headship",
                "What a headteacher answers for, and to whom.",
                required=["lead-preparing-for-headship"],
                electives=[
                    "lead-leading-complex-organisations",
                    "gov-financial-oversight",
                    "gov-school-data-and-inspection",
                ],
                rule=Rule.COUNT,
                number=2,
                locked=True,
            ),
        ],
    ),
    (
        "teaching-assistant-to-hlta",
        "Support staff: teaching assistant to higher-level teaching assistant",
        "teaching_assistant",
        "From effective in-class support to higher-level teaching assistant status.",
        "Certificate in Higher-Level Teaching Assistance",
        "",
        [
            _stage(
                "Effective teaching assistant",
                "In-class support that makes a difference, and safeguarding.",
                required=["ss-effective-teaching-assistants", "cpd-safeguarding-annual-update"],
            ),
            _stage(
                "Specialist support",
                "Choose a specialism.",
                electives=[
                    "ss-supporting-pupils-with-send",
                    "cpd-autism-in-mainstream",
                    "cpd-inclusive-practice-vulnerable-children",
                ],
                rule=Rule.COUNT,
                number=1,
            ),
            _stage(
                "Higher-level teaching assistant",
                "Prepare for HLTA status.",
                required=["ss-higher-level-teaching-assistant"],
                locked=True,
            ),
        ],
    ),
    (
        "early-years-practitioner",
        "Early years practitioner",
        "early_years",
        "Effective EYFS practice, then leading practice across settings through mentoring.",
        "Certificate in Early Years Practice",
        "",
        [
            _stage(
                "Foundations of EYFS practice",
                "How young children learn, and their communication and language.",
                required=[
                    "ey-characteristics-of-effective-learning",
                    "ey-communication-and-language",
                ],
            ),
            _stage(
                "Leading practice",
                "Mentor colleagues across settings.",
                required=["ey-mentoring-partnerships"],
                electives=[
                    "cpd-mindfulness-staff-wellbeing",
                    "cpd-inclusive-practice-vulnerable-children",
                ],
                rule=Rule.COUNT,
                number=1,
                locked=True,
            ),
        ],
    ),
    (
        "governors-induction-to-chair",
        "Governors: induction to chair",
        "governor",
        "From your first board meeting to chairing the board, through the core of governance.",
        "Certificate in Chairing a Governing Board",
        "",
        [
            _stage(
                "Induction",
                "Your role, your board, and safeguarding.",
                required=["gov-induction", "gov-safeguarding"],
            ),
            _stage(
                "Core governance",
                "The three core functions: vision, holding leaders to account, and finance.",
                electives=[
                    "gov-vision-ethos-strategy",
                    "gov-holding-leaders-to-account",
                    "gov-financial-oversight",
                    "gov-school-data-and-inspection",
                ],
                rule=Rule.COUNT,
                number=3,
            ),
            _stage(
                "Chairing the board",
                "Leading the board and working with the headteacher and clerk.",
                required=["gov-chairing-the-board"],
                locked=True,
            ),
        ],
    ),
]

DEMO_TEACHER = "teacher@academy.example"
DEMO_TEACHER_PATHWAY = "early-career-to-middle-leadership"


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


def _index(home, officer) -> PathwayIndexPage:
    index = PathwayIndexPage.objects.first()
    if index is None:
        index = PathwayIndexPage(title="Pathways", slug="pathways", intro=INTRO, owner=officer)
        home.add_child(instance=index)
    elif index.intro == INTRO and index.live:
        return index
    index.intro = INTRO
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
    officer = User.objects.filter(email="officer@academy.example").first()
    index = _index(home, officer)
    pathway_editors_grant(index=index)
    slugs = {
        slug for p in PATHWAYS for stage in p[6] for slug in stage["required"] + stage["electives"]
    }
    modules = {m.slug: m for m in ModulePage.objects.filter(slug__in=slugs)}
    audiences = {a.slug: a for a in Audience.objects.all()}
    built = 0
    for slug, title, audience, summary, award_title, award_description, stages in PATHWAYS:
        stream = _stream(stages, modules)
        if not stream:
            log(f"pathways: {title} skipped (none of its modules exist yet)")
            continue
        page = PathwayPage.objects.child_of(index).filter(slug=slug).first()
        fields = {
            "title": title,
            "audience": audiences.get(audience),
            "summary": summary,
            "award_title": award_title,
            "award_description": award_description,
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
    return {}
