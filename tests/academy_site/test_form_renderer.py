from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from pytest_django.asserts import assertHTMLEqual, assertInHTML


class EveryWidget(forms.Form):
    name = forms.CharField(label="Full name", help_text="As on your passport.")
    email = forms.EmailField(label="E-mail address")
    secret = forms.CharField(label="Password", widget=forms.PasswordInput)
    about = forms.CharField(label="About you", widget=forms.Textarea(attrs={"rows": 3}))
    colour = forms.ChoiceField(label="Colour", choices=[("", "Choose"), ("red", "Red")])
    size = forms.ChoiceField(
        label="Size",
        choices=[("s", "Small"), ("l", "Large")],
        widget=forms.RadioSelect(attrs={"class": "govuk-radios--inline"}),
        help_text="Pick one.",
    )
    extras = forms.MultipleChoiceField(
        label="Extras",
        choices=[("a", "Apples"), ("b", "Bananas")],
        widget=forms.CheckboxSelectMultiple,
    )
    agree = forms.BooleanField(label="I agree", help_text="You must agree.")
    evidence = forms.FileField(label="Evidence")
    day = forms.DateField(label="Day", widget=forms.DateInput(attrs={"type": "date"}))
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean(self):
        raise forms.ValidationError("Something is wrong with the form as a whole.")


def invalid() -> str:
    form = EveryWidget(data={"email": "not-an-address", "colour": "red", "size": "l"})
    assert not form.is_valid()
    return str(form)


def test_a_text_input_has_its_label_hint_and_error_described():
    assertInHTML(
        """
        <div class="govuk-form-group govuk-form-group--error">
          <label class="govuk-label" for="id_name">Full name</label>
          <div id="id_name-hint" class="govuk-hint">As on your passport.</div>
          <p id="id_name-error" class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> This field is required.
          </p>
          <input type="text" name="name" id="id_name" class="govuk-input govuk-input--error"
            aria-describedby="id_name-hint id_name-error" aria-invalid="true" required>
        </div>
        """,
        invalid(),
    )


def test_an_email_input_keeps_its_value_and_turns_spellcheck_off():
    assertInHTML(
        """
        <input type="email" name="email" id="id_email" value="not-an-address" maxlength="320"
          class="govuk-input govuk-input--error" spellcheck="false"
          aria-describedby="id_email-error" aria-invalid="true" required>
        """,
        invalid(),
    )


def test_a_password_is_never_sent_back():
    form = EveryWidget(data={"secret": "hunter2"})
    form.is_valid()
    assertInHTML(
        """
        <input type="password" name="secret" id="id_secret" class="govuk-input" required>
        """,
        str(form),
    )


def test_a_textarea_and_a_select_use_the_govuk_classes():
    html = invalid()
    assertInHTML(
        """
        <textarea name="about" id="id_about" cols="40" rows="3"
          class="govuk-textarea govuk-textarea--error" aria-describedby="id_about-error"
          aria-invalid="true" required></textarea>
        """,
        html,
    )
    assertInHTML(
        """
        <select name="colour" id="id_colour" class="govuk-select" required>
          <option value="">Choose</option><option value="red" selected>Red</option>
        </select>
        """,
        html,
    )


def test_radios_are_a_fieldset_described_by_their_hint():
    assertInHTML(
        """
        <div class="govuk-form-group">
          <fieldset class="govuk-fieldset" aria-describedby="id_size-hint">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Size</legend>
            <div id="id_size-hint" class="govuk-hint">Pick one.</div>
            <div class="govuk-radios govuk-radios--inline" data-module="govuk-radios">
              <div class="govuk-radios__item">
                <input class="govuk-radios__input" id="id_size_0" name="size" type="radio" value="s">
                <label class="govuk-label govuk-radios__label" for="id_size_0">Small</label>
              </div>
              <div class="govuk-radios__item">
                <input class="govuk-radios__input" id="id_size_1" name="size" type="radio" value="l" checked>
                <label class="govuk-label govuk-radios__label" for="id_size_1">Large</label>
              </div>
            </div>
          </fieldset>
        </div>
        """,
        invalid(),
    )


def test_checkboxes_are_a_fieldset_described_by_their_error():
    assertInHTML(
        """
        <div class="govuk-form-group govuk-form-group--error">
          <fieldset class="govuk-fieldset" aria-describedby="id_extras-error">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Extras</legend>
            <p id="id_extras-error" class="govuk-error-message">
              <span class="govuk-visually-hidden">Error:</span> This field is required.
            </p>
            <div class="govuk-checkboxes" data-module="govuk-checkboxes">
              <div class="govuk-checkboxes__item">
                <input class="govuk-checkboxes__input" id="id_extras_0" name="extras" type="checkbox" value="a">
                <label class="govuk-label govuk-checkboxes__label" for="id_extras_0">Apples</label>
              </div>
              <div class="govuk-checkboxes__item">
                <input class="govuk-checkboxes__input" id="id_extras_1" name="extras" type="checkbox" value="b">
                <label class="govuk-label govuk-checkboxes__label" for="id_extras_1">Bananas</label>
              </div>
            </div>
          </fieldset>
        </div>
        """,
        invalid(),
    )


def test_a_single_checkbox_has_its_hint_inside_the_item():
    assertInHTML(
        """
        <div class="govuk-form-group govuk-form-group--error">
          <p id="id_agree-error" class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> This field is required.
          </p>
          <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <div class="govuk-checkboxes__item">
              <input type="checkbox" name="agree" id="id_agree" class="govuk-checkboxes__input"
                aria-describedby="id_agree-hint id_agree-error" aria-invalid="true" required>
              <label class="govuk-label govuk-checkboxes__label" for="id_agree">I agree</label>
              <div id="id_agree-hint" class="govuk-hint govuk-checkboxes__hint">You must agree.</div>
            </div>
          </div>
        </div>
        """,
        invalid(),
    )


def test_a_file_and_a_date_input_use_the_govuk_classes():
    form = EveryWidget(
        data={"day": "2025-07-18"},
        files={"evidence": SimpleUploadedFile("a.pdf", b"%PDF")},
    )
    form.is_valid()
    html = str(form)
    assertInHTML(
        """
        <input type="file" name="evidence" id="id_evidence" class="govuk-file-upload" required>
        """,
        html,
    )
    assertInHTML(
        """
        <input type="date" name="day" id="id_day" value="2025-07-18" class="govuk-input" required>
        """,
        html,
    )


def test_the_error_summary_links_each_error_to_its_field():
    html = invalid()
    assertInHTML(
        """
        <ul class="govuk-list govuk-error-summary__list">
          <li>Something is wrong with the form as a whole.</li>
          <li><a href="#id_name">This field is required.</a></li>
          <li><a href="#id_email">Enter a valid email address.</a></li>
          <li><a href="#id_secret">This field is required.</a></li>
          <li><a href="#id_about">This field is required.</a></li>
          <li><a href="#id_extras_0">This field is required.</a></li>
          <li><a href="#id_agree">This field is required.</a></li>
          <li><a href="#id_evidence">This field is required.</a></li>
          <li><a href="#id_day">This field is required.</a></li>
        </ul>
        """,
        html,
    )
    assert html.index("govuk-error-summary") < html.index('for="id_name"')


def test_a_form_without_errors_has_no_summary():
    assert "govuk-error-summary" not in str(EveryWidget())
    assert "govuk-form-group--error" not in str(EveryWidget())


def test_the_hidden_field_renders_once_and_without_a_label():
    html = str(EveryWidget())
    assertInHTML('<input type="hidden" name="token" id="id_token">', html, count=1)
    assert 'for="id_token"' not in html


def test_breadcrumbs_are_a_list_of_labelled_links():
    html = render_to_string(
        "includes/breadcrumbs.html",
        {"crumbs": [("Home", "/"), ("Pathways", "/pathways/")]},
    )
    assertHTMLEqual(
        html,
        """
        <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
          <ol class="govuk-breadcrumbs__list">
            <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
            <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/pathways/">Pathways</a></li>
          </ol>
        </nav>
        """,
    )
    assert render_to_string("includes/breadcrumbs.html", {"crumbs": []}).strip() == ""
