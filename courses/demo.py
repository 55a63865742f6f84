"""Demo content: the providers index, the county's providers with logos and leads, every module.

Idempotent: pages are matched by slug and only get a new revision when their content changed;
block ids are derived from the module, lesson and position, so quiz attempts keep pointing at
the same quiz after a re-seed.
"""

import json
import uuid
from io import BytesIO

from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Page

from accounts.demo import demo_user
from accounts.models import JobRole
from schools.models import School

from .demo_catalogue import MODULES, PROVIDERS
from .demo_content import CONTENT
from .frameworks import frameworks_load
from .models import (
    Audience,
    FrameworkElement,
    LessonPage,
    ModulePage,
    ProviderIndexPage,
    ProviderPage,
)
from .services import moderation_workflow_setup, provider_collection, provider_permissions_setup

BLOCK_NAMESPACE = uuid.UUID("8f6d6c1e-7c3a-4d59-9a55-3d1f1a0c2b7e")

# Dark enough for white initials (contrast above 4.5:1).
PROVIDER_COLOURS = {
    "nene-valley-alliance": "#1d5b3a",
    "billing-brook-alliance": "#4c2c92",
    "pen-green-alliance": "#2b6b1f",
    "abington-vale-alliance": "#1d4f91",
    "kingsthorpe-alliance": "#8c2318",
    "kettering-park-alliance": "#6f2c3f",
    "wellingborough-science-alliance": "#005a70",
    "daventry-meadows-alliance": "#5a4a00",
    "corby-lakes-alliance": "#00606b",
    "rushden-riverside-alliance": "#7a1f5c",
    "university-of-northampton": "#262d5c",
    "northamptonshire-enterprise-partnership": "#3d3d3d",
    "county-governor-services": "#0b0c0c",
}

# Member schools by URN, chosen by phase and town from schools/demo.py.
MEMBER_SCHOOLS = {
    "nene-valley-alliance": ["990031", "990032", "990033", "990034"],
    "billing-brook-alliance": ["990038", "990031", "990020"],
    "pen-green-alliance": ["990035", "990036", "990037", "990022"],
    "abington-vale-alliance": ["990011", "990012", "990024"],
    "kingsthorpe-alliance": ["990019", "990014", "990018"],
    "kettering-park-alliance": ["990029", "990039", "990015", "990016"],
    "wellingborough-science-alliance": ["990026", "990025", "990030"],
    "daventry-meadows-alliance": ["990040", "990027", "990028"],
    "corby-lakes-alliance": ["990023", "990017", "990013"],
    "rushden-riverside-alliance": ["990021", "990022", "990014"],
}

LEAD_NAMES = {
    "nene-valley-alliance": ("Nadia", "Nolan"),
    "billing-brook-alliance": ("Ben", "Brook"),
    "pen-green-alliance": ("Priya", "Green"),
    "abington-vale-alliance": ("Amir", "Vale"),
    "kingsthorpe-alliance": ("Kate", "Thorpe"),
    "kettering-park-alliance": ("Ken", "Parker"),
    "wellingborough-science-alliance": ("Wendy", "Wells"),
    "daventry-meadows-alliance": ("Dan", "Meadows"),
    "corby-lakes-alliance": ("Cara", "Lake"),
    "rushden-riverside-alliance": ("Ruth", "Rivers"),
    "university-of-northampton": ("Uma", "Norton"),
    "northamptonshire-enterprise-partnership": ("Eddie", "Enterprise"),
}

SMALL_WORDS = {"of", "the", "and", "teaching", "school", "schools", "alliance", "all-through"}


def initials(title: str) -> str:
    words = [w for w in title.replace("-", " ").split() if w.lower() not in SMALL_WORDS]
    return "".join(word[0] for word in words[:2]).upper()


def logo_png(text: str, colour: str) -> bytes:
    """A square logo: the provider's initials in white on its colour."""
    size = 240
    image = PillowImage.new("RGB", (size, size), colour)
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", 104)
    except OSError:
        font = ImageFont.load_default(size=104)
    draw.text((size / 2, size / 2), text, fill="white", font=font, anchor="mm")
    draw.rectangle([0, size - 18, size, size], fill="#ffbf47")
    out = BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _logo(slug: str, title: str):
    """The provider's generated logo, stored once in its own collection."""
    Image = get_image_model()
    collection = provider_collection(title=title)
    name = f"{title} logo"
    existing = Image.objects.filter(collection=collection, title=name).first()
    if existing:
        return existing
    png = logo_png(initials(title), PROVIDER_COLOURS.get(slug, "#005a70"))
    return Image.objects.create(
        title=name, collection=collection, file=ImageFile(BytesIO(png), name=f"{slug}-logo.png")
    )


def _stable_body(body: list[dict], key: str) -> list[dict]:
    """The lesson's blocks with ids that stay the same from one seed to the next."""
    return [
        {**block, "id": str(uuid.uuid5(BLOCK_NAMESPACE, f"{key}/{index}"))}
        for index, block in enumerate(body)
    ]


def _same(current, wanted) -> bool:
    if hasattr(current, "get_prep_value"):  # a StreamValue
        current = current.get_prep_value()
    if isinstance(wanted, list) and wanted and isinstance(wanted[0], dict):
        return json.dumps(current, sort_keys=True) == json.dumps(wanted, sort_keys=True)
    return current == wanted


def page_upsert(parent: Page, model, slug: str, fields: dict, m2m: dict | None = None):
    """Create the page under parent, or update it; publish a revision only when it changed."""
    m2m = m2m or {}
    page = model.objects.child_of(parent).filter(slug=slug).first()
    created = page is None
    if created:
        page = model(slug=slug, **fields)
    else:
        unchanged = all(
            _same(getattr(page, name), value) for name, value in fields.items()
        ) and all(
            {obj.pk for obj in getattr(page, name).all()} == {obj.pk for obj in objs}
            for name, objs in m2m.items()
        )
        if unchanged and page.live:
            return page
        for name, value in fields.items():
            setattr(page, name, value)
    for name, objs in m2m.items():
        getattr(page, name).set(objs)
    if created:
        parent.add_child(instance=page)
    page.save_revision(clean=True).publish()
    return page


def _providers_index() -> ProviderIndexPage:
    home = Page.objects.get(depth=2, slug="home")
    return page_upsert(
        home,
        ProviderIndexPage,
        "providers",
        {
            "title": "Providers",
            "intro": "<p>The organisations that write and teach the Academy's modules: the county's "
            "ten Teaching School alliances, the University of Northampton, a business partner and "
            "the council's own governor services.</p>",
        },
    )


def _provider_description(title: str, kind: str, lead_school, members: list) -> str:
    parts = []
    if lead_school:
        parts.append(
            f"<p>{title} is led by {lead_school.name} in {lead_school.town}. Its partner schools "
            "share their staff's expertise through the modules below, and host visits, coaching "
            "and placements.</p>"
        )
    if kind == ProviderPage.Kind.UNIVERSITY:
        parts.append(
            "<p>Its modules are credit-bearing at FHEQ level 7 and count towards a postgraduate "
            "certificate (60 credits), diploma (120 credits) or masters degree (180 credits).</p>"
        )
    elif kind == ProviderPage.Kind.BUSINESS_PARTNER:
        parts.append(
            "<p>Business leaders volunteer as mentors to headteachers and as school governors, "
            "bringing experience of finance, people and strategy to the county's schools.</p>"
        )
    elif kind == ProviderPage.Kind.LOCAL_AUTHORITY:
        parts.append(
            "<p>The council's governor services train governors, trustees and clerks for every "
            "kind of school in the county, from induction to chairing the board.</p>"
        )
    return "".join(parts)


def _providers(index: ProviderIndexPage, log) -> tuple[dict[str, ProviderPage], list]:
    providers, logins = {}, []
    for slug, title, kind, urn, phases, summary, lead_email in PROVIDERS:
        lead_school = School.objects.filter(urn=urn).first() if urn else None
        members = list(School.objects.filter(urn__in=MEMBER_SCHOOLS.get(slug, [])))
        provider = page_upsert(
            index,
            ProviderPage,
            slug,
            {
                "title": title,
                "kind": kind,
                "summary": summary,
                "phases": phases,
                "lead_school": lead_school,
                "logo": _logo(slug, title),
                "contact_email": lead_email or "governor.services@academy.example",
                "description": _provider_description(title, kind, lead_school, members),
            },
            {"member_schools": members},
        )
        group = provider_permissions_setup(provider=provider)
        if lead_email:
            first, last = LEAD_NAMES.get(slug, ("Lead", title.split()[0]))
            lead = demo_user(
                lead_email,
                first_name=first,
                last_name=last,
                job_role=JobRole.SENIOR_LEADER if lead_school else JobRole.OTHER,
                school=lead_school,
            )
            lead.groups.add(group)
            logins.append((lead_email, f"provider lead: edits {title} only, submits for approval"))
        providers[slug] = provider
    log(f"Providers: {len(providers)}")
    return providers, logins


def _lessons(module: ModulePage, slug: str, lessons: list[dict]) -> int:
    wanted = []
    for number, lesson in enumerate(lessons, start=1):
        lesson_slug = slugify(lesson["title"])[:80] or f"lesson-{number}"
        wanted.append(lesson_slug)
        page_upsert(
            module,
            LessonPage,
            lesson_slug,
            {
                "title": lesson["title"],
                "estimated_minutes": lesson["minutes"],
                "body": _stable_body(lesson["body"], f"{slug}/{lesson_slug}"),
            },
        )
    for stale in LessonPage.objects.child_of(module).live().exclude(slug__in=wanted):
        stale.unpublish()
    return len(wanted)


def _summary(text: str) -> str:
    if len(text) <= 300:
        return text
    return text[:297].rsplit(" ", 1)[0] + "…"


def _modules(providers: dict[str, ProviderPage], log) -> dict[str, ModulePage]:
    audiences = {audience.slug: audience for audience in Audience.objects.all()}
    elements = {
        (element.framework.slug, element.code): element
        for element in FrameworkElement.objects.select_related("framework")
    }
    modules, skipped, lesson_count = {}, [], 0
    for slug, title, provider_slug, kind, hours, credits, level, validity, _ in MODULES:
        content = CONTENT.get(slug)
        if content is None:
            skipped.append(slug)
            continue
        module = page_upsert(
            providers[provider_slug],
            ModulePage,
            slug,
            {
                "title": title,
                "kind": kind,
                "summary": _summary(content["summary"]),
                "description": content.get("description", ""),
                "learning_outcomes": "\n".join(content.get("outcomes", [])),
                "cpd_hours": hours,
                "academic_credits": credits,
                "fheq_level": level,
                "validity_months": validity,
                "delivery_mode": content.get("delivery_mode", ModulePage.DeliveryMode.ONLINE),
            },
            {
                "audiences": [audiences[a] for a in content.get("audiences", []) if a in audiences],
                "framework_elements": [
                    elements[tuple(code)]
                    for code in content.get("framework_codes", [])
                    if tuple(code) in elements
                ],
            },
        )
        lesson_count += _lessons(module, slug, content.get("lessons", []))
        modules[slug] = module
    for slug, *_, prerequisite_slugs in MODULES:
        if slug in modules and prerequisite_slugs:
            module = modules[slug]
            page_upsert(
                module.get_parent(),
                ModulePage,
                slug,
                {},
                {"prerequisites": [modules[p] for p in prerequisite_slugs if p in modules]},
            )
    log(f"Modules: {len(modules)} with {lesson_count} lessons")
    if skipped:
        log(f"Modules skipped until their lesson content is written: {', '.join(skipped)}")
    return modules


def seed(log) -> dict:
    frameworks_load()
    index = _providers_index()
    providers, logins = _providers(index, log)
    _modules(providers, log)
    moderation_workflow_setup()
    return {"logins": logins}
