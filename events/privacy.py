"""The personal data events holds, declared for the privacy app (export and erasure).

Bookings, their history and attendance are the provider's record of who came to its training
(and what completed a module), so erasure keeps their dates under a pseudonym; interest, the
calendar address and nothing else are the learner's own and are deleted."""

from academy_site.privacy import PersonalData

DECLARATIONS = [
    PersonalData(
        model="events.Booking",
        person_field="learner",
        fields=("event", "status", "asked_at", "reminded_at"),
        export="One row per booking: event, its status now and when the place was asked for.",
        erase="pseudonymise",
        why="the provider's record of places and attendance, which completions rest on",
    ),
    PersonalData(
        model="events.BookingChange",
        person_field="booking__learner",
        fields=("booking", "status", "at", "by", "reason"),
        export="One row per change of a booking: status, when, who made it and why.",
        erase="pseudonymise",
        why="the history of each booking, kept with it",
    ),
    PersonalData(
        model="events.Attendance",
        person_field="booking__learner",
        fields=("booking", "sitting", "present", "marked_by", "marked_at"),
        export="One row per session on the register: present or absent.",
        erase="pseudonymise",
        why="the register a completion was decided on",
    ),
    PersonalData(
        model="events.Interest",
        person_field="learner",
        fields=("event", "created_at", "told_at"),
        export="One row per event the learner asked to hear about.",
        erase="delete",
    ),
    PersonalData(
        model="events.CalendarFeed",
        person_field="learner",
        fields=("created_at",),
        export="Not exported: the secret address of the learner's calendar.",
        erase="delete",
    ),
    PersonalData(
        model="events.Event",
        person_field="facilitators",
        fields=("title", "module"),
        export="One row per event the person facilitates.",
        erase="keep",
        why="the event belongs to its provider; the person is removed as facilitator with "
        "their account",
    ),
    # Where the person acted for a provider (changed a booking, took a register), the record
    # stays for the provider; erasure leaves it pointing at the closed account, which names nobody.
    PersonalData(
        model="events.BookingChange",
        person_field="by",
        fields=("booking", "status", "at", "reason"),
        export="Changes you made to other people's bookings.",
        erase="pseudonymise",
        why="the history of another person's booking",
    ),
    PersonalData(
        model="events.Attendance",
        person_field="marked_by",
        fields=("booking", "sitting", "present", "marked_at"),
        export="Registers you took.",
        erase="pseudonymise",
        why="the register another person's completion was decided on",
    ),
]
