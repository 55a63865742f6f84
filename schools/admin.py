from django.contrib import admin

from .models import School


@admin.register(School)
class SchoolAdmin(admin.ModelAdmin):
    list_display = ["name", "urn", "phase", "type", "town"]
    list_filter = ["phase", "type"]
    search_fields = ["name", "urn", "town"]
