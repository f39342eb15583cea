"""`package --profile`: what a bag must hold to meet a repository's published BagIt profile.

A profile is named (``aptrust``, ``btr``, ``metaarchive``) or given as a JSON file in the
BagIt Profiles format or APTrust's DART format (`archiver.bagcheck.profile` reads both).
`plan_profile` reads it once, before any article is touched, and turns it into a plan:

- manifest and tag-manifest algorithms: every one the profile requires, plus archiver's
  defaults (sha256, sha512) where the profile allows them, never one it forbids;
- bag-info: each required field is filled from the config or the options, or computed
  (Payload-Oxum, Bagging-Date, ...); a missing value is an error naming the field and the
  option and config key that set it;
- other tag files the profile asks for (APTrust's ``aptrust-info.txt``): Title from the
  headline, the rest from ``--tag FILE:LABEL=VALUE`` or ``[bag.tags."FILE"]`` in the config,
  or the profile's default where the tag is a choice among listed values (Storage-Option);
- ``BagIt-Profile-Identifier``: the profile's identifier;
- serialization: the archive type the profile requires (APTrust: a plain tar that unpacks to
  a folder named like it, which is what `serialize_bag` always writes).

``aptrust`` also meets DuraSpace/Fedora's spec-format APTrust profile (``aptrust.json``), so
such bags also pass the BagIt Profiles tools (bagit-profile) with that profile.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass

from archiver.bagcheck.archives import MIME_TYPES
from archiver.bagcheck.dart import TagRule
from archiver.bagcheck.profile import (
    APTRUST_2_3,
    Profile,
    ProfileError,
    known_profiles,
    resolve_profiles,
)
from archiver.config import Config
from archiver.errors import InputError

DURASPACE_APTRUST = "http://fedora.info/bagprofile/aptrust.json"
# Profiles a bag made for one profile also meets (the declared one stays the first).
ALSO_MEETS = {APTRUST_2_3: (DURASPACE_APTRUST,)}
PREFERRED_ALGORITHMS = ("sha256", "sha512")
SUPPORTED_ALGORITHMS = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512")
# bag-info labels archiver always writes itself
COMPUTED = {
    "external-identifier",
    "internal-sender-identifier",
    "bagging-date",
    "bag-software-agent",
    "payload-oxum",
    "bag-size",
    "bagit-profile-identifier",
}
# bag-info label -> (config section, config key, option)
CONFIGURED = {
    "source-organization": ("archive", "organization", "--organization"),
    "organization-address": ("archive", "address", "--organization-address"),
    "contact-name": ("archive", "contact_name", "--contact-name"),
    "contact-email": ("archive", "contact_email", "--contact-email"),
    "contact-phone": ("archive", "contact_phone", "--contact-phone"),
    "bag-group-identifier": ("bag", "group_identifier", "--bag-group-identifier"),
}
BAGIT_TXT = {"bagit-version": "1.0", "tag-file-character-encoding": "UTF-8"}
# our payload, for Payload-Files-* rules ("x" stands for the original's file name)
PAYLOAD = (
    "data/original/x",
    "data/newsml.xml",
    "data/metadata/dc.xml",
    "data/metadata/dcterms.xml",
    "data/metadata/article.json",
)
HEADLINE = None  # a tag value taken from the article's headline


@dataclass(frozen=True)
class ProfilePlan:
    profiles: tuple[Profile, ...]  # the first is the one the bag declares
    identifier: str
    algorithms: tuple[str, ...]
    tag_algorithms: tuple[str, ...]
    serialize: str | None
    info: tuple[tuple[str, str], ...] = ()  # bag-info fields the plan adds (Bag-Count)
    # tag file -> ((label, value), ...); a value of None is the article's headline
    tag_files: tuple[tuple[str, tuple[tuple[str, str | None], ...]], ...] = ()
    needs_description: bool = False  # External-Description (the headline) is required

    @property
    def title(self) -> str:
        return self.profiles[0].title

    def render_tag_files(self, headline: str | None, bag_name: str) -> dict[str, bytes]:
        """The extra tag files of one bag; Title falls back to the bag's name."""
        out = {}
        for name, pairs in self.tag_files:
            lines = []
            for label, value in pairs:
                text = value if value is not None else (headline or bag_name)
                lines.append(f"{label}: {' '.join(text.split())}\n")
            out[name] = "".join(lines).encode("utf-8")
        return out


def _config_value(config: Config, label: str) -> str | None:
    section, key, _ = CONFIGURED[label]
    value = getattr(getattr(config, section), key, None)
    return value or None


def _allowed(profile: Profile, key: str) -> set[str] | None:
    value = profile.data.get(key)
    return {str(v).lower() for v in value} if isinstance(value, list) else None


def _required(profile: Profile, key: str) -> list[str]:
    value = profile.data.get(key)
    return [str(v).lower() for v in value] if isinstance(value, list) else []


def _algorithms(
    profiles: Iterable[Profile], kind: str, chosen: tuple[str, ...], problems: list[str]
) -> tuple[str, ...]:
    """Required by any profile, then `chosen` where every profile allows it."""
    profiles = list(profiles)
    required: list[str] = []
    for profile in profiles:
        required += [a for a in _required(profile, f"{kind}-Required") if a not in required]
    out = list(required)
    for alg in chosen:
        if alg in out:
            continue
        forbidding = [
            p.title
            for p in profiles
            if (allowed := _allowed(p, f"{kind}-Allowed")) is not None and alg not in allowed
        ]
        if forbidding:
            continue
        out.append(alg)
    for alg in out:
        if alg not in SUPPORTED_ALGORITHMS:
            problems.append(f"{kind}-Required {alg} is not an algorithm archiver can write")
        for profile in profiles:
            allowed = _allowed(profile, f"{kind}-Allowed")
            if allowed is not None and alg not in allowed:
                problems.append(f"{profile.title} requires {alg} in {kind} and another forbids it")
    return tuple(out)


def _serialization(
    profiles: list[Profile], requested: str | None, problems: list[str]
) -> str | None:
    def accepts(profile: Profile, kind: str) -> bool:
        accepted = profile.data.get("Accept-Serialization")
        if not isinstance(accepted, list) or not accepted:
            return True
        return bool(MIME_TYPES.get(kind, set()) & {str(a).strip().lower() for a in accepted})

    required = any(p.data.get("Serialization") == "required" for p in profiles)
    for profile in profiles:
        if requested and profile.data.get("Serialization") == "forbidden":
            problems.append(f"{profile.title} forbids serialized bags (--serialize)")
        elif requested and not accepts(profile, requested):
            problems.append(
                f"{profile.title} does not accept --serialize {requested} "
                f"(it accepts {', '.join(profile.data.get('Accept-Serialization', []))})"
            )
    if requested or not required:
        return requested
    for kind in ("tar", "zip", "tgz"):  # a plain tar first: what APTrust takes
        if all(accepts(p, kind) for p in profiles):
            return kind
    problems.append("no archive type archiver writes (tar, zip, tar.gz) is accepted")
    return None


def _payload_rules(profile: Profile, problems: list[str]) -> None:
    required = profile.data.get("Payload-Files-Required") or []
    allowed = profile.data.get("Payload-Files-Allowed")
    for path in required if isinstance(required, list) else []:
        if not any(p == path or p.startswith(str(path)) for p in PAYLOAD):
            problems.append(f"{profile.title} requires payload {path}, which archiver never writes")
    if isinstance(allowed, list):
        for path in PAYLOAD:
            if not any(fnmatch.fnmatchcase(path, str(pat)) for pat in allowed):
                problems.append(f"{profile.title} does not allow payload {path}")
    if profile.data.get("Data-Empty") is True:
        problems.append(f"{profile.title} asks for an empty payload")


def resolve(spec: str) -> tuple[Profile, ...]:
    """The profile named or given as a file, then the profiles a bag for it also meets."""
    try:
        explicit, _ = resolve_profiles([spec])
    except ProfileError as exc:
        raise InputError(f"--profile {spec}: {exc}") from None
    primary = explicit[0]
    known = known_profiles()
    extra = tuple(known[i] for i in ALSO_MEETS.get(primary.identifier, ()) if i in known)
    return (primary, *extra)


def plan_profile(
    spec: str,
    config: Config,
    *,
    algorithms: tuple[str, ...] = (),
    serialize: str | None = None,
    extra_info: tuple[tuple[str, str], ...] = (),
    tags: tuple[tuple[str, str, str], ...] = (),
) -> ProfilePlan:
    """Everything a bag needs to meet the profile `spec`; InputError listing all that is
    missing or impossible. `tags` are (file, label, value) from --tag and the config."""
    profiles = resolve(spec)
    primary = profiles[0]
    problems: list[str] = []
    given_info: dict[str, str] = {}
    for key, given in [*config.bag.info.items(), *extra_info]:
        given_info.setdefault(key.lower(), given)

    for profile in profiles:
        versions = profile.data.get("Accept-BagIt-Version")
        if isinstance(versions, list) and "1.0" not in [str(v).strip() for v in versions]:
            problems.append(
                f"{profile.title} does not accept BagIt 1.0, the version archiver writes"
            )
        _payload_rules(profile, problems)

    # bag-info.txt
    info: list[tuple[str, str]] = []
    needs_description = False
    for profile in profiles:
        for rule in profile.bag_info_rules():
            label = rule.name.lower()
            if label == "bagit-profile-identifier":
                value: str | None = primary.identifier
            elif label in COMPUTED:
                continue
            elif label in given_info:
                value = given_info[label]
            elif label in CONFIGURED:
                value = _config_value(config, label)
            elif label == "external-description":
                needs_description = needs_description or rule.required
                continue  # the headline, article by article
            elif label == "bag-count":
                value = "1 of 1"  # one article, one bag
                if rule.required and ("Bag-Count", value) not in info:
                    info.append(("Bag-Count", value))
            else:
                value = None
            if value is None:
                if rule.required:
                    if label in CONFIGURED:
                        section, key, option = CONFIGURED[label]
                        how = f"{option} or [{section}] {key} in the config"
                    else:
                        how = f'--info {rule.name}=VALUE or [bag] info = {{ "{rule.name}" = ... }}'
                        how += " in the config"
                    problems.append(
                        f"{profile.title} requires bag-info {rule.name}: set it with {how}"
                    )
                continue
            if rule.values and value not in rule.values:
                problems.append(
                    f"{profile.title}: bag-info {rule.name} {value!r} is not one of "
                    f"{', '.join(rule.values)}"
                )

    # bagit.txt rules (DART), other tag files (DART tags, Other-Info), --tag values
    given_tags: dict[tuple[str, str], str] = {}
    for tag_file, label, value in tags:
        parts = tag_file.split("/")
        if tag_file.startswith("/") or any(part in ("", ".", "..") for part in parts):
            problems.append(f"--tag {tag_file}: not a plain relative path inside the bag")
        elif parts[0] == "data":
            problems.append(f"--tag {tag_file}: data/ holds the payload, not tag files")
        if tag_file in ("bagit.txt", "bag-info.txt") or tag_file.startswith(
            ("manifest-", "tagmanifest-")
        ):
            problems.append(
                f"--tag {tag_file}:{label}: archiver writes {tag_file} itself (use --info)"
            )
        given_tags.setdefault((tag_file, label.lower()), value)
    files: dict[str, dict[str, tuple[str, str | None]]] = {}  # file -> lower label -> pair
    for profile in profiles:
        for rule in profile.tags:
            if rule.tag_file == "bag-info.txt":
                continue
            if rule.tag_file == "bagit.txt":
                ours = BAGIT_TXT.get(rule.name.lower())
                if rule.values and ours not in rule.values:
                    problems.append(
                        f"{profile.title}: bagit.txt {rule.name} must be one of {', '.join(rule.values)}"
                    )
                continue
            _plan_tag(profile, rule, given_tags, files, problems)
    for (tag_file, label), value in given_tags.items():
        pairs = files.setdefault(tag_file, {})
        if label not in pairs:
            pairs[label] = (
                next(lb for f, lb, _ in tags if f == tag_file and lb.lower() == label),
                value,
            )
    for profile in profiles:
        present = {"bagit.txt", "bag-info.txt", *files}
        for name in profile.data.get("Tag-Files-Required") or []:
            if name not in present:
                problems.append(
                    f"{profile.title} requires tag file {name}: give its tags with "
                    f"--tag {name}:LABEL=VALUE"
                )
        allowed = profile.data.get("Tag-Files-Allowed")
        if isinstance(allowed, list):
            for name in files:
                if not any(fnmatch.fnmatchcase(name, str(p)) for p in allowed):
                    problems.append(f"{profile.title} does not allow tag file {name}")

    chosen = tuple(a.lower() for a in algorithms) or PREFERRED_ALGORITHMS
    manifest_algs = _algorithms(profiles, "Manifests", chosen, problems)
    if not manifest_algs:
        # nothing required and neither default allowed: the strongest algorithm allowed
        manifest_algs = _algorithms(profiles, "Manifests", SUPPORTED_ALGORITHMS[::-1], problems)[:1]
    for alg in algorithms:
        if alg.lower() not in manifest_algs:
            problems.append(f"--checksum {alg}: not allowed by {primary.title}")
    tag_algs = _algorithms(profiles, "Tag-Manifests", manifest_algs, problems)
    archive = _serialization(list(profiles), serialize, problems)

    if problems:
        raise InputError(f"--profile {spec}: " + "; ".join(dict.fromkeys(problems)))
    return ProfilePlan(
        profiles=profiles,
        identifier=primary.identifier,
        algorithms=manifest_algs,
        tag_algorithms=tag_algs,
        serialize=archive,
        info=tuple(info),
        tag_files=tuple((name, tuple(pairs.values())) for name, pairs in files.items() if pairs),
        needs_description=needs_description,
    )


def _plan_tag(
    profile: Profile,
    rule: TagRule,
    given: dict[tuple[str, str], str],
    files: dict[str, dict[str, tuple[str, str | None]]],
    problems: list[str],
) -> None:
    """Decide the value of one tag of another tag file (aptrust-info.txt Title, Access, ...)."""
    pairs = files.setdefault(rule.tag_file, {})
    key = rule.name.lower()
    value: str | None
    if (rule.tag_file, key) in given:
        value = given[(rule.tag_file, key)]
    elif key in pairs:
        value = pairs[key][1]
    elif key == "title":
        pairs[key] = (rule.name, HEADLINE)  # the headline, else the bag's name
        return
    elif rule.default is not None and rule.values and rule.default in rule.values:
        value = rule.default  # a choice with a documented default (Storage-Option: Standard)
    elif rule.required:
        if any(f"requires {rule.tag_file} {rule.name}" in problem for problem in problems):
            return  # one message per tag, however many profiles ask for it
        choices = f" (one of {', '.join(rule.values)})" if rule.values else ""
        problems.append(
            f"{profile.title} requires {rule.tag_file} {rule.name}{choices}: set it with "
            f'--tag {rule.tag_file}:{rule.name}=VALUE or [bag.tags."{rule.tag_file}"] '
            f"{rule.name} = ... in the config"
        )
        return
    else:
        return
    if value is not None and rule.values and value not in rule.values:
        problems.append(
            f"{profile.title}: {rule.tag_file} {rule.name} {value!r} is not one of "
            f"{', '.join(rule.values)}"
        )
    if value is not None and not value.strip() and rule.required:
        problems.append(f"{profile.title} requires a value for {rule.tag_file} {rule.name}")
    pairs[key] = (pairs[key][0] if key in pairs else rule.name, value)
