"""Who may see a learner's certificate files: the learner and those who may see any
certificate (council officers), nobody else."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from academy_site.audit import EXPORTED, access_record

from ..models import Certificate


def certificate_for_viewer(request, pk) -> Certificate:
    """The certificate if the signed-in user may download it; 404 otherwise (never 403, so an
    outsider cannot tell whether a certificate exists)."""
    certificate = get_object_or_404(Certificate.objects.select_related("page", "learner"), pk=pk)
    user = request.user
    if certificate.learner_id != user.pk and not user.has_perm("credentials.view_certificate"):
        raise Http404("No certificate found.")
    access_record(
        viewer=user,
        people=[certificate.learner_id],
        what=f"certificate {certificate.code_display}",
        request=request,
        action=EXPORTED,
    )
    return certificate
