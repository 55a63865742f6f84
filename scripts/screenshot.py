"""Take full-page screenshots of the running site: python scripts/screenshot.py URL OUT.png [email]."""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crawl_check import demo_code_give  # noqa: E402

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def main() -> None:
    url, out = sys.argv[1], sys.argv[2]
    email = sys.argv[3] if len(sys.argv) > 3 else None
    width = int(sys.argv[4]) if len(sys.argv) > 4 else 1280
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": width, "height": 900})
        if email:
            base = url.split("/", 3)[:3]
            page.goto("/".join(base) + "/account/login/")
            page.fill("input[name=login]", email)
            page.fill("input[name=password]", "academy-demo-2026")
            page.click("button[type=submit]")
            demo_code_give(page)
        page.goto(url)
        page.screenshot(path=out, full_page=True)
        browser.close()


if __name__ == "__main__":
    main()
