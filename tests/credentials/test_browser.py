from urllib.parse import urlsplit

import pytest

from credentials.services import certificate_pdf_store
from learning.services import lesson_complete, quiz_submit
from tests.credentials.qr import qr_text_from_pdf
from tests.factories import PASSWORD
from tests.learning.factories import RIGHT, enrolment_for, module_build


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


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_completing_a_module_gives_a_pdf_whose_qr_code_opens_a_page_saying_valid(
    browser_page, learner, tmp_path
):
    """The issue's end: complete a module, download the certificate, scan it, see it is valid."""
    taken = module_build(title="Calm classrooms", cpd_hours=3)
    enrolment = enrolment_for(learner, taken)
    lesson_complete(enrolment=enrolment, lesson=taken.reading)
    quiz_submit(enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT)
    page = browser_page
    page.log_in(learner.email, PASSWORD)

    page.goto(taken.closing.url)
    page.click("text=Mark as complete")
    assert "You have completed Calm classrooms." in page.text_content("main")
    page.goto("/my-certificates/")
    assert "Calm classrooms" in page.text_content("main")
    link = page.page.get_attribute("text=Download the certificate", "href")
    download = page.page.context.request.get(page.base_url + link)
    assert download.headers["content-type"] == "application/pdf"

    url = urlsplit(qr_text_from_pdf(download.body(), tmp_path))
    page.goto(url.path)

    main = page.text_content("main")
    assert "This certificate is valid" in main
    assert "Lee Learner" in main
    assert "Calm classrooms" in main


@pytest.mark.browser
def test_a_learner_downloads_a_baked_badge_and_a_clr_transcript(
    browser_page, learner, masters_module, issue
):
    import json

    from PIL import Image

    from tests.credentials.independent import schema_errors

    issue(learner, masters_module)
    page = browser_page
    page.log_in(learner.email, PASSWORD)
    page.goto("/my-certificates/")
    with page.page.expect_download() as badge_download:
        page.page.click("text=image (.png)")
    badge = Image.open(badge_download.value.path())
    badge.load()
    assert json.loads(badge.text["openbadgecredential"])["name"] == "Leading curriculum change"
    with page.page.expect_download() as clr_download:
        page.page.click("text=Download it as a learner record credential (CLR 2.0, .json)")
    clr = json.loads(open(clr_download.value.path(), encoding="utf-8").read())
    assert schema_errors(clr, "clr_v2p0_clrcredential_schema.json") == []
    page.click("text=Put my name on my badges")
    assert "Your name is on your badges" in page.text_content("main")
    assert page.page.get_attribute("text=Add to LinkedIn profile", "href").startswith(
        "https://www.linkedin.com/profile/add?"
    )
