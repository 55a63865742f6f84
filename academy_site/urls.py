from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import views
from .health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("service-status/", views.service_status, name="service_status"),
    path("help/", views.help_page, name="help"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("account/", include("allauth.urls")),
    path("account/", include("accounts.urls")),
    path("", include("courses.urls")),
    path("", include("learning.urls")),
    path("", include("pathways.urls")),
    path("", include("credentials.urls")),
    path("", include("workforce.urls")),
    path("", include("governors.urls")),
    path("", include("reports.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
