"""Crawl the running demo as each demo role and check every page it reaches: axe-core (WCAG 2.2
A and AA), HTTP errors and, on a narrow window, a page wider than the screen.

    .venv/bin/python scripts/crawl_check.py [--base http://127.0.0.1:8000] [--width 375] [role ...]

Roles are the demo log-ins without "@academy.example" (teacher, officer, chair, lead.nenevalley...),
or "visitor" for someone not signed in.
Exits 1 if anything was found. Follows links two clicks deep, at most 60 pages a role."""

import argparse
import os
import re
import sys
import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import django
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.browser import AXE_RUN, CHROMIUM_ARGS, CHROMIUM_PATH, WCAG_TAGS, axe_source  # noqa: E402

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy_site.settings.dev")
django.setup()
from accounts.demo_authenticators import demo_code  # noqa: E402

ROLES = [
    "visitor",
    "teacher",
    "trainee",
    "officer",
    "chair",
    "clerk",
    "governor",
    "lead.nenevalley",
]
NOT_PAGES = re.compile(
    r"/(admin|django-admin|static|media)/|logout|\.(pdf|json|jwt|csv)$|/leave/|stop-sharing"
)
PASSWORD = "academy-demo-2026"


def demo_code_give(page) -> None:
    """Privileged demo roles are asked for an authenticator code: give the demo secret's."""
    for _ in range(2):  # a code is taken once: a second sign-in in the same 30 s waits for the next
        page.wait_for_load_state()
        if not page.locator("input[name=code]").count():
            return
        if _:
            time.sleep(30 - time.time() % 30 + 1)
        page.fill("input[name=code]", demo_code())
        page.click("main button[type=submit]")
        page.wait_for_load_state()


def check_role(browser, base: str, role: str, width: int) -> int:
    page = browser.new_page(viewport={"width": width, "height": 900})
    if role != "visitor":
        page.goto(f"{base}/account/login/")
        page.fill("input[name=login]", f"{role}@academy.example")
        page.fill("input[name=password]", PASSWORD)
        page.click("main button[type=submit]")
        demo_code_give(page)
    host = urlsplit(base).netloc
    seen, queue, problems = set(), [("/", 0)], 0
    while queue and len(seen) < 60:
        path, depth = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        response = page.goto(base + path)
        if response is None or response.status >= 400:
            problems += 1
            print(f"{role} {path}: HTTP {response.status if response else 'no response'}")
            continue
        if "html" not in response.headers.get("content-type", ""):
            continue
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            problems += 1
            print(f"{role} {path}: {overflow}px wider than a {width}px window")
        page.add_script_tag(content=axe_source())
        for violation in page.evaluate(AXE_RUN, WCAG_TAGS):
            problems += 1
            print(
                f"{role} {path}: axe {violation['id']} ({violation['impact']}) {violation['nodes'][:2]}"
            )
        if depth < 2:
            for href in page.eval_on_selector_all("a[href]", "a => a.map(e => e.href)"):
                parts = urlsplit(urljoin(base + path, href))
                if parts.netloc == host and not NOT_PAGES.search(parts.path):
                    queue.append(
                        (parts.path + (f"?{parts.query}" if parts.query else ""), depth + 1)
                    )
    print(f"{role}: {len(seen)} pages, {problems} problems")
    page.close()
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roles", nargs="*", default=ROLES)
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--width", type=int, default=1280)
    options = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        problems = sum(check_role(browser, options.base, r, options.width) for r in options.roles)
        browser.close()
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
