from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.shortcuts import redirect

from .models import User
from .selectors import user_deletion_refusal


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "job_role", "school", "is_staff"]
    search_fields = ["email", "first_name", "last_name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Personal details", {"fields": ("first_name", "last_name", "job_role", "school", "trn")}),
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)

    def delete_view(self, request, object_id, extra_context=None):
        """Say why a learner with records cannot be deleted, and what to do instead."""
        user = self.get_object(request, unquote(object_id))
        refusal = user_deletion_refusal(user=user) if user else ""
        if refusal:
            self.message_user(request, refusal, messages.ERROR)
            return redirect("admin:accounts_user_change", user.pk)
        return super().delete_view(request, object_id, extra_context)
