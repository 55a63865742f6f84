"""Wagtail's workflow signals, handed to the services that act on them."""

from wagtail.models import Page
from wagtail.signals import workflow_approved

from .models import ModulePage
from .services import module_lessons_publish


def _module_approved(sender, instance, user=None, **kwargs) -> None:
    """A module's final approval publishes its lessons' drafts too (one submission, one approval)."""
    page = instance.content_object
    module = page.specific if isinstance(page, Page) else page
    if isinstance(module, ModulePage):
        module_lessons_publish(module=module, user=user)


def register_signal_handlers() -> None:
    workflow_approved.connect(_module_approved, dispatch_uid="courses.module_approved")
