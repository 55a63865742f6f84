"""The credits section of "My learning", and the hook through which apps above add to "My
certificates" (an app registers `@hooks.register(CERTIFICATES_PAGE_PANELS)` in its wagtail_hooks,
so credentials never imports upwards)."""

from django.template.loader import render_to_string
from wagtail import hooks

from .selectors import credit_totals, ledger_rows_for_request

# fn(request) -> str (HTML) or None: a section of "My certificates", in the order registered.
CERTIFICATES_PAGE_PANELS = "credentials_certificates_page_panels"


def certificates_page_panels(request) -> list[str]:
    return [
        html for html in (fn(request) for fn in hooks.get_hooks(CERTIFICATES_PAGE_PANELS)) if html
    ]


def my_credits_panel(request) -> str | None:
    """All-time hours, academic credits and masters progress ("My learning" shows this year's
    hours itself)."""
    if not request.user.is_authenticated:
        return None
    return render_to_string(
        "credentials/panels/my_credits.html",
        {"totals": credit_totals(learner=request.user, entries=ledger_rows_for_request(request))},
        request=request,
    )
