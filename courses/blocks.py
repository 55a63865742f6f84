"""The blocks a lesson is written in. Quiz answers stay on the server: templates never print them."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


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
    explanation = blocks.TextBlock(help_text="Shown after the learner submits.")

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["correct"])
        if correct == 0:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError("Mark at least one option as correct.")}
            )
        if value["kind"] == "single" and correct > 1:
            raise StructBlockValidationError(
                block_errors={
                    "options": ValidationError(
                        "A 'choose one' question can have only one correct option."
                    )
                }
            )
        return value


class QuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, default="Check your understanding")
    questions = blocks.ListBlock(QuestionBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = "blocks/quiz.html"


class LessonStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=["h3", "bold", "italic", "link", "ol", "ul"])
    heading = HeadingBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    reflection = ReflectionPromptBlock()
    quiz = QuizBlock()
