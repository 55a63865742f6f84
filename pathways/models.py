from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.restrictions import CachedViewRestrictionsMixin

from .blocks import StagesBlock
from .selectors import pathway_cards, pathway_progress
from .stages import StageSpec, stage_specs_parse
from .validation import pathway_validate


class PathwayIndexPage(CachedViewRestrictionsMixin, Page):
    """The public list of the county's pathways."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["academy_site.HomePage"]
    subpage_types = ["pathways.PathwayPage"]
    max_count = 1

    def pathways(self):
        return (
            PathwayPage.objects.child_of(self).live().public().select_related("audience")
        ).order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["cards"] = pathway_cards(learner=request.user, pathways=list(self.pathways()))
        return context


class PathwayPage(CachedViewRestrictionsMixin, Page):
    """A county route through modules, stage by stage, ending in an award."""

    audience = models.ForeignKey(
        "courses.Audience",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pathways",
        help_text="Who this pathway is for.",
    )
    summary = models.CharField(max_length=300, help_text="One or two sentences for the list.")
    description = RichTextField(blank=True)
    stages = StreamField(
        StagesBlock(),
        help_text="The steps in order. Each module may appear in one stage only.",
    )
    award_title = models.CharField(
        max_length=200,
        blank=True,
        help_text="The certificate learners earn, e.g. Postgraduate Certificate in Education "
        "Leadership. Leave empty to use the pathway's title.",
    )
    award_description = models.CharField(
        max_length=300, blank=True, help_text="For example: 60 credits at level 7."
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("audience"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("stages"),
        MultiFieldPanel(
            [FieldPanel("award_title"), FieldPanel("award_description")],
            heading="Award on completion",
        ),
    ]
    parent_page_types = ["pathways.PathwayIndexPage"]
    subpage_types = []

    @property
    def award_name(self) -> str:
        return self.award_title or self.title

    def stage_specs(self) -> list[StageSpec]:
        return stage_specs_parse(self.stages.raw_data)

    def module_ids(self) -> set[int]:
        return {pk for spec in self.stage_specs() for pk in spec.module_ids}

    def clean(self):
        super().clean()
        error = pathway_validate(self.stage_specs())
        if error is not None:
            raise ValidationError({"stages": error})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        learner = request.user if request.user.is_authenticated else None
        context["progress"] = pathway_progress(learner=learner, pathway=self)
        context["pathway_enrolment"] = (
            PathwayEnrolment.objects.filter(learner=learner, pathway=self).first()
            if learner
            else None
        )
        context["breadcrumbs"] = [("Home", "/"), ("Pathways", reverse("pathways:index"))]
        return context


class PathwayEnrolment(models.Model):
    """A learner following a pathway. Leaving keeps the row; joining again resumes it."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="pathway_enrolments"
    )
    pathway = models.ForeignKey(PathwayPage, on_delete=models.PROTECT, related_name="enrolments")
    joined_at = models.DateTimeField()
    left_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(
        null=True, blank=True, help_text="When the pathway was completed and its award requested."
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "pathway"], name="one_enrolment_per_pathway")
        ]

    def __str__(self) -> str:
        return f"{self.learner} on pathway {self.pathway_id}"

    @property
    def is_active(self) -> bool:
        return self.left_at is None

    @property
    def award_source_key(self) -> str:
        return f"pathway-award:{self.pk}"
