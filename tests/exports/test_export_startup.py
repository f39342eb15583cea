"""`archiver export` starts without loading what packaging an article needs.

Exports import `archiver.packaging.staging` and `.serialize`; the package loads its names
when first used (PEP 562), so those imports no longer bring bagit, extraction, the article's
preparation and the bag layout with them (45 to 55 ms of CPU at every export start-up).
These tests keep that from creeping back, and keep every package-level name reachable.
"""

from __future__ import annotations

import pytest

import import_probe

HEAVY = (
    "bagit",
    "archiver.extract",
    "archiver.packaging.bag",
    "archiver.packaging.prepare",
    "archiver.packaging.commit",
    "archiver.packaging.profiles",
)


def loaded_after(code: str) -> list[str]:
    """Which of HEAVY a fresh interpreter has imported after running code."""
    return import_probe.loaded_after(code, HEAVY)


@pytest.mark.parametrize("target", ["mets", "saf", "archivematica"])
def test_export_command_and_target_skip_packaging(target: str) -> None:
    code = f"import archiver.commands.export_cmd, archiver.exports.{target}"
    assert loaded_after(code) == []


def test_a_package_name_still_loads_its_module() -> None:
    """The probe can fail: asking the package for a name loads the module defining it (and
    what that module imports: here all of HEAVY)."""
    loaded = loaded_after("from archiver.packaging import PackageOptions, package_article")
    assert loaded == sorted(HEAVY)


def test_every_package_name_resolves_to_its_module() -> None:
    import archiver.packaging as packaging

    for name in packaging.__all__:
        value = getattr(packaging, name)
        home = packaging._HOME[name]
        assert value is getattr(getattr(packaging, home), name), name
    assert packaging.bag.__name__ == "archiver.packaging.bag"
    with pytest.raises(AttributeError):
        packaging.no_such_name  # noqa: B018
