"""The README's command-line sessions run as they are written.

Each ```console block after a ``<!-- session -->`` line is run in a new empty
folder, one ``$`` command at a time (a ``cat > FILE <<'EOF'`` command with its
lines), with the checkout on PYTHONPATH; everything the commands print must be
the lines the README shows.
"""

import os
import re
import subprocess

import pytest

from clitools import ROOT

with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as handle:
    README = handle.read()
SESSIONS = re.findall(r"<!-- session -->\n```console\n(.*?)```", README, re.S)


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


def test_the_readme_has_sessions():
    assert len(SESSIONS) >= 3


@pytest.mark.parametrize("session", SESSIONS, ids=["session %d" % n for n in range(len(SESSIONS))])
def test_a_readme_session_prints_what_the_readme_shows(session, tmp_path):
    environment = dict(os.environ, PYTHONPATH=ROOT)
    for command, expected in commands_and_output(session):
        result = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=environment,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, (command, result.stderr)
        assert result.stdout == expected, command
