from django.urls import path

from . import views

app_name = "learning"
urlpatterns = [
    path("my-learning/", views.dashboard, name="dashboard"),
    path("my-learning/in-progress/", views.in_progress, name="in_progress"),
    path("my-learning/completed/", views.completed, name="completed"),
    path("my-learning/reflections/", views.reflections, name="reflections"),
    path(
        "my-learning/reflections/reflective-log.pdf",
        views.reflective_log_pdf,
        name="reflective_log_pdf",
    ),
    path(
        "my-learning/reflections/shared-with-me/",
        views.reflections_shared,
        name="reflections_shared",
    ),
    path("my-learning/reflections/<int:pk>/", views.reflection_detail, name="reflection"),
    path(
        "my-learning/reflections/<int:pk>/stop-sharing/",
        views.reflection_unshare,
        name="reflection_unshare",
    ),
    path("learn/modules/<int:module_id>/enrol/", views.enrol, name="enrol"),
    path("learn/modules/<int:module_id>/leave/", views.leave, name="leave"),
    path("learn/modules/<int:module_id>/renew/", views.renew, name="renew"),
    path("learn/lessons/<int:lesson_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path("learn/lessons/<int:lesson_id>/quiz/", views.quiz_submit, name="quiz_submit"),
    path(
        "learn/lessons/<int:lesson_id>/reflection/",
        views.reflection_save,
        name="reflection_save",
    ),
    path(
        "learn/lessons/<int:lesson_id>/reflection/draft/",
        views.reflection_draft_save,
        name="reflection_draft_save",
    ),
]
