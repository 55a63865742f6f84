"""Revocation as verifiers read it: the Bitstring Status List credential (decoded here by the
W3C algorithm, its proof checked independently) and 1EdTech's revocation list."""

import base64
import gzip
import json
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from credentials import openbadges
from credentials.services import certificate_revoke
from tests.credentials.independent import verify_with_issuer_keys


def _status_bit(client, entry: dict) -> int:
    """Bitstring Status List v1.0, 3.2 validate: fetch, verify, decode, read the bit."""
    assert entry["type"] == "BitstringStatusListEntry"
    assert entry["statusPurpose"] == "revocation"
    response = client.get(urlsplit(entry["statusListCredential"]).path)
    assert response.status_code == 200
    status_list = response.json()
    verify_with_issuer_keys(client, status_list)
    assert status_list["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    subject = status_list["credentialSubject"]
    assert subject["type"] == "BitstringStatusList"
    assert subject["statusPurpose"] == entry["statusPurpose"]
    encoded = subject["encodedList"]
    assert encoded.startswith("u")
    raw = encoded[1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
    assert len(bits) * 8 >= 131_072
    index = int(entry["statusListIndex"])
    return (bits[index // 8] >> (7 - index % 8)) & 1


def _revoked_ids(client) -> list[str]:
    listed = client.get(reverse("credentials:revocation_list")).json()["revokedCredentials"]
    return [row["id"] for row in listed]


def test_revocation_shows_in_both_status_methods(client, learner, module, council_officer, issue):
    kept, revoked = issue(learner, module), issue(learner, module, source_key="renewal:1")
    other = issue(learner, module, source_key="renewal:2")
    entries = {
        c.pk: openbadges.credential_build(certificate=c)["credentialStatus"]
        for c in (kept, revoked, other)
    }
    assert [_status_bit(client, entry) for entry in entries.values()] == [0, 0, 0]
    assert _revoked_ids(client) == []

    certificate_revoke(certificate=revoked, reason="Issued in error.", by=council_officer)

    assert [_status_bit(client, entries[c.pk]) for c in (kept, revoked, other)] == [0, 1, 0]
    assert _revoked_ids(client) == [f"urn:uuid:{revoked.pk}"]
    listed = client.get(reverse("credentials:revocation_list")).json()["revokedCredentials"]
    assert listed[0]["revocationReason"] == "Issued in error."


def test_each_certificate_has_its_own_index(learner, module, masters_module, issue):
    first, second = issue(learner, module), issue(learner, masters_module)
    indexes = {
        openbadges.credential_build(certificate=c)["credentialStatus"]["statusListIndex"]
        for c in (first, second)
    }
    assert len(indexes) == 2


def test_the_status_list_is_signed_again_only_when_it_changes(
    client, learner, module, council_officer, issue
):
    certificate = issue(learner, module)
    first = client.get(reverse("credentials:status_list")).json()
    assert client.get(reverse("credentials:status_list")).json() == first
    certificate_revoke(certificate=certificate, reason="Issued in error.", by=council_officer)
    changed = client.get(reverse("credentials:status_list")).json()
    assert changed["credentialSubject"]["encodedList"] != first["credentialSubject"]["encodedList"]


def test_a_revoked_certificate_is_no_longer_handed_out_signed(
    client, learner, module, council_officer, issue
):
    certificate = issue(learner, module)
    certificate_revoke(certificate=certificate, reason="Issued in error.", by=council_officer)
    client.force_login(learner)
    for name, format in [
        ("credentials:certificate_credential", "json"),
        ("credentials:certificate_credential", "jwt"),
        ("credentials:certificate_badge", "png"),
        ("credentials:certificate_badge", "svg"),
    ]:
        response = client.get(reverse(name, args=[certificate.pk, format]))
        assert response.status_code == 410
        assert b"has been revoked" in response.content
    clr = json.loads(client.get(reverse("credentials:transcript_clr", args=["json"])).content)
    assert clr["credentialSubject"]["verifiableCredential"] == []


@pytest.mark.parametrize("highest", [0, 131_071, 131_072])
def test_the_list_grows_in_blocks_of_16_kilobytes(highest):
    from credentials.openbadges.status import _list_size, encoded_list

    size = _list_size(highest)
    assert size % 131_072 == 0
    assert size > highest
    raw = encoded_list([highest], size=size)[1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
    assert (bits[highest // 8] >> (7 - highest % 8)) & 1 == 1


def test_the_backfill_gives_a_learner_with_two_certificates_one_holder(
    learner, module, masters_module, issue
):
    """The migration that added holders and status entries, run over certificates issued
    before it: one holder per learner (however many certificates), one entry per certificate."""
    import importlib

    from django.apps import apps

    from credentials.models import CredentialHolder, StatusListEntry

    issue(learner, module)
    issue(learner, masters_module)
    StatusListEntry.objects.all().delete()
    CredentialHolder.objects.all().delete()
    migration = importlib.import_module(
        "credentials.migrations.0006_credentials_holder_and_status_list"
    )
    migration.backfill(apps, None)
    assert list(CredentialHolder.objects.values_list("learner_id", flat=True)) == [learner.pk]
    assert StatusListEntry.objects.count() == 2
