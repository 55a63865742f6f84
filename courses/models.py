from dataclasses import dataclass
from functools import cached_property

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.db.models.functions import Substr
from django.urls import reverse
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, WorkflowState
from wagtail.search import index

from .blocks import LessonStreamBlock
from .credits import NOTIONAL_HOURS_PER_CREDIT
from .restrictions import CachedViewRestrictionsMixin
from .validation import lesson_body_problems


class Framework(ClusterableModel):
    """A published framework modules are tagged with and audits rate against (data, not code)."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    publisher = models.CharField(max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    description = models.TextField(blank=True)
    status_note = models.CharField(
        max_length=300, blank=True, help_text="For example: withdrawn by the DfE in 2024."
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("publisher"),
        FieldPanel("year"),
        FieldPanel("description"),
        FieldPanel("status_note"),
        InlinePanel("elements", heading="Areas, standards and competencies", label="Element"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class FrameworkElement(models.Model):
    """An area, standard, feature or competency of a framework; elements may nest one level."""

    framework = ParentalKey(Framework, on_delete=models.CASCADE, related_name="elements")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    code = models.CharField(max_length=20)
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    sort_order_field = "sort_order"
    panels = [
        FieldPanel("code"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("parent", help_text="The feature or area this element belongs to, if any."),
    ]

    class Meta:
        ordering = ["framework", "sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="unique_element_code")
        ]

    def __str__(self) -> str:
        return f"{self.framework.name}: {self.code} {self.title}"


class Audience(models.Model):
    """A job role a module is written for (the same roles as accounts.JobRole)."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=100)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ProviderIndexPage(CachedViewRestrictionsMixin, Page):
    """Lists every organisation that publishes training."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["academy_site.HomePage"]
    subpage_types = ["courses.ProviderPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        providers = list(providers_listed().child_of(self)) if self.pk else []
        counts = module_counts_by_provider(providers)
        for provider in providers:
            provider.module_count = counts.get(provider.path, 0)
        context["providers"] = providers
        context["breadcrumbs"] = [("Home", "/")]
        return context


class ProviderPage(CachedViewRestrictionsMixin, Page):
    """A Teaching School alliance, the university, the council or a business partner."""

    class Kind(models.TextChoices):
        ALLIANCE = "alliance", "Teaching School alliance"
        UNIVERSITY = "university", "University"
        LOCAL_AUTHORITY = "local_authority", "Local authority"
        BUSINESS_PARTNER = "business_partner", "Business partner"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ALLIANCE)
    lead_school = models.ForeignKey(
        "schools.School", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    phases = models.CharField(
        max_length=200, blank=True, help_text="The phases it serves, e.g. 'Primary, special'."
    )
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=30, blank=True)
    website = models.URLField(blank=True)
    summary = models.CharField(max_length=300, blank=True)
    description = RichTextField(blank=True)
    member_schools = ParentalManyToManyField("schools.School", blank=True, related_name="providers")

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("lead_school"),
                FieldPanel("phases"),
                FieldPanel("member_schools", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Schools",
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("website")],
            heading="Contact",
        ),
    ]
    parent_page_types = ["courses.ProviderIndexPage"]
    subpage_types = ["courses.ModulePage"]

    @property
    def kind_word(self) -> str:
        """What the site calls this provider in running text."""
        return "alliance" if self.kind == self.Kind.ALLIANCE else "provider"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = (
            ModulePage.objects.child_of(self).live().public().order_by("title")
            if self.pk
            else ModulePage.objects.none()
        )
        context["member_schools"] = sorted(self.member_schools.all(), key=lambda s: s.name)
        index = self.get_parent()
        context["breadcrumbs"] = [("Home", "/"), (index.title, index.get_url(request))]
        return context


def providers_listed():
    """Live providers in title order, their logos' renditions fetched with them."""
    return (
        ProviderPage.objects.live()
        .public()
        .order_by("title")
        .prefetch_related(
            Prefetch(
                "logo",
                queryset=get_image_model().objects.prefetch_renditions(PROVIDER_LOGO_SPEC),
            )
        )
    )


PROVIDER_LOGO_SPEC = "fill-120x120"


def duration_words(minutes: int) -> str:
    """'2 hours 15 minutes', as people say it."""
    hours, minutes = divmod(minutes, 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    if minutes or not hours:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    return " ".join(parts)


def module_counts_by_provider(providers) -> dict[str, int]:
    """Live modules per provider path, in one query."""
    if not providers:
        return {}
    length = providers[0].depth * Page.steplen
    rows = (
        ModulePage.objects.live()
        .filter(depth=providers[0].depth + 1)
        .annotate(provider_path=Substr("path", 1, length))
        .order_by()
        .values("provider_path")
        .annotate(n=models.Count("pk"))
    )
    return {row["provider_path"]: row["n"] for row in rows}


class ModulePageForm(WagtailAdminPageForm):
    """Prerequisites offer published modules and the provider's own drafts, never others' drafts."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("prerequisites")
        if field is None:
            return
        visible = ModulePage.objects.live()
        if self.parent_page is not None:
            visible = visible | ModulePage.objects.child_of(self.parent_page)
        if self.instance.pk:
            visible = visible.exclude(pk=self.instance.pk)
        field.queryset = visible.order_by("title")

    def clean(self):
        """A module whose lesson drafts could not be published is not sent for approval."""
        cleaned_data = super().clean()
        if "action-submit" in self.data and self.instance.pk:
            reasons = lessons_unpublishable(drafts=self.instance.lesson_drafts())
            if reasons:
                self.add_error(None, f"Fix these lessons before you submit the module. {reasons}")
        return cleaned_data


def lessons_unpublishable(*, drafts: list["LessonDraft"]) -> str:
    """Why approving the module cannot publish these lesson drafts, or "" when it can."""
    return " ".join(
        f"‘{draft.title}’: {' '.join(draft.problems)}"
        for draft in drafts
        if not draft.in_own_approval and draft.problems
    )


def framework_areas_group(elements) -> list[tuple[Framework, list[FrameworkElement]]]:
    """Framework elements grouped by framework, in each framework's order."""
    grouped: dict[int, tuple[Framework, list[FrameworkElement]]] = {}
    for element in sorted(elements, key=lambda e: (e.framework.name, e.sort_order, e.code)):
        grouped.setdefault(element.framework_id, (element.framework, []))[1].append(element)
    return list(grouped.values())


class ModulePage(CachedViewRestrictionsMixin, Page):
    """A unit of training a learner enrols on and completes; its lessons are child pages."""

    class Kind(models.TextChoices):
        ITT = "itt", "Initial teacher training"
        EARLY_CAREER = "early_career", "Early career"
        CPD = "cpd", "Continuing professional development"
        LEADERSHIP = "leadership", "Leadership"
        MASTERS = "masters", "Masters level"
        GOVERNANCE = "governance", "Governance"
        EARLY_YEARS = "early_years", "Early years"
        SUPPORT_STAFF = "support_staff", "Support staff"

    class DeliveryMode(models.TextChoices):
        ONLINE = "online", "Online, self-paced"
        FACE_TO_FACE = "face_to_face", "Face to face"
        BLENDED = "blended", "Blended"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    audiences = ParentalManyToManyField(Audience, blank=True, related_name="modules")
    summary = models.CharField(max_length=300)
    description = RichTextField(blank=True)
    learning_outcomes = models.TextField(blank=True, help_text="One outcome per line.")
    cpd_hours = models.DecimalField(
        "CPD hours",
        max_digits=5,
        decimal_places=1,
        default=0,
        validators=[MinValueValidator(0)],
        help_text="The CPD hours the module awards. For a module with academic credits, leave "
        "it at 0 unless you award CPD hours as well: its notional study hours are shown "
        "separately and never counted as CPD hours.",
    )
    academic_credits = models.PositiveSmallIntegerField(
        default=0, help_text="Credits at the FHEQ level below (1 credit = 10 notional hours)."
    )
    fheq_level = models.PositiveSmallIntegerField(
        "FHEQ level",
        null=True,
        blank=True,
        validators=[MinValueValidator(4), MaxValueValidator(8)],
        help_text="Required when the module carries academic credits (masters modules: 7).",
    )
    framework_elements = ParentalManyToManyField(
        FrameworkElement, blank=True, related_name="modules", verbose_name="framework areas covered"
    )
    pass_mark = models.PositiveSmallIntegerField(
        default=80,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text="Percentage a learner needs in each quiz.",
    )
    validity_months = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Leave empty when the training does not expire."
    )
    prerequisites = ParentalManyToManyField(
        "self", blank=True, symmetrical=False, related_name="required_by"
    )
    delivery_mode = models.CharField(
        max_length=20, choices=DeliveryMode.choices, default=DeliveryMode.ONLINE
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("learning_outcomes"),
        index.FilterField("kind"),
        index.FilterField("delivery_mode"),
        index.FilterField("academic_credits"),
    ]
    content_panels = Page.content_panels + [
        HelpPanel(
            content=(
                "<p>You only need to submit the module. When a council officer approves it, "
                "the saved drafts of its new and changed lessons are published with it.</p>"
                "<p>Save each lesson as a draft, then submit this module.</p>"
            ),
            heading="Publishing the lessons",
        ),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("learning_outcomes"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("delivery_mode"),
            ],
            heading="Who it is for",
        ),
        MultiFieldPanel(
            [
                FieldPanel("cpd_hours"),
                FieldPanel("academic_credits"),
                FieldPanel("fheq_level"),
                FieldPanel("pass_mark"),
                FieldPanel("validity_months"),
            ],
            heading="Hours, credits and completion",
        ),
        FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
        FieldPanel("framework_elements", widget=forms.CheckboxSelectMultiple),
    ]
    base_form_class = ModulePageForm
    parent_page_types = ["courses.ProviderPage"]
    subpage_types = ["courses.LessonPage"]

    @property
    def outcomes(self) -> list[str]:
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]

    @property
    def is_credit_bearing(self) -> bool:
        return self.academic_credits > 0

    @property
    def notional_hours(self) -> int:
        """Study time the credits stand for (1 credit = 10 hours): not CPD hours."""
        return self.academic_credits * NOTIONAL_HOURS_PER_CREDIT

    @property
    def is_level_7(self) -> bool:
        return self.fheq_level == 7

    def lessons(self):
        return LessonPage.objects.child_of(self).live().order_by("path")

    def lesson_drafts(self) -> list["LessonDraft"]:
        """Lessons whose saved drafts are not live: new lessons never published and live lessons
        with unpublished changes. A lesson once published and since taken offline is not one."""
        lessons = list(
            LessonPage.objects.child_of(self)
            .filter(has_unpublished_changes=True, latest_revision__isnull=False)
            .filter(Q(live=True) | Q(first_published_at__isnull=True))
            .select_related("latest_revision__user")
            .order_by("path")
        )
        if not lessons:
            return []
        in_own_approval = set(
            WorkflowState.objects.active()
            .filter(
                base_content_type=lessons[0].get_base_content_type(),
                object_id__in=[str(lesson.pk) for lesson in lessons],
            )
            .values_list("object_id", flat=True)
        )
        return [
            LessonDraft(
                lesson=lesson,
                revision=lesson.latest_revision,
                in_own_approval=str(lesson.pk) in in_own_approval,
            )
            for lesson in lessons
        ]

    def framework_areas(self) -> list[tuple[Framework, list[FrameworkElement]]]:
        """The tagged framework elements, grouped by framework, in the framework's order."""
        return framework_areas_group(self.framework_elements.all().select_related("framework"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        preview = getattr(request, "is_preview", False)
        if self.pk and not preview:
            from .outline import module_outline

            outline = module_outline(self)
            provider, lessons = outline.provider, outline.lessons
            context.update(
                prerequisites=outline.prerequisites,
                audience_names=outline.audience_names,
                framework_areas=outline.framework_areas,
            )
        else:
            provider = self.get_parent().specific if self.pk else None
            lessons = list(self.lessons()) if self.pk else []
            context.update(
                prerequisites=sorted(
                    (module for module in self.prerequisites.all() if module.live),
                    key=lambda m: m.title,
                ),
                audience_names=[audience.name for audience in self.audiences.all()],
                framework_areas=self.framework_areas(),
            )
        if preview and self.pk:
            drafts = self.lesson_drafts()
            context["lesson_drafts_published_on_approval"] = [
                draft for draft in drafts if not draft.in_own_approval
            ]
            context["lesson_drafts_in_own_approval"] = [
                draft for draft in drafts if draft.in_own_approval
            ]
            context["lesson_drafts_cannot_be_published"] = any(
                draft.problems for draft in context["lesson_drafts_published_on_approval"]
            )
        context.update(
            provider=provider,
            lessons=lessons,
            total_time=duration_words(sum(lesson.estimated_minutes for lesson in lessons)),
        )
        context["breadcrumbs"] = [("Home", "/"), ("Catalogue", reverse("courses:catalogue"))] + (
            [(provider.title, provider.get_url(request))] if provider else []
        )
        return context


class LessonPage(CachedViewRestrictionsMixin, Page):
    """One lesson of a module, written as a stream of blocks."""

    estimated_minutes = models.PositiveSmallIntegerField(default=20)
    body = StreamField(LessonStreamBlock(), use_json_field=True)

    search_fields = Page.search_fields + [index.SearchField("body")]
    content_panels = Page.content_panels + [
        HelpPanel(
            content=(
                "<p>Save this lesson as a draft, then submit its module. The lesson is "
                "published when the module is approved: you do not need to submit it on "
                "its own.</p>"
            ),
            heading="Publishing this lesson",
        ),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    def get_context(self, request, *args, **kwargs):
        """The lesson in its module: the module's outline comes from the shared cache."""
        from .outline import module_outline

        context = super().get_context(request, *args, **kwargs)
        parent = self.get_parent() if self.pk else None
        outline = module_outline(parent) if parent and parent.specific_class is ModulePage else None
        module = outline.module if outline else None
        lessons = outline.lessons if outline else []
        ancestors = [outline.provider, module] if outline and outline.provider else [module]
        ancestors = [page for page in ancestors if page is not None]
        index = next((i for i, lesson in enumerate(lessons) if lesson.pk == self.pk), None)
        context.update(
            ancestors=ancestors[:-1],
            module=module,
            lessons=lessons,
            lesson_number=None if index is None else index + 1,
            previous_lesson=lessons[index - 1] if index else None,
            next_lesson=lessons[index + 1]
            if index is not None and index + 1 < len(lessons)
            else None,
        )
        context["breadcrumbs"] = [
            ("Home", "/"),
            ("Catalogue", reverse("courses:catalogue")),
            *((page.title, page.get_url(request)) for page in ancestors),
        ]
        return context

    def quizzes(self):
        """The quiz blocks of this lesson, each with its stable block id."""
        return [block for block in self.body if block.block_type == "quiz"]

    def reflection_prompts(self):
        return [block for block in self.body if block.block_type == "reflection"]


@dataclass
class LessonDraft:
    """A lesson's saved draft that approving its module would publish, unless the lesson is
    in an approval of its own."""

    lesson: LessonPage
    revision: Revision
    in_own_approval: bool

    @property
    def is_new(self) -> bool:
        return not self.lesson.live

    @property
    def title(self) -> str:
        return self.revision.object_str or self.lesson.title

    @cached_property
    def problems(self) -> list[str]:
        """Why this draft cannot be published: saving a draft skips the checks publishing needs."""
        return lesson_body_problems(body=self.revision.as_object().body)
