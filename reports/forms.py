from django import forms


class ImpactFilterForm(forms.Form):
    """The impact report's academic year; a year it does not offer is an error, never a crash."""

    year = forms.TypedChoiceField(
        label="Academic year",
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": "Choose an academic year from the list."},
    )

    def __init__(self, *args, years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", "All years")] + [
            (year, f"September {year} to August {year + 1}") for year in years
        ]

    def chosen_year(self) -> int | None:
        return self.cleaned_data["year"] if self.is_valid() else None
