from wagtail import hooks

from learning.hooks import DASHBOARD_PANELS, PARTNERSHIP_TIES

from .panels import cpd_hours_panel
from .selectors.partnerships import existing_ties

hooks.register(DASHBOARD_PANELS, cpd_hours_panel, order=40)
hooks.register(PARTNERSHIP_TIES, existing_ties)
