"""A small module to take: a reading lesson with a reflection prompt, a quiz lesson, a closing lesson."""

from dataclasses import dataclass

from courses.models import LessonPage, ModulePage
from learning.models import Enrolment
from tests.factories import LessonPageFactory, ModulePageFactory, quiz_block

REFLECTION_PROMPT = "What will you try differently next week?"
REFLECTION_TEXT = "I rushed the plenary and lost the quiet group."


def reflection_block(prompt: str = REFLECTION_PROMPT) -> dict:
    return {"type": "reflection", "value": {"prompt": prompt, "guidance": "A few sentences."}}


def two_question_quiz() -> dict:
    """Question 1: choose one (B is right); question 2: choose all that apply (A and C are right)."""
    return quiz_block(
        ("Which is right", [("A", False), ("B", True), ("C", False)], "single"),
        ("Which apply", [("A", True), ("B", False), ("C", True)], "multiple"),
    )


@dataclass
class TakenModule:
    module: ModulePage
    reading: LessonPage
    quiz: LessonPage
    closing: LessonPage

    @property
    def quiz_id(self) -> str:
        return self.quiz.quizzes()[0].id

    @property
    def prompt_id(self) -> str:
        return self.reading.reflection_prompts()[0].id

    @property
    def lessons(self) -> list[LessonPage]:
        return [self.reading, self.quiz, self.closing]


def module_build(**module_fields) -> TakenModule:
    module = ModulePageFactory(**module_fields)
    reading = LessonPageFactory(
        parent=module,
        title="Reading the room",
        body=[
            {"type": "paragraph", "value": "<p>Notice what happens first.</p>"},
            reflection_block(),
        ],
    )
    quiz = LessonPageFactory(
        parent=module,
        title="Checking understanding",
        body=[{"type": "paragraph", "value": "<p>Answer both.</p>"}, two_question_quiz()],
    )
    closing = LessonPageFactory(parent=module, title="Putting it together")
    return TakenModule(module=module, reading=reading, quiz=quiz, closing=closing)


RIGHT = {"0": ["1"], "1": ["0", "2"]}
HALF_RIGHT = {"0": ["1"], "1": ["0"]}


def enrolment_for(learner, taken: TakenModule) -> Enrolment:
    return Enrolment.objects.create(learner=learner, module=taken.module)
