"""Demo for the dashboards: three teachers at Kingsthorpe Village Primary (so its figures show
"fewer than 5"), a study for the research export, and research consent from the respondents."""

from django.db import transaction

from accounts.consent import consent_give
from accounts.demo import demo_user
from accounts.models import ConsentPurpose, JobRole, User
from courses.models import ModulePage
from evaluation.models import Study
from learning.services import enrolment_create
from schools.models import School

SMALL_SCHOOL = "990005"  # Kingsthorpe Village Primary School
MODULE = "cpd-mindfulness-staff-wellbeing"
STUDY = ("northampton-evaluation-2026", "University of Northampton: Academy evaluation 2026-27")


def seed(log) -> dict:
    Study.objects.get_or_create(slug=STUDY[0], defaults={"name": STUDY[1]})
    school = School.objects.filter(urn=SMALL_SCHOOL).first()
    module = ModulePage.objects.live().filter(slug=MODULE).first()
    if school is None or module is None:
        log("  reports: skipped (the demo school or module is not there yet)")
        return {}
    for number in range(1, 4):
        teacher = demo_user(
            f"teacher{number}.kingsthorpe@academy.example",
            first_name="Kingsthorpe",
            last_name=f"Teacher {number}",
            job_role=JobRole.TEACHER,
            school=school,
        )
        with transaction.atomic():
            enrolment_create(learner=teacher, module=module)
    for person in User.objects.filter(email__startswith="respondent"):
        consent_give(person, ConsentPurpose.RESEARCH)
    log(f"  reports: 3 learners at {school.name} (shown as fewer than 5), a research study")
    return {}
