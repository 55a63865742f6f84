from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The front door: what the Academy is and where to go next."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1


class OutboundEmail(models.Model):
    """An e-mail in the outbox: written in the sender's transaction, handed to the mail server
    by a worker at most once. `handed_over_at` is set just before the server could accept it."""

    to = models.EmailField()
    subject = models.CharField(max_length=998)
    text = models.TextField()
    html = models.TextField(blank=True)
    message_id = models.CharField(max_length=255, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    handed_over_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # Text files sent with it, e.g. a calendar invitation: [{"name", "mimetype", "content"}].
    attachments = models.JSONField(default=list, blank=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=models.Q(handed_over_at__isnull=True),
                name="outbound_email_pending",
            )
        ]

    def __str__(self):
        return f"{self.subject} to {self.to}"

    def message(self) -> EmailMultiAlternatives:
        message = EmailMultiAlternatives(
            subject=self.subject,
            body=self.text,
            to=[self.to],
            headers={"Message-ID": self.message_id},
        )
        if self.html:
            message.attach_alternative(self.html, "text/html")
        for attachment in self.attachments:
            message.attach(attachment["name"], attachment["content"], attachment["mimetype"])
        return message


class AccessRecord(models.Model):
    """One look at another person's record by someone whose role lets them (an officer, a chair
    or clerk, a school lead, a mentor, a provider lead): who, whose, what and when. Append-only:
    written by ``academy_site.audit.access_record`` and never changed or deleted by the app."""

    viewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="accesses_made",
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="accesses_to_record",
    )
    what = models.CharField(max_length=200, help_text="What was opened, in words.")
    action = models.CharField(max_length=10, default="viewed")  # viewed, exported
    path = models.CharField(max_length=500, blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["person", "-at"], name="access_record_person")]

    def __str__(self):
        return f"{self.viewer_id} {self.action} {self.what} of {self.person_id} at {self.at}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("An access record is never changed once written.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("An access record is never deleted by the app.")
