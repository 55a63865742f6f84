from django.core.exceptions import ValidationError
from django.forms.renderers import TemplatesSetting


class GovukFormRenderer(TemplatesSetting):
    """Every form on the site, allauth's included, renders as the same GOV.UK Frontend markup."""

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"


def form_data(request):
    """The submitted data, even when empty, so an empty form shows its errors."""
    return request.POST if request.method == "POST" else None


def form_errors_add(form, error: ValidationError) -> None:
    """A service's ValidationError shown on the form: on its field where it names one."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            for message in errors:
                form.add_error(name if name in form.fields else None, message)
    else:
        for message in error.messages:
            form.add_error(None, message)
