"""The README's and docs/'s command-line sessions run as they are written,
and what the pages cite is still there.

Each ```console block after a ``<!-- session -->`` line is run in a new empty
folder, one ``$`` command at a time (a ``cat > FILE <<'EOF'`` command with its
lines), with the checkout on PYTHONPATH; everything the commands print must be
the lines the page shows.  A console block that cannot run here (it installs,
or needs a board) says why in a ``<!-- not run: ... -->`` line; every other
console block is a session.

A ```python block after ``<!-- excerpt PATH#Lm-Ln -->`` is lines m to n of
PATH as they are; a link to ``PATH#Ln`` whose text names a function or class
points at its ``def`` or ``class`` line; every relative link reaches a file,
and a link to a heading of a page reaches that heading.  The README stays
short enough to read in five minutes: at most 15,000 bytes (issue 22).
"""

import glob
import os
import re
import subprocess

import pytest

from clitools import ROOT

PAGES = ["README.md"] + sorted(os.path.relpath(path, ROOT)
                               for path in glob.glob(os.path.join(ROOT, "docs", "*.md")))
TEXTS = {}
for page in PAGES:
    with open(os.path.join(ROOT, page), encoding="utf-8") as handle:
        TEXTS[page] = handle.read()

SESSION = re.compile(r"<!-- session -->\n```console\n(.*?)```", re.S)
SESSIONS = [(page, session) for page in PAGES for session in SESSION.findall(TEXTS[page])]
LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")
README_BUDGET = 15000


def commands_and_output(session):
    """``[(command, expected output)]`` of one session."""
    steps, lines = [], session.splitlines()
    index = 0
    while index < len(lines):
        command = lines[index][2:]
        index += 1
        if "<<'EOF'" in command:
            end = lines.index("EOF", index)
            command += "\n" + "\n".join(lines[index:end + 1])
            index = end + 1
        output = []
        while index < len(lines) and not lines[index].startswith("$ "):
            output.append(lines[index])
            index += 1
        steps.append((command, "\n".join(output) + ("\n" if output else "")))
    return steps


def test_the_readme_is_short():
    assert len(TEXTS["README.md"].encode("utf-8")) <= README_BUDGET


def test_the_readme_and_the_docs_have_sessions():
    assert len([s for page, s in SESSIONS if page == "README.md"]) >= 3
    assert len(SESSIONS) >= 10
    assert set(page for page, _ in SESSIONS) == set(PAGES) - {"docs/speed.md"}


@pytest.mark.parametrize("page", PAGES)
def test_every_console_block_is_run_or_says_why_not(page):
    unmarked = [block[:80] for marker, block in
                re.findall(r"(<!-- [^\n]*-->\n)?```console\n(.*?)```", TEXTS[page], re.S)
                if not re.match(r"<!-- (session|not run: .+) -->\n$", marker)]
    assert unmarked == []


def test_ci_runs_the_readmes_test_command_as_it_is():
    """The one console block of the README that is not a session is the
    test command, which .ci/run runs verbatim."""
    blocks = re.findall(r"<!-- not run: [^\n]* -->\n```console\n\$ (.*?)\n```", TEXTS["README.md"], re.S)
    assert blocks == ["python3 -m pip install -e '.[test]' && python3 -m pytest"]
    ci = os.path.join(ROOT, ".ci", "run")
    if not os.path.exists(ci):
        pytest.skip("no .ci/run here (an unpacked sdist carries none)")
    with open(ci, encoding="utf-8") as handle:
        assert blocks[0] in handle.read().splitlines()


@pytest.mark.parametrize("page, session", SESSIONS,
                         ids=["%s session %d" % (page, n) for n, (page, _) in enumerate(SESSIONS)])
def test_a_session_prints_what_the_page_shows(page, session, tmp_path):
    environment = dict(os.environ, PYTHONPATH=ROOT)
    for command, expected in commands_and_output(session):
        result = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=environment,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, (command, result.stderr)
        assert result.stdout == expected, command


def source_lines(page, target):
    path = os.path.normpath(os.path.join(ROOT, os.path.dirname(page), target))
    assert os.path.isfile(path), (page, target)
    with open(path, encoding="utf-8") as handle:
        return handle.read().splitlines()


@pytest.mark.parametrize("page", PAGES)
def test_an_excerpt_is_the_source_as_it_is(page):
    excerpts = re.findall(r"<!-- excerpt ([^#\s]+)#L(\d+)-L(\d+) -->\n```python\n(.*?)```",
                          TEXTS[page], re.S)
    for target, first, last, text in excerpts:
        assert text.splitlines() == source_lines(page, target)[int(first) - 1:int(last)], target
    assert page != "README.md" or excerpts


def anchors(text):
    """GitHub's anchors of a page's headings."""
    found = set()
    for heading in re.findall(r"^#+ (.*)$", text, re.M):
        found.add(re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-"))
    return found


@pytest.mark.parametrize("page", PAGES)
def test_every_link_reaches_what_it_names(page):
    for text, target in LINK.findall(TEXTS[page]):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        if not path:
            assert anchor in anchors(TEXTS[page]), (page, target)
            continue
        full = os.path.normpath(os.path.join(ROOT, os.path.dirname(page), path))
        assert os.path.exists(full), (page, target)
        if anchor.startswith("L") and anchor[1:].split("-")[0].isdigit():
            line = source_lines(page, path)[int(anchor[1:].split("-")[0]) - 1]
            name = re.fullmatch(r"`([\w.]+)`", text)
            if name and not name.group(1).endswith(".py"):
                assert re.match(r"\s*(def|class) %s\b" % name.group(1).split(".")[-1], line), \
                    (page, target, line)
        elif anchor:
            with open(full, encoding="utf-8") as handle:
                assert anchor in anchors(handle.read()), (page, target)
