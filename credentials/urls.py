from django.urls import path

from .views import learner, officers, openbadges, verification

app_name = "credentials"
urlpatterns = [
    path("my-certificates/", learner.my_certificates, name="my_certificates"),
    path("my-certificates/transcript.pdf", learner.transcript_pdf, name="transcript_pdf"),
    path(
        "my-certificates/transcript.clr.<str:format>",
        learner.transcript_clr,
        name="transcript_clr",
    ),
    path(
        "my-certificates/name-on-credentials/",
        learner.name_on_credentials,
        name="name_on_credentials",
    ),
    path("certificates/<uuid:pk>/certificate.pdf", learner.certificate_pdf, name="certificate_pdf"),
    path(
        "certificates/<uuid:pk>/credential.<str:format>",
        learner.certificate_credential,
        name="certificate_credential",
    ),
    path(
        "certificates/<uuid:pk>/badge.<str:format>",
        learner.certificate_badge,
        name="certificate_badge",
    ),
    path("verify/", verification.verify_form, name="verify_form"),
    path("verify/<str:code>.json", verification.verify_json, name="verify_json"),
    path("verify/<str:code>/", verification.verify_detail, name="verify_detail"),
    path("credentials/issuer.json", openbadges.issuer, name="issuer"),
    path("credentials/jwks.json", openbadges.jwks, name="jwks"),
    path("credentials/revocations.json", openbadges.revocation_list, name="revocation_list"),
    path("credentials/keys/<str:thumbprint>.json", openbadges.public_key, name="public_key"),
    path("credentials/status/revocation.json", openbadges.status_list, name="status_list"),
    path("credentials/issuer.png", openbadges.issuer_image, name="issuer_image"),
    path("credentials/badges/<int:page_id>.png", openbadges.badge_image, name="badge_image"),
    path(".well-known/did.json", openbadges.did_document, name="did_document"),
    path("credentials/prior-learning/", officers.prior_learning, name="prior_learning"),
    path("credentials/evidence/<int:pk>/", officers.credit_evidence, name="credit_evidence"),
    path("credentials/certificates/", officers.certificate_search, name="officer_certificates"),
    path(
        "credentials/certificates/<uuid:pk>/revoke/",
        officers.certificate_revoke_view,
        name="certificate_revoke",
    ),
]
