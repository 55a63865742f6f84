import pytest


@pytest.mark.browser
def test_a_form_with_errors_summarises_them_and_each_link_reaches_its_field(browser_page, db):
    page = browser_page
    page.goto("/volunteer/")
    page.fill("#id_email", "not-an-address")
    page.click("main button[type=submit]")
    summary = page.locator(".govuk-error-summary")
    assert summary.is_visible()
    assert "Enter your full name." in summary.text_content()
    assert page.get_attribute("#id_email", "aria-describedby") == "id_email-error"
    assert "Enter an e-mail address like name@example.com." in page.text_content("#id_email-error")
    page.click(".govuk-error-summary a[href='#id_email']")
    assert page.evaluate("() => document.activeElement.id") == "id_email"
    page.click(".govuk-error-summary a[href='#id_interest_0']")
    assert page.evaluate("() => document.activeElement.id") == "id_interest_0"


@pytest.mark.browser
def test_allauth_forms_use_the_same_markup(browser_page, db):
    page = browser_page
    page.goto("/account/signup/")
    page.click("main button[type=submit]")
    assert page.locator(".govuk-error-summary").is_visible()
    assert page.locator(".govuk-form-group--error .govuk-error-message").count() >= 1
    describedby = page.get_attribute("#id_email", "aria-describedby")
    assert "id_email-error" in (describedby or "")
