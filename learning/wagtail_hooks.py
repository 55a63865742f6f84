from wagtail import hooks

from courses.models import LessonPage, ModulePage
from credentials.panels import CERTIFICATES_PAGE_PANELS

from . import views
from .panels import completed_modules_panel

hooks.register(CERTIFICATES_PAGE_PANELS, completed_modules_panel)


@hooks.register("before_serve_page", order=100)
def serve_with_learner_progress(page, request, serve_args, serve_kwargs):
    """Serve modules and lessons at their own addresses with the learner's progress on them.

    Ordered after Wagtail's own hooks so page privacy is checked first.
    """
    if isinstance(page, ModulePage):
        return views.module_serve(request, page)
    if isinstance(page, LessonPage):
        return views.lesson_serve(request, page)
    return None
