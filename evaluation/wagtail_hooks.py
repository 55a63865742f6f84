from wagtail import hooks

from learning.hooks import DASHBOARD_PANELS

from .panels import questionnaires_panel

hooks.register(DASHBOARD_PANELS, questionnaires_panel, order=50)
