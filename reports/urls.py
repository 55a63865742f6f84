from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("reports/", views.index, name="index"),
    path("reports/impact-matrix/", views.impact_matrix, name="impact_matrix"),
    path("reports/partnerships/", views.partnerships, name="partnerships"),
    path("reports/staff/", views.staff, name="staff"),
    path("reports/research-export/", views.research_export, name="research_export"),
    path("reports/<slug:dimension>.csv", views.export_csv, name="export_csv"),
]
