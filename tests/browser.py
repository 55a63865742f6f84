"""Headless Chromium through Playwright, with axe-core run on every page a test visits."""

import json
from functools import cache
from pathlib import Path

from playwright.sync_api import Page

CHROMIUM_PATH = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE_PATH = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE_RUN = """async (tags) => {
  const results = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
  window.__axeChecked = true;
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary),
  }));
}"""


@cache
def axe_source() -> str:
    if not AXE_PATH.exists():
        raise RuntimeError(
            "axe-core is missing: run `npm install` (the README's test command does)."
        )
    return AXE_PATH.read_text()


class AccessibilityError(AssertionError):
    pass


class ContentSecurityPolicyError(AssertionError):
    pass


class CheckedPage:
    """A Playwright page whose every new document is checked against WCAG 2.2 A and AA, and
    that fails when the browser blocks anything under the Content-Security-Policy."""

    def __init__(self, page: Page, base_url: str):
        self.page = page
        self.base_url = base_url.rstrip("/")
        self.checked_urls: list[str] = []
        self.csp_violations: list[str] = []
        page.on("console", self._record_csp_violation)

    def _record_csp_violation(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.csp_violations.append(f"{self.page.url}: {message.text}")

    def __getattr__(self, name):
        return getattr(self.page, name)

    def url_for(self, path: str) -> str:
        return path if path.startswith("http") else f"{self.base_url}{path}"

    def goto(self, path: str, **kwargs):
        response = self.page.goto(self.url_for(path), **kwargs)
        self.check_accessibility()
        return response

    def click(self, selector: str, **kwargs):
        """Click, wait for whatever it loads, and check the page if it is a new one."""
        self.page.click(selector, **kwargs)
        self.page.wait_for_load_state()
        self.check_accessibility()

    def check_accessibility(self) -> None:
        if self.csp_violations:
            raise ContentSecurityPolicyError("\n".join(self.csp_violations))
        if self.page.evaluate("() => window.__axeChecked === true"):
            return
        # Evaluated by the browser's debugger protocol, which the page's policy does not govern.
        self.page.evaluate(axe_source())
        violations = self.page.evaluate(AXE_RUN, WCAG_TAGS)
        self.checked_urls.append(self.page.url)
        if violations:
            raise AccessibilityError(
                f"WCAG 2.2 A/AA violations on {self.page.url}:\n" + json.dumps(violations, indent=2)
            )

    def overflows_sideways(self) -> bool:
        """Whether the page is wider than the window: on a phone, a sideways scroll for the whole
        page. (Wide tables scroll inside their own focusable region instead.)"""
        return self.page.evaluate(
            "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
        )

    def log_in(self, email: str, password: str) -> None:
        """Log in through allauth, giving the authenticator app's code when it is asked for."""
        from tests.factories import totp_code

        self.goto("/account/login/")
        self.page.fill("input[name=login]", email)
        self.page.fill("input[name=password]", password)
        self.click("main button[type=submit]")
        if "/account/2fa/authenticate/" in self.page.url:
            self.page.fill("input[name=code]", totp_code())
            self.click("main button[type=submit]")
