import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.utils import timezone

from credentials.services import certificate_issue
from tests.factories import ModulePageFactory


@pytest.fixture(scope="session")
def signing_key_pem() -> str:
    return (
        Ed25519PrivateKey.generate()
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )


@pytest.fixture(scope="session")
def jwt_signing_key_pem() -> str:
    return (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )


@pytest.fixture(autouse=True)
def _signing_key(settings, signing_key_pem, jwt_signing_key_pem):
    settings.ACADEMY_SIGNING_KEY = signing_key_pem
    settings.ACADEMY_JWT_SIGNING_KEY = jwt_signing_key_pem


@pytest.fixture
def module(db):
    return ModulePageFactory(
        title="Safeguarding in schools", cpd_hours=6, academic_credits=0, validity_months=24
    )


@pytest.fixture
def masters_module(db):
    return ModulePageFactory(
        title="Leading curriculum change", cpd_hours=150, academic_credits=15, fheq_level=7
    )


@pytest.fixture
def issue():
    """Issue a certificate for a learner and page as a completion would."""
    counter = iter(range(1, 10_000))

    def _issue(learner, page, *, completed_at=None, source_key=None):
        return certificate_issue(
            learner=learner,
            page=page,
            source_key=source_key or f"test-completion:{next(counter)}:{page.pk}",
            completed_at=completed_at or timezone.now(),
        )

    return _issue
