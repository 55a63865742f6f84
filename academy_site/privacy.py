"""How an app declares the personal data it holds, for export, erasure and retention.

Each app that stores something about a person lists it in its own ``<app>/privacy.py`` as
``DECLARATIONS = [PersonalData(...), ...]``. The privacy app reads every declaration: it exports
the rows, erases or pseudonymises them on an approved request, and a test fails when a model
with personal data has no declaration. Declaring is all an app has to do for the generic cases;
an app with records that need more care (a certificate that stays verifiable) says so in
``erase`` and the privacy app's provider for it does the rest.
"""

from collections.abc import Callable
from dataclasses import dataclass

# What erasure does to a row: delete it; keep it but replace what names the person (its figures
# stay, under a pseudonym); or keep it as it is because the law or another person needs it.
ERASE_CHOICES = ("delete", "pseudonymise", "keep")


@dataclass(frozen=True)
class PersonalData:
    model: str  # app_label.ModelName
    person_field: str  # the lookup (foreign key path or e-mail field) that finds the person's rows
    fields: tuple[str, ...]  # the fields an export shows
    export: str  # how an export presents the rows, in words
    erase: str  # one of ERASE_CHOICES
    why: str = ""  # the reason for that choice, shown to the officer approving an erasure
    # Free-text fields that pseudonymising blanks because they may name the person.
    scrub: tuple[str, ...] = ()
    # Where the generic way is not enough: ``exporter(person) -> list[dict]`` gives the rows an
    # export shows, ``eraser(person, rows, pseudonym) -> int`` erases the person's rows (``rows``
    # is the queryset the person_field finds) and returns how many it changed.
    exporter: Callable | None = None
    eraser: Callable | None = None

    def __post_init__(self):
        if self.erase not in ERASE_CHOICES:
            raise ValueError(f"{self.model}: erase must be one of {ERASE_CHOICES}")

    @property
    def app_label(self) -> str:
        return self.model.split(".", 1)[0]


def _log_labels_pseudonymise(model_label: str, label_field: str, id_field: str):
    """An eraser for a log whose rows name the object they are about (the Django admin's and
    Wagtail's logs name a user they changed by their name): rows about the person say the
    pseudonym instead. The rows the person wrote stay, pointing at the closed account."""

    def eraser(person, rows, pseudonym: str) -> int:
        from django.apps import apps
        from django.contrib.contenttypes.models import ContentType

        model = apps.get_model(model_label)
        about = model.objects.filter(
            content_type=ContentType.objects.get_for_model(type(person)),
            **{id_field: str(person.pk)},
        )
        return about.update(**{label_field: pseudonym})

    return eraser


def _outbox_erase(person, rows, pseudonym: str) -> int:
    """E-mails to the person go; e-mails to others that name them (a mentor told of a shared
    reflection) keep their text with the person's name and address replaced by the pseudonym."""
    from django.db.models import F, Q, Value
    from django.db.models.functions import Replace

    from .models import OutboundEmail

    changed = rows.delete()[0]
    words = [w for w in (person.get_full_name().strip(), person.email) if w]
    if not words:
        return changed
    mention = Q(pk__in=[])
    for word in words:
        mention |= Q(subject__icontains=word) | Q(text__icontains=word) | Q(html__icontains=word)
    changes = {}
    for field in ("subject", "text", "html"):
        value = F(field)
        for word in words:
            value = Replace(value, Value(word), Value(pseudonym))
        changes[field] = value
    return changed + OutboundEmail.objects.filter(mention).update(**changes)


# The site's own records and the Wagtail and Django admin tables it runs.
DECLARATIONS = [
    PersonalData(
        model="academy_site.OutboundEmail",
        person_field="to",
        fields=("to", "subject", "created_at", "sent_at"),
        export="One row per e-mail sent to you (kept 30 days): subject and when it went.",
        erase="delete",
        why="e-mails to others that name you keep their text, with your name replaced",
        eraser=_outbox_erase,
    ),
    PersonalData(
        model="academy_site.AccessRecord",
        person_field="person",
        fields=("viewer", "what", "action", "at"),
        export="Each time someone whose role lets them opened your record: who, what, when.",
        erase="keep",
        why="the log of who opened records is kept to account for every look; it names only "
        "the closed account",
    ),
    PersonalData(
        model="academy_site.AccessRecord",
        person_field="viewer",
        fields=("what", "action", "at"),
        export="Each time you opened another person's record.",
        erase="keep",
        why="others may ask who looked at their record; it names only the closed account",
    ),
    PersonalData(
        model="wagtailcore.Page",
        person_field="owner",
        fields=("title", "first_published_at"),
        export="Pages you created in the content management system.",
        erase="pseudonymise",
        why="the page stays published; it no longer says who created it",
    ),
    PersonalData(
        model="wagtailcore.Page",
        person_field="locked_by",
        fields=("title", "locked_at"),
        export="Pages you have locked for editing.",
        erase="pseudonymise",
    ),
    PersonalData(
        model="wagtailcore.Revision",
        person_field="user",
        fields=("object_str", "created_at"),
        export="Page revisions you saved.",
        erase="pseudonymise",
        why="the page's history stays; it no longer says who saved it",
    ),
    PersonalData(
        model="wagtailcore.PageLogEntry",
        person_field="user",
        fields=("label", "action", "timestamp"),
        export="What you did to pages in the content management system.",
        erase="pseudonymise",
    ),
    PersonalData(
        model="wagtailcore.ModelLogEntry",
        person_field="user",
        fields=("label", "action", "timestamp"),
        export="What you did to other records in the content management system.",
        erase="pseudonymise",
        eraser=_log_labels_pseudonymise("wagtailcore.ModelLogEntry", "label", "object_id"),
    ),
    PersonalData(
        model="admin.LogEntry",
        person_field="user",
        fields=("object_repr", "action_flag", "action_time"),
        export="What you changed in the Django admin.",
        erase="keep",
        why="the admin's audit trail stays, under the closed account; entries about you lose "
        "your name",
        eraser=_log_labels_pseudonymise("admin.LogEntry", "object_repr", "object_id"),
    ),
    PersonalData(
        model="wagtailcore.WorkflowState",
        person_field="requested_by",
        fields=("status", "created_at"),
        export="Approvals you asked for.",
        erase="pseudonymise",
    ),
    PersonalData(
        model="wagtailcore.TaskState",
        person_field="finished_by",
        fields=("status", "finished_at", "comment"),
        export="Approvals you gave or refused.",
        erase="pseudonymise",
    ),
    PersonalData(
        model="wagtailcore.CommentReply",
        person_field="user",
        fields=("text", "created_at"),
        export="Your replies to comments on pages.",
        erase="delete",
    ),
    PersonalData(
        model="wagtailcore.Comment",
        person_field="user",
        fields=("text", "created_at"),
        export="Your comments on pages in the content management system.",
        erase="delete",
    ),
    PersonalData(
        model="wagtailcore.Comment",
        person_field="resolved_by",
        fields=("resolved_at",),
        export="Comments you resolved.",
        erase="pseudonymise",
    ),
    PersonalData(
        model="wagtailcore.PageSubscription",
        person_field="user",
        fields=("page", "comment_notifications"),
        export="Pages you follow for comments.",
        erase="delete",
    ),
    PersonalData(
        model="wagtailcore.UploadedFile",
        person_field="uploaded_by_user",
        fields=("file",),
        export="Files you uploaded and have not used yet.",
        erase="delete",
    ),
    PersonalData(
        model="wagtailcore.APIToken",
        person_field="user",
        fields=("name", "created", "revoked_at", "last_used_at"),
        export="Programming interface keys you hold (not the keys).",
        erase="delete",
    ),
    PersonalData(
        model="wagtailadmin.EditingSession",
        person_field="user",
        fields=("last_seen_at",),
        export="Pages you have open in the editor.",
        erase="delete",
    ),
    PersonalData(
        model="wagtailadmin.FormState",
        person_field="user",
        fields=("last_updated_at",),
        export="Unsaved editor forms.",
        erase="delete",
    ),
    PersonalData(
        model="wagtailusers.UserProfile",
        person_field="user",
        fields=("preferred_language", "current_time_zone", "theme"),
        export="Your settings in the content management system.",
        erase="delete",
    ),
    PersonalData(
        model="wagtaildocs.Document",
        person_field="uploaded_by_user",
        fields=("title", "created_at"),
        export="Documents you uploaded.",
        erase="pseudonymise",
        why="the document stays where it is used; it no longer says who uploaded it",
    ),
    PersonalData(
        model="wagtailimages.Image",
        person_field="uploaded_by_user",
        fields=("title", "created_at"),
        export="Images you uploaded.",
        erase="pseudonymise",
    ),
]
