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


class PathwayStageCount(models.Model):
    """How many people following each pathway are at each stage, per school: a summary the
    `refresh_pathway_stages` task rebuilds on a schedule, since working out the stage of every
    follower takes seconds at county size."""

    pathway = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    stage = models.CharField(max_length=255)
    school = models.ForeignKey(
        "schools.School", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    learners = models.PositiveIntegerField()
    refreshed_at = models.DateTimeField()

    class Meta:
        default_permissions = ()

    def __str__(self) -> str:
        return f"{self.learners} at {self.stage}"
