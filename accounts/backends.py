"""Sign-in and permissions for Academy's users."""

import functools

from django.contrib.auth import backends, get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q

from academy_site.prepared import PreparedQuery, field_attnames


@functools.cache
def _user_fields() -> list[str]:
    return field_attnames(get_user_model())


# The signed-in person, read on every request: compiled once per process.
_USER_BY_ID = PreparedQuery(
    lambda pk: get_user_model()._default_manager.filter(pk=pk).values_list(*_user_fields()),
    pk=int,
)


class ModelBackend(backends.ModelBackend):
    """Django's, reading a user's own and their groups' permissions in one query, not two: every
    page's menu asks for permissions, so this is a query saved on each request."""

    def get_user(self, user_id):
        """Django's, with its query compiled once per process (every request asks it)."""
        rows = _USER_BY_ID.rows(pk=int(user_id))
        if not rows:
            return None
        user = get_user_model().from_db("default", _user_fields(), rows[0])
        return user if self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            perms = Permission.objects.all()
            if not user_obj.is_superuser:
                perms = perms.filter(Q(user=user_obj) | Q(group__user=user_obj))
            rows = perms.values_list("content_type__app_label", "codename").order_by()
            user_obj._perm_cache = {f"{app_label}.{codename}" for app_label, codename in rows}
        return user_obj._perm_cache
