from django.db import models


class BusinessVolunteer(models.Model):
    """Someone from business who offered to serve as a governor or mentor.

    Its table keeps the name it was made with in governors, so the move lost no rows."""

    class Interest(models.TextChoices):
        GOVERNOR = "governor", "Becoming a governor or trustee"
        MENTOR = "mentor", "Mentoring a school leader"
        BOTH = "both", "Either"

    class Availability(models.TextChoices):
        MONTHLY = "monthly", "A few hours a month"
        TERMLY = "termly", "A few hours a term"
        WEEKLY = "weekly", "A few hours a week"

    name = models.CharField(max_length=200)
    email = models.EmailField("e-mail address")
    phone = models.CharField(max_length=30, blank=True)
    company = models.CharField(max_length=200)
    sector = models.CharField(max_length=100)
    skills = models.ManyToManyField("courses.FrameworkElement", related_name="volunteers")
    availability = models.CharField(max_length=20, choices=Availability.choices)
    interest = models.CharField(max_length=20, choices=Interest.choices)
    about = models.TextField(blank=True)
    consent = models.BooleanField()
    registered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "governors_businessvolunteer"
        ordering = ["registered_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.company})"
