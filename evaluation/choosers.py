"""Choosers for the evaluation snippets that ask for the permission to see them: Wagtail's
choosers ask none, so any admin user (a provider lead) would list the matrix's indicators."""

from django.core.exceptions import PermissionDenied
from wagtail.snippets.views.chooser import SnippetChooserViewSet


class OfficersChooserViewSet(SnippetChooserViewSet):
    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)
        codename = f"{self.model._meta.app_label}.view_{self.model._meta.model_name}"

        def for_those_who_may_see(request, *args, **kwargs):
            if request.user.has_perm(codename):
                return view(request, *args, **kwargs)
            raise PermissionDenied

        return for_those_who_may_see
