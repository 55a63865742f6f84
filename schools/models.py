from django.db import models


class School(models.Model):
    """A school or setting in the county, as the DfE's register (GIAS) knows it."""

    class Phase(models.TextChoices):
        NURSERY = "nursery", "Nursery"
        PRIMARY = "primary", "Primary"
        SECONDARY = "secondary", "Secondary"
        ALL_THROUGH = "all_through", "All-through"
        SPECIAL = "special", "Special"
        ALTERNATIVE = "alternative", "Alternative provision"
        SIXTEEN_PLUS = "sixteen_plus", "16 plus"

    class Type(models.TextChoices):
        COMMUNITY = "community", "Community school"
        VOLUNTARY_AIDED = "voluntary_aided", "Voluntary aided school"
        VOLUNTARY_CONTROLLED = "voluntary_controlled", "Voluntary controlled school"
        FOUNDATION = "foundation", "Foundation school"
        ACADEMY = "academy", "Academy"
        FREE_SCHOOL = "free_school", "Free school"
        MAINTAINED_NURSERY = "maintained_nursery", "Maintained nursery school"
        SPECIAL = "special", "Community special school"

    urn = models.CharField("URN", max_length=6, unique=True, help_text="Unique reference number.")
    name = models.CharField(max_length=200)
    phase = models.CharField(max_length=20, choices=Phase.choices)
    type = models.CharField(max_length=30, choices=Type.choices)
    town = models.CharField(max_length=100, blank=True)
    postcode = models.CharField(max_length=10, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
