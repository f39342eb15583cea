"""APTrust DART profiles, read as BagIt profiles with tag rules.

DART (APTrust's bagging tool, and dart-runner) keeps profiles in its own JSON: camelCase keys
for the BagIt Profiles rules (``manifestsRequired``, ``acceptSerialization``, ...), and a
``tags`` list whose entries each name a tag file and a tag (``tagFile``, ``tagName``,
``required``, ``values``, ``emptyOk``, ``defaultValue``). That list can describe tags in any
tag file, which the specification's ``Bag-Info`` cannot: APTrust's ``aptrust-info.txt`` Title,
Access and Storage-Option. ``tarDirMustMatchName`` asks that a tarred bag unpack to a folder
named like the tar file.

A DART profile is turned into the specification's keys (checked by the same code) plus its tag
rules; the rules are applied as dart-runner's validator applies them (core/validator.go,
APTrust/dart-runner): a required tag that is missing is an error; a required tag with no
non-empty value is an error unless ``emptyOk``; a value outside a non-empty ``values`` list
is an error; tag labels match without regard to case.

The DuraSpace/Fedora spec-format profiles carry the same kind of rules in a non-standard
``Other-Info`` list (``{"APTrust-Info": {"Title": {"required": true}, ...}}`` for
``aptrust-info.txt``); those are read as tag rules too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# DART key -> BagIt Profiles specification key (same meaning)
_SPEC_KEYS = {
    "acceptBagItVersion": "Accept-BagIt-Version",
    "acceptSerialization": "Accept-Serialization",
    "allowFetchTxt": "Allow-Fetch.txt",
    "manifestsRequired": "Manifests-Required",
    "manifestsAllowed": "Manifests-Allowed",
    "tagManifestsRequired": "Tag-Manifests-Required",
    "tagManifestsAllowed": "Tag-Manifests-Allowed",
    "tagFilesRequired": "Tag-Files-Required",
    "tagFilesAllowed": "Tag-Files-Allowed",
    "serialization": "Serialization",
}
_INFO_KEYS = {
    "bagItProfileIdentifier": "BagIt-Profile-Identifier",
    "bagItProfileVersion": "BagIt-Profile-Version",
    "contactEmail": "Contact-Email",
    "contactName": "Contact-Name",
    "externalDescription": "External-Description",
    "sourceOrganization": "Source-Organization",
    "version": "Version",
}


@dataclass(frozen=True)
class TagRule:
    """One tag a profile asks for, in one tag file."""

    tag_file: str
    name: str
    required: bool = False
    values: tuple[str, ...] = ()  # empty: any value
    empty_ok: bool = True
    default: str | None = None

    @property
    def label(self) -> str:
        return f"{self.tag_file} {self.name}"


def is_dart(data: Any) -> bool:
    return (
        isinstance(data, dict)
        and isinstance(data.get("bagItProfileInfo"), dict)
        and isinstance(data.get("tags", []), list)
    )


def _tag_rule(entry: Any) -> TagRule | None:
    if not isinstance(entry, dict):
        return None
    tag_file, name = entry.get("tagFile"), entry.get("tagName")
    if not isinstance(tag_file, str) or not isinstance(name, str) or not name.strip():
        return None
    values = entry.get("values") or []
    default = entry.get("defaultValue")
    return TagRule(
        tag_file=tag_file.strip(),
        name=name.strip(),
        required=entry.get("required") is True,
        values=tuple(str(v) for v in values) if isinstance(values, list) else (),
        # dart-runner: a missing emptyOk is false
        empty_ok=entry.get("emptyOk") is True,
        default=default if isinstance(default, str) and default else None,
    )


def from_dart(data: dict) -> tuple[str, dict, tuple[TagRule, ...], bool, str]:
    """(identifier, specification-form data, tag rules, tarDirMustMatchName, name)."""
    spec: dict[str, Any] = {}
    for dart_key, spec_key in _SPEC_KEYS.items():
        if dart_key in data and data[dart_key] is not None:
            value = data[dart_key]
            if isinstance(value, list):
                # DART writes [""] or ["*", ""] for "no entries" / "anything"
                value = [v for v in value if not (isinstance(v, str) and not v.strip())]
            spec[spec_key] = value
    info = data["bagItProfileInfo"]
    spec["BagIt-Profile-Info"] = {
        spec_key: info[key] for key, spec_key in _INFO_KEYS.items() if info.get(key)
    }
    rules = tuple(r for r in (_tag_rule(e) for e in data.get("tags") or []) if r is not None)
    identifier = str(info.get("bagItProfileIdentifier") or "").strip()
    name = str(data.get("name") or identifier)
    version = str(info.get("version") or "").strip()
    if version and version not in name:
        name = f"{name} {version}"
    return identifier, spec, rules, data.get("tarDirMustMatchName") is True, name


def other_info_rules(data: dict) -> tuple[TagRule, ...]:
    """Tag rules from a DuraSpace profile's ``Other-Info`` (``APTrust-Info`` -> aptrust-info.txt)."""
    rules: list[TagRule] = []
    blocks = data.get("Other-Info")
    if not isinstance(blocks, list):
        return ()
    for block in blocks:
        if not isinstance(block, dict):
            continue
        for section, tags in block.items():
            if not isinstance(tags, dict):
                continue
            tag_file = f"{str(section).lower()}.txt"
            for name, spec in tags.items():
                if not isinstance(spec, dict):
                    continue
                values = spec.get("values") or []
                rules.append(
                    TagRule(
                        tag_file=tag_file,
                        name=str(name),
                        required=spec.get("required") is True,
                        values=tuple(str(v) for v in values) if isinstance(values, list) else (),
                        empty_ok=False,
                    )
                )
    return tuple(rules)
