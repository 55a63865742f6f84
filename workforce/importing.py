"""Staff import from a CSV file: read by tablib, every row checked by a form, shown back in
words, and nothing written until the lead confirms. Re-importing the same file changes nothing."""

from dataclasses import dataclass, field

import tablib
from django import forms
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Lower

from accounts.models import JobRole
from schools.models import School

from .models import Employment
from .services import staff_add

MAX_ROWS = 2000
MAX_BYTES = 1024 * 1024
SIGNING_SALT = "workforce.staff-import"
# What people put at the top of each column, lower-cased, and the field it fills.
HEADERS = {
    "name": "name",
    "full name": "name",
    "e-mail": "email",
    "email": "email",
    "e-mail address": "email",
    "email address": "email",
    "job role": "job_role",
    "role": "job_role",
    "trn": "trn",
    "teacher reference number": "trn",
}
REQUIRED = ("name", "email", "job_role")
# A job role may be written as its label ("Teaching assistant") or its code.
_JOB_ROLES = {label.lower(): value for value, label in JobRole.choices} | {
    value: value for value in JobRole.values
}


class StaffRowForm(forms.Form):
    """One row of the file, validated as any form is."""

    name = forms.CharField(
        max_length=300, error_messages={"required": "Enter the person's full name."}
    )
    email = forms.EmailField(
        error_messages={
            "required": "Enter an e-mail address.",
            "invalid": "Enter an e-mail address like name@example.com.",
        }
    )
    job_role = forms.CharField(error_messages={"required": "Enter a job role."})
    trn = forms.RegexField(
        regex=r"^\d{7}$",
        required=False,
        error_messages={
            "invalid": "A teacher reference number (TRN) is 7 digits. Leave it empty if you do not know it."
        },
    )

    def clean_job_role(self) -> str:
        written = " ".join(self.cleaned_data["job_role"].split()).lower()
        value = _JOB_ROLES.get(written) or _JOB_ROLES.get(written.replace(" ", "_"))
        if value is None:
            choices = ", ".join(label for _, label in JobRole.choices)
            raise ValidationError(f"“{written}” is not a job role we know. Use one of: {choices}.")
        return value

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()


@dataclass
class ImportRow:
    line: int  # the line in the file, counting the header as line 1
    values: dict[str, str]
    errors: list[str] = field(default_factory=list)
    cleaned: dict | None = None
    outcome: str = ""  # what confirming will do, in words

    @property
    def is_valid(self) -> bool:
        return not self.errors


@dataclass
class ImportPreview:
    rows: list[ImportRow] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return not self.file_errors and bool(self.rows) and all(row.is_valid for row in self.rows)

    @property
    def error_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if not row.is_valid]

    @property
    def changes(self) -> int:
        return sum(
            1
            for row in self.rows
            if row.is_valid and row.outcome not in (NO_CHANGE, WAITING, NOT_THEM)
        )


NO_CHANGE = "Already on the staff list: nothing changes"
WAITING = "Still waiting for them to confirm: nothing changes"
NOT_THEM = "They told us they do not work here: nothing changes"


def _read(data: bytes) -> tuple[tablib.Dataset | None, str]:
    if not data.strip():
        return None, "The file is empty. Choose a CSV file with a row for each person."
    if len(data) > MAX_BYTES:
        return None, "The file is larger than 1 MB. Split it into smaller files."
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return (
            None,
            "The file must be a CSV file saved as UTF-8. Save it as “CSV UTF-8” and try again.",
        )
    try:
        return tablib.Dataset().load(text, format="csv", headers=True), ""
    except Exception:  # tablib raises several kinds for text that is not CSV
        return None, "The file could not be read as CSV. Save it as a CSV file and try again."


def staff_import_preview(*, school: School, data: bytes) -> ImportPreview:
    """Check every row and say what importing it would do; writes nothing."""
    preview = ImportPreview()
    dataset, problem = _read(data)
    if dataset is None:
        preview.file_errors.append(problem)
        return preview
    columns = {}
    for index, header in enumerate(dataset.headers or []):
        name = HEADERS.get(" ".join((header or "").split()).lower())
        if name and name not in columns:
            columns[name] = index
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        wanted = {"name": "Name", "email": "E-mail", "job_role": "Job role"}
        preview.file_errors.append(
            "The first row must name the columns: Name, E-mail, Job role and (optional) TRN. "
            f"This file has no {', '.join(wanted[name] for name in missing)} column."
        )
        return preview
    if len(dataset) > MAX_ROWS:
        preview.file_errors.append(f"The file has more than {MAX_ROWS} rows. Split it up.")
        return preview
    seen: dict[str, int] = {}
    for number, record in enumerate(dataset, start=2):
        values = {
            name: ("" if record[index] is None else str(record[index])).strip()
            for name, index in columns.items()
            if index < len(record)
        }
        if not any(values.values()):
            continue
        row = ImportRow(line=number, values=values)
        form = StaffRowForm(values)
        if form.is_valid():
            row.cleaned = form.cleaned_data
            email = row.cleaned["email"]
            if email in seen:
                row.errors.append(f"{email} is also on line {seen[email]}. Keep one of them.")
            seen.setdefault(email, number)
        else:
            for errors in form.errors.values():
                row.errors.extend(errors)
        preview.rows.append(row)
    if not preview.rows:
        preview.file_errors.append("The file has no people in it, only the row of column names.")
    _outcomes(preview, school=school)
    return preview


def _outcomes(preview: ImportPreview, *, school: School) -> None:
    valid = [row for row in preview.rows if row.is_valid]
    emails = [row.cleaned["email"] for row in valid]
    User = get_user_model()
    accounts = dict(
        User.objects.annotate(address=Lower("email"))
        .filter(address__in=emails)
        .values_list("address", "pk")
    )
    employed = {
        person_id: (job_role, confirmed_at, declined_at)
        for person_id, job_role, confirmed_at, declined_at in Employment.objects.filter(
            school=school, left_on__isnull=True, person_id__in=accounts.values()
        ).values_list("person_id", "job_role", "confirmed_at", "declined_at")
    }
    for row in valid:
        pk = accounts.get(row.cleaned["email"])
        if pk is None:
            row.outcome = "New account, added to the staff list"
        elif pk not in employed:
            row.outcome = "Existing account: on the staff list once they confirm they work here"
        else:
            job_role, confirmed_at, declined_at = employed[pk]
            if declined_at:
                row.outcome = NOT_THEM
            elif job_role != row.cleaned["job_role"]:
                row.outcome = "Already added: job role changes"
            elif confirmed_at is None:
                row.outcome = WAITING
            else:
                row.outcome = NO_CHANGE


def _split_name(name: str) -> tuple[str, str]:
    first, _, last = " ".join(name.split()).partition(" ")
    return first, last


def staff_import_token(*, school: School, user, data: bytes) -> str:
    """The checked file, signed for this school and user, to send back with the confirmation."""
    return signing.dumps(
        {"school": school.pk, "user": user.pk, "csv": data.decode("utf-8-sig")},
        salt=SIGNING_SALT,
        compress=True,
    )


def staff_import_data(*, school: School, user, token: str) -> bytes:
    """The file a preview showed, if the token is this school's and this user's and recent."""
    try:
        payload = signing.loads(token, salt=SIGNING_SALT, max_age=60 * 60)
    except signing.BadSignature as error:
        raise ValidationError(
            "This check has expired. Upload the file again to check it."
        ) from error
    if payload.get("school") != school.pk or payload.get("user") != user.pk:
        raise ValidationError("Upload the file again to check it.")
    return payload["csv"].encode()


def staff_import_confirm(*, school: School, data: bytes, added_by) -> list:
    """Import a checked file in one transaction: every row, or (if any row is wrong) none."""
    preview = staff_import_preview(school=school, data=data)
    if not preview.is_valid:
        raise ValidationError("The file has errors. Fix them and upload it again.")
    with transaction.atomic():
        results = []
        for row in preview.rows:
            first_name, last_name = _split_name(row.cleaned["name"])
            results.append(
                staff_add(
                    school=school,
                    email=row.cleaned["email"],
                    first_name=first_name,
                    last_name=last_name,
                    job_role=row.cleaned["job_role"],
                    trn=row.cleaned["trn"],
                    added_by=added_by,
                )
            )
    return results
