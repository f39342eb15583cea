"""Fixtures for the export tests: the sample article's bag, made once per session."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from archiver.packaging import PackageOptions, package_article
from archiver.xmlschemas import SchemaSet
from repo_paths import SAMPLE, official_schema_dir

DAY = dt.date(2014, 11, 19)


@pytest.fixture(scope="session")
def made_bag(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample article's bag (checked against the official schemas when present)."""
    out = tmp_path_factory.mktemp("bags")
    schemas = official_schema_dir()
    options = PackageOptions(
        reference_date=DAY,
        bagging_date=DAY,
        schemas=SchemaSet.load(schemas) if schemas else None,
        serialize="tgz",
    )
    result = package_article(str(SAMPLE), out, options)
    return Path(result.bag)


@pytest.fixture
def sample_bag(made_bag: Path, tmp_path: Path) -> Path:
    """A private copy of the sample bag (times kept), free to damage."""
    copy = tmp_path / "bags" / made_bag.name
    shutil.copytree(made_bag, copy)
    return copy


@pytest.fixture
def sample_archive(made_bag: Path, tmp_path: Path) -> Path:
    """The sample bag serialized as .tar.gz."""
    archive = made_bag.parent / f"{made_bag.name}.tar.gz"
    copy = tmp_path / "archives" / archive.name
    copy.parent.mkdir()
    shutil.copy2(archive, copy)
    return copy
