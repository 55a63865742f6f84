"""Badge images, and baking a credential into them (Open Badges 3.0, 5.3 Baked Badge): a PNG
iTXt chunk with the keyword "openbadgecredential", or an SVG <openbadges:credential> element,
holding the JSON credential with its embedded proof, so the image verifies on its own."""

import io
import json
import struct
import textwrap
import zlib
from functools import lru_cache
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont

SIZE = 512
INK = "#005a70"  # the Academy's teal
GOLD = "#ffbf47"
PAPER = "#ffffff"
FONT_FILES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_KEYWORD = b"openbadgecredential"
SVG_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0"


def _lines(title: str, width: int = 16, most: int = 4) -> list[str]:
    lines = textwrap.wrap(title, width=width) or [""]
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1][: width - 1].rstrip() + "…"
    return lines


@lru_cache(maxsize=8)
def _font(size: int):
    for path in FONT_FILES:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


@lru_cache(maxsize=256)
def badge_png(title: str, caption: str) -> bytes:
    """A round badge: the caption (module, pathway award) above the title, on the Academy's
    colours. Drawn with Pillow, so no browser or SVG renderer is needed."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, SIZE - 8, SIZE - 8), fill=GOLD)
    draw.ellipse((32, 32, SIZE - 32, SIZE - 32), fill=INK)
    centre = SIZE // 2
    draw.text((centre, 120), caption.upper(), font=_font(26), fill=GOLD, anchor="mm")
    lines = _lines(title)
    top = centre - (len(lines) - 1) * 23
    for number, line in enumerate(lines):
        draw.text((centre, top + number * 46), line, font=_font(38), fill=PAPER, anchor="mm")
    draw.text((centre, SIZE - 120), "ACADEMY", font=_font(26), fill=GOLD, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def badge_svg(title: str, caption: str) -> str:
    """The same badge as SVG."""
    lines = _lines(title)
    top = SIZE // 2 - (len(lines) - 1) * 23
    text = "".join(
        f'<text x="256" y="{top + number * 46 + 13}" font-size="38" fill="{PAPER}">'
        f"{escape(line)}</text>"
        for number, line in enumerate(lines)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" '
        f'width="{SIZE}" height="{SIZE}" role="img" aria-label="{escape(title, {chr(34): "&quot;"})}">'
        f"<title>{escape(title)}</title>"
        f'<circle cx="256" cy="256" r="248" fill="{GOLD}"/>'
        f'<circle cx="256" cy="256" r="224" fill="{INK}"/>'
        '<g font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" text-anchor="middle">'
        f'<text x="256" y="129" font-size="26" fill="{GOLD}">{escape(caption.upper())}</text>'
        f'{text}<text x="256" y="401" font-size="26" fill="{GOLD}">ACADEMY</text></g></svg>\n'
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bake_png(png: bytes, credential: dict) -> bytes:
    """The PNG with one uncompressed iTXt chunk (keyword, null, compression flag 0, method 0,
    empty language tag and translated keyword, the credential as UTF-8) after IHDR. An earlier
    openbadgecredential chunk is replaced, as the spec allows."""
    if not png.startswith(PNG_SIGNATURE):
        raise ValueError("Not a PNG image.")
    text = json.dumps(credential, ensure_ascii=False, separators=(",", ":")).encode()
    itxt = _chunk(b"iTXt", PNG_KEYWORD + b"\0" + b"\0\0" + b"\0" + b"\0" + text)
    chunks, offset = [], len(PNG_SIGNATURE)
    while offset < len(png):
        (length,) = struct.unpack(">I", png[offset : offset + 4])
        kind = png[offset + 4 : offset + 8]
        end = offset + 12 + length
        whole = png[offset:end]
        data = png[offset + 8 : offset + 8 + length]
        if not (kind == b"iTXt" and data.startswith(PNG_KEYWORD + b"\0")):
            chunks.append(whole)
            if kind == b"IHDR":
                chunks.append(itxt)
        offset = end
    return PNG_SIGNATURE + b"".join(chunks)


def bake_svg(svg: str, credential: dict) -> str:
    """The SVG with xmlns:openbadges on <svg> and <openbadges:credential> right after it, the
    credential in CDATA (a JSON string never holds ']]>' unescaped: '>' is escaped below)."""
    text = json.dumps(credential, ensure_ascii=False, indent=2).replace("]]>", "]]\\u003e")
    start = svg.index("<svg")
    end = svg.index(">", start)
    opening = svg[start:end]
    if "xmlns:openbadges" not in opening:
        opening += f' xmlns:openbadges="{SVG_NAMESPACE}"'
    element = f"<openbadges:credential><![CDATA[\n{text}\n]]></openbadges:credential>"
    return svg[:start] + opening + ">" + element + svg[end + 1 :]
