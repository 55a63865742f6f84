"""Two providers with their leads, images and documents, and council officers with their rights."""

from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from courses.demo import logo_png
from courses.services import (
    council_officers_setup,
    moderation_workflow_setup,
    provider_collection,
    provider_permissions_setup,
)
from tests.factories import (
    LessonPageFactory,
    ModulePageFactory,
    ProviderIndexPageFactory,
    ProviderPageFactory,
    UserFactory,
    quiz_block,
    totp_enable,
)


def image_in(collection, title: str):
    png = logo_png("AB", "#005a70")
    return get_image_model().objects.create(
        title=title, collection=collection, file=ImageFile(BytesIO(png), name="test.png")
    )


def document_in(collection, title: str):
    return get_document_model().objects.create(
        title=title, collection=collection, file=ContentFile(b"Notes", name="notes.txt")
    )


class ProviderSetup:
    """A provider with its leads group, one lead, a module with a lesson, an image and a document."""

    def __init__(self, title: str, email: str):
        self.page = ProviderPageFactory(title=title, slug=title.lower().replace(" ", "-"))
        self.group = provider_permissions_setup(provider=self.page)
        self.lead = totp_enable(UserFactory(email=email))
        self.lead.groups.add(self.group)
        self.module = ModulePageFactory(parent=self.page, title=f"{title} module")
        self.lesson = LessonPageFactory(parent=self.module, title=f"{title} lesson")
        collection = provider_collection(title=title)
        self.image = image_in(collection, f"{title} photo")
        self.document = document_in(collection, f"{title} handbook")


@pytest.fixture
def providers_index(db):
    return ProviderIndexPageFactory()


@pytest.fixture
def alliance(providers_index):
    return ProviderSetup("Nene Valley Alliance", "lead.a@example.org")


@pytest.fixture
def other_alliance(providers_index):
    return ProviderSetup("Corby Lakes Alliance", "lead.b@example.org")


@pytest.fixture
def officer(council_officer):
    council_officers_setup()
    return council_officer


@pytest.fixture
def workflow(providers_index, officer):
    return moderation_workflow_setup()


@pytest.fixture
def quiz_lesson(db):
    """A lesson with a quiz whose right answers and explanations must stay on the server."""
    return LessonPageFactory(
        title="Restorative conversations",
        body=[
            {"type": "paragraph", "value": "<p>Five questions repair harm.</p>"},
            quiz_block(
                (
                    "Which question opens a restorative conversation?",
                    [("What happened?", True), ("Why did you do that?", False)],
                    "single",
                ),
                (
                    "Which are restorative?",
                    [("Who has been affected?", True), ("Detention", False), ("Repair", True)],
                    "multiple",
                ),
            ),
        ],
    )
