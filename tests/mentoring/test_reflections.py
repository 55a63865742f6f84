"""Mentors comment on and sign off reflections shared with them; nothing unshared reaches them."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from learning import services as learning
from mentoring import services
from mentoring.models import ReflectionComment
from tests.learning.factories import module_build


@pytest.fixture
def reflections(ect, mentor, taken):
    enrolment = learning.enrolment_create(learner=ect, module=taken.module)
    shared = learning.reflection_save(
        enrolment=enrolment,
        lesson=taken.reading,
        prompt_block_id=taken.prompt_id,
        text="Shared: my Year 9 lesson went better.",
    )
    learning.reflection_share(reflection=shared, learner=ect, mentor_email=mentor.email)
    other = module_build(title="Wellbeing")
    private = learning.reflection_save(
        enrolment=learning.enrolment_create(learner=ect, module=other.module),
        lesson=other.reading,
        prompt_block_id=other.prompt_id,
        text="Private: I nearly quit last week.",
    )
    return shared, private


def test_the_mentor_sees_only_what_was_shared_and_comments(client, pair, mentor, ect, reflections):
    shared, private = reflections
    client.force_login(mentor)
    page = client.get(reverse("mentoring:relationship", args=[pair.pk])).content.decode()
    assert "my Year 9 lesson went better" in page
    assert "I nearly quit" not in page
    response = client.post(
        reverse("mentoring:comment", args=[pair.pk, shared.pk]),
        {"text": "Great use of cold call.", "signs_off": "on"},
    )
    assert response.status_code == 302
    comment = ReflectionComment.objects.get()
    assert (comment.author, comment.signs_off) == (mentor, True)
    client.force_login(ect)
    page = client.get(reverse("mentoring:relationship", args=[pair.pk])).content.decode()
    assert "Great use of cold call." in page
    assert "Signed off" in page


def test_an_unshared_reflection_cannot_be_commented_on(client, pair, mentor, reflections):
    _shared, private = reflections
    client.force_login(mentor)
    response = client.post(
        reverse("mentoring:comment", args=[pair.pk, private.pk]), {"text": "Peek"}
    )
    assert response.status_code == 404
    with pytest.raises(ValidationError):
        services.reflection_comment(reflection=private, mentor=mentor, text="Peek")
    assert not ReflectionComment.objects.exists()


def test_the_mentee_cannot_comment_as_the_mentor(client, pair, ect, reflections):
    shared, _private = reflections
    client.force_login(ect)
    response = client.post(reverse("mentoring:comment", args=[pair.pk, shared.pk]), {"text": "Me"})
    assert response.status_code == 404
