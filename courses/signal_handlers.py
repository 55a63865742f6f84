"""Wagtail's workflow signals, handed to the services that act on them; page changes, handed to
the outline cache so that it forgets what they change."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move, pre_page_move, workflow_approved

from .models import Audience, Framework, FrameworkElement, ModulePage
from .outline import outline_paths_touched, outlines_forget, outlines_forget_all
from .restrictions import view_restrictions_forget
from .services import module_lessons_publish


def _module_approved(sender, instance, user=None, **kwargs) -> None:
    """A module's final approval publishes its lessons' drafts too (one submission, one approval)."""
    page = instance.content_object
    module = page.specific if isinstance(page, Page) else page
    if isinstance(module, ModulePage):
        module_lessons_publish(module=module, user=user)


def _page_changed(sender, instance, **kwargs) -> None:
    """Saved (so published or unpublished), deleted, or about to move or just moved."""
    if isinstance(instance, Page) and instance.path:
        outlines_forget(outline_paths_touched(instance))


def _page_moved_or_deleted(sender, instance, **kwargs) -> None:
    """Restricted pages are cached with their tree paths."""
    if isinstance(instance, Page):
        view_restrictions_forget()


def _restrictions_changed(sender, **kwargs) -> None:
    view_restrictions_forget()


def _names_changed(sender, **kwargs) -> None:
    outlines_forget_all()


def register_signal_handlers() -> None:
    workflow_approved.connect(_module_approved, dispatch_uid="courses.module_approved")
    for signal in (post_save, post_delete, pre_page_move, post_page_move):
        signal.connect(_page_changed, dispatch_uid=f"courses.outline_{id(signal)}")
    for signal in (post_delete, pre_page_move, post_page_move):
        signal.connect(_page_moved_or_deleted, dispatch_uid=f"courses.restrictions_{id(signal)}")
    for signal in (post_save, post_delete):
        signal.connect(
            _restrictions_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"courses.restrictions_changed_{id(signal)}",
        )
    m2m_changed.connect(
        _restrictions_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="courses.restriction_groups_changed",
    )
    for model in (Framework, FrameworkElement, Audience):
        for signal in (post_save, post_delete):
            signal.connect(
                _names_changed, sender=model, dispatch_uid=f"courses.outline_names_{id(signal)}"
            )
