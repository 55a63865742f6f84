from django.urls import path

from . import views

app_name = "workforce"
urlpatterns = [
    path("my-school/", views.index, name="index"),
    path("my-school/staff/", views.staff_across, name="staff_across"),
    path("my-school/<int:school_id>/", views.school, name="school"),
    path("my-school/<int:school_id>/staff.csv", views.school_csv, name="school_csv"),
    path("my-school/<int:school_id>/staff/<int:person_id>/", views.person, name="person"),
    path(
        "my-school/<int:school_id>/staff/<int:person_id>/leaves/",
        views.employment_end,
        name="employment_end",
    ),
    path("my-school/<int:school_id>/invite/", views.staff_add, name="staff_add"),
    path("my-school/<int:school_id>/import/", views.staff_import, name="staff_import"),
    path("my-school/<int:school_id>/assign/", views.assign, name="assign"),
    path("my-school/<int:school_id>/roles/", views.roles, name="roles"),
    path("my-school/<int:school_id>/roles/<int:role_id>/end/", views.role_end, name="role_end"),
    path("my-school/confirm/<int:employment_id>/", views.confirm, name="confirm"),
    path("my-school/invitations/<str:token>/", views.invitation, name="invitation"),
]
