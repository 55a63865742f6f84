from django import forms

from .models import Audience, ModulePage, ProviderPage

ANY = [("", "Any")]
SORTS = [
    ("", "Best match"),
    ("title", "Title (A to Z)"),
    ("newest", "Newest first"),
    ("shortest", "Shortest first (CPD hours)"),
]


class CatalogueFilterForm(forms.Form):
    """The catalogue's search box and filters; every field is optional and they combine."""

    q = forms.CharField(label="Search modules", required=False, max_length=200)
    kind = forms.ChoiceField(label="Type of module", required=False)
    audience = forms.ChoiceField(label="Who it is for", required=False)
    provider = forms.ChoiceField(label="Provider", required=False)
    credits = forms.ChoiceField(
        label="Academic credits",
        required=False,
        choices=ANY + [("yes", "Credit-bearing"), ("no", "No academic credits")],
    )
    mode = forms.ChoiceField(label="How it is delivered", required=False)
    sort = forms.ChoiceField(label="Sort by", required=False, choices=SORTS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = ANY + ModulePage.Kind.choices
        self.fields["mode"].choices = ANY + ModulePage.DeliveryMode.choices
        self.fields["audience"].choices = ANY + list(
            Audience.objects.order_by("name").values_list("slug", "name")
        )
        self.fields["provider"].choices = ANY + list(
            ProviderPage.objects.live().order_by("title").values_list("slug", "title")
        )

    def filter(self, modules):
        data = self.cleaned_data
        if data["kind"]:
            modules = modules.filter(kind=data["kind"])
        if data["mode"]:
            modules = modules.filter(delivery_mode=data["mode"])
        if data["audience"]:
            modules = modules.filter(audiences__slug=data["audience"])
        if data["provider"]:
            providers = ProviderPage.objects.live().filter(slug=data["provider"])
            modules = modules.filter(
                path__startswith=providers.values("path")[:1],
            )
        if data["credits"] == "yes":
            modules = modules.filter(academic_credits__gt=0)
        elif data["credits"] == "no":
            modules = modules.filter(academic_credits=0)
        return modules

    def sort_choices(self) -> list[tuple[str, str]]:
        """The orders on offer: 'best match' only means something when there are words to match."""
        if self.is_valid() and self.cleaned_data["q"]:
            return SORTS
        return [(value, label) for value, label in SORTS if value]

    def active_filters(self) -> list[tuple[str, str]]:
        """Each filter in use, in words, with the query string that removes it."""
        chosen = []
        for name in ("q", "kind", "audience", "provider", "credits", "mode"):
            value = self.cleaned_data.get(name)
            if not value:
                continue
            field = self.fields[name]
            words = dict(field.choices).get(value, value) if name != "q" else f"“{value}”"
            remaining = self.data.copy()
            remaining.pop(name, None)
            remaining.pop("page", None)
            chosen.append((f"{field.label}: {words}", remaining.urlencode()))
        return chosen
