"""Page-tree rules, page rendering, and lesson blocks as a learner's browser receives them."""

import pytest
from wagtail.models import Collection, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from academy_site.models import HomePage
from courses.models import LessonPage, ModulePage, ProviderIndexPage, ProviderPage
from tests.courses.conftest import document_in, image_in
from tests.factories import LessonPageFactory, ModulePageFactory, ProviderPageFactory, totp_enable


class TestPageTree(WagtailPageTestCase):
    """The tree can only be built one way: home > providers > provider > module > lesson."""

    def test_allowed_children(self):
        self.assertAllowedSubpageTypes(ProviderIndexPage, {ProviderPage})
        self.assertAllowedSubpageTypes(ProviderPage, {ModulePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_allowed_parents(self):
        self.assertAllowedParentPageTypes(ProviderIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(ProviderPage, {ProviderIndexPage})
        self.assertAllowedParentPageTypes(ModulePage, {ProviderPage})
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})

    def test_cannot_create_out_of_place(self):
        self.assertCanCreateAt(HomePage, ProviderIndexPage)
        self.assertCanNotCreateAt(HomePage, ModulePage)
        self.assertCanNotCreateAt(HomePage, LessonPage)
        self.assertCanNotCreateAt(ProviderIndexPage, ModulePage)
        self.assertCanNotCreateAt(ProviderPage, LessonPage)
        self.assertCanNotCreateAt(ModulePage, ModulePage)
        self.assertCanNotCreateAt(LessonPage, LessonPage)
        self.assertCanNotCreateAt(Page, ProviderPage)

    def test_only_one_providers_index(self):
        home = Page.objects.get(depth=2, slug="home")
        home.add_child(instance=ProviderIndexPage(title="Providers", slug="providers"))
        assert not ProviderIndexPage.can_create_at(home)

    def test_module_created_in_the_admin(self):
        totp_enable(self.login())
        provider = ProviderPageFactory()
        self.assertCanCreate(
            provider,
            ModulePage,
            nested_form_data(
                {
                    "title": "Middle leadership",
                    "slug": "middle-leadership",
                    "summary": "Lead a team.",
                    "description": rich_text("<p>For new middle leaders.</p>"),
                    "learning_outcomes": "Lead a team meeting",
                    "kind": "leadership",
                    "delivery_mode": "blended",
                    "cpd_hours": "12",
                    "academic_credits": "0",
                    "pass_mark": "80",
                    "comments": inline_formset([]),
                }
            ),
        )

    def test_pages_render(self):
        lesson = LessonPageFactory()
        module = lesson.get_parent().specific
        for page in (module.get_parent().get_parent(), module.get_parent(), module, lesson):
            self.assertPageIsRenderable(page.specific)


pytestmark = pytest.mark.django_db


def test_module_page_shows_what_a_learner_needs(client, providers_index):
    from courses.frameworks import frameworks_load
    from courses.models import Audience, FrameworkElement

    frameworks_load()
    provider = ProviderPageFactory(title="University of Northampton", kind="university")
    methods = ModulePageFactory(parent=provider, title="Research methods")
    module = ModulePageFactory(
        parent=provider,
        title="Dissertation",
        kind="masters",
        academic_credits=60,
        fheq_level=7,
        cpd_hours=600,
        validity_months=24,
        learning_outcomes="Design a practitioner enquiry\nWrite it up",
        audiences=[Audience.objects.get(slug="teacher")],
        prerequisites=[methods],
        framework_elements=[FrameworkElement.objects.get(code="TS8")],
    )
    LessonPageFactory(parent=module, title="Choosing a question", estimated_minutes=30)

    html = client.get(module.url).content.decode()

    for expected in [
        "Design a practitioner enquiry",
        "60 credits at FHEQ level 7",
        "600",
        "Valid for 24 months",
        f'href="{methods.url}"',
        "Teachers",
        "Fulfil wider professional responsibilities",
        "Choosing a question",
        "University of Northampton",
        "Blended" if module.delivery_mode == "blended" else "Online, self-paced",
    ]:
        assert expected in html, expected


def test_quiz_answers_and_explanations_never_reach_the_browser(client, quiz_lesson):
    response = client.get(quiz_lesson.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert "Which question opens a restorative conversation?" in html
    assert "Who has been affected?" in html
    assert "correct" not in html.lower()
    assert "because of" not in html.lower()  # the explanations


def test_lesson_has_breadcrumbs_and_neighbours(client, quiz_lesson):
    module = quiz_lesson.get_parent().specific
    second = LessonPageFactory(parent=module, title="Repairing harm")

    html = client.get(quiz_lesson.url).content.decode()

    assert f'href="{module.url}"' in html
    assert "Lesson 1 of 2" in html
    assert f'href="{second.url}" rel="next"' in html


def test_image_block_serves_a_rendition_with_its_alt_text(client, providers_index):
    image = image_in(Collection.get_first_root_node(), "Playground")
    lesson = LessonPageFactory(
        body=[
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt_text": "Pupils talking in a circle",
                    "caption": "",
                },
            }
        ]
    )

    html = client.get(lesson.url).content.decode()

    assert 'alt="Pupils talking in a circle"' in html
    assert "/images/" in html
    assert image.file.url not in html  # never the original upload


def test_document_video_heading_and_callout_blocks(client, providers_index):
    document = document_in(Collection.get_first_root_node(), "Behaviour policy template")
    lesson = LessonPageFactory(
        body=[
            {"type": "heading", "value": {"text": "Before you start", "level": "h2"}},
            {"type": "document", "value": {"document": document.pk, "description": "Adapt it."}},
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "Safeguarding",
                    "text": "<p>Tell the DSL.</p>",
                },
            },
            {
                "type": "video",
                "value": {"video": "", "transcript": "<p>The transcript.</p>"},
            },
        ]
    )

    html = client.get(lesson.url).content.decode()

    assert '<h2 class="govuk-heading-l">Before you start</h2>' in html
    assert document.url in html
    assert "TXT" in html
    assert "govuk-warning-text" in html
    assert "Tell the DSL." in html
    assert "Read the transcript" in html


@pytest.mark.parametrize(
    ("minutes", "words"),
    [
        (0, "0 minutes"),
        (1, "1 minute"),
        (45, "45 minutes"),
        (60, "1 hour"),
        (255, "4 hours 15 minutes"),
    ],
)
def test_duration_words(minutes, words):
    from courses.models import duration_words

    assert duration_words(minutes) == words
