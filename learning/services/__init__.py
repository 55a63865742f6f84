"""What a learner does on a module: enrol, complete lessons, answer quizzes, reflect, finish."""

from .enrolment import enrolment_create, enrolment_renew, enrolment_withdraw, prerequisites_missing
from .errors import (
    LearningError,
    PrerequisitesMissing,
    QuizAlreadySubmitted,
    QuizSubmissionInvalid,
)
from .progress import (
    lesson_complete,
    module_completion_check,
    module_completion_recheck,
    quiz_answers_validate,
    quiz_attempt_start,
    quiz_score,
    quiz_submit,
)
from .reflections import (
    REFLECTION_MAX_LENGTH,
    UNKNOWN_ADDRESSES_PER_HOUR,
    reflection_save,
    reflection_share,
    reflection_unshare,
    reflections_save,
)

__all__ = [
    "REFLECTION_MAX_LENGTH",
    "UNKNOWN_ADDRESSES_PER_HOUR",
    "LearningError",
    "PrerequisitesMissing",
    "QuizAlreadySubmitted",
    "QuizSubmissionInvalid",
    "enrolment_create",
    "enrolment_renew",
    "enrolment_withdraw",
    "lesson_complete",
    "module_completion_check",
    "module_completion_recheck",
    "prerequisites_missing",
    "quiz_answers_validate",
    "quiz_attempt_start",
    "quiz_score",
    "quiz_submit",
    "reflection_save",
    "reflection_share",
    "reflection_unshare",
    "reflections_save",
]
