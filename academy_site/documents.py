"""Who may download a Wagtail document: it is served by id, so the id alone must not be enough."""

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry


def document_visible_to(*, document, request) -> bool:
    """The visitor edits the document's collection, or the document is used on a live page
    the visitor may see (Wagtail's reference index says where it is used)."""
    user = request.user
    policy = policy_registry.get_by_type(get_document_model())
    if user.is_authenticated and policy.user_has_permission_for_instance(user, "change", document):
        return True
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    pages = Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids])
    return any(
        all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
        for page in pages
    )
