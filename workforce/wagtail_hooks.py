from wagtail import hooks

from learning.hooks import DASHBOARD_PANELS

from .panels import my_assignments_panel

hooks.register(DASHBOARD_PANELS, my_assignments_panel, order=30)
