"""The blocks an editor builds a pathway's stages from."""

from wagtail import blocks

from .stages import Rule

FHEQ_LEVELS = [(str(level), f"Level {level}") for level in range(4, 9)]


class ModuleListBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(blocks.PageChooserBlock(page_type="courses.ModulePage"), **kwargs)


class StageBlock(blocks.StructBlock):
    """One step of a pathway: modules everyone takes, electives with a rule, an optional lock."""

    title = blocks.CharBlock(max_length=120, help_text="For example: Early career.")
    description = blocks.TextBlock(required=False, help_text="What this stage is for, briefly.")
    required_modules = ModuleListBlock(
        required=False, help_text="Every learner completes all of these."
    )
    electives = ModuleListBlock(
        required=False, help_text="Learners choose from these, as the rule below says."
    )
    rule = blocks.ChoiceBlock(choices=Rule.CHOICES, default=Rule.NONE, label="Electives rule")
    rule_number = blocks.IntegerBlock(
        required=False,
        min_value=1,
        label="N",
        help_text="How many electives, or how many credits, the rule asks for.",
    )
    rule_level = blocks.ChoiceBlock(
        choices=FHEQ_LEVELS,
        required=False,
        label="L (FHEQ level)",
        help_text="For a credits rule: the level the credits must be at (masters: 7).",
    )
    locked_until_previous = blocks.BooleanBlock(
        required=False,
        label="Locked until the previous stage is complete",
        help_text="Learners can see the stage, but it does not count until the one before is done.",
    )

    class Meta:
        icon = "list-ol"
        label = "Stage"


class StagesBlock(blocks.StreamBlock):
    stage = StageBlock()

    class Meta:
        min_num = 1
