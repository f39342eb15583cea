"""Every `archiver ...` command the README shows runs, in order, as a reader would run them.

The commands come from the README's shell code blocks (continuation lines joined, `&&` chains
split; only the `archiver` steps run). They run in one temporary folder holding the repository's
fixtures/ and schemas/, with the official schemas from ../shared/schemas (as after
`archiver schemas install`) and a fixed SOURCE_DATE_EPOCH. A command is skipped only when it
needs the network or an input the README never makes; the skips are listed and checked.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from repo_paths import official_schema_dir

REPO = Path(__file__).resolve().parents[1]
_PLACEHOLDER = re.compile(r"\b(FILE|DIR|PATH|BAG|OUTDIR|ROOT|TARGET)\b(\.\.\.)?")


def readme_blocks() -> list[str]:
    """The text of each shell code block (```sh, ```bash, ```console, ```shell)."""
    blocks, current, language = [], None, ""
    for line in (REPO / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            if current is None:
                current, language = [], line[3:].strip()
            else:
                if language in ("sh", "bash", "console", "shell"):
                    blocks.append("\n".join(current))
                current = None
        elif current is not None:
            current.append(line)
    return blocks


def readme_commands() -> list[str]:
    commands = []
    for block in readme_blocks():
        joined = re.sub(r"\\\n\s*", " ", block)
        for line in joined.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            for step in line.split("&&"):
                step = step.strip()
                if step.startswith("archiver "):
                    commands.append(step)
    return commands


def why_skip(command: str, cwd: Path) -> str | None:
    words = shlex.split(command)
    if words[:3] == ["archiver", "schemas", "install"] and "--from" not in words:
        return "downloads from the publishers (network); the test gives the schemas instead"
    if _PLACEHOLDER.search(command):
        return "a placeholder, not a command"
    for word in words:
        if any(c in word for c in "*?[") and not list(cwd.glob(word)):
            return f"needs {word}, which no README command makes"
    return None


def test_the_readme_shows_archiver_commands() -> None:
    commands = readme_commands()
    assert any(c.startswith("archiver package") for c in commands)
    assert any(c.startswith("archiver validate") for c in commands)
    assert any(c.startswith("archiver schemas install") for c in commands)


def test_every_readme_command_runs(tmp_path: Path) -> None:
    schemas = official_schema_dir()
    if schemas is None:
        pytest.skip("official schemas not found (../shared/schemas or $ARCHIVER_SCHEMAS)")
    for name in ("fixtures", "schemas"):
        (tmp_path / name).symlink_to(REPO / name)
    env = {
        **os.environ,
        "ARCHIVER_SCHEMAS": str(schemas),
        "SOURCE_DATE_EPOCH": "1416355200",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    ran, skipped = [], []
    for command in readme_commands():
        reason = why_skip(command, tmp_path)
        if reason is not None:
            skipped.append((command, reason))
            continue
        proc = subprocess.run(
            ["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True,
            timeout=300,
        )  # fmt: skip
        assert proc.returncode == 0, f"{command}\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
        assert "Traceback" not in proc.stderr
        ran.append(command)
    print("\n".join(f"skipped: {c}  ({r})" for c, r in skipped))
    assert len(ran) >= 8
    allowed = ("network", "placeholder", "no README command makes")
    assert all(any(a in r for a in allowed) for _, r in skipped), skipped
