from django.apps import AppConfig


class GovernorsConfig(AppConfig):
    name = "governors"

    def ready(self):
        from . import checks  # noqa: F401
