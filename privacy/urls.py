from django.urls import path

from . import views

app_name = "privacy"
urlpatterns = [
    path("privacy/", views.notice, name="notice"),
    path("account/privacy/", views.mine, name="mine"),
    path("account/privacy/download/", views.export_request, name="export_request"),
    path(
        "account/privacy/download/<uuid:export_id>/", views.export_download, name="export_download"
    ),
    path("account/privacy/consent/", views.consent, name="consent"),
    path("account/privacy/who-has-looked/", views.accesses_mine, name="accesses_mine"),
    path("account/privacy/erase/", views.erasure_request, name="erasure_request"),
    path("privacy/erasure-requests/", views.erasure_list, name="erasure_list"),
    path("privacy/erasure-requests/<int:erasure_id>/", views.erasure_review, name="erasure_review"),
    path("privacy/access-log/", views.access_log, name="access_log"),
]
