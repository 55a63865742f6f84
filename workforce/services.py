"""What schools do with their staff: employ, grant roles by invitation, assign training."""

from dataclasses import dataclass
from datetime import date

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from academy_site.emails import email_send
from academy_site.links import site_url
from accounts.invitations import invitation_accept as invitation_accept_once
from courses.models import ModulePage
from learning import services as learning_services
from pathways import services as pathway_services
from pathways.models import PathwayPage
from schools.models import School

from .models import Assignment, Employment, RoleInvitation, SchoolRole, SchoolRoleKind


def _school_label_sync(*, person, today: date) -> None:
    """Keep the account's school label on the school they most recently joined and still work
    at (or empty once they work nowhere): employment is the record, the label follows it."""
    current = (
        Employment.objects.current(today=today)
        .filter(person=person)
        .order_by("-started_on", "-pk")
        .values_list("school_id", flat=True)
        .first()
    )
    if person.school_id != current:
        person.school_id = current
        person.save(update_fields=["school"])


# Employment ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffAdded:
    employment: Employment
    new_account: bool
    new_employment: bool
    role_changed: bool = False

    @property
    def pending(self) -> bool:
        """The person has an account from before and has not yet said they work here."""
        return self.employment.is_pending


def staff_add(
    *,
    school: School,
    email: str,
    first_name: str,
    last_name: str,
    job_role: str,
    added_by,
    trn: str = "",
    started_on: date | None = None,
) -> StaffAdded:
    """Put someone on a school's staff: their existing account is linked (matched by e-mail),
    or one is made for them, and they are told by e-mail. An existing account's records stay
    hidden from the school until the person confirms they work there; a new account has none
    from before, so the account the invitation makes counts as their agreement. Adding someone
    already there (waiting, confirmed or declined) changes nothing but a job role."""
    User = get_user_model()
    today = timezone.localdate()
    started_on = started_on or today
    email = email.strip().lower()
    with transaction.atomic():
        person = User.objects.select_for_update().filter(email__iexact=email).first()
        new_account = person is None
        if new_account:
            person = User.objects.create_user(
                email=email,
                password=None,
                first_name=first_name.strip(),
                last_name=last_name.strip(),
                job_role=job_role,
                trn=trn,
            )
            EmailAddress.objects.create(user=person, email=email, primary=True, verified=False)
        employment = (
            Employment.objects.filter(person=person, school=school, left_on__isnull=True)
            .select_for_update()
            .first()
        )
        if employment is not None:
            role_changed = employment.declined_at is None and employment.job_role != job_role
            if role_changed:
                employment.job_role = job_role
                employment.save(update_fields=["job_role"])
            return StaffAdded(employment, False, False, role_changed)
        # A TRN from the file fills only an account the file made: an existing account is the
        # person's own, and the school has no say in it before (or after) they confirm.
        confirmed = new_account or person == added_by
        employment = Employment.objects.create(
            person=person,
            school=school,
            job_role=job_role,
            started_on=started_on,
            added_by=added_by,
            confirmed_at=timezone.now() if confirmed else None,
        )
        _school_label_sync(person=person, today=today)
        email_send(
            to=person.email,
            template="workforce/emails/staff_added" if confirmed else "workforce/emails/confirm",
            context={
                "employment": employment,
                "new_account": new_account,
                "added_by": added_by,
                "learning_url": site_url(reverse("learning:dashboard")),
                "password_url": site_url(reverse("account_reset_password")),
                "confirm_url": site_url(reverse("workforce:confirm", args=[employment.pk])),
            },
        )
    return StaffAdded(employment, new_account, True)


def _pending_for(*, employment: Employment, person) -> Employment:
    employment = Employment.objects.select_for_update().get(pk=employment.pk)
    if employment.person_id != person.pk:
        raise ValidationError("Only the person the school named can answer this.")
    if not employment.is_pending or employment.left_on is not None:
        raise ValidationError("You have already answered this.")
    return employment


def employment_confirm(*, employment: Employment, person) -> Employment:
    """The person agrees they work at the school: from now it sees their training records."""
    with transaction.atomic():
        employment = _pending_for(employment=employment, person=person)
        employment.confirmed_at = timezone.now()
        employment.save(update_fields=["confirmed_at"])
        _school_label_sync(person=employment.person, today=timezone.localdate())
    return employment


def employment_decline(*, employment: Employment, person) -> Employment:
    """The person says they do not work at the school: the school never sees their records,
    and whoever added them is told in words (or the school's leads, if nobody is on record)."""
    with transaction.atomic():
        employment = _pending_for(employment=employment, person=person)
        employment.declined_at = timezone.now()
        employment.save(update_fields=["declined_at"])
        recipients = [employment.added_by] if employment.added_by else []
        if not recipients:
            recipients = [
                role.person
                for role in SchoolRole.objects.current()
                .filter(
                    school=employment.school,
                    kind__in=[SchoolRoleKind.HEADTEACHER, SchoolRoleKind.CPD_LEAD],
                )
                .select_related("person")
            ]
        for recipient in {r.pk: r for r in recipients if r.is_active}.values():
            email_send(
                to=recipient.email,
                template="workforce/emails/declined",
                context={
                    "employment": employment,
                    "recipient": recipient,
                    "school_url": site_url(
                        reverse("workforce:school", args=[employment.school_id])
                    ),
                },
            )
    return employment


def employment_end(*, employment: Employment, left_on: date) -> Employment:
    """Record the day someone leaves a school: from that day the school no longer sees them,
    and they keep every record they earned."""
    if left_on <= employment.started_on:
        raise ValidationError({"left_on": "The day they leave must be after the day they started."})
    with transaction.atomic():
        employment.left_on = left_on
        employment.save(update_fields=["left_on"])
        _school_label_sync(person=employment.person, today=timezone.localdate())
    return employment


# School roles --------------------------------------------------------------------------


def school_role_grant(*, person, school: School, kind: str, granted_by) -> SchoolRole:
    """Give someone a school role; granting one they already hold changes nothing."""
    existing = SchoolRole.objects.current().filter(person=person, school=school, kind=kind).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return SchoolRole.objects.create(
                person=person, school=school, kind=kind, granted_by=granted_by
            )
    except IntegrityError:
        return SchoolRole.objects.current().get(person=person, school=school, kind=kind)


def school_role_end(*, role: SchoolRole) -> SchoolRole:
    if role.ended_at is None:
        role.ended_at = timezone.now()
        role.save(update_fields=["ended_at"])
    return role


def role_invitation_create(*, school: School, email: str, kind: str, invited_by) -> RoleInvitation:
    """Invite someone by e-mail to a school role; the role starts when they accept."""
    email = email.strip().lower()
    if kind not in SchoolRoleKind.values:
        raise ValidationError({"kind": "Choose a role."})
    if (
        SchoolRole.objects.current()
        .filter(school=school, kind=kind, person__email__iexact=email)
        .exists()
    ):
        label = SchoolRoleKind(kind).label
        raise ValidationError({"email": f"{email} is already {label} at {school}."})
    invitation = RoleInvitation.objects.create(
        school=school, email=email, kind=kind, invited_by=invited_by
    )
    email_send(
        to=email,
        template="workforce/emails/role_invitation",
        context={
            "invitation": invitation,
            "url": site_url(reverse("workforce:invitation", args=[invitation.token])),
            "inviter": invited_by,
        },
    )
    return invitation


def role_invitation_accept(*, invitation: RoleInvitation, user) -> SchoolRole:
    """Start the role an invitation offers, for the person it was sent to."""
    return invitation_accept_once(
        invitation=invitation,
        user=user,
        grant=lambda locked: school_role_grant(
            person=user, school=locked.school, kind=locked.kind, granted_by=locked.invited_by
        ),
    )


# Assignments ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AssignmentResult:
    assignment: Assignment
    created: bool
    problem: str = ""  # why they could not be enrolled yet, in words


def assignment_create(
    *,
    school: School,
    people,
    assigned_by,
    module: ModulePage | None = None,
    pathway: PathwayPage | None = None,
    due_on: date | None = None,
) -> list[AssignmentResult]:
    """Assign a module or a pathway to people who work at the school: each is enrolled (by
    learning or pathways, the owners of enrolments) and told by e-mail. Assigning again moves
    the due date and sends nothing."""
    if (module is None) == (pathway is None):
        raise ValidationError("Choose a module or a pathway.")
    today = timezone.localdate()
    if due_on is not None and due_on < today:
        raise ValidationError({"due_on": "The due date must be today or in the future."})
    people = list(people)
    working_here = set(
        Employment.objects.current(today=today)
        .filter(school=school, person__in=people)
        .values_list("person_id", flat=True)
    )
    strangers = [person for person in people if person.pk not in working_here]
    if strangers:
        names = ", ".join(person.display_name for person in strangers)
        raise ValidationError(f"Only people who work at {school} can be assigned: not {names}.")
    item = module or pathway
    results = []
    for person in people:
        with transaction.atomic():
            assignment, created = Assignment.objects.get_or_create(
                school=school,
                person=person,
                module=module,
                pathway=pathway,
                defaults={"due_on": due_on, "assigned_by": assigned_by},
            )
            if not created and assignment.due_on != due_on:
                assignment.due_on = due_on
                assignment.save(update_fields=["due_on"])
            problem = ""
            if module is not None:
                try:
                    learning_services.enrolment_create(learner=person, module=module)
                except learning_services.PrerequisitesMissing as error:
                    titles = ", ".join(m.title for m in error.missing)
                    problem = f"{person.display_name} must first complete {titles}."
            else:
                pathway_services.pathway_join(learner=person, pathway=pathway)
            if created:
                email_send(
                    to=person.email,
                    template="workforce/emails/assignment",
                    context={
                        "assignment": assignment,
                        "item": item,
                        "item_url": site_url(item.url),
                        "learning_url": site_url(reverse("learning:dashboard")),
                        "problem": problem,
                    },
                )
        results.append(AssignmentResult(assignment, created, problem))
    return results
