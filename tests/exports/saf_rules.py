"""The rules DSpace's item importer applies to a Simple Archive Format archive, as a checker.

Read from DSpace/DSpace (main, 11.0-SNAPSHOT) dspace-api ItemImportServiceImpl.java and
LocalSchemaFilenameFilter.java:

* addItems: every folder in the archive folder is an item (hidden ones too), sorted;
* loadMetadata: ``dublin_core.xml`` must exist and parse; its root is ``dublin_core`` (the
  ``schema`` attribute defaults to dc); then every file matching ``^metadata_.*.xml$``, each
  naming its schema; each ``/dublin_core/dcvalue`` has an ``element``, a ``qualifier`` where
  "none" or "" means none, a ``language``; its value is its first text node; the field
  ``schema.element.qualifier`` must exist in that schema's registry ("ERROR: Metadata field
  ... was not found");
* processContentsFile: without ``contents`` the item may hold only metadata files; each line
  is a file name, then TAB-separated options (``bundle:``, ``permissions:``,
  ``description:``, ``primary:true``, ``iiif-*``), values ending at the next TAB; a blank line
  is read as a file with an empty name (an error); a line opening ``-r `` (trimmed) registers
  a file already in an assetstore instead; validateFilePath: the file must be inside
  the item folder; the file must exist.

Beyond the importer: every file in the item is listed in ``contents`` (a file it does not list
is silently left out of the item) and the text files are UTF-8.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

METADATA_FILE = re.compile(r"^metadata_.*.xml$")
CONTROL_FILES = {"dublin_core.xml", "contents", "collections", "handle", "relationships"}
OPTIONS = ("bundle:", "permissions:", "description:", "primary:true", "iiif-")


def load_registry(path: Path) -> set[tuple[str, str, str | None]]:
    """(schema, element, qualifier) of every field in a DSpace registry file."""
    root = etree.parse(str(path)).getroot()
    return {
        (t.findtext("schema"), t.findtext("element"), t.findtext("qualifier") or None)
        for t in root.iter("dc-type")
    }


def _check_metadata_file(path: Path, registry: set, problems: list[str]) -> list[tuple]:
    try:
        root = etree.parse(str(path), etree.XMLParser(resolve_entities=False)).getroot()
    except etree.XMLSyntaxError as exc:
        problems.append(f"{path.name}: not XML: {exc}")
        return []
    if root.tag != "dublin_core":
        problems.append(f"{path.name}: root is {root.tag}, not dublin_core")
        return []
    schema = root.get("schema") or "dc"
    if path.name != "dublin_core.xml" and root.get("schema") is None:
        problems.append(f"{path.name}: no schema attribute")
    if not any(s == schema for s, _e, _q in registry):
        problems.append(f"{path.name}: schema {schema!r} is not in the registry")
    fields = []
    for child in root:
        if not isinstance(child.tag, str):
            continue
        if child.tag != "dcvalue":
            problems.append(f"{path.name}: element {child.tag} is not read by the importer")
            continue
        element = child.get("element")
        qualifier = child.get("qualifier")
        qualifier = None if qualifier in (None, "", "none") else qualifier
        if not element:
            problems.append(f"{path.name}: dcvalue without element")
            continue
        if len(child):
            problems.append(f"{path.name}: {element}: markup inside a value is dropped")
        value = child.text or ""
        if not value.strip():
            problems.append(f"{path.name}: {element}: empty value")
        if (schema, element, qualifier) not in registry:
            problems.append(
                f"{path.name}: Metadata field {schema}.{element}.{qualifier} not in the registry"
            )
        language = child.get("language")
        fields.append((schema, element, qualifier, language, value))
    return fields


def check_item(item: Path, registry: set) -> list[str]:
    problems: list[str] = []
    names = sorted(p.name for p in item.iterdir())
    if "dublin_core.xml" not in names:
        problems.append("dublin_core.xml missing")
    for name in names:
        path = item / name
        if path.is_dir():
            problems.append(f"{name}: a folder inside an item is not imported")
        elif name == "dublin_core.xml" or METADATA_FILE.match(name):
            _check_metadata_file(path, registry, problems)
    listed: set[str] = set()
    contents = item / "contents"
    if not contents.exists():
        extra = [n for n in names if n not in CONTROL_FILES and not METADATA_FILE.match(n)]
        if extra:
            problems.append(f"no contents file but bitstreams {extra}")
        return problems
    try:
        text = contents.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return [*problems, "contents is not UTF-8"]
    if text and not text.endswith("\n"):
        problems.append("contents: last line has no line break")
    for number, line in enumerate(
        text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), 1
    ):
        if not line.strip():
            problems.append(f"contents line {number}: blank (read as a file with no name)")
            continue
        name, *options = line.split("\t")
        if line.strip().startswith("-r "):
            problems.append(f"contents line {number}: read as a registration line ('-r ')")
            continue
        if not name or name != name.strip():
            problems.append(f"contents line {number}: file name {name!r} is empty or padded")
        target = (item / name).resolve()
        if item.resolve() not in target.parents:
            problems.append(f"contents line {number}: {name!r} is outside the item folder")
        elif not target.is_file():
            problems.append(f"contents line {number}: {name} does not exist")
        listed.add(name)
        for option in options:
            if not option.startswith(OPTIONS):
                problems.append(f"contents line {number}: unknown option {option!r}")
            if option.startswith("bundle:") and not option[len("bundle:") :].strip():
                problems.append(f"contents line {number}: empty bundle name")
            if option.startswith("description:") and not option[len("description:") :].strip():
                problems.append(f"contents line {number}: empty description")
    for name in names:
        if name in CONTROL_FILES or METADATA_FILE.match(name) or (item / name).is_dir():
            continue
        if name not in listed:
            problems.append(f"{name}: in the item folder but not in contents")
    return problems


def check_archive(archive: Path, registry: set) -> dict[str, list[str]]:
    """Problems by item folder name; every folder of the archive is an item."""
    return {
        item.name: check_item(item, registry)
        for item in sorted(p for p in archive.iterdir() if p.is_dir())
    }
