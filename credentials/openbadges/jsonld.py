"""JSON-LD canonicalisation (RDFC-1.0, which PyLD calls URDNA2015) with the contexts bundled in
the repository: signing and checking a proof never goes to the network, so neither waits on,
nor can be fooled by, a context server."""

import json
from functools import lru_cache
from pathlib import Path

from pyld import jsonld

CONTEXT_DIR = Path(__file__).resolve().parent.parent / "jsonld"
VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CLR_V2 = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"
BUNDLED = {
    VC_V2: "credentials-v2.jsonld",
    OB_V3: "ob-v3p0-3.0.3.json",
    CLR_V2: "clr-v2p0-2.0.1.json",
}


class ContextNotBundled(Exception):
    """A document named a context we do not hold; we refuse rather than fetch it."""


@lru_cache(maxsize=len(BUNDLED))
def _context(url: str) -> dict:
    return json.loads((CONTEXT_DIR / BUNDLED[url]).read_text())


def document_loader(url: str, options=None) -> dict:
    if url not in BUNDLED:
        raise ContextNotBundled(f"The JSON-LD context {url} is not bundled with the Academy.")
    return {"contextUrl": None, "documentUrl": url, "document": _context(url)}


def canonical_nquads(document: dict) -> str:
    return jsonld.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": document_loader,
        },
    )
