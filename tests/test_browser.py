"""The browser: tests/web/post.html loads MicroPython's WebAssembly build
from node_modules and the package's files (as package.json lists them) from
a static server on 127.0.0.1, trains the post's neuron and shows the
transcript, which must be CPython's (tests/test_golden.py's POST_TRANSCRIPT),
in headless Chromium with no other network."""

import contextlib
import functools
import http.server
import threading

from browser import browser_page
from clitools import ROOT
from interpreters import micropython_package_or_missing, once_from_the_main_suite
from test_golden import POST_TRANSCRIPT

pytestmark = once_from_the_main_suite


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = dict(http.server.SimpleHTTPRequestHandler.extensions_map,
                          **{".mjs": "text/javascript", ".wasm": "application/wasm"})

    def log_message(self, *arguments):
        pass


@contextlib.contextmanager
def static_server(folder):
    """An HTTP server for ``folder`` on 127.0.0.1, on a free port; yields its URL."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=folder))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield "http://127.0.0.1:%d/" % server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def test_the_page_shows_cpythons_transcript_with_no_other_network():
    micropython_package_or_missing("1.27")
    with static_server(ROOT) as url, browser_page(allowed_prefixes=(url,)) as (page, refused):
        page.goto(url + "tests/web/post.html")
        page.wait_for_selector("#transcript[data-state]", timeout=120000)
        state = page.get_attribute("#transcript", "data-state")
        text = page.inner_text("#transcript")
        assert state == "done", text
        assert text == POST_TRANSCRIPT
        assert refused == []
