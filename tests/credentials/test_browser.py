import pytest

from credentials.services import certificate_pdf_store
from tests.factories import PASSWORD


@pytest.mark.browser
def test_a_learner_finds_a_certificate_and_checks_it_by_its_code(
    browser_page, learner, module, issue
):
    certificate = certificate_pdf_store(certificate=issue(learner, module))
    browser_page.log_in(learner.email, PASSWORD)
    browser_page.goto("/my-certificates/")
    assert "Safeguarding in schools" in browser_page.text_content("main")
    browser_page.goto("/verify/")
    browser_page.fill("#id_code", certificate.code_display.lower())
    browser_page.click("main button[type=submit]")
    assert "This certificate is valid" in browser_page.text_content("main")
    assert "Lee Learner" in browser_page.text_content("main")
