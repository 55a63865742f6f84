from django.forms.renderers import TemplatesSetting


class GovukFormRenderer(TemplatesSetting):
    """Every form on the site, allauth's included, renders as the same GOV.UK Frontend markup."""

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
