"""The Celery app for the kill test: the first render in this worker writes the pid of the
process doing it to a file and waits there to be killed; renders after that run normally."""

import os
import time
from pathlib import Path

from celery.signals import worker_process_init

from academy_site.celery import app

__all__ = ["app"]


@worker_process_init.connect
def _first_render_waits_to_be_killed(**kwargs):
    from credentials.services import rendering

    marker = Path(os.environ["ACADEMY_KILL_MARKER"])
    real_render = rendering.certificate_pdf_render

    def render(*, certificate):
        if not marker.exists():
            marker.write_text(str(os.getpid()))
            time.sleep(120)
        return real_render(certificate=certificate)

    rendering.certificate_pdf_render = render
