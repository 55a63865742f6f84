"""My school: the staff list and matrix, bringing staff in, assigning training, school roles.

Every view asks `selectors` whether this user may act at this school, and answers 404 if not.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from academy_site.audit import EXPORTED, access_record
from academy_site.csv_export import csv_response
from academy_site.forms import form_data, form_errors_add
from academy_site.ratelimit import rate_limit_count, rate_limit_reached
from accounts.invitations import invitation_page
from learning.selectors import dashboard_read

from . import importing, selectors, services
from .forms import (
    AssignForm,
    EmploymentEndForm,
    RoleInviteForm,
    StaffAddForm,
    StaffFilterForm,
    StaffImportForm,
)
from .models import RoleInvitation, SchoolRole
from .selectors import Capability

TOO_MANY = "You have sent a lot of invitations in a short time. Wait an hour, then try again."


def _breadcrumbs(school=None) -> list[tuple[str, str]]:
    crumbs = [("My school", reverse("workforce:index"))]
    if school is not None:
        crumbs.append((str(school), reverse("workforce:school", args=[school.pk])))
    return crumbs


@login_required
def index(request):
    """The schools this person steers; straight to the school when there is only one."""
    schools = list(selectors.schools_where(user=request.user, capability=Capability.VIEW_STAFF))
    if not schools:
        raise Http404
    if len(schools) == 1:
        return redirect("workforce:school", schools[0].pk)
    return render(
        request,
        "workforce/index.html",
        {"schools": schools, "is_officer": request.user.has_perm("workforce.view_all_schools")},
    )


def _staff_page(request, *, school, employments, template: str, extra: dict):
    today = timezone.localdate()
    matrix = selectors.staff_matrix(employments=employments, today=today)
    form = StaffFilterForm(request.GET or None, show_phase=school is None)
    shown = selectors.staff_filter(matrix, **form.filters()) if request.GET else matrix
    access_record(
        viewer=request.user,
        people=[row.person for row in shown.rows],
        what=f"training record on the staff list of {school.name}"
        if school
        else "training record on the staff list of every school you work at",
        request=request,
    )
    return render(
        request,
        template,
        {
            "school": school,
            "matrix": shown,
            "total": len(matrix.rows),
            "filter_form": form,
            "filtered": bool(request.GET) and len(shown.rows) != len(matrix.rows),
            "today": today,
            **extra,
        },
    )


@login_required
def school(request, school_id: int):
    """The staff list and matrix of one school."""
    school = selectors.school_for(
        user=request.user, school_id=school_id, capability=Capability.VIEW_STAFF
    )
    can = selectors.capabilities_at(user=request.user, school=school)
    waiting, declined = selectors.staff_unconfirmed(user=request.user, school=school)
    return _staff_page(
        request,
        school=school,
        employments=selectors.staff_visible_to(user=request.user, school=school),
        template="workforce/school.html",
        extra={
            "can_manage": Capability.MANAGE_STAFF in can,
            "can_assign": Capability.ASSIGN_TRAINING in can,
            "can_grant": Capability.GRANT_ROLES in can,
            "waiting": waiting,
            "declined": declined,
            "breadcrumbs": _breadcrumbs(),
        },
    )


@login_required
def staff_across(request):
    """Everyone at every school this person may see, for trust leads and council officers."""
    employments = selectors.staff_across(user=request.user)
    if employments is None:
        raise Http404
    return _staff_page(
        request,
        school=None,
        employments=employments,
        template="workforce/school.html",
        extra={"breadcrumbs": _breadcrumbs()},
    )


def _csv_rows(matrix):
    for row, cells in matrix.table:
        employment = row.employment
        yield [
            row.person.display_name,
            row.person.email,
            employment.school.name,
            employment.get_job_role_display(),
            employment.started_on.isoformat(),
            "; ".join(row.in_progress),
            "; ".join(row.completed),
            "; ".join(note.words for note in row.pathways),
            row.valid_certificates,
            "; ".join(note.words for note in row.certificates_due),
            f"{row.cpd_hours:g}",
            "; ".join(f"{s.assignment.item_title}: {s.short}" for s in row.overdue),
            *(f"{cell.label}: {cell.short}" if cell else "Not assigned" for cell in cells),
        ]


@login_required
def school_csv(request, school_id: int):
    school = selectors.school_for(
        user=request.user, school_id=school_id, capability=Capability.VIEW_STAFF
    )
    today = timezone.localdate()
    matrix = selectors.staff_matrix(
        employments=selectors.staff_visible_to(user=request.user, school=school), today=today
    )
    access_record(
        viewer=request.user,
        people=[row.person for row in matrix.rows],
        what=f"training record in the staff spreadsheet of {school.name}",
        request=request,
        action=EXPORTED,
    )
    return csv_response(
        filename=f"staff-training-{school.urn}-{today.isoformat()}.csv",
        header=[
            "Name",
            "E-mail",
            "School",
            "Job role",
            "Started on",
            "Modules in progress",
            "Modules completed",
            "Pathway and stage",
            "Valid certificates",
            "Certificates expiring or expired",
            "CPD hours this academic year",
            "Overdue training",
            *(item.title for item in matrix.items),
        ],
        rows=_csv_rows(matrix),
    )


@login_required
def person(request, school_id: int, person_id: int):
    """One person's training record as their school sees it: no reflections, no quiz answers."""
    school = selectors.school_for(
        user=request.user, school_id=school_id, capability=Capability.VIEW_STAFF
    )
    employment = selectors.employment_visible_to(
        user=request.user, school=school, person_id=person_id
    )
    matrix = selectors.staff_matrix(
        employments=selectors.staff_visible_to(user=request.user, school=school).filter(
            pk=employment.pk
        )
    )
    access_record(
        viewer=request.user,
        people=[employment.person],
        what=f"training record as {school.name} sees it",
        request=request,
    )
    return render(
        request,
        "workforce/person.html",
        {
            "school": school,
            "employment": employment,
            "row": matrix.rows[0],
            "record": dashboard_read(learner=employment.person, shown=None),  # the whole record
            "can_manage": Capability.MANAGE_STAFF
            in selectors.capabilities_at(user=request.user, school=school),
            "breadcrumbs": _breadcrumbs(school),
        },
    )


@login_required
def employment_end(request, school_id: int, person_id: int):
    school = selectors.school_for(
        user=request.user, school_id=school_id, capability=Capability.MANAGE_STAFF
    )
    employment = selectors.employment_visible_to(
        user=request.user, school=school, person_id=person_id
    )
    form = EmploymentEndForm(form_data(request), initial={"left_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.employment_end(employment=employment, **form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(
                request,
                f"{employment.person.display_name} leaves on "
                f"{form.cleaned_data['left_on']:%-d %B %Y}. They keep their training records.",
            )
            return redirect("workforce:school", school.pk)
    return render(
        request,
        "workforce/employment_end.html",
        {
            "school": school,
            "employment": employment,
            "form": form,
            "breadcrumbs": _breadcrumbs(school),
        },
    )


@login_required
def staff_add(request, school_id: int):
    """Invite one person: their account is linked or made, and they are e-mailed."""
    school = selectors.school_for(
        user=request.user, school_id=school_id, capability=Capability.MANAGE_STAFF
    )
    form = StaffAddForm(form_data(request))
    if request.method == "POST" and form.is_valid():
        if rate_limit_reached(action="workforce_invitation", user=request.user):
            form.add_error(None, TOO_MANY)
        else:
            rate_limit_count(action="workforce_invitation", user=request.user)
            result = services.staff_add(school=school, added_by=request.user, **form.cleaned_data)
            messages.success(request, _added_message(result))
            return redirect("workforce:school", school.pk)
    return render(
        request,
        "workforce/staff_add.html",
        {"school": school, "form": form, "breadcrumbs": _breadcrumbs(school)},
    )


def _added_message(result: services.StaffAdded) -> str:
    employment = result.employment
    email = employment.person.email
    if employment.declined_at:
        return (
            f"{email} told us on {employment.declined_at:%-d %B %Y} that they do not work here, "
            "so they are not on the staff list."
        )
    if result.pending:
        if result.new_employment:
            return (
                f"{email} already has an Academy account. We have asked them to confirm they "
                "work here; you will see their training once they do."
            )
        return f"We are still waiting for {email} to confirm they work here."
    name = employment.person.display_name
    if result.new_employment:
        return f"{name} is on the staff list. We have e-mailed them."
    return f"{name} was already on the staff list."


def _imported_message(results: list[services.StaffAdded]) -> str:
    """What an import did, naming only what happened."""
    added = sum(1 for r in results if r.new_employment and not r.pending)
    asked = sum(1 for r in results if r.new_employment and r.pending)
    changed = sum(1 for r in results if r.role_changed)
    unchanged = len(results) - added - asked - changed
    parts = [
        (added, "added to the staff list", "added to the staff list"),
        (
            asked,
            "already has an account and was asked to confirm they work here",
            "already have an account and were asked to confirm they work here",
        ),
        (changed, "had their job role changed", "had their job role changed"),
        (unchanged, "was already there", "were already there"),
    ]
    said = [
        f"{count} {'person' if count == 1 else 'people'} {one if count == 1 else many}"
        for count, one, many in parts
        if count
    ]
    return "Imported. " + "; ".join(said) + "."


@login_required
def staff_import(request, school_id: int):
    """Upload a CSV, see every row checked, then confirm; nothing is imported before that."""
    school = selectors.school_for(
        user=request.user, school_id=school_id, capability=Capability.MANAGE_STAFF
    )
    preview = token = None
    form = StaffImportForm()
    if request.method == "POST" and "token" in request.POST:
        try:
            data = importing.staff_import_data(
                school=school, user=request.user, token=request.POST["token"]
            )
            if rate_limit_reached(action="workforce_import", user=request.user):
                raise ValidationError(TOO_MANY)
            results = importing.staff_import_confirm(
                school=school, data=data, added_by=request.user
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            rate_limit_count(action="workforce_import", user=request.user)
            messages.success(request, _imported_message(results))
            return redirect("workforce:school", school.pk)
    elif request.method == "POST":
        form = StaffImportForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data["file"].read(importing.MAX_BYTES + 1)
            preview = importing.staff_import_preview(school=school, data=data)
            if preview.is_valid:
                token = importing.staff_import_token(school=school, user=request.user, data=data)
    return render(
        request,
        "workforce/staff_import.html",
        {
            "school": school,
            "form": form,
            "preview": preview,
            "token": token,
            "breadcrumbs": _breadcrumbs(school),
        },
    )


@login_required
def assign(request, school_id: int):
    school = selectors.school_for(
        user=request.user, school_id=school_id, capability=Capability.ASSIGN_TRAINING
    )
    staff = selectors.staff_visible_to(user=request.user, school=school).select_related("person")
    form = AssignForm(form_data(request), staff=staff.order_by("person__last_name"))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            results = services.assignment_create(
                school=school,
                people=data["chosen"],
                module=data["module"],
                pathway=data["pathway"],
                due_on=data["due_on"],
                assigned_by=request.user,
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            item = data["module"] or data["pathway"]
            due = f", due by {data['due_on']:%-d %B %Y}" if data["due_on"] else ""
            messages.success(
                request,
                f"Assigned {item.title} to {len(results)} people{due}. We have e-mailed them.",
            )
            for result in results:
                if result.problem:
                    messages.warning(request, result.problem)
            return redirect("workforce:school", school.pk)
    return render(
        request,
        "workforce/assign.html",
        {"school": school, "form": form, "breadcrumbs": _breadcrumbs(school)},
    )


@login_required
def roles(request, school_id: int):
    """Who holds the school's roles, and an invitation to one for headteachers and officers."""
    school = selectors.school_for(
        user=request.user, school_id=school_id, capability=Capability.VIEW_STAFF
    )
    can_grant = Capability.GRANT_ROLES in selectors.capabilities_at(
        user=request.user, school=school
    )
    form = RoleInviteForm(form_data(request) if can_grant else None)
    if request.method == "POST":
        if not can_grant:
            raise Http404
        if form.is_valid():
            if rate_limit_reached(action="workforce_invitation", user=request.user):
                form.add_error(None, TOO_MANY)
            else:
                try:
                    invitation = services.role_invitation_create(
                        school=school, invited_by=request.user, **form.cleaned_data
                    )
                except ValidationError as error:
                    form_errors_add(form, error)
                else:
                    rate_limit_count(action="workforce_invitation", user=request.user)
                    messages.success(request, f"Invitation sent to {invitation.email}.")
                    return redirect("workforce:roles", school.pk)
    return render(
        request,
        "workforce/roles.html",
        {
            "school": school,
            "roles": selectors.school_roles(school=school),
            "invitations": school.role_invitations.filter(accepted_at__isnull=True),
            "can_grant": can_grant,
            "form": form,
            "breadcrumbs": _breadcrumbs(school),
        },
    )


@login_required
@require_POST
def role_end(request, school_id: int, role_id: int):
    school = selectors.school_for(
        user=request.user, school_id=school_id, capability=Capability.GRANT_ROLES
    )
    role = get_object_or_404(SchoolRole.objects.current().filter(school=school), pk=role_id)
    services.school_role_end(role=role)
    messages.success(request, f"{role.person.display_name} is no longer {role.get_kind_display()}.")
    return redirect("workforce:roles", school.pk)


def invitation(request, token: str):
    """Where a role invitation leads: sign in or create an account, then accept."""
    invitation = get_object_or_404(RoleInvitation.objects.select_related("school"), token=token)
    return invitation_page(
        request,
        invitation=invitation,
        accept=services.role_invitation_accept,
        template="workforce/invitation.html",
        accepted=lambda: (
            f"You are now {invitation.get_kind_display()} at {invitation.school}.",
            reverse("workforce:school", args=[invitation.school_id]),
        ),
    )


@login_required
def confirm(request, employment_id: int):
    """The person a school named answers: they work there, or this is not them."""
    employment = selectors.employment_to_answer(user=request.user, employment_id=employment_id)
    answers = {
        "confirm": (
            services.employment_confirm,
            f"You are on the staff list of {employment.school}. Its headteacher, CPD lead and "
            "induction tutor can now see your training records.",
        ),
        "decline": (
            services.employment_decline,
            f"Thank you. We have told {employment.school} that you do not work there. "
            "They will not see your training records.",
        ),
    }
    if request.method == "POST" and request.POST.get("answer") in answers:
        service, message = answers[request.POST["answer"]]
        service(employment=employment, person=request.user)
        messages.success(request, message)
        return redirect("learning:dashboard")
    return render(
        request,
        "workforce/confirm.html",
        {"employment": employment, "breadcrumbs": [("My learning", reverse("learning:dashboard"))]},
    )
