"""The Celery app for the mail kill tests: each worker child writes its pid to a file, so the
test can kill the child that is talking to the SMTP server."""

import os
from pathlib import Path

from celery.signals import worker_process_init

from academy_site.celery import app

__all__ = ["app"]


@worker_process_init.connect
def _child_pid_to_file(**kwargs):
    Path(os.environ["ACADEMY_WORKER_PID_FILE"]).write_text(str(os.getpid()))
