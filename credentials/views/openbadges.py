"""The public half of Open Badges: issuer profile, keys, did:web, status lists, badge images."""

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import cache_control
from wagtail.models import Page

from courses.models import ModulePage

from .. import openbadges
from ..models import Certificate


@cache_control(public=True, max_age=3600)
def issuer(request):
    return JsonResponse(openbadges.issuer_profile(), content_type="application/ld+json")


@cache_control(public=True, max_age=3600)
def jwks(request):
    return JsonResponse(openbadges.public_jwks(), content_type="application/jwk-set+json")


@cache_control(public=True, max_age=3600)
def public_key(request, thumbprint):
    """One public key as a JWK: what a VC-JWT header's `kid` dereferences to."""
    jwk = openbadges.public_jwk(thumbprint)
    if jwk is None:
        raise Http404("No such key.")
    return JsonResponse(jwk, content_type="application/jwk+json")


@cache_control(public=True, max_age=3600)
def did_document(request):
    document = openbadges.did_document()
    if document is None:
        raise Http404("This deployment does not use did:web.")
    return JsonResponse(document, content_type="application/did+json")


@cache_control(public=True, max_age=300)
def revocation_list(request):
    return JsonResponse(openbadges.revocation_list())


@cache_control(public=True, max_age=300)
def status_list(request):
    return JsonResponse(openbadges.status_list_credential(), content_type="application/vc+ld+json")


def badge_caption(page) -> str:
    return "Module" if page.specific_class is ModulePage else "Pathway award"


@cache_control(public=True, max_age=86400)
def badge_image(request, page_id):
    """An achievement's badge, for pages someone holds a certificate for (no draft titles)."""
    page = get_object_or_404(Page, pk=page_id)
    if not Certificate.objects.filter(page_id=page.pk).exists():
        raise Http404("No badge for this page.")
    return HttpResponse(openbadges.badge_png(page.title, badge_caption(page)), "image/png")


@cache_control(public=True, max_age=86400)
def issuer_image(request):
    image = openbadges.badge_png(settings.ACADEMY_ORGANISATION, "Issuer")
    return HttpResponse(image, content_type="image/png")
