"""Headless Chromium for the browser tests: Debian's ``chromium``, driven by
Playwright (from PyPI, in the ``browser`` extra) through ``executable_path``, so
no browser is ever downloaded.

The browser gets no network: every request that is not to a ``file://`` URL
or to the loopback server a test started is aborted and recorded, so a test
can assert that a page asked for nothing else.

A missing chromium (or Playwright) skips the test with the reason on a
developer's machine; with NEURON_PURE_REQUIRE_INTERPRETERS=1, as .ci/run sets
it, it fails instead, so CI never passes by skipping.
"""

import contextlib
import os
import shutil
import tempfile

import pytest

REQUIRED = os.environ.get("NEURON_PURE_REQUIRE_INTERPRETERS") == "1"

# What a root user on a machine without network needs (see the brief).
CHROMIUM_ARGUMENTS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def missing(reason):
    if REQUIRED:
        pytest.fail(reason + " (NEURON_PURE_REQUIRE_INTERPRETERS=1: install it, see .ci/run)")
    pytest.skip(reason)


def chromium_executable():
    """Debian's chromium, or a skip (a failure in CI) naming what is missing."""
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        missing("chromium is not installed (apt-get install chromium)")
    return executable


@contextlib.contextmanager
def browser_page(allowed_prefixes=("file://",)):
    """A fresh headless Chromium page; yields ``(page, refused)`` where
    ``refused`` lists every URL the page asked for outside ``allowed_prefixes``
    (each such request is aborted, never sent)."""
    executable = chromium_executable()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("playwright is not installed (pip install -e '.[browser]')")
    refused = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith(tuple(allowed_prefixes)) or url.startswith(("data:", "blob:")):
            request_route.continue_()
        else:
            refused.append(url)
            request_route.abort()

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=executable, headless=True, args=CHROMIUM_ARGUMENTS)
        try:
            context.route("**/*", route)
            page = context.pages[0] if context.pages else context.new_page()
            yield page, refused
        finally:
            context.close()
