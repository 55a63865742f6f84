import pytest

from tests.factories import ModulePageFactory, ProviderPageFactory


@pytest.fixture
def provider(db):
    return ProviderPageFactory(title="Test Alliance")


@pytest.fixture
def modules(provider):
    """Six plain CPD modules, m[0]..m[5]."""
    return [ModulePageFactory(title=f"Module {letter}", parent=provider) for letter in "ABCDEF"]


@pytest.fixture
def masters_modules(provider):
    """Five 30-credit modules at level 7 and a 60-credit dissertation."""
    taught = [
        ModulePageFactory(
            title=f"Masters module {n}",
            kind="masters",
            academic_credits=30,
            fheq_level=7,
            parent=provider,
        )
        for n in range(1, 6)
    ]
    dissertation = ModulePageFactory(
        title="Dissertation", kind="masters", academic_credits=60, fheq_level=7, parent=provider
    )
    return taught, dissertation
