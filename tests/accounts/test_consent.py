import pytest

from accounts.consent import consent_give, consent_has, consent_withdraw, people_consenting
from accounts.models import Consent, ConsentPurpose
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
RESEARCH = ConsentPurpose.RESEARCH


def test_consent_given_withdrawn_and_given_again_keeps_its_history():
    person = UserFactory()
    assert not consent_has(person, RESEARCH)
    consent_give(person, RESEARCH)
    consent_give(person, RESEARCH)  # giving twice is one standing consent
    assert consent_has(person, RESEARCH)
    assert list(people_consenting(RESEARCH)) == [person]
    assert consent_withdraw(person, RESEARCH) == 1
    assert not consent_has(person, RESEARCH)
    assert not people_consenting(RESEARCH).exists()
    consent_give(person, RESEARCH)
    assert Consent.objects.filter(person=person).count() == 2
    assert not consent_has(person, ConsentPurpose.NAME_ON_CREDENTIALS)


def test_an_unknown_purpose_is_refused():
    with pytest.raises(ValueError, match="Unknown consent purpose"):
        consent_give(UserFactory(), "marketing")
    assert not Consent.objects.exists()
