from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views import log_in_through_allauth

from . import views
from .health import healthz

# Django admin's own log-in form would skip allauth's rate limits and two-factor step.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("service-status/", views.service_status, name="service_status"),
    path("help/", views.help_page, name="help"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("django-admin/", admin.site.urls),
    # Wagtail's log-in forms (admin and private pages) would skip allauth too: they send people on.
    path("admin/login/", log_in_through_allauth),
    path("_util/login/", log_in_through_allauth),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("account/", include("allauth.urls")),
    path("account/", include("accounts.urls")),
    path("", include("courses.urls")),
    path("", include("learning.urls")),
    path("", include("pathways.urls")),
    path("", include("credentials.urls")),
    path("", include("workforce.urls")),
    path("", include("mentoring.urls")),
    path("", include("events.urls")),
    path("", include("governors.urls")),
    path("", include("reports.urls")),
    path("", include("evaluation.urls")),
    path("", include("privacy.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
