from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from . import checks  # noqa: F401
        from .mfa import remember_verdict_at_log_in

        user_logged_in.connect(remember_verdict_at_log_in, dispatch_uid="accounts_mfa_verdict")
