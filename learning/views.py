"""Learner views: module and lesson pages with progress, the actions on them, and "My learning"."""

from collections.abc import Mapping

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_POST

from courses.models import LessonPage, ModulePage
from credentials.panels import my_credits_panel
from credentials.selectors import ledger_rows_for_request

from . import selectors, services
from .forms import ReflectionShareForm
from .hooks import DASHBOARD_NOTICES, DASHBOARD_PANELS, MODULE_PANELS, listeners
from .models import Enrolment, Reflection
from .pdf import reflective_log_pdf_render


def _page_context(page, request: HttpRequest) -> dict:
    context = page.get_context(request)
    context.setdefault("page", page)
    context.setdefault("self", page)
    return context


def module_serve(request: HttpRequest, module: ModulePage) -> HttpResponse:
    """The module page as a learner sees it: enrol, continue, leave, and the lessons done and to do."""
    context = _page_context(module, request)
    progress = selectors.module_progress(
        learner=request.user, module=module, lessons=context.get("lessons")
    )
    missing = []
    if request.user.is_authenticated and progress.enrolment is None:
        missing = services.prerequisites_missing(learner=request.user, module=module)
    certificate = None
    if progress.enrolment and progress.enrolment.status == Enrolment.Status.COMPLETED:
        certificate = selectors.certificate_current(learner=request.user, module=module)
    context.update(
        progress=progress,
        enrolment=progress.enrolment,
        done_lesson_ids=progress.done_ids,
        prerequisites_missing=missing,
        certificate=certificate,
        module_panels=[
            html
            for html in (panel(request, module=module) for panel in listeners(MODULE_PANELS))
            if html
        ],
    )
    return TemplateResponse(request, "learning/module.html", context)


LESSON_FORM_ID = "lesson-form"


def lesson_serve(
    request: HttpRequest,
    lesson: LessonPage,
    *,
    typed: Mapping[str, str] | None = None,
    status: int = 200,
) -> HttpResponse:
    """A lesson with its learner's progress, quiz feedback and reflection forms.

    `typed` is reflection text a learner sent that could not be saved: it is shown again so
    none of it is lost."""
    context = _page_context(lesson, request)
    module = context.get("module") or lesson.get_parent().specific
    progress = selectors.module_progress(
        learner=request.user, module=module, lessons=context.get("lessons")
    )
    enrolment = progress.enrolment
    active = enrolment is not None and enrolment.status != Enrolment.Status.WITHDRAWN
    before, after = progress.neighbours(lesson)
    context.update(
        module=module,
        progress=progress,
        enrolment=enrolment,
        enrolled=active,
        done_lesson_ids=progress.done_ids,
        lesson_done=lesson.pk in progress.done_ids,
        has_quiz=bool(lesson.quizzes()),
        previous_lesson=before,
        next_lesson=after,
        quiz_states={},
        reflections={},
        reflections_typed=typed or {},
    )
    if active:
        can_mark_complete = not context["lesson_done"] and not context["has_quiz"]
        reflection_action_url = reverse("learning:reflection_save", args=[lesson.pk])
        context.update(
            lesson_form_id=LESSON_FORM_ID,
            lesson_form_action=reverse("learning:lesson_complete", args=[lesson.pk])
            if can_mark_complete
            else reflection_action_url,
            can_mark_complete=can_mark_complete,
            reflection_max_length=services.REFLECTION_MAX_LENGTH,
            reflection_draft_url=reverse("learning:reflection_draft_save", args=[lesson.pk]),
            quiz_action_url=reverse("learning:quiz_submit", args=[lesson.pk]),
            reflection_action_url=reflection_action_url,
            quiz_states=_quiz_states_started(enrolment, lesson),
            reflections={
                reflection.prompt_block_id: reflection
                for reflection in Reflection.objects.filter(
                    learner=request.user, lesson=lesson
                ).select_related("shared_with")
            }
            if lesson.reflection_prompts()
            else {},
        )
    return TemplateResponse(request, "learning/lesson.html", context, status=status)


def _quiz_states_started(enrolment: Enrolment, lesson: LessonPage) -> dict:
    """Each quiz's state, with an attempt started (its questions drawn) wherever one may be."""
    states = selectors.quiz_states(enrolment=enrolment, lesson=lesson)
    for state in states.values():
        fits = state.open_attempt is not None and selectors.quiz_shown_fits(
            shown=state.open_attempt.shown, quiz=state.quiz
        )
        if state.can_start and not fits:
            try:
                state.open_attempt = services.quiz_attempt_start(
                    enrolment=enrolment, lesson=lesson, quiz_block_id=state.block_id
                )
            except services.LearningError:
                state.open_attempt = None
    return states


def _live_module(module_id: int) -> ModulePage:
    return get_object_or_404(ModulePage.objects.live(), pk=module_id)


def _live_lesson(lesson_id: int) -> LessonPage:
    return get_object_or_404(LessonPage.objects.live(), pk=lesson_id)


def _own_enrolment(request: HttpRequest, module_id: int) -> Enrolment:
    return get_object_or_404(Enrolment, learner=request.user, module_id=module_id)


def _error(request: HttpRequest, error: services.LearningError) -> None:
    if isinstance(error, services.PrerequisitesMissing):
        links = format_html_join(
            ", ",
            '<a class="govuk-link" href="{}">{}</a>',
            ((m.url, m.title) for m in error.missing),
        )
        messages.error(request, format_html("Complete these modules before you enrol: {}.", links))
    else:
        messages.error(request, error.message)


@login_required
@require_POST
def enrol(request: HttpRequest, module_id: int) -> HttpResponse:
    module = _live_module(module_id)
    try:
        enrolment = services.enrolment_create(learner=request.user, module=module)
    except services.LearningError as error:
        _error(request, error)
        return redirect(module.url)
    progress = selectors.module_progress(learner=request.user, module=module)
    if progress.started:
        messages.success(request, f"Welcome back. You are enrolled on {module.title} again.")
    else:
        messages.success(request, f"You are enrolled on {module.title}.")
    if enrolment.status == Enrolment.Status.ACTIVE and progress.resume_lesson:
        return redirect(progress.resume_lesson.url)
    return redirect(module.url)


@login_required
@require_POST
def leave(request: HttpRequest, module_id: int) -> HttpResponse:
    module = _live_module(module_id)
    try:
        services.enrolment_withdraw(enrolment=_own_enrolment(request, module_id))
    except services.LearningError as error:
        _error(request, error)
    else:
        messages.success(
            request, f"You have left {module.title}. Your progress is kept if you enrol again."
        )
    return redirect(module.url)


@login_required
@require_POST
def renew(request: HttpRequest, module_id: int) -> HttpResponse:
    module = _live_module(module_id)
    enrolment = _own_enrolment(request, module_id)
    if enrolment.status == Enrolment.Status.ACTIVE and enrolment.cycle > 1:
        messages.info(
            request, "You are already renewing this training. Carry on where you left off."
        )
        resume = selectors.module_progress(learner=request.user, module=module).resume_lesson
        return redirect(resume.url if resume else module.url)
    try:
        services.enrolment_renew(enrolment=enrolment)
    except services.LearningError as error:
        _error(request, error)
        return redirect(module.url)
    messages.success(request, "Work through the module again to renew your certificate.")
    lessons = list(module.lessons())
    return redirect(lessons[0].url if lessons else module.url)


def _lesson_enrolment(request: HttpRequest, lesson: LessonPage) -> Enrolment:
    return _own_enrolment(request, lesson.get_parent().pk)


def _reflection_texts(request: HttpRequest) -> dict[str, str]:
    """The reflection answers a lesson form carried, by prompt block id."""
    texts = {
        key.removeprefix("reflection-"): value
        for key, value in request.POST.items()
        if key.startswith("reflection-")
    }
    if "text" in request.POST and request.POST.get("prompt"):
        texts.setdefault(request.POST["prompt"], request.POST["text"])
    return texts


def _lesson_again(request, lesson, texts, error: services.LearningError) -> HttpResponse:
    """The lesson once more, with the error and the learner's text still in its boxes."""
    _error(request, error)
    return lesson_serve(request, lesson, typed=texts, status=400)


@login_required
@require_POST
def lesson_complete(request: HttpRequest, lesson_id: int) -> HttpResponse:
    """Complete a lesson, saving the reflections typed on it first."""
    lesson = _live_lesson(lesson_id)
    enrolment = _lesson_enrolment(request, lesson)
    was_completed = enrolment.status == Enrolment.Status.COMPLETED
    texts = _reflection_texts(request)
    try:
        saved = services.reflections_save(enrolment=enrolment, lesson=lesson, texts=texts)
    except services.LearningError as error:
        return _lesson_again(request, lesson, texts, error)
    if saved:
        messages.success(request, "Your reflection is saved in your reflective log.")
    try:
        services.lesson_complete(enrolment=enrolment, lesson=lesson)
    except services.LearningError as error:
        _error(request, error)
        return redirect(lesson.url)
    return _after_progress(request, enrolment, lesson, was_completed)


def _module_just_completed(enrolment: Enrolment, was_completed: bool) -> bool:
    enrolment.refresh_from_db()
    return not was_completed and enrolment.status == Enrolment.Status.COMPLETED


def _after_progress(request: HttpRequest, enrolment: Enrolment, lesson: LessonPage, was_completed):
    """Congratulate on a finished module, or move on to the next lesson."""
    module = enrolment.module
    if _module_just_completed(enrolment, was_completed):
        messages.success(request, f"You have completed {module.title}.")
        return redirect(module.url)
    messages.success(request, f"‘{lesson.title}’ is complete.")
    after = selectors.module_progress(learner=request.user, module=module).neighbours(lesson)[1]
    return redirect(after.url if after else module.url)


@login_required
@require_POST
def quiz_submit(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = _live_lesson(lesson_id)
    enrolment = _lesson_enrolment(request, lesson)
    was_completed = enrolment.status == Enrolment.Status.COMPLETED
    block_id = request.POST.get("quiz", "")
    back = f"{lesson.url}#quiz-{block_id}" if block_id.isalnum() else lesson.url
    attempt_id = request.POST.get("attempt", "")
    answers = {
        key.removeprefix("question-"): values
        for key, values in request.POST.lists()
        if key.startswith("question-")
    }
    try:
        if not (attempt_id.isascii() and attempt_id.isdecimal()):
            raise services.QuizSubmissionInvalid("Reload the page and answer the quiz again.")
        attempt = services.quiz_submit(
            enrolment=enrolment,
            lesson=lesson,
            quiz_block_id=block_id,
            answers=answers,
            attempt_id=int(attempt_id),
        )
    except services.QuizAlreadySubmitted as already:
        messages.info(request, already.message)
        return redirect(back)
    except services.LearningError as error:
        _error(request, error)
        return redirect(back)
    if _module_just_completed(enrolment, was_completed):
        messages.success(
            request,
            f"You passed with {attempt.percent}% and have completed {enrolment.module.title}.",
        )
    elif attempt.passed:
        messages.success(
            request, f"You passed: {attempt.score} of {attempt.max_score} ({attempt.percent}%)."
        )
    else:
        messages.info(
            request,
            f"You scored {attempt.percent}%. You need {enrolment.module.pass_mark}% to pass. "
            "Read the feedback and try again.",
        )
    return redirect(back)


@login_required
@require_POST
def reflection_save(request: HttpRequest, lesson_id: int) -> HttpResponse:
    """Save the reflection whose button was pressed, and any other typed on the same lesson."""
    lesson = _live_lesson(lesson_id)
    enrolment = _lesson_enrolment(request, lesson)
    block_id = request.POST.get("prompt", "")
    texts = _reflection_texts(request)
    try:
        services.reflection_save(
            enrolment=enrolment,
            lesson=lesson,
            prompt_block_id=block_id,
            text=texts.get(block_id, ""),
        )
        services.reflections_save(enrolment=enrolment, lesson=lesson, texts=texts)
    except services.LearningError as error:
        return _lesson_again(request, lesson, texts, error)
    messages.success(request, "Your reflection is saved in your reflective log.")
    return redirect(f"{lesson.url}#reflection-{block_id}" if block_id.isalnum() else lesson.url)


@require_POST
def reflection_draft_save(request: HttpRequest, lesson_id: int) -> JsonResponse:
    """Save a reflection as the learner types (the lesson page's script calls this); JSON only."""
    if not request.user.is_authenticated:
        return JsonResponse(
            {
                "saved": False,
                "message": "Not saved. You are signed out: copy your text, sign in, then paste it.",
            },
            status=403,
        )
    lesson = _live_lesson(lesson_id)
    enrolment = _lesson_enrolment(request, lesson)
    try:
        reflection = services.reflection_save(
            enrolment=enrolment,
            lesson=lesson,
            prompt_block_id=request.POST.get("prompt", ""),
            text=request.POST.get("text", ""),
        )
    except services.LearningError as error:
        return JsonResponse({"saved": False, "message": f"Not saved. {error.message}"}, status=400)
    saved_at = timezone.localtime(reflection.updated_at).strftime("%H:%M")
    return JsonResponse(
        {
            "saved": True,
            "reflection": reflection.pk,
            "saved_at": saved_at,
            "message": f"Saved at {saved_at}.",
        }
    )


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """The learner's modules, then their credits, then the sections apps above add."""
    sections = [my_credits_panel, *listeners(DASHBOARD_PANELS)]
    panels = [html for html in (section(request) for section in sections) if html]
    notices = [html for html in (n(request) for n in listeners(DASHBOARD_NOTICES)) if html]
    dashboard = selectors.dashboard_read(
        learner=request.user,
        ledger=ledger_rows_for_request(request),
        records=selectors.module_records_for_request(request),
    )
    return TemplateResponse(
        request,
        "learning/dashboard.html",
        {
            "dashboard": dashboard,
            "completed_shown": dashboard.completed[: selectors.DASHBOARD_COMPLETED_SHOWN],
            "panels": panels,
            "notices": notices,
            "completed_definition": selectors.COMPLETED_DEFINITION,
        },
    )


@login_required
def in_progress(request: HttpRequest) -> HttpResponse:
    """Every module the learner is taking, where My learning shows the latest few."""
    rows, _ = selectors.in_progress_read(learner=request.user, shown=None)
    return TemplateResponse(
        request, "learning/in_progress.html", {"rows": rows, "breadcrumbs": _breadcrumbs()}
    )


@login_required
def completed(request: HttpRequest) -> HttpResponse:
    """Every module the learner has completed, where My learning shows the latest few."""
    return TemplateResponse(
        request,
        "learning/completed.html",
        {
            "rows": selectors.completed_modules(learner=request.user),
            "completed_definition": selectors.COMPLETED_DEFINITION,
            "breadcrumbs": _breadcrumbs(),
        },
    )


def _breadcrumbs(*trail: tuple[str, str]) -> list[tuple[str, str]]:
    """The learner's own pages sit under My learning."""
    return [("My learning", reverse("learning:dashboard")), *trail]


@login_required
def reflections(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "learning/reflections.html",
        {
            "groups": selectors.reflections_by_module(learner=request.user),
            "breadcrumbs": _breadcrumbs(),
        },
    )


@login_required
def reflection_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One reflection: its author reads it and chooses a mentor to share it with; that mentor
    only reads it; anyone else gets 404."""
    reflection = get_object_or_404(
        Reflection.objects.select_related("module", "lesson", "learner", "shared_with"), pk=pk
    )
    is_author = reflection.learner_id == request.user.pk
    if not is_author and (request.method == "POST" or request.user.pk != reflection.shared_with_id):
        raise Http404
    form = None
    if is_author:
        form = ReflectionShareForm(request.POST if request.method == "POST" else None)
        if form.is_bound and form.is_valid():
            shared_before = reflection.shared_with_id
            try:
                reflection = services.reflection_share(
                    reflection=reflection,
                    learner=request.user,
                    mentor_email=form.cleaned_data["mentor_email"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                mentor = reflection.shared_with.display_name
                if reflection.shared_with_id == shared_before:
                    messages.info(request, f"This reflection is already shared with {mentor}.")
                else:
                    messages.success(
                        request,
                        f"Your reflection is shared with {mentor}. "
                        "We have e-mailed them a link to it.",
                    )
                return redirect("learning:reflection", pk=reflection.pk)
    return TemplateResponse(
        request,
        "learning/reflection_detail.html",
        {
            "reflection": reflection,
            "is_author": is_author,
            "form": form,
            "breadcrumbs": _breadcrumbs(
                ("My reflective log", reverse("learning:reflections"))
                if is_author
                else ("Reflections shared with me", reverse("learning:reflections_shared"))
            ),
        },
    )


@login_required
@require_POST
def reflection_unshare(request: HttpRequest, pk: int) -> HttpResponse:
    reflection = get_object_or_404(Reflection, pk=pk, learner=request.user)
    services.reflection_unshare(reflection=reflection, learner=request.user)
    messages.success(request, "You have stopped sharing this reflection. Only you can read it.")
    return redirect("learning:reflection", pk=reflection.pk)


@login_required
def reflections_shared(request: HttpRequest) -> HttpResponse:
    """The reflections learners have shared with the person looking, as their mentor."""
    return TemplateResponse(
        request,
        "learning/reflections_shared.html",
        {
            "reflections": selectors.reflections_shared_with(mentor=request.user),
            "breadcrumbs": _breadcrumbs(),
        },
    )


@login_required
def reflective_log_pdf(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(
        reflective_log_pdf_render(learner=request.user), content_type="application/pdf"
    )
    response["Content-Disposition"] = 'attachment; filename="reflective-log.pdf"'
    return response
