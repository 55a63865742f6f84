from wagtail import hooks

from learning.hooks import DASHBOARD_NOTICES, DASHBOARD_PANELS

from .panels import confirm_employment_panel, my_assignments_panel

hooks.register(DASHBOARD_PANELS, my_assignments_panel, order=30)
hooks.register(DASHBOARD_NOTICES, confirm_employment_panel)
