from django.http import Http404
from wagtail import hooks

from .documents import document_visible_to


@hooks.register("before_serve_document")
def serve_documents_only_to_those_allowed(document, request):
    """Refuse as if the document did not exist, so its id tells an outsider nothing."""
    if not document_visible_to(document=document, request=request):
        raise Http404("No document found.")
