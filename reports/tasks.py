from celery import shared_task


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def refresh_pathway_stages() -> int:
    from .services import pathway_stages_refresh

    return pathway_stages_refresh()
