from django import forms


class ErasureRequestForm(forms.Form):
    reason = forms.CharField(
        label="Why do you want your account erased? (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="This helps the council officer. You do not have to give a reason.",
    )
    confirm = forms.BooleanField(
        label="I understand that my account will be closed and cannot be brought back",
        error_messages={"required": "Confirm that you understand your account will be closed"},
    )


class ErasureDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label="Your decision",
        choices=[
            ("approve", "Approve: erase now"),
            ("refuse", "Refuse: the person is told why"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose whether to approve or refuse the request"},
    )
    note = forms.CharField(
        label="Note",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Required when refusing: the person reads it.",
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == "refuse" and not data.get("note", "").strip():
            self.add_error("note", "Say why the request is refused")
        return data


class AccessLogSearchForm(forms.Form):
    person = forms.CharField(label="Whose record (name or e-mail)", required=False)
    viewer = forms.CharField(label="Opened by (name or e-mail)", required=False)
    since = forms.DateField(
        label="From", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label="To", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
