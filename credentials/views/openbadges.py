"""The public half of Open Badges: issuer profile, public key and revocation list."""

from django.http import JsonResponse
from django.views.decorators.cache import cache_control

from .. import openbadges


@cache_control(public=True, max_age=3600)
def issuer(request):
    return JsonResponse(openbadges.issuer_profile(), content_type="application/ld+json")


@cache_control(public=True, max_age=3600)
def jwks(request):
    return JsonResponse(openbadges.public_jwks(), content_type="application/jwk-set+json")


@cache_control(public=True, max_age=300)
def revocation_list(request):
    return JsonResponse(openbadges.revocation_list())
