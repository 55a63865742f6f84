"""WeasyPrint reads only Academy's own static and media files while it renders a PDF."""

from pathlib import Path

import pytest
from django.conf import settings

from academy_site.pdf import pdf_url_fetcher
from credentials.pdf import STYLES


def test_academys_own_files_and_data_uris_are_fetched():
    fetcher = pdf_url_fetcher(STYLES)
    response = fetcher.fetch((STYLES / "certificate.css").as_uri())
    assert response.url.endswith("certificate.css")
    assert fetcher.fetch("data:text/plain;base64,aGk=").url.startswith("data:")


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        Path(settings.BASE_DIR / "pyproject.toml").as_uri(),
        (STYLES / ".." / ".." / "pyproject.toml").as_uri(),
        "http://127.0.0.1:6379/",
        "https://example.org/logo.png",
        "ftp://example.org/file",
    ],
)
def test_other_files_and_hosts_are_refused(url):
    with pytest.raises(ValueError, match="A PDF may not"):
        pdf_url_fetcher(STYLES).fetch(url)
