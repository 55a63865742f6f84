"""A module's outline, the same for every learner, kept in the shared cache.

What a module page and each of its lesson pages show around the learner's own progress (the
provider, the live lessons in order, prerequisites, audiences, framework areas) is read once and
cached under the module's tree path, stamped with its id, address, latest revision and publishing
time. Saving (so publishing and unpublishing), moving or deleting the module, one of its lessons,
a prerequisite or anything above it forgets the outline (`outline_paths_touched`, wired to the
model signals in signal_handlers.py), so it is never served stale.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from wagtail.models import Page

from academy_site.prepared import partial_instance

from .models import (
    Framework,
    FrameworkElement,
    LessonPage,
    ModulePage,
    ProviderPage,
    duration_words,
    framework_areas_group,
)

KEY = "academy:outline:{}"
LESSONS_KEY = "academy:outline-lessons:{}"
VERSION_KEY = "academy:outline-version"
TIMEOUT = 60 * 60 * 24


@dataclass
class ModuleOutline:
    stamp: tuple
    module: ModulePage
    provider: ProviderPage | None
    lessons: list[LessonPage]
    prerequisites: list[ModulePage]
    audience_names: list[str]
    framework_areas: list[tuple[Framework, list[FrameworkElement]]]

    @property
    def lesson_ids(self) -> list[int]:
        return [lesson.pk for lesson in self.lessons]

    @property
    def total_time(self) -> str:
        return duration_words(sum(lesson.estimated_minutes for lesson in self.lessons))

    def neighbours(self, lesson_id: int) -> tuple[LessonPage | None, LessonPage | None]:
        ids = self.lesson_ids
        if lesson_id not in ids:
            return None, None
        index = ids.index(lesson_id)
        before = self.lessons[index - 1] if index > 0 else None
        after = self.lessons[index + 1] if index + 1 < len(self.lessons) else None
        return before, after


def _stamp(page: Page, version) -> tuple:
    return (
        page.pk,
        page.url_path,
        page.latest_revision_id,
        page.live_revision_id,
        page.last_published_at,
        version,
    )


def _build_many(modules: list[Page], stamps: dict[int, tuple]) -> dict[int, ModuleOutline]:
    """Outlines of these modules read afresh, in six queries however many there are."""
    ids = [module.pk for module in modules]
    pages = ModulePage.objects.in_bulk(ids)
    parents = {page.path[: -Page.steplen] for page in pages.values()}
    providers = {p.path: p for p in ProviderPage.objects.filter(path__in=parents)}
    lessons: dict[str, list[LessonPage]] = {page.path: [] for page in pages.values()}
    under = Q()
    for page in pages.values():
        under |= Q(path__startswith=page.path, depth=page.depth + 1)
    for lesson in LessonPage.objects.live().filter(under).defer_streamfields().order_by("path"):
        lessons[lesson.path[: -Page.steplen]].append(lesson)
    prerequisites: dict[int, list[ModulePage]] = {pk: [] for pk in ids}
    for row in (
        ModulePage.prerequisites.through.objects.filter(from_modulepage_id__in=ids)
        .select_related("to_modulepage")
        .defer("to_modulepage__description", "to_modulepage__learning_outcomes")
    ):
        if row.to_modulepage.live:
            prerequisites[row.from_modulepage_id].append(row.to_modulepage)
    audiences: dict[int, list[str]] = {pk: [] for pk in ids}
    for row in (
        ModulePage.audiences.through.objects.filter(modulepage_id__in=ids)
        .select_related("audience")
        .order_by("audience__name")
    ):
        audiences[row.modulepage_id].append(row.audience.name)
    elements: dict[int, list[FrameworkElement]] = {pk: [] for pk in ids}
    for row in ModulePage.framework_elements.through.objects.filter(
        modulepage_id__in=ids
    ).select_related("frameworkelement__framework"):
        elements[row.modulepage_id].append(row.frameworkelement)
    outlines = {}
    for pk, page in pages.items():
        outlines[pk] = ModuleOutline(
            stamp=stamps[pk],
            module=page,
            provider=providers.get(page.path[: -Page.steplen]),
            lessons=lessons[page.path],
            prerequisites=sorted(prerequisites[pk], key=lambda m: m.title),
            audience_names=audiences[pk],
            framework_areas=framework_areas_group(elements[pk]),
        )
    return outlines


def module_outline(module: Page) -> ModuleOutline:
    """The module's outline from the cache, read and stored when it is not there (or stale).

    `module` may be the module's base page row (as routing a lesson finds it)."""
    return module_outlines([module])[module.pk]


def module_outlines(modules: list[Page]) -> dict[int, ModuleOutline]:
    """Outlines of many modules, by id, in one cache round trip (and reads for those missing)."""
    keys = {module.pk: KEY.format(module.path) for module in modules}
    found = cache.get_many([*keys.values(), VERSION_KEY])
    version = found.get(VERSION_KEY, 0)
    outlines, stale = {}, {}
    for module in modules:
        stamp = _stamp(module, version)
        outline = found.get(keys[module.pk])
        if outline is not None and outline.stamp == stamp:
            outlines[module.pk] = outline
        else:
            stale[module.pk] = stamp
    if stale:
        built = _build_many([m for m in modules if m.pk in stale], stale)
        outlines.update(built)
        cache.set_many({keys[pk]: outline for pk, outline in built.items()}, TIMEOUT)
    return outlines


# What a list of modules (My learning) needs of each live lesson, as plain values: unpickling
# forty whole outlines of thirty lessons each cost more than the rest of that page.
LESSON_FIELDS = ("id", "title", "slug", "url_path", "path", "depth", "live")


@dataclass
class LessonList:
    stamp: tuple
    lessons: list[tuple]  # LESSON_FIELDS of each live lesson, in order

    def lesson(self, index: int) -> LessonPage:
        """That lesson as a page with only LESSON_FIELDS loaded (enough for its title and link)."""
        values = dict(zip(LESSON_FIELDS, self.lessons[index], strict=True))
        return partial_instance(LessonPage, {**values, "page_ptr_id": values["id"]})


def module_lesson_lists(modules: list[Page]) -> dict[int, LessonList]:
    """Each module's live lessons as plain values, by module id, from the shared cache (kept
    and forgotten with the outlines, under the same stamp)."""
    keys = {module.pk: LESSONS_KEY.format(module.path) for module in modules}
    found = cache.get_many([*keys.values(), VERSION_KEY])
    version = found.get(VERSION_KEY, 0)
    lists, stale = {}, []
    for module in modules:
        listed = found.get(keys[module.pk])
        if listed is not None and listed.stamp == _stamp(module, version):
            lists[module.pk] = listed
        else:
            stale.append(module)
    if stale:
        built = {
            pk: LessonList(
                stamp=outline.stamp,
                lessons=[
                    tuple(getattr(lesson, name) for name in LESSON_FIELDS)
                    for lesson in outline.lessons
                ],
            )
            for pk, outline in module_outlines(stale).items()
        }
        lists.update(built)
        cache.set_many({keys[pk]: listed for pk, listed in built.items()}, TIMEOUT)
    return lists


def outlines_forget_all() -> None:
    """Framework, element or audience names changed: every outline may show them."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


def outline_paths_touched(page: Page, *, also: tuple[str, ...] = ()) -> set[str]:
    """The paths of the modules whose outline shows this page: the page itself and its parent
    (a module, or a lesson's module), every module below it, and those it is a prerequisite of."""
    paths = {page.path, page.path[: -Page.steplen], *also}
    model = page.specific_class
    if model is ModulePage:
        paths |= set(
            ModulePage.objects.filter(prerequisites__pk=page.pk).values_list("path", flat=True)
        )
    elif model is not LessonPage:
        paths |= set(
            ModulePage.objects.filter(path__startswith=page.path).values_list("path", flat=True)
        )
    return paths


def outlines_forget(paths) -> None:
    """Forget now, and again once the transaction commits: a request that read the old rows
    before the commit may have stored them meanwhile."""
    keys = [key.format(path) for path in paths for key in (KEY, LESSONS_KEY)]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))
