"""The hook through which apps above hear that a learner's certificates for a page changed: one
issued (a first completion or a renewal, which supersedes the valid one) or revoked (by an
officer, or because its completion was undone). governors keeps its compliance summary by it.

An app registers in its wagtail_hooks.py, `hooks.register(CERTIFICATE_CHANGED, fn)`, so
credentials never imports upwards.
"""

from wagtail import hooks

# fn(*, learner_id, page_id): inside the transaction that changed the certificate, so a
# failure rolls the change back and no listener's record goes stale.
CERTIFICATE_CHANGED = "credentials_certificate_changed"


def certificate_changed_announce(*, learner_id: int, page_id: int) -> None:
    for listener in hooks.get_hooks(CERTIFICATE_CHANGED):
        listener(learner_id=learner_id, page_id=page_id)
