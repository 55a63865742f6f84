from django.apps import AppConfig


class AcademySiteConfig(AppConfig):
    name = "academy_site"
    verbose_name = "Academy site"
