"""What goes wrong when a learner asks for something the rules do not allow."""

from courses.models import ModulePage


class LearningError(Exception):
    """A learner's request that cannot be carried out; the message says what to do instead."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class PrerequisitesMissing(LearningError):
    """The learner has not completed every module this one builds on."""

    def __init__(self, missing: list[ModulePage]):
        names = ", ".join(module.title for module in missing)
        super().__init__(f"Complete these modules before you enrol: {names}.")
        self.missing = missing


class QuizSubmissionInvalid(LearningError):
    """A quiz submission that does not match the quiz: nothing is stored."""


class QuizAlreadySubmitted(LearningError):
    """The same attempt posted twice (a double click, a resent form): the first one counts."""

    def __init__(self, attempt):
        super().__init__("You have already sent these answers. Your result is below.")
        self.attempt = attempt
