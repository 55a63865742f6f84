import io

import pytest
from pypdf import PdfReader

from learning import services
from learning.models import Reflection
from learning.pdf import reflective_log_pdf_render
from tests.learning.factories import REFLECTION_PROMPT, REFLECTION_TEXT

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_saving_again_updates_the_one_reflection_for_that_prompt(learner, taken, reflection):
    enrolment = reflection.learner.enrolments.get()
    again = services.reflection_save(
        enrolment=enrolment,
        lesson=taken.reading,
        prompt_block_id=taken.prompt_id,
        text="  Second thoughts.  ",
    )
    assert again.pk == reflection.pk
    assert Reflection.objects.get().text == "Second thoughts."
    assert again.prompt == REFLECTION_PROMPT
    assert again.module_id == taken.module.pk


@pytest.mark.parametrize(
    ("prompt_id", "text", "message"),
    [
        ("not-a-prompt", "Some text", "not in this lesson"),
        (None, "   ", "Write your reflection"),
        (None, "x" * 10_001, "10,000 characters or fewer"),
    ],
)
def test_a_reflection_that_cannot_be_saved_is_refused(learner, taken, prompt_id, text, message):
    enrolment = services.enrolment_create(learner=learner, module=taken.module)
    with pytest.raises(services.LearningError, match=message):
        services.reflection_save(
            enrolment=enrolment,
            lesson=taken.reading,
            prompt_block_id=prompt_id or taken.prompt_id,
            text=text,
        )
    assert not Reflection.objects.exists()


def test_the_lesson_shows_the_learners_saved_reflection_in_its_form(client, learner, taken):
    services.enrolment_create(learner=learner, module=taken.module)
    client.force_login(learner)
    response = client.post(
        f"/learn/lessons/{taken.reading.pk}/reflection/",
        {"prompt": taken.prompt_id, "text": REFLECTION_TEXT},
        follow=True,
    )
    page = response.content.decode()
    assert "Your reflection is saved in your reflective log." in page
    assert f'id="reflection-text-{taken.prompt_id}"' in page
    assert "I rushed the plenary" in page


def test_the_log_lists_reflections_by_module(client, learner, taken, reflection):
    client.force_login(learner)
    page = client.get("/my-learning/reflections/").content.decode()
    assert taken.module.title in page
    assert REFLECTION_PROMPT in page
    assert "I rushed the plenary" in page


def test_another_learner_gets_404_for_a_reflection_and_their_log_never_shows_it(
    client, other_learner, reflection
):
    client.force_login(other_learner)

    assert client.get(f"/my-learning/reflections/{reflection.pk}/").status_code == 404
    assert "I rushed the plenary" not in client.get("/my-learning/reflections/").content.decode()
    response = client.get("/my-learning/reflections/reflective-log.pdf")
    assert response.status_code == 200
    assert "plenary" not in pdf_text(response.content)


def test_the_author_reads_their_reflection(client, learner, reflection):
    client.force_login(learner)
    response = client.get(f"/my-learning/reflections/{reflection.pk}/")
    assert response.status_code == 200
    assert "I rushed the plenary" in response.content.decode()


def test_only_the_chosen_mentor_reads_a_shared_reflection(
    client, other_learner, council_officer, reflection
):
    reflection.shared_with = other_learner
    reflection.save()

    client.force_login(other_learner)
    assert client.get(f"/my-learning/reflections/{reflection.pk}/").status_code == 200
    client.force_login(council_officer)
    assert client.get(f"/my-learning/reflections/{reflection.pk}/").status_code == 404


def test_the_log_pdf_is_tagged_titled_and_holds_the_reflection(client, learner, reflection):
    client.force_login(learner)
    response = client.get("/my-learning/reflections/reflective-log.pdf")

    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = pdf_text(response.content)
    assert "I rushed the plenary and lost the quiet group." in " ".join(text.split())
    assert REFLECTION_PROMPT in " ".join(text.split())
    assert reader.metadata.title == "Reflective log of Lee Learner"
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "en-GB"
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"]


def test_the_log_pdf_for_nobody_logged_in_redirects_to_sign_in(client, reflection):
    response = client.get("/my-learning/reflections/reflective-log.pdf")
    assert response.status_code == 302
    assert reflective_log_pdf_render(learner=reflection.learner)[:5] == b"%PDF-"
