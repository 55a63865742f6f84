"""Demo content: the providers index, the county's providers with logos and leads, every module.

The content is data (`courses/demo_content/`, read by `courses.demo_loader`). Idempotent: pages
are matched by slug and only get a new revision when their content changed; block ids are derived
from the module, lesson and position, so quiz attempts keep pointing at the same quiz after a
re-seed.
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

from .demo_loader import CONTENT_DIR, DemoModule, DemoProvider, catalogue_read
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


def _logo(provider: DemoProvider):
    """The provider's generated logo, stored once in its own collection."""
    Image = get_image_model()
    collection = provider_collection(title=provider.title)
    name = f"{provider.title} logo"
    existing = Image.objects.filter(collection=collection, title=name).first()
    if existing:
        return existing
    png = logo_png(initials(provider.title), provider.colour)
    return Image.objects.create(
        title=name,
        collection=collection,
        file=ImageFile(BytesIO(png), name=f"{provider.slug}-logo.png"),
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


def _providers_index(title: str, intro: str) -> ProviderIndexPage:
    home = Page.objects.get(depth=2, slug="home")
    return page_upsert(home, ProviderIndexPage, "providers", {"title": title, "intro": intro})


def _providers(
    index: ProviderIndexPage, providers: list[DemoProvider], log
) -> tuple[dict[str, ProviderPage], list]:
    pages, logins = {}, []
    for provider in providers:
        lead_school = (
            School.objects.filter(urn=provider.lead_school).first()
            if provider.lead_school
            else None
        )
        page = page_upsert(
            index,
            ProviderPage,
            provider.slug,
            {
                "title": provider.title,
                "kind": provider.kind,
                "summary": provider.summary,
                "phases": provider.phases,
                "lead_school": lead_school,
                "logo": _logo(provider),
                "contact_email": provider.contact_email,
                "description": provider.description,
            },
            {"member_schools": list(School.objects.filter(urn__in=provider.member_schools))},
        )
        group = provider_permissions_setup(provider=page)
        if provider.lead:
            lead = demo_user(
                provider.lead.email,
                first_name=provider.lead.first_name,
                last_name=provider.lead.last_name,
                job_role=JobRole.SENIOR_LEADER if lead_school else JobRole.OTHER,
                school=lead_school,
            )
            lead.groups.add(group)
            logins.append(
                (
                    provider.lead.email,
                    f"provider lead: edits {provider.title} only, submits for approval",
                )
            )
        pages[provider.slug] = page
    log(f"Providers: {len(pages)}")
    return pages, logins


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


def _modules(
    providers: dict[str, ProviderPage], catalogue: list[DemoModule], log
) -> dict[str, ModulePage]:
    audiences = {audience.slug: audience for audience in Audience.objects.all()}
    elements = {
        (element.framework.slug, element.code): element
        for element in FrameworkElement.objects.select_related("framework")
    }
    modules, lesson_count = {}, 0
    for content in catalogue:
        module = page_upsert(
            providers[content.provider],
            ModulePage,
            content.slug,
            {
                "title": content.title,
                "kind": content.kind,
                "summary": _summary(content.summary),
                "description": content.description,
                "learning_outcomes": "\n".join(content.outcomes),
                "cpd_hours": content.cpd_hours,
                "academic_credits": content.academic_credits,
                "fheq_level": content.fheq_level,
                "validity_months": content.validity_months,
                "delivery_mode": content.delivery_mode,
            },
            {
                "audiences": [audiences[a] for a in content.audiences if a in audiences],
                "framework_elements": [
                    elements[code] for code in content.framework_codes if code in elements
                ],
            },
        )
        lesson_count += _lessons(module, content.slug, content.lessons)
        modules[content.slug] = module
    for content in catalogue:
        if content.prerequisites:
            module = modules[content.slug]
            page_upsert(
                module.get_parent(),
                ModulePage,
                content.slug,
                {},
                {"prerequisites": [modules[p] for p in content.prerequisites if p in modules]},
            )
    log(f"Modules: {len(modules)} with {lesson_count} lessons")
    return modules


def seed(log) -> dict:
    catalogue = catalogue_read(CONTENT_DIR)
    frameworks_load()
    index = _providers_index(catalogue.index_title, catalogue.index_intro)
    providers, logins = _providers(index, catalogue.providers, log)
    _modules(providers, catalogue.modules, log)
    moderation_workflow_setup()
    return {"logins": logins}
