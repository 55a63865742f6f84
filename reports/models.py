from django.db import models

# Either lets a person open the reports; which providers they then see is in selectors.
REPORT_PERMISSIONS = ("reports.view_county_reports", "reports.view_provider_reports")


class Report(models.Model):
    """No table: the reports read the other apps' records. It holds who may see which report."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("view_county_reports", "Can see the impact report for every provider"),
            ("view_provider_reports", "Can see the impact report for the providers they lead"),
        ]

    def __str__(self) -> str:
        return "Impact report"
