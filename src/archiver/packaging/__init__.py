"""Packaging: one article in, one atomic, reproducible BagIt 1.0 bag out.

Modules: naming (bag names), staging (locks, staging folders, atomic install, stale
cleanup), bag (payload layout and the bag itself), serialize (tar, tar.gz, zip).
"""

from archiver.packaging.bag import (
    ALLOWED_ALGORITHMS,
    DEFAULT_ALGORITHMS,
    PROFILE_IDENTIFIER,
    PackageOptions,
    PackageResult,
    check_extra_info,
    package_article,
    package_articles,
)
from archiver.packaging.naming import bag_name
from archiver.packaging.staging import remove_stale

__all__ = [
    "ALLOWED_ALGORITHMS",
    "DEFAULT_ALGORITHMS",
    "PROFILE_IDENTIFIER",
    "PackageOptions",
    "PackageResult",
    "bag_name",
    "check_extra_info",
    "package_article",
    "package_articles",
    "remove_stale",
]
