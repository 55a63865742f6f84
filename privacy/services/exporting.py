"""Download my data: one zip archive holding a readable summary (HTML) and one JSON file per
area, built in the background, offered for ``PRIVACY_EXPORT_DAYS`` days and then deleted."""

import io
import json
import zipfile
from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from academy_site.emails import email_send
from academy_site.links import site_url

from .. import registry
from ..models import DataExport, data_export_path


def person_data(person) -> dict[str, dict]:
    """Everything the declarations find for the person, by area: the archive's content."""
    areas: dict[str, dict] = defaultdict(lambda: {"records": []})
    for declaration in registry.declarations():
        rows = registry.rows_export(declaration, person)
        if not rows:
            continue
        area = registry.area_of(declaration)
        areas[area]["title"] = registry.area_title(area)
        areas[area]["records"].append(
            {
                "record": declaration.model,
                "title": registry.model_of(declaration)._meta.verbose_name_plural.capitalize(),
                "what": declaration.export,
                "rows": rows,
            }
        )
    return dict(sorted(areas.items()))


def archive_build(person) -> bytes:
    """The zip: summary.html, then ``<area>.json`` for each area that holds something."""
    data = person_data(person)
    generated_at = timezone.now()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        summary = render_to_string(
            "privacy/export_summary.html",
            {"person": person, "areas": data, "generated_at": generated_at},
        )
        archive.writestr("summary.html", summary)
        for area, content in data.items():
            document = {"area": area, "generated_at": generated_at.isoformat(), **content}
            archive.writestr(
                f"{area}.json", json.dumps(document, indent=2, ensure_ascii=False, default=str)
            )
    return buffer.getvalue()


def data_export_request(*, person) -> DataExport:
    """Ask for an archive; asking again while one is being built returns that one."""
    from ..tasks import build_data_export

    building = DataExport.objects.filter(person=person, ready_at__isnull=True).first()
    if building:
        return building
    try:
        with transaction.atomic():
            export = DataExport.objects.create(person=person)
    except IntegrityError:  # asked at the same moment in another request
        return DataExport.objects.get(person=person, ready_at__isnull=True)
    build_data_export.delay_on_commit(export_id=str(export.pk))
    return export


def data_export_build(*, export_id) -> DataExport | None:
    """Build the archive and e-mail its link; safe to run twice. The archive is built outside
    any lock; a short transaction then keeps it unless another run kept one first."""
    export = DataExport.objects.select_related("person").filter(pk=export_id).first()
    if export is None or export.ready_at is not None:
        return export
    content = archive_build(export.person)
    storage = export.file.storage
    name = storage.save(data_export_path(export, "archive.zip"), ContentFile(content))
    with transaction.atomic():
        locked = DataExport.objects.select_for_update().filter(pk=export_id).first()
        if locked is None or locked.ready_at is not None:
            storage.delete(name)
            return locked
        locked.file.name = name
        locked.size = len(content)
        locked.ready_at = timezone.now()
        locked.expires_at = locked.ready_at + timedelta(days=settings.PRIVACY_EXPORT_DAYS)
        locked.save(update_fields=["file", "size", "ready_at", "expires_at"])
        email_send(
            to=export.person.email,
            template="privacy/emails/export_ready",
            context={
                "person": export.person,
                "export": locked,
                "url": site_url(reverse("privacy:export_download", args=[locked.pk])),
            },
        )
    return locked


def data_exports_expired_delete(*, now=None) -> int:
    """Delete archives past their week, file and row; returns how many."""
    now = now or timezone.now()
    expired = list(DataExport.objects.filter(expires_at__lte=now))
    for export in expired:
        if export.file:
            export.file.storage.delete(export.file.name)
        export.delete()
    return len(expired)
