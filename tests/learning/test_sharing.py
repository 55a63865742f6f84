"""A learner shares a reflection with their mentor; the mentor reads it, and nobody else does."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from learning import services
from learning.models import Reflection
from tests.factories import UserFactory
from tests.learning.factories import REFLECTION_PROMPT, REFLECTION_TEXT, module_build

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentor(db):
    return UserFactory(email="mentor@example.org", first_name="Maya", last_name="Mentor")


def url(reflection: Reflection, action: str = "") -> str:
    return f"/my-learning/reflections/{reflection.pk}/{action}"


def shared_with(reflection: Reflection):
    reflection.refresh_from_db()
    return reflection.shared_with


def test_the_author_shares_by_e_mail_address_and_the_mentor_is_told_once_it_commits(
    client, learner, mentor, reflection, django_capture_on_commit_callbacks
):
    client.force_login(learner)
    assert "Share it with your mentor" in client.get("/my-learning/reflections/").content.decode()
    page = client.get(url(reflection)).content.decode()
    assert "Who can read it" in page
    assert 'name="mentor_email"' in page

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(url(reflection), {"mentor_email": "  Mentor@Example.org "})

    assert response.status_code == 302
    assert response.url == url(reflection)
    assert shared_with(reflection) == mentor
    assert len(callbacks) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["mentor@example.org"]
    assert message.subject == "Academy: Lee Learner shared a reflection with you"
    assert f"http://testserver/my-learning/reflections/{reflection.pk}/" in message.body
    assert "http://testserver/my-learning/reflections/shared-with-me/" in message.body
    assert REFLECTION_PROMPT in message.body
    assert REFLECTION_TEXT not in message.body  # the text stays on the site, behind the sign-in
    assert not getattr(message, "alternatives", None)  # plain text only

    page = client.get(response.url).content.decode()
    assert "govuk-notification-banner--success" in page
    assert "Your reflection is shared with Maya Mentor." in page
    assert "You and your mentor, <strong>Maya Mentor</strong> (mentor@example.org)" in page
    log = client.get("/my-learning/reflections/").content.decode()
    assert "Shared</strong> with Maya Mentor" in log
    assert "Change who can read it" in log


def test_sharing_again_with_the_same_mentor_sends_nothing_more(
    client, learner, mentor, reflection, django_capture_on_commit_callbacks
):
    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url(reflection), {"mentor_email": "mentor@example.org"})
        response = client.post(url(reflection), {"mentor_email": "mentor@example.org"}, follow=True)

    assert len(mail.outbox) == 1
    assert "This reflection is already shared with Maya Mentor." in response.content.decode()


def test_sharing_with_a_different_mentor_replaces_the_first(
    client, learner, mentor, other_learner, reflection, django_capture_on_commit_callbacks
):
    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url(reflection), {"mentor_email": "mentor@example.org"})
        client.post(url(reflection), {"mentor_email": "other@example.org"})

    assert shared_with(reflection) == other_learner
    assert [message.to for message in mail.outbox] == [
        ["mentor@example.org"],
        ["other@example.org"],
    ]
    client.force_login(mentor)
    assert client.get(url(reflection)).status_code == 404


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("nobody@example.org", "No Academy account uses that address. Ask your mentor to sign up"),
        ("LEARNER@example.org", "That is your own e-mail address."),
        ("   ", "Enter your mentor’s e-mail address."),
        ("", "Enter your mentor’s e-mail address."),
        ("not-an-address", "Enter an e-mail address in the correct format"),
    ],
)
def test_an_address_that_cannot_be_shared_with_shows_an_error_and_changes_nothing(
    client, learner, other_learner, reflection, django_capture_on_commit_callbacks, address, message
):
    reflection.shared_with = other_learner
    reflection.save()
    client.force_login(learner)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(url(reflection), {"mentor_email": address})

    page = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: Reflection" in page
    assert "govuk-error-summary" in page
    assert 'href="#id_mentor_email"' in page
    assert message in page
    assert "govuk-input--error" in page
    assert shared_with(reflection) == other_learner
    assert not callbacks
    assert not mail.outbox


def test_the_unknown_address_error_gives_away_nothing_about_other_accounts(
    client, learner, reflection
):
    UserFactory(email="inactive@example.org", first_name="Ivy", is_active=False)
    client.force_login(learner)
    page = client.post(url(reflection), {"mentor_email": "inactive@example.org"}).content.decode()
    assert "No Academy account uses that address." in page
    assert "Ivy" not in page
    assert shared_with(reflection) is None


def test_a_learner_cannot_trawl_for_accounts_with_many_unknown_addresses(
    client, learner, mentor, reflection
):
    cache.clear()
    client.force_login(learner)
    for number in range(services.UNKNOWN_ADDRESSES_PER_HOUR):
        page = client.post(url(reflection), {"mentor_email": f"nobody{number}@example.org"})
        assert "No Academy account uses that address." in page.content.decode()

    page = client.post(url(reflection), {"mentor_email": mentor.email}).content.decode()

    assert "You have tried too many addresses" in page
    assert "Maya" not in page
    assert shared_with(reflection) is None
    cache.clear()
    client.post(url(reflection), {"mentor_email": mentor.email})
    assert shared_with(reflection) == mentor


def test_a_share_rolled_back_sends_nothing(
    learner, mentor, reflection, django_capture_on_commit_callbacks
):
    def share_then_fail():
        with transaction.atomic():
            services.reflection_share(
                reflection=reflection, learner=learner, mentor_email="mentor@example.org"
            )
            raise RuntimeError("something later in the request failed")

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError):
            share_then_fail()

    assert not callbacks
    assert not mail.outbox
    assert shared_with(reflection) is None


def test_the_services_refuse_anyone_but_the_author(learner, mentor, reflection):
    with pytest.raises(PermissionDenied):
        services.reflection_share(
            reflection=reflection, learner=mentor, mentor_email="learner@example.org"
        )
    reflection.shared_with = mentor
    reflection.save()
    with pytest.raises(PermissionDenied):
        services.reflection_unshare(reflection=reflection, learner=mentor)
    assert shared_with(reflection) == mentor


def test_the_service_keys_its_errors_to_the_form_field(learner, reflection):
    with pytest.raises(ValidationError) as error:
        services.reflection_share(
            reflection=reflection, learner=learner, mentor_email="nobody@example.org"
        )
    assert list(error.value.message_dict) == ["mentor_email"]


@pytest.mark.parametrize("who", ["mentor", "stranger"])
def test_only_the_author_can_share_or_stop_sharing(
    client, mentor, other_learner, reflection, django_capture_on_commit_callbacks, who
):
    reflection.shared_with = mentor
    reflection.save()
    client.force_login(mentor if who == "mentor" else other_learner)

    with django_capture_on_commit_callbacks(execute=True):
        share = client.post(url(reflection), {"mentor_email": "other@example.org"})
        stop = client.post(url(reflection, "stop-sharing/"))

    assert share.status_code == 404
    assert stop.status_code == 404
    assert shared_with(reflection) == mentor
    assert not mail.outbox


def test_stopping_sharing_makes_the_reflection_private_again(client, learner, mentor, reflection):
    reflection.shared_with = mentor
    reflection.save()
    client.force_login(learner)

    assert client.get(url(reflection, "stop-sharing/")).status_code == 405
    response = client.post(url(reflection, "stop-sharing/"), follow=True)

    page = response.content.decode()
    assert response.redirect_chain == [(url(reflection), 302)]
    assert "govuk-notification-banner--success" in page
    assert "You have stopped sharing this reflection." in page
    assert "Only you. Share it with your mentor" in page
    assert shared_with(reflection) is None
    client.force_login(mentor)
    assert client.get(url(reflection)).status_code == 404


def test_the_mentor_reads_the_reflection_but_cannot_change_it(client, mentor, reflection):
    reflection.shared_with = mentor
    reflection.save()
    client.force_login(mentor)

    page = client.get(url(reflection)).content.decode()

    assert REFLECTION_TEXT in page
    assert "By Lee Learner" in page
    assert "Reflections shared with me" in page  # the breadcrumb back to their list
    assert "<form" not in page.split('id="main-content"')[1]
    for absent in ("mentor_email", "Stop sharing", "Edit it in the lesson", "Who can read it"):
        assert absent not in page


def test_the_shared_with_me_page_lists_what_was_shared_with_the_mentor_only(
    client, learner, other_learner, mentor, reflection, taken
):
    other_enrolment = services.enrolment_create(learner=other_learner, module=taken.module)
    not_shared = services.reflection_save(
        enrolment=other_enrolment,
        lesson=taken.reading,
        prompt_block_id=taken.prompt_id,
        text="Kept to myself.",
    )
    reflection.shared_with = mentor
    reflection.save()
    client.force_login(mentor)

    page = client.get("/my-learning/reflections/shared-with-me/").content.decode()

    assert "Lee Learner" in page
    assert taken.module.title in page
    assert taken.reading.title in page
    assert f'href="{url(reflection)}">{REFLECTION_PROMPT}</a>' in page
    assert url(not_shared) not in page
    assert "Olu Other" not in page
    assert REFLECTION_TEXT not in page  # the list names reflections; the text is one click away


def test_the_shared_with_me_page_says_when_nothing_is_shared(client, learner, reflection):
    client.force_login(learner)
    assert "Read the reflections shared with you" in client.get("/my-learning/").content.decode()
    page = client.get("/my-learning/reflections/shared-with-me/").content.decode()
    assert "No one has shared a reflection with you yet." in page
    assert "<table" not in page


def test_the_shared_with_me_page_needs_a_sign_in(client):
    response = client.get("/my-learning/reflections/shared-with-me/")
    assert response.status_code == 302
    assert "/account/login/" in response.url


def _share_from_new_learners(count: int, mentor) -> None:
    for number in range(count):
        taken = module_build(title=f"Shared module {number}")
        learner = UserFactory()
        enrolment = services.enrolment_create(learner=learner, module=taken.module)
        reflection = services.reflection_save(
            enrolment=enrolment, lesson=taken.reading, prompt_block_id=taken.prompt_id, text="Hm."
        )
        services.reflection_share(reflection=reflection, learner=learner, mentor_email=mentor.email)


@pytest.mark.parametrize("count", [2, 10])
def test_the_shared_with_me_page_runs_a_fixed_number_of_queries(
    client, mentor, django_assert_max_num_queries, count
):
    _share_from_new_learners(count, mentor)
    client.force_login(mentor)
    client.get("/my-learning/reflections/shared-with-me/")  # warm the per-process caches

    # session, user, the menu's two (groups, boards), and the reflections with learners and pages
    with django_assert_max_num_queries(5):
        response = client.get("/my-learning/reflections/shared-with-me/")

    assert response.content.decode().count('<tr class="govuk-table__row">') == count + 1


def test_the_lesson_says_who_can_read_the_reflection_and_links_to_sharing(
    client, learner, mentor, reflection, taken
):
    client.force_login(learner)
    page = client.get(taken.reading.url).content.decode()
    assert "Only you can read it, unless you share it with your mentor." in page
    assert f'href="{url(reflection)}">Share it with your mentor' in page

    reflection.shared_with = mentor
    reflection.save()
    page = client.get(taken.reading.url).content.decode()
    assert "You and your mentor, Maya Mentor, can read it." in page
    assert f'href="{url(reflection)}">Change who can read it' in page
