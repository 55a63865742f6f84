import io
from unittest import mock
from urllib.parse import urlsplit

import pytest
from pypdf import PdfReader

from credentials import pdf, tasks
from credentials.models import Certificate
from credentials.services import certificate_pdf_store
from tests.credentials.qr import qr_text_from_pdf


def _text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_certificate_pdf_reads_back_with_name_title_code_and_is_tagged(
    learner, masters_module, issue
):
    certificate = issue(learner, masters_module)
    data = pdf.certificate_pdf_render(certificate=certificate)
    reader = PdfReader(io.BytesIO(data))
    text = _text(data)
    assert "Lee Learner" in text
    assert "Leading curriculum change" in text
    assert certificate.code_display in text
    assert "15 at FHEQ level 7" in text
    assert len(reader.pages) == 1
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height, "A4 landscape"
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in root
    assert root["/Lang"] == "en-GB"
    assert reader.metadata.title == "Certificate: Leading curriculum change – Lee Learner"


def test_the_qr_code_leads_to_the_absolute_verification_url(learner, module, issue):
    certificate = issue(learner, module)
    assert pdf.verification_url(certificate.code) == f"http://testserver/verify/{certificate.code}/"


def test_the_printed_qr_code_scans_to_a_page_that_says_valid(
    client, learner, module, issue, tmp_path
):
    certificate = issue(learner, module)

    url = urlsplit(qr_text_from_pdf(pdf.certificate_pdf_render(certificate=certificate), tmp_path))

    assert f"{url.scheme}://{url.netloc}" == "http://testserver"
    page = client.get(url.path)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Valid" in html
    assert "Lee Learner" in html
    assert certificate.code_display in html


def test_a_render_that_fails_leaves_the_certificate_issued_and_the_retry_renders_it(
    learner, module, issue
):
    certificate = issue(learner, module)
    real_render = pdf.certificate_pdf_render
    with mock.patch(
        "credentials.services.rendering.certificate_pdf_render",
        side_effect=[
            RuntimeError("worker killed mid-render"),
            real_render(certificate=certificate),
        ],
    ) as render:
        with pytest.raises(RuntimeError):
            tasks.render_certificate_pdf.run(certificate_id=str(certificate.pk))
        certificate.refresh_from_db()
        assert certificate.status == Certificate.Status.VALID
        assert certificate.rendered_at is None
        assert not certificate.pdf
        # The broker redelivers the unacknowledged task (acks_late): it renders this time.
        tasks.render_certificate_pdf.run(certificate_id=str(certificate.pk))
    assert render.call_count == 2
    certificate.refresh_from_db()
    assert certificate.rendered_at is not None
    with certificate.pdf.open("rb") as handle:
        assert certificate.code_display in _text(handle.read())


def test_the_issuing_task_renders_and_a_death_mid_render_is_redone_on_redelivery(learner, module):
    from django.utils import timezone

    arguments = {
        "learner_id": learner.pk,
        "page_id": module.pk,
        "source_key": "module-completion:killed",
        "completed_at": timezone.now().isoformat(),
    }
    real_render = pdf.certificate_pdf_render
    with mock.patch(
        "credentials.services.rendering.certificate_pdf_render",
        side_effect=RuntimeError("worker killed mid-render"),
    ):
        with pytest.raises(RuntimeError):
            tasks.issue_award.run(**arguments)
        certificate = Certificate.objects.get(source_key="module-completion:killed")
        assert certificate.status == Certificate.Status.VALID
        assert certificate.rendered_at is None
        # The broker redelivers the unacknowledged issuing task: same certificate, now rendered.
        with mock.patch(
            "credentials.services.rendering.certificate_pdf_render", side_effect=real_render
        ):
            assert tasks.issue_award.run(**arguments) == str(certificate.pk)
    assert Certificate.objects.filter(learner=learner).count() == 1
    certificate.refresh_from_db()
    assert certificate.rendered_at is not None
    with certificate.pdf.open("rb") as handle:
        assert certificate.code_display in _text(handle.read())


def test_rendering_again_changes_nothing_and_pdf_names_are_random(learner, module, issue):
    first = certificate_pdf_store(certificate=issue(learner, module))
    again = certificate_pdf_store(certificate=first)
    assert again.pdf.name == first.pdf.name
    assert first.code not in first.pdf.name
    assert str(first.pk) not in first.pdf.name
    assert len(first.pdf.name.rsplit("/", 1)[-1]) > 30


def test_two_renders_of_one_certificate_keep_one_pdf_and_leave_no_stray_file(
    learner, module, issue
):
    certificate = issue(learner, module)
    stale = Certificate.objects.get(pk=certificate.pk)  # loaded before the first render lands
    first = certificate_pdf_store(certificate=certificate)
    storage = first.pdf.storage
    folder = first.pdf.name.rsplit("/", 1)[0]
    files_before = storage.listdir(folder)[1]

    second = certificate_pdf_store(certificate=stale)

    assert second.pdf.name == first.pdf.name
    assert storage.listdir(folder)[1] == files_before, "the losing render's file is deleted"


def test_a_render_that_finishes_after_a_revocation_is_not_kept(
    learner, module, council_officer, issue
):
    from credentials.services import certificate_revoke

    certificate = issue(learner, module)
    real_render = pdf.certificate_pdf_render

    def render_while_an_officer_revokes(*, certificate):
        data = real_render(certificate=certificate)  # says valid
        certificate_revoke(
            certificate=Certificate.objects.get(pk=certificate.pk),
            reason="Issued in error.",
            by=council_officer,
        )
        return data

    with mock.patch(
        "credentials.services.rendering.certificate_pdf_render",
        side_effect=render_while_an_officer_revokes,
    ):
        result = certificate_pdf_store(certificate=certificate)

    assert result.status == Certificate.Status.REVOKED
    assert result.rendered_at is None, "the valid-looking PDF was not kept"
    assert not result.pdf


def test_a_revoked_certificate_pdf_says_revoked(learner, module, council_officer, issue):
    from credentials.services import certificate_revoke

    certificate = certificate_pdf_store(certificate=issue(learner, module))
    certificate_revoke(certificate=certificate, reason="Issued in error.", by=council_officer)
    certificate = certificate_pdf_store(certificate=Certificate.objects.get(pk=certificate.pk))
    with certificate.pdf.open("rb") as handle:
        assert "REVOKED" in _text(handle.read())


def _provider_logo(module, image_file):
    from wagtail.images.models import Image as WagtailImage

    logo = WagtailImage.objects.create(title="Logo", file=image_file)
    provider = module.get_parent().specific
    provider.logo = logo
    provider.save()
    return logo


def _image_sizes(data: bytes) -> list[tuple[int, int]]:
    return [image.image.size for image in PdfReader(io.BytesIO(data)).pages[0].images]


def test_the_provider_logo_is_printed_from_one_rendition(learner, module, issue):
    from wagtail.images.tests.utils import get_test_image_file

    logo = _provider_logo(module, get_test_image_file(size=(2000, 1000), colour="teal"))
    certificate = issue(learner, module)

    data = pdf.certificate_pdf_render(certificate=certificate)
    pdf.certificate_pdf_render(certificate=certificate)

    rendition = logo.renditions.get()
    assert rendition.filter_spec == pdf.LOGO_RENDITION
    assert (rendition.width, rendition.height) == (440, 220)
    assert (440, 220) in _image_sizes(data)
    assert len(PdfReader(io.BytesIO(data)).pages) == 1


def test_a_logo_whose_file_is_missing_leaves_the_certificate_without_one(learner, module, issue):
    from wagtail.images.tests.utils import get_test_image_file

    logo = _provider_logo(module, get_test_image_file(size=(400, 200), colour="teal"))
    logo.file.storage.delete(logo.file.name)

    data = pdf.certificate_pdf_render(certificate=issue(learner, module))

    assert (400, 200) not in _image_sizes(data)
    assert "Safeguarding in schools" in _text(data)


def test_the_transcript_lists_every_certificate_and_credit(
    learner, module, masters_module, council_officer, issue
):
    from credentials.services import certificate_revoke

    issue(learner, module)
    revoked = issue(learner, masters_module)
    certificate_revoke(certificate=revoked, reason="Wrong learner.", by=council_officer)
    text = _text(pdf.transcript_pdf_render(learner=learner))
    assert "Safeguarding in schools" in text
    assert "Leading curriculum change" in text
    assert "Revoked" in text
    assert "Reversed" in text


def test_the_worker_warm_up_renders_without_a_database():
    pdf.renderer_warm_up()
    assert pdf._stylesheet.cache_info().currsize >= 2


def test_transcript_rows_never_split_across_pages_and_codes_never_wrap(learner, issue):
    """Each row's last title line (its marker) is on the same page as its code, in one piece."""
    from tests.factories import ModulePageFactory, ProviderPageFactory

    provider = ProviderPageFactory(
        title="The Nene Valley and Welland Teaching School Hub for Northamptonshire"
    )
    certificates = []
    for n in range(40):
        module = ModulePageFactory(
            parent=provider,
            title=f"Leading learning across a multi-academy trust with care, rigour and "
            f"patience, for middle and senior leaders, in part {n} Marker{n:02d}",
            validity_months=12,
        )
        certificates.append(issue(learner, module))

    reader = PdfReader(io.BytesIO(pdf.transcript_pdf_render(learner=learner)))
    pages = [page.extract_text() for page in reader.pages]

    assert len(pages) > 2
    for n, certificate in enumerate(certificates):
        with_code = [i for i, text in enumerate(pages) if certificate.code_display in text]
        assert len(with_code) == 1, f"code {certificate.code_display} wrapped or missing"
        assert f"Marker{n:02d}" in pages[with_code[0]], f"row {n} split across pages"
