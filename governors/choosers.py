"""The board chooser in the Wagtail admin, which asks for the permission to see boards."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from wagtail.snippets.views.chooser import SnippetChooserViewSet


class BoardChooserViewSet(SnippetChooserViewSet):
    """Wagtail's choosers ask no permission, so this one would list every board to any admin
    user (a provider lead, say); only those who may see boards choose one."""

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)

        @wraps(view)
        def checked(request, *args, **kwargs):
            if not request.user.has_perm("governors.view_board"):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return checked
