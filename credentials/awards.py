"""The University's masters awards and how credits count toward them: plain arithmetic, no Django.

The Academy awards none of them. It records credits at FHEQ level 7; a learner who has enough
for an award may apply to the University for it. Recognised prior learning (credits from
another university) counts toward each award only up to the cap the council officer sets.
"""

from dataclasses import dataclass

MASTERS_LEVEL = 7
MASTERS_AWARDS = [
    (60, "Postgraduate Certificate"),
    (120, "Postgraduate Diploma"),
    (180, "Master's degree (MA)"),
]
MASTERS_TOP = MASTERS_AWARDS[-1][0]


def prior_learning_cap(*, award_credits: int, prior_percent: int) -> int:
    """The most recognised prior learning that may count toward an award of this size."""
    return award_credits * max(0, min(prior_percent, 100)) // 100


@dataclass(frozen=True)
class AwardThreshold:
    credits: int
    name: str
    counted: int  # module credits plus the prior learning that may count toward this award
    prior_counted: int

    @property
    def reached(self) -> bool:
        return self.counted >= self.credits

    @property
    def remaining(self) -> int:
        return max(0, self.credits - self.counted)


@dataclass(frozen=True)
class MastersProgress:
    """Level 7 credits toward the University's awards: earned here, and recognised from elsewhere."""

    module_credits: int
    prior_credits: int
    prior_percent: int

    @property
    def thresholds(self) -> list[AwardThreshold]:
        rows = []
        for credits, name in MASTERS_AWARDS:
            cap = prior_learning_cap(award_credits=credits, prior_percent=self.prior_percent)
            prior = max(0, min(self.prior_credits, cap))
            rows.append(AwardThreshold(credits, name, self.module_credits + prior, prior))
        return rows

    @property
    def credits(self) -> int:
        """What counts toward the largest award (the MA), the figure the progress bar shows."""
        return self.thresholds[-1].counted

    @property
    def total_credits(self) -> int:
        return self.module_credits + self.prior_credits

    @property
    def next_threshold(self) -> AwardThreshold | None:
        return next((t for t in self.thresholds if not t.reached), None)

    @property
    def awards_reached(self) -> list[str]:
        return [t.name for t in self.thresholds if t.reached]

    @property
    def prior_capped(self) -> bool:
        """Some recognised prior learning does not count toward at least one award."""
        return any(t.prior_counted < self.prior_credits for t in self.thresholds)

    @property
    def percent(self) -> int:
        return min(100, round(100 * self.credits / MASTERS_TOP))
