from celery import shared_task

RETRY = {
    "acks_late": True,
    "autoretry_for": (OSError,),
    "retry_backoff": True,
    "max_retries": 5,
}


@shared_task(**RETRY)
def build_data_export(*, export_id: str) -> bool:
    """Build one person's archive; a second run finds it built and does nothing."""
    from .services import data_export_build

    export = data_export_build(export_id=export_id)
    return bool(export and export.ready_at)


@shared_task(acks_late=True)
def apply_retention() -> dict:
    from .services import retention_apply

    return retention_apply().removed
