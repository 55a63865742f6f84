"""The blocks a lesson is written in. Quiz answers stay on the server: templates never print them."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from .validation import (
    FEEDBACK_CHOICES,
    FEEDBACK_WRONG,
    callout_problem,
    question_problem,
    quiz_settings_problem,
)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(choices=[("h2", "Heading"), ("h3", "Subheading")], default="h2")

    class Meta:
        icon = "title"
        template = "blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250, help_text="Describe the image for people who cannot see it."
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text="A YouTube or Vimeo address.")
    transcript = blocks.RichTextBlock(
        required=False, features=["bold", "italic", "link", "ol", "ul"]
    )

    class Meta:
        icon = "media"
        template = "blocks/video.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    description = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", "Information"), ("tip", "Tip"), ("warning", "Warning")], default="info"
    )
    title = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"

    def clean(self, value):
        value = super().clean(value)
        if not self.is_deferred_validation:
            problem = callout_problem(text=value["text"])
            if problem:
                raise StructBlockValidationError(block_errors={"text": ValidationError(problem)})
        return value


class ReflectionPromptBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(max_length=500)
    guidance = blocks.TextBlock(required=False)

    class Meta:
        icon = "edit"
        template = "blocks/reflection_prompt.html"


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(required=False)


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=500)
    kind = blocks.ChoiceBlock(
        choices=[("single", "Choose one answer"), ("multiple", "Choose all that apply")],
        default="single",
    )
    options = blocks.ListBlock(OptionBlock(), min_num=2)
    explanation = blocks.TextBlock(
        help_text="Shown once the learner passes, or after a failed attempt if the quiz's "
        "feedback setting says so."
    )

    def clean(self, value):
        """Draft saves may be unfinished; submitting or publishing needs an answerable question."""
        errors = {}
        try:
            value = super().clean(value)
        except StructBlockValidationError as error:
            errors = dict(error.block_errors)
        if not self.is_deferred_validation:
            options = [
                {"text": option["text"], "correct": option["correct"]}
                for option in value["options"]
            ]
            problem = question_problem(kind=value["kind"], options=options)
            per_option = getattr(errors.get("options"), "block_errors", None)
            if problem and not per_option:
                errors["options"] = ValidationError(problem)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class QuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, default="Check your understanding")
    questions = blocks.ListBlock(QuestionBlock(), min_num=1)
    feedback = blocks.ChoiceBlock(
        choices=FEEDBACK_CHOICES,
        default=FEEDBACK_WRONG,
        label="After a failed attempt, show",
        help_text="Right answers are never shown before the learner passes. "
        "Explanations often give the answer away.",
    )
    answers_after_last_attempt = blocks.BooleanBlock(
        required=False,
        default=False,
        label="Show the right answers after the last allowed attempt",
        help_text="Only applies when attempts are limited.",
    )
    shuffle_options = blocks.BooleanBlock(
        required=False,
        default=True,
        label="Shuffle the options for each attempt",
    )
    questions_per_attempt = blocks.IntegerBlock(
        required=False,
        min_value=1,
        label="Questions asked in each attempt",
        help_text="Leave empty to ask every question. A smaller number draws that many "
        "questions at random from the quiz for each attempt.",
    )
    attempt_limit = blocks.IntegerBlock(
        required=False,
        min_value=1,
        label="Attempts allowed",
        help_text="Leave empty to allow any number of attempts.",
    )
    wait_minutes = blocks.IntegerBlock(
        required=False,
        min_value=0,
        default=0,
        label="Minutes to wait between attempts",
    )

    class Meta:
        icon = "help"
        template = "blocks/quiz.html"
        form_layout = blocks.BlockGroup(
            children=["title", "questions"],
            settings=[
                "feedback",
                "answers_after_last_attempt",
                "shuffle_options",
                "questions_per_attempt",
                "attempt_limit",
                "wait_minutes",
            ],
        )

    def clean(self, value):
        errors = {}
        try:
            value = super().clean(value)
        except StructBlockValidationError as error:
            errors = dict(error.block_errors)
        if not self.is_deferred_validation:
            problem = quiz_settings_problem(
                questions=len(value["questions"]),
                questions_per_attempt=value.get("questions_per_attempt"),
            )
            if problem:
                errors["questions_per_attempt"] = ValidationError(problem)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class LessonStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=["h3", "bold", "italic", "link", "ol", "ul"])
    heading = HeadingBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    reflection = ReflectionPromptBlock()
    quiz = QuizBlock()
