"""Packaging: one article in, one atomic, reproducible BagIt 1.0 bag out.

Modules, in the order the data flows: prepare (the article read, extracted, rendered and
checked once: `PreparedArticle`), bag (the BagIt layout of a prepared article), commit
(staged bags flushed together and renamed into place), staging (locks, staging folders,
atomic install, stale cleanup), serialize (tar, tar.gz, zip), naming (bag names), profiles
(what a repository's published BagIt profile asks of a bag: `package --profile`).
"""

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
