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
    path("mentoring/inductions/<int:pk>/extend/", views.induction_extend, name="induction_extend"),
    path("mentoring/inductions/<int:pk>/mentor/", views.induction_mentor, name="induction_mentor"),
    path("mentoring/inductions/<int:pk>/served/", views.induction_terms, name="induction_terms"),
    path(
        "mentoring/inductions/<int:pk>/transfer/",
        views.induction_transfer,
        name="induction_transfer",
    ),
    path("mentoring/schools/<int:school_id>/", views.school, name="school"),
    path(
        "mentoring/schools/<int:school_id>/inductions/new/",
        views.induction_start,
        name="induction_start",
    ),
    path("mentoring/<int:pk>/practitioners/new/", views.practitioner_add, name="practitioner_add"),
    path("mentoring/training/", views.training, name="training"),
    path("mentoring/council/", views.council, name="council"),
    path("mentoring/council/requests/<int:pk>/", views.council_request, name="council_request"),
    path("mentoring/requests/new/", views.request_add, name="request_add"),
    path("mentoring/offers/new/", views.offer_add, name="offer_add"),
]
