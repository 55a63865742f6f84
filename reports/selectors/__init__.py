"""Reads for the dashboards, by sub-area: the scope a viewer sees (scope), one selector per
figure (figures, quizzes), tables with small numbers withheld (tables), county-only figures
(council), the dashboards' layout (dashboard), keeping staff (staff), partnerships."""

from .scope import (
    OutOfScope,
    Period,
    Scope,
    current_academic_year,
    providers_for,
    scope_build,
)

__all__ = [
    "OutOfScope",
    "Period",
    "Scope",
    "current_academic_year",
    "providers_for",
    "scope_build",
]
