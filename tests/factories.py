"""Factories shared by every app's tests."""

import time

import factory
import wagtail_factories
from allauth.account.models import EmailAddress
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from wagtail.models import Page

from accounts.models import JobRole, User
from courses.models import LessonPage, ModulePage, ProviderIndexPage, ProviderPage
from schools.models import School

PASSWORD = "correct-horse-battery-staple"
TOTP_SECRET = "JBSWY3DPEHPK3PXP"


def totp_enable(user, secret: str = TOTP_SECRET):
    """Give someone an authenticator app and recovery codes, as accounts.mfa asks of everyone
    who sees other people's records; log-ins then need totp_code(secret)."""
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    return user


def totp_code(secret: str = TOTP_SECRET, *, offset: int = 0) -> str:
    """The authenticator app's code now (or `offset` periods of 30 seconds away)."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + offset))


class SchoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = School
        django_get_or_create = ["urn"]

    urn = factory.Sequence(lambda n: f"{100000 + n}")
    name = factory.Sequence(lambda n: f"Test School {n}")
    phase = School.Phase.PRIMARY
    type = School.Type.COMMUNITY
    town = "Northampton"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    job_role = JobRole.TEACHER

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):
        obj.set_password(extracted or PASSWORD)
        if create:
            obj.save()
            EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)

    @factory.post_generation
    def totp(obj, create, extracted, **kwargs):
        """UserFactory(totp=True): the person has set up an authenticator app."""
        if create and extracted:
            totp_enable(obj)


def home_page() -> Page:
    """The site's home page, which the migrations create."""
    return Page.objects.get(depth=2, slug="home")


class ProviderIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProviderIndexPage

    title = "Providers"
    slug = "providers"
    parent = factory.LazyFunction(home_page)


class ProviderPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProviderPage

    title = factory.Sequence(lambda n: f"Test Alliance {n}")
    kind = ProviderPage.Kind.ALLIANCE
    summary = "A Teaching School alliance."

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            parent = ProviderIndexPage.objects.first() or ProviderIndexPageFactory()
        return super()._create(model_class, *args, parent=parent, **kwargs)


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")
    kind = ModulePage.Kind.CPD
    summary = "What this module covers."
    learning_outcomes = "Explain the idea\nApply it in class"
    cpd_hours = 3
    pass_mark = 80

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            parent = ProviderPageFactory()
        return super()._create(model_class, *args, parent=parent, **kwargs)


def quiz_block(*questions) -> dict:
    """A quiz block value; each question is (text, [(option, correct), ...], kind)."""
    return {
        "type": "quiz",
        "value": {
            "title": "Check your understanding",
            "questions": [
                {
                    "question": text,
                    "kind": kind,
                    "options": [
                        {"text": option, "correct": correct} for option, correct in options
                    ],
                    "explanation": f"Because of {text.lower()}.",
                }
                for text, options, kind in questions
            ],
        },
    }


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    estimated_minutes = 15
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Lesson text.</p>"}])

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            parent = ModulePageFactory()
        return super()._create(model_class, *args, parent=parent, **kwargs)
