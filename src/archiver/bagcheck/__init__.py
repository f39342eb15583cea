"""bagcheck: validate BagIt bags (RFC 8493, BagIt 0.93-1.0), folders or serialized.

Library first; `archiver validate` is a few lines over it::

    from archiver.bagcheck import ValidateOptions, validate_bag

    report = validate_bag("out/upi-2014-...", ValidateOptions(jobs=2))
    report.valid, report.errors, report.warnings
    for f in report.findings:
        print(f.code, f.severity, f.path, f.message, f.rule)

Modules, one job each: findings (codes and the Finding type), tagfiles (reading text tag
files), paths (path safety), fixity (hashing), archives (serialized bags), profile (BagIt
Profiles), xmlcheck (XML hook), checker (`validate_bag`), report (text, JSON, JUnit).
"""

from typing import TYPE_CHECKING, Any

from archiver.bagcheck.checker import BagReport, ValidateOptions, validate_bag
from archiver.bagcheck.findings import CODES, Finding
from archiver.bagcheck.xmlcheck import make_xml_checker

if TYPE_CHECKING:
    from archiver.bagcheck.profile import Profile, ProfileError, known_profiles, resolve_profiles

_FROM_PROFILE = {"Profile", "ProfileError", "known_profiles", "resolve_profiles"}


def __getattr__(name: str) -> Any:
    """The profile names, imported on first use: validating a bag that neither declares nor is
    asked to meet a profile never loads the profile module (its import is a few ms of the
    start of every `archiver validate`)."""
    if name in _FROM_PROFILE:
        from archiver.bagcheck import profile

        return getattr(profile, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CODES",
    "BagReport",
    "Finding",
    "Profile",
    "ProfileError",
    "ValidateOptions",
    "known_profiles",
    "make_xml_checker",
    "resolve_profiles",
    "validate_bag",
]
