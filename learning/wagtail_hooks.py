from wagtail import hooks
from wagtail.wagtail_hooks import check_view_restrictions

from courses.models import LessonPage, ModulePage
from credentials.panels import CERTIFICATES_PAGE_PANELS

from . import views
from .panels import completed_modules_panel

hooks.register(CERTIFICATES_PAGE_PANELS, completed_modules_panel)


@hooks.register("before_serve_page", order=100)
def serve_with_learner_progress(page, request, serve_args, serve_kwargs):
    """Serve modules and lessons at their own addresses with the learner's progress on them.

    Wagtail checks page privacy in an on_serve_page hook, which wraps page.serve() and so never
    runs for a page answered here: check it first, as that hook would.
    """
    if not isinstance(page, ModulePage | LessonPage):
        return None
    return check_view_restrictions(_serve)(page, request, serve_args, serve_kwargs)


def _serve(page, request, serve_args, serve_kwargs):
    if isinstance(page, ModulePage):
        return views.module_serve(request, page)
    return views.lesson_serve(request, page)
