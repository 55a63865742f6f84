from django.urls import path

from . import views

app_name = "mentoring"
urlpatterns = [
    path("mentoring/", views.index, name="index"),
    path("mentoring/<int:pk>/", views.relationship, name="relationship"),
    path("mentoring/<int:pk>/respond/", views.respond, name="respond"),
    path("mentoring/<int:pk>/end/", views.end, name="end"),
    path("mentoring/<int:pk>/meetings/new/", views.meeting_add, name="meeting_add"),
    path(
        "mentoring/<int:pk>/reflections/<int:reflection_id>/comment/",
        views.comment,
        name="comment",
    ),
    path("mentoring/actions/<int:pk>/done/", views.action_done, name="action_done"),
    path("mentoring/inductions/<int:pk>/", views.induction, name="induction"),
    path(
        "mentoring/inductions/<int:pk>/terms/<int:term>/",
        views.induction_record,
        name="induction_record",
    ),
    path("mentoring/schools/<int:school_id>/", views.school, name="school"),
    path("mentoring/council/", views.council, name="council"),
    path("mentoring/council/requests/<int:pk>/", views.council_request, name="council_request"),
    path("mentoring/requests/new/", views.request_add, name="request_add"),
    path("mentoring/offers/new/", views.offer_add, name="offer_add"),
]
