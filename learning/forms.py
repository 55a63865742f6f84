from django import forms


class ReflectionShareForm(forms.Form):
    """The learner names the mentor who may read one reflection, by the address they sign in with."""

    mentor_email = forms.EmailField(
        label="Your mentor’s e-mail address",
        help_text="The address they sign in to Academy with. We will e-mail them a link.",
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
        error_messages={
            "required": "Enter your mentor’s e-mail address.",
            "invalid": "Enter an e-mail address in the correct format, like name@example.com.",
        },
    )
