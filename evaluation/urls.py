from django.urls import path

from . import views

app_name = "evaluation"
urlpatterns = [
    path(
        "questionnaires/<int:questionnaire_id>/<int:page_id>/",
        views.answer,
        name="answer",
    ),
]
