from django.apps import AppConfig


class AcademySiteConfig(AppConfig):
    name = "academy_site"
    verbose_name = "Academy site"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site

        from .middleware import sites_forget
        from .models import HomePage

        def forget(sender, **kwargs):
            sites_forget()

        for model in (Site, HomePage):
            for signal in (post_save, post_delete):
                signal.connect(
                    forget, sender=model, dispatch_uid=f"academy_site.sites_{id(signal)}"
                )
