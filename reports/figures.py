"""Every figure the dashboards show, defined once in words: the page, the CSV and the tests
read these, and each has one selector in reports.selectors.figures that computes it."""

from dataclasses import dataclass

# Figures about fewer people than this are withheld in county and school views.
SMALL_NUMBER = 5


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    definition: str
    people: bool = True  # counts people or their records, so a small one is withheld
    additive: bool = (
        True  # rows add up to the total (learners do only where a person is in one row)
    )


LEARNERS = Figure(
    "learners",
    "Learners",
    "People with an enrolment active at any time in the period: enrolled before the period "
    "ended, and neither left nor finished before it began. A person is counted once in a total "
    "however many modules they take.",
    additive=False,
)
ENROLMENTS = Figure(
    "enrolments",
    "Enrolments",
    "Enrolments active at any time in the period, as for learners: one per learner and module.",
)
COMPLETIONS = Figure(
    "completions",
    "Completions",
    "Modules completed in the period. Renewing training that expires counts again.",
)
COMPLETION_RATE = Figure(
    "completion_rate",
    "Completion rate",
    "Of the enrolments active in the period, the share completed in it (rounded to a whole "
    "percentage).",
    people=False,
    additive=False,
)
CPD_HOURS = Figure(
    "cpd_hours",
    "CPD hours",
    "CPD hours credited in the period for these modules, less any credit revoked.",
    people=False,
)
CREDITS = Figure(
    "credits",
    "Academic credits",
    "Academic credits awarded in the period for these modules, less any revoked.",
    people=False,
)
MEDIAN_DAYS = Figure(
    "median_days",
    "Median days to complete",
    "For modules completed for the first time in the period: half the learners took fewer "
    "days than this from enrolling to completing, half took more.",
    people=False,
    additive=False,
)
QUIZ_PASS_RATE = Figure(
    "quiz_pass_rate",
    "Quiz pass rate",
    "Of the learners who submitted a quiz in the period, the share who have passed it.",
    people=False,
    additive=False,
)
MISSED_RATE = Figure(
    "missed_rate",
    "Answered wrongly",
    "Of the answers submitted to a question in the period, the share that were wrong.",
    people=False,
    additive=False,
)
GOVERNORS = Figure(
    "governors", "Governors", "People serving on the board today (their current term)."
)
TRAINING_MET = Figure(
    "training_met",
    "Required training met",
    "Of the training each current governor's role requires, the share they have done and "
    "that has not expired, today.",
    people=False,
    additive=False,
)
PATHWAY_LEARNERS = Figure(
    "pathway_learners",
    "Learners at this stage",
    "People following the pathway today (joined and not left), by the stage they are working "
    "on; those who have completed every stage are counted as completed.",
)
VOLUNTEERS_PLACED = Figure(
    "volunteers_placed",
    "Volunteers placed",
    "Business volunteers placed on a board by the council, at any time.",
)
STILL_TEACHING = Figure(
    "still_in_county",
    "Still in a county school",
    "Of the people whose first module completion was at least this long ago, those with an "
    "employment at a county school on the anniversary.",
    additive=False,
)
INTO_LEADERSHIP = Figure(
    "into_leadership",
    "Moved into leadership",
    "Of the same people, those in a leadership role (middle or senior leader, headteacher) on "
    "the anniversary who were not in one when they first completed.",
    additive=False,
)
COHORT = Figure(
    "cohort",
    "Trained here",
    "People whose first module completion was at least this long ago.",
    additive=False,
)
ATTENDED = Figure(
    "attended",
    "Live-session attendance",
    "People marked present at a live session of the module in the period (from the events app).",
)

ALL = {
    figure.key: figure
    for figure in (
        LEARNERS,
        ENROLMENTS,
        COMPLETIONS,
        COMPLETION_RATE,
        CPD_HOURS,
        CREDITS,
        MEDIAN_DAYS,
        QUIZ_PASS_RATE,
        MISSED_RATE,
        GOVERNORS,
        TRAINING_MET,
        PATHWAY_LEARNERS,
        VOLUNTEERS_PLACED,
        COHORT,
        STILL_TEACHING,
        INTO_LEADERSHIP,
        ATTENDED,
    )
}
