import pytest

from academy_site.audit import EXPORTED, access_record
from academy_site.models import AccessRecord
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_look_at_others_writes_one_row_each_and_leaves_out_the_viewer():
    viewer, first, second = UserFactory.create_batch(3)
    written = access_record(viewer=viewer, people=[first, second.pk, viewer], what="staff record")
    assert written == 2
    rows = AccessRecord.objects.filter(viewer=viewer)
    assert sorted(rows.values_list("person_id", flat=True)) == sorted([first.pk, second.pk])
    assert set(rows.values_list("what", "action")) == {("staff record", "viewed")}


def test_an_anonymous_look_writes_nothing():
    from django.contrib.auth.models import AnonymousUser

    assert access_record(viewer=AnonymousUser(), people=[UserFactory()], what="x") == 0
    assert not AccessRecord.objects.exists()


def test_an_access_record_cannot_be_changed_or_deleted():
    viewer, person = UserFactory.create_batch(2)
    access_record(viewer=viewer, people=[person], what="certificates", action=EXPORTED)
    record = AccessRecord.objects.get()
    record.what = "nothing"
    with pytest.raises(ValueError, match="never changed"):
        record.save()
    with pytest.raises(ValueError, match="never deleted"):
        record.delete()
    assert AccessRecord.objects.get().what == "certificates"
