from django.urls import path

from . import views

app_name = "pathways"
urlpatterns = [
    path("pathways/", views.index, name="index"),
    path("my-pathways/<int:pathway_id>/join/", views.join, name="join"),
    path("my-pathways/<int:pathway_id>/leave/", views.leave, name="leave"),
]
