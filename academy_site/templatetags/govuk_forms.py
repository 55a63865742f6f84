from django import forms, template

register = template.Library()

_CLASSES = {
    "input": "govuk-input",
    "textarea": "govuk-textarea",
    "select": "govuk-select",
    "file": "govuk-file-upload",
    "checkbox": "govuk-checkboxes__input",
}


@register.filter
def govuk_kind(field) -> str:
    """Which GOV.UK component a bound field renders as."""
    widget = field.field.widget
    if widget.is_hidden:
        return "hidden"
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.FileInput):
        return "file"
    return "input"


@register.filter
def govuk_anchor(field) -> str:
    """The id an error summary links to: the field's input, or its first option."""
    if govuk_kind(field) in ("radios", "checkboxes"):
        return f"{field.auto_id}_0" if field.auto_id else ""
    return field.id_for_label


@register.filter
def govuk_describedby(field) -> str:
    """The ids of the hint and error message that describe a field, for aria-describedby."""
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}-hint")
    if field.errors:
        ids.append(f"{field.auto_id}-error")
    return " ".join(ids)


@register.filter
def govuk_widget(field):
    """The field's own widget, with GOV.UK classes and the hint and error ids that describe it."""
    kind = govuk_kind(field)
    if kind == "hidden":
        return field.as_widget()
    widget = field.field.widget
    classes = [_CLASSES[kind]]
    if field.errors and kind != "checkbox":
        classes.append(f"{_CLASSES[kind]}--error")
    if widget.attrs.get("class"):
        classes.append(widget.attrs["class"])
    attrs = {"class": " ".join(classes)}
    if getattr(widget, "input_type", None) == "email":
        attrs["spellcheck"] = "false"
    describedby = govuk_describedby(field)
    if describedby:
        attrs["aria-describedby"] = describedby
    return field.as_widget(attrs=attrs)
