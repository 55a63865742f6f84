"""Reading a certificate's QR code the way a phone does: from the printed page, not the HTML."""

import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image


def qr_text_from_pdf(data: bytes, folder: Path) -> str:
    """Rasterise the first page with poppler (`make test` installs it) and decode its one QR code."""
    (folder / "certificate.pdf").write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", "certificate.pdf", "page"],
        cwd=folder,
        check=True,
    )
    (barcode,) = zxingcpp.read_barcodes(Image.open(folder / "page.png"))
    assert barcode.format == zxingcpp.BarcodeFormat.QRCode
    return barcode.text
