from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import models
from django.http import Http404
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from .prepared import PreparedIn, field_attnames

_PAGE_ATTNAMES = field_attnames(Page)
_PAGES_AT = PreparedIn(
    lambda urls: Page.objects.filter(url_path__in=urls).values_list(*_PAGE_ATTNAMES), kind=str
)


def _pages_at(url_paths: list[str]) -> list[Page]:
    """The pages at these url_paths (unique in the tree), in one query compiled once per
    process for each number of paths (routing asks this on every page)."""
    return [Page.from_db("default", _PAGE_ATTNAMES, row) for row in _PAGES_AT.rows(url_paths)]


class HomePage(Page):
    """The front door: what the Academy is and where to go next."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    def route(self, request, path_components):
        """Find the page at a path in one query of the pages along it (by their url_path, an
        indexed column), then its specific row: Wagtail's own routing asks two queries a level.

        Wherever a page on the way routes for itself (a routable page), its own route() decides
        from there, as Wagtail's would."""
        if not path_components:
            if getattr(self, "_academy_from_cache", False):  # the site's root, kept in the cache
                return type(self).objects.get(pk=self.pk).route(request, path_components)
            return super().route(request, path_components)
        prefixes, url = [], self.url_path
        for component in path_components:
            url += f"{component}/"
            prefixes.append(url)
        found = {
            page.url_path: page
            for page in _pages_at(prefixes)
            if page.path.startswith(self.path) and page.depth > self.depth
        }
        parent: Page = self
        for depth, prefix in enumerate(prefixes, start=1):
            page = found.get(prefix)
            if page is None or page.depth != self.depth + depth:
                raise Http404
            page._cached_parent_obj = parent
            model = page.specific_class
            if model is None or model.route is not Page.route:
                return page.specific.route(request, path_components[depth:])
            parent = page
        page = parent.specific
        page._cached_parent_obj = parent._cached_parent_obj
        if not page.live:
            raise Http404
        return RouteResult(page)


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
