from collections import Counter

from django.db import router
from django.db.models.deletion import Collector, ProtectedError, RestrictedError

from .models import User


def user_deletion_blockers(*, user: User) -> list[str]:
    """The records that keep an account, counted in words: learning records are evidence."""
    collector = Collector(using=router.db_for_write(User))
    try:
        collector.collect([user])
    except ProtectedError as error:
        blocking = error.protected_objects
    except RestrictedError as error:
        blocking = error.restricted_objects
    else:
        return []
    counts = Counter(type(record)._meta for record in blocking)
    return [
        f"{count} {opts.verbose_name if count == 1 else opts.verbose_name_plural}"
        for opts, count in sorted(counts.items(), key=lambda item: item[0].label)
    ]


def user_deletion_refusal(*, user: User) -> str:
    """Why an account cannot be deleted and what to do instead; empty when it can be."""
    blockers = user_deletion_blockers(user=user)
    if not blockers:
        return ""
    return (
        f"You cannot delete {user.display_name} because they have learning records "
        f"({', '.join(blockers)}). These are kept as evidence of their training. "
        "To stop them signing in, make the account inactive. To remove their personal data, "
        "follow the erasure process instead of deleting the account."
    )
