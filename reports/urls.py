from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("reports/", views.index, name="index"),
    path("reports/impact-matrix/", views.impact_matrix, name="impact_matrix"),
    path("reports/<slug:dimension>.csv", views.export_csv, name="export_csv"),
]
