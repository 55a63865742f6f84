from django.urls import path

from . import views

app_name = "governors"
urlpatterns = [
    path("governance/", views.dashboard, name="dashboard"),
    path("governance/skills-audit/", views.skills_audit, name="skills_audit"),
    path("governance/boards/<int:board_id>/", views.board, name="board"),
    path("governance/boards/<int:board_id>/training.csv", views.board_csv, name="board_csv"),
    path("governance/boards/<int:board_id>/skills/", views.board_skills, name="board_skills"),
    path("governance/boards/<int:board_id>/invite/", views.board_invite, name="board_invite"),
    path(
        "governance/boards/<int:board_id>/governors/<int:governorship_id>/",
        views.governorship_edit,
        name="governorship_edit",
    ),
    path(
        "governance/boards/<int:board_id>/governors/<int:governorship_id>/remind/",
        views.governor_remind,
        name="governor_remind",
    ),
    path(
        "governance/boards/<int:board_id>/remind/", views.board_remind_all, name="board_remind_all"
    ),
    path("governance/invitations/<str:token>/", views.invitation, name="invitation"),
    path("governance/council/", views.council, name="council"),
    path("governance/council/volunteers/", views.council_volunteers, name="council_volunteers"),
    path(
        "governance/council/boards/<int:board_id>/propose/<int:volunteer_id>/",
        views.volunteer_propose,
        name="volunteer_propose",
    ),
    path(
        "governance/boards/<int:board_id>/proposals/<int:proposal_id>/",
        views.proposal,
        name="proposal",
    ),
    path(
        "governance/boards/<int:board_id>/training-request/",
        views.training_request,
        name="training_request",
    ),
    path(
        "governance/council/training-requests/",
        views.council_training_requests,
        name="council_training_requests",
    ),
    path(
        "governance/council/training-requests/<int:request_id>/",
        views.training_request_answer,
        name="training_request_answer",
    ),
    path("volunteer/", views.volunteer, name="volunteer"),
    path("volunteer/thanks/", views.volunteer_thanks, name="volunteer_thanks"),
]
