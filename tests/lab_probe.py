"""Measure the lab page and take its screenshots (not a test: run it by hand).

    python3 tests/lab_probe.py [FOLDER]

Prints the build time and size, the time from opening to ready, and the
training times of the post's 10,000 iterations and the sequel's 60,000 in
the page (headless Chromium, from file://); saves screenshots of the post,
the sequel and XOR with a bias at 800 and 1400 px wide in FOLDER (default
/tmp/lab-shots).
"""

import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from browser import CHROMIUM_ARGUMENTS                    # noqa: E402
from neuron_pure.lab.build import lab_html                # noqa: E402

PRESETS = tuple(os.environ.get("LAB_PRESETS", "post sequel xor").split())


def main(folder="/tmp/lab-shots"):
    from playwright.sync_api import sync_playwright
    os.makedirs(folder, exist_ok=True)
    started = time.perf_counter()
    page_text = lab_html()
    print("build: %.2f s, %d bytes" % (time.perf_counter() - started, len(page_text.encode())))
    path = os.path.join(tempfile.mkdtemp(), "lab.html")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(page_text)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                             args=CHROMIUM_ARGUMENTS)
        for width in (1400, 800):
            page = browser.new_page(viewport={"width": width, "height": 1000})
            page.on("pageerror", lambda error: print("page error:", error))
            started = time.perf_counter()
            page.goto("file://" + path)
            page.evaluate("window.neuronPure.ready")
            print("%d px: ready %.2f s after opening" % (width, time.perf_counter() - started))
            page.wait_for_function(
                "document.getElementById('status').textContent.startsWith('Trained')")
            print("  opened on: %s (%.2f s after opening)" % (page.text_content("#status"),
                                                             time.perf_counter() - started))
            for preset in PRESETS:
                page.evaluate("document.getElementById('status').textContent = ''")
                page.click("button[data-preset=%s]" % preset)
                page.wait_for_function(
                    "document.getElementById('status').textContent.startsWith('Trained')",
                    timeout=300000)
                print("  %s: %s" % (preset, page.text_content("#status")))
                page.keyboard.press("Home")
                for _ in range(3):
                    page.keyboard.press("ArrowRight")
                page.wait_for_timeout(400)
                page.screenshot(path=os.path.join(folder, "%s-%d.png" % (preset, width)),
                                full_page=True)
                # and the page in screen-high pieces, to look at
                height = page.evaluate("document.body.scrollHeight")
                for piece, top in enumerate(range(0, min(height, 4000), 1000)):
                    page.screenshot(path=os.path.join(folder, "%s-%d-%d.png" % (preset, width, piece)),
                                    clip={"x": 0, "y": top, "width": width,
                                          "height": min(1000, height - top)}, full_page=True)
            page.close()
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:2])
