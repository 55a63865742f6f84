from celery import shared_task


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def refresh_pathway_stages() -> int:
    from .services import pathway_stages_refresh

    return pathway_stages_refresh()


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def refresh_figure_summaries() -> dict[int, int]:
    from .services import governor_training_refresh
    from .summaries import figure_summaries_refresh

    governor_training_refresh()
    return figure_summaries_refresh()
