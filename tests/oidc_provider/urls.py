from django.contrib.auth.views import LoginView
from django.urls import include, path
from oauth2_provider import urls as oauth2_urls

urlpatterns = [
    path("login/", LoginView.as_view(), name="login"),
    path(
        "o/",
        include((oauth2_urls.base_urlpatterns + oauth2_urls.oidc_urlpatterns, "oauth2_provider")),
    ),
]
