"""The demo modules' lesson content, by module slug (the slugs of `courses.demo_catalogue.MODULES`).

Each entry: summary, description (rich text), outcomes, audiences (Audience slugs), delivery_mode,
framework_codes ((framework slug, element code) pairs from `courses.frameworks`) and 2 to 5 lessons,
each {"title", "minutes", "body"} where body is LessonStreamBlock JSON.
"""

from . import cpd, early_career, early_years, governance, itt, leadership, masters, support_staff

CONTENT: dict[str, dict] = {}
for _part in (governance, itt, early_career, cpd, early_years, support_staff, leadership, masters):
    CONTENT.update(_part.CONTENT)
