"""A module's lessons as an outline list, built in Python: module and lesson pages show thirty
lessons or so on every request, and as a template loop with a link tag and a status block per
lesson that was more than half of rendering those pages."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.templatetags.wagtailcore_tags import pageurl

register = template.Library()

_DONE = mark_safe(
    '<strong class="govuk-tag govuk-tag--green academy-status">'
    '<span aria-hidden="true">✓ </span>Done</strong>'
)
_TO_DO = mark_safe(
    '<strong class="govuk-tag govuk-tag--grey academy-status">'
    '<span aria-hidden="true">○ </span>To do</strong>'
)


def _lesson_urls(context, module, lessons) -> list[str]:
    """Each lesson's address: its module's and its slug, as Wagtail builds url_path (asked of
    Wagtail itself wherever a lesson's url_path says otherwise)."""
    base = pageurl(context, module) if module is not None else None
    urls = []
    for lesson in lessons:
        if base is not None and lesson.url_path == f"{module.url_path}{lesson.slug}/":
            urls.append(f"{base}{lesson.slug}/")
        else:
            urls.append(pageurl(context, lesson))
    return urls


@register.simple_tag(takes_context=True)
def lesson_outline(
    context, lessons, *, module=None, done=None, show_status=False, current=None, minutes=True
):
    """The <li> items of an outline: each lesson linked (``current`` marked as the page), with
    its minutes if ``minutes``, and done or to do if ``show_status`` (``done``: ids done)."""
    done = done or ()
    rows = []
    for lesson, url in zip(lessons, _lesson_urls(context, module, lessons), strict=True):
        here = current is not None and lesson.pk == current.pk
        link = format_html(
            '<a class="govuk-link" href="{}"{}>{}</a>',
            url,
            mark_safe(' aria-current="page"') if here else "",
            lesson.title,
        )
        length = (
            format_html(' <span class="academy-meta">{} minutes</span>', lesson.estimated_minutes)
            if minutes
            else ""
        )
        status = (_DONE if lesson.pk in done else _TO_DO) if show_status else ""
        rows.append(
            (
                " academy-outline__item--current" if here else "",
                format_html('<span class="academy-outline__title">{}{}</span>', link, length),
                status,
            )
        )
    return format_html_join("\n", '<li class="academy-outline__item{}">{}{}</li>', rows)
