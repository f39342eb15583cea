"""Packaging: one article in, one atomic, reproducible BagIt 1.0 bag out.

Modules, in the order the data flows: prepare (the article read, extracted, rendered and
checked once: `PreparedArticle`), bag (the BagIt layout of a prepared article), commit
(staged bags flushed together and renamed into place), staging (locks, staging folders,
atomic install, stale cleanup), serialize (tar, tar.gz, zip), naming (bag names), tagtext
(the text of bag-info.txt and the manifests), profiles
(what a repository's published BagIt profile asks of a bag: `package --profile`).

The names below are loaded when first used (PEP 562), not when the package is: importing
one light submodule (`packaging.staging`, as `archiver export` does) must not load bagit,
extraction and rendering with `bag` and `prepare` (45 to 55 ms of CPU at every export start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from archiver.packaging.bag import ALLOWED_ALGORITHMS, PROFILE_IDENTIFIER, check_extra_info
    from archiver.packaging.commit import PackageResult, package_article, package_articles
    from archiver.packaging.naming import bag_name
    from archiver.packaging.prepare import (
        DEFAULT_ALGORITHMS,
        PackageOptions,
        PreparedArticle,
        check_dates,
        prepare_article,
    )
    from archiver.packaging.profiles import ProfilePlan, plan_profile
    from archiver.packaging.staging import remove_lock_dir, remove_stale

# name -> the submodule that defines it
_HOME = {
    "ALLOWED_ALGORITHMS": "bag",
    "PROFILE_IDENTIFIER": "bag",
    "check_extra_info": "bag",
    "PackageResult": "commit",
    "package_article": "commit",
    "package_articles": "commit",
    "bag_name": "naming",
    "DEFAULT_ALGORITHMS": "prepare",
    "PackageOptions": "prepare",
    "PreparedArticle": "prepare",
    "check_dates": "prepare",
    "prepare_article": "prepare",
    "ProfilePlan": "profiles",
    "plan_profile": "profiles",
    "remove_lock_dir": "staging",
    "remove_stale": "staging",
}


_SUBMODULES = frozenset(
    ("bag", "commit", "naming", "prepare", "profiles", "rerun", "serialize", "staging", "tagtext")
)


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:  # `archiver.packaging.bag` without importing it first
        return importlib.import_module(f"{__name__}.{name}")
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # looked up once
    return value


__all__ = [
    "ALLOWED_ALGORITHMS",
    "DEFAULT_ALGORITHMS",
    "PROFILE_IDENTIFIER",
    "PackageOptions",
    "PackageResult",
    "PreparedArticle",
    "ProfilePlan",
    "bag_name",
    "check_dates",
    "check_extra_info",
    "package_article",
    "package_articles",
    "plan_profile",
    "prepare_article",
    "remove_lock_dir",
    "remove_stale",
]
