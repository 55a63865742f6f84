from django.urls import path

from . import views

app_name = "events"
urlpatterns = [
    path("events/<int:event_id>/", views.event, name="event"),
    path("events/<int:event_id>/book/", views.book, name="book"),
    path("events/<int:event_id>/cancel/", views.cancel, name="cancel"),
    path("events/<int:event_id>/interest/", views.interest, name="interest"),
    path("events/approvals/", views.approvals, name="approvals"),
    path("events/approvals/<int:booking_id>/approve/", views.approve, name="approve"),
    path("events/approvals/<int:booking_id>/decline/", views.decline, name="decline"),
    path("events/manage/", views.manage, name="manage"),
    path("events/manage/<int:event_id>/", views.manage_event, name="manage_event"),
    path("events/manage/<int:event_id>/cancel/", views.event_cancel, name="event_cancel"),
    path("events/manage/<int:event_id>/attendees.csv", views.attendees_csv, name="attendees_csv"),
    path("events/manage/<int:event_id>/sign-in.pdf", views.sign_in_sheet, name="sign_in_sheet"),
    path("events/register/<int:sitting_id>/", views.register, name="register"),
    path("events/calendar/", views.my_calendar, name="my_calendar"),
    path("events/calendar/<str:token>.ics", views.feed, name="feed"),
]
