from django.conf import settings
from django.db import models
from django.utils import timezone


class Enrolment(models.Model):
    """A learner taking a module. One per learner and module; leaving keeps the records."""

    class Status(models.TextChoices):
        ACTIVE = "active", "In progress"
        COMPLETED = "completed", "Completed"
        WITHDRAWN = "withdrawn", "Left"

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="enrolments"
    )
    module = models.ForeignKey(
        "courses.ModulePage", on_delete=models.PROTECT, related_name="enrolments"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACTIVE)
    enrolled_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    # The attempt in progress: 1 for the first time through, +1 for each renewal.
    cycle = models.PositiveSmallIntegerField(default=1)
    completed_at = models.DateTimeField(
        null=True, blank=True, help_text="When the latest cycle was completed."
    )
    last_lesson = models.ForeignKey(
        "courses.LessonPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "module"], name="one_enrolment_per_module")
        ]
        indexes = [models.Index(fields=["learner", "status"])]

    def __str__(self) -> str:
        return f"{self.learner} on {self.module_id}"


class LessonProgress(models.Model):
    """A lesson completed within one cycle of an enrolment."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="progress")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.PROTECT, related_name="+")
    cycle = models.PositiveSmallIntegerField(default=1)
    completed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson", "cycle"], name="one_progress_per_lesson_cycle"
            )
        ]

    def __str__(self) -> str:
        return f"Lesson {self.lesson_id} done in cycle {self.cycle} of {self.enrolment_id}"


class QuizAttempt(models.Model):
    """One attempt at a quiz block: started when the learner is shown the questions (which ones,
    options in which order), then submitted once and scored on the server."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="quiz_attempts")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.PROTECT, related_name="+")
    quiz_block_id = models.CharField(max_length=64)
    cycle = models.PositiveSmallIntegerField(default=1)
    shown = models.JSONField(
        default=list,
        help_text="The questions shown, in order, each with its options' order: "
        '[{"question": 2, "options": [1, 0, 2]}, ...] (indexes into the quiz block).',
    )
    answers = models.JSONField(default=dict)
    score = models.PositiveSmallIntegerField(default=0)
    max_score = models.PositiveSmallIntegerField(default=0)
    percent = models.PositiveSmallIntegerField(default=0)
    passed = models.BooleanField(default=False)
    started_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        indexes = [models.Index(fields=["enrolment", "quiz_block_id", "cycle"])]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "quiz_block_id", "cycle"],
                condition=models.Q(submitted_at__isnull=True),
                name="one_open_attempt_per_quiz_cycle",
            )
        ]

    def __str__(self) -> str:
        if self.submitted_at is None:
            return f"Quiz {self.quiz_block_id}: started"
        return f"Quiz {self.quiz_block_id}: {self.percent}%"


class ModuleCompletion(models.Model):
    """A module completed: stamped once per enrolment cycle, the record credentials are issued for."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.PROTECT, related_name="completions")
    cycle = models.PositiveSmallIntegerField()
    completed_at = models.DateTimeField()

    class Meta:
        ordering = ["-completed_at"]
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "cycle"], name="one_completion_per_cycle")
        ]

    def __str__(self) -> str:
        return f"Completion {self.cycle} of {self.enrolment_id} at {self.completed_at:%Y-%m-%d}"

    @property
    def source_key(self) -> str:
        """The key credentials uses to issue for this completion exactly once."""
        return f"module-completion:{self.pk}"


class Reflection(models.Model):
    """A learner's private answer to a reflection prompt; shared with a mentor only if they choose."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections"
    )
    module = models.ForeignKey("courses.ModulePage", on_delete=models.PROTECT, related_name="+")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.PROTECT, related_name="+")
    prompt_block_id = models.CharField(max_length=64)
    prompt = models.CharField(max_length=500, help_text="The prompt as it read when answered.")
    text = models.TextField()
    shared_with = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reflections_shared_with_me",
        help_text="The mentor the learner chose to share this reflection with.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "lesson", "prompt_block_id"], name="one_reflection_per_prompt"
            )
        ]

    def __str__(self) -> str:
        return self.prompt
