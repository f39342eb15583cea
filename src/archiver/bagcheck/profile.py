"""BagIt Profiles (specification 1.4.0): loading profiles offline and checking a bag against one.

A profile comes from a JSON file (``--profile FILE`` or a ``file://`` URI), a short name
(``aptrust``, ``btr``, ``metaarchive``), or from the profiles known locally: the project's
``schemas/*.json`` (e.g. ``archiver-bagit-profile.json``), the repositories' published profiles
shipped in ``schemas/bagit-profiles/`` and any file given on the command line. Files may be in
the specification's format or in APTrust's DART format (see ``archiver.bagcheck.dart``). An ``http(s)`` identifier, given with ``--profile`` or
named by a bag's ``BagIt-Profile-Identifier``, is only ever matched against those: nothing is
fetched. A bag naming a profile that is not known locally gets a warning (W100), not an error.

Every rule of the specification is checked: Bag-Info (required, values, repeatable),
Manifests-Required/-Allowed, Tag-Manifests-Required/-Allowed, Allow-Fetch.txt,
Fetch.txt-Required, Data-Empty, Serialization and Accept-Serialization (MIME types, with the
common spellings of each: ``application/tar`` and ``application/x-tar`` are the same thing),
Accept-BagIt-Version, Tag-Files-Required/-Allowed and Payload-Files-Required/-Allowed. Path
patterns follow the specification's words, "asterisks can represent zero or more characters":
``*`` matches across ``/`` (so the default ``["*"]`` allows every tag file, in tag folders too),
``?`` and ``[...]`` as in glob(7). Bag-Info labels are matched without regard to case, as RFC
8493 §2.2.2 says of reserved labels. A key present is checked whatever ``BagIt-Profile-Version``
the profile declares. A profile that contradicts itself (a required manifest that is not
allowed, ...) gets a warning (W101) and is applied as written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import archiver
from archiver.bagcheck.archives import MIME_TYPES
from archiver.bagcheck.dart import TagRule, from_dart, is_dart, other_info_rules
from archiver.bagcheck.findings import Finding, finding
from archiver.bagcheck.tagfiles import BagInfo

Report = Callable[[Finding], None]

# archiver's own profile (schemas/archiver-bagit-profile.json). A URN, not a URL: it names the
# profile for as long as bags are kept, whoever hosts the project, and no tool (bdbag) tries to
# fetch it from a host that does not exist; `validate` finds it in schemas/ offline.
ARCHIVER_PROFILE = "urn:uuid:c8e03018-202f-5c88-aafc-18c1f32eb6c8"
# identifiers the same profile had before, still recognised in older bags: former -> current
FORMER_IDENTIFIERS = {
    "https://archiver.invalid/profiles/archiver-bagit-profile-v1.json": ARCHIVER_PROFILE
}
ARCHIVER_PROFILES = frozenset({ARCHIVER_PROFILE, *FORMER_IDENTIFIERS})

LIST_KEYS = (
    "Manifests-Required",
    "Manifests-Allowed",
    "Tag-Manifests-Required",
    "Tag-Manifests-Allowed",
    "Accept-Serialization",
    "Accept-BagIt-Version",
    "Tag-Files-Required",
    "Tag-Files-Allowed",
    "Payload-Files-Required",
    "Payload-Files-Allowed",
)
BOOL_KEYS = ("Allow-Fetch.txt", "Fetch.txt-Required", "Data-Empty")
KNOWN_KEYS = {
    "BagIt-Profile-Info",
    "Bag-Info",
    "Serialization",
    "Other-Info",  # DuraSpace's extension: rules for other tag files (read as tag rules)
    *LIST_KEYS,
    *BOOL_KEYS,
}
APTRUST_2_3 = "https://raw.githubusercontent.com/APTrust/preservation-services/master/profiles/aptrust-v2.3.json"
BTR_1_0 = "https://github.com/dpscollaborative/btr_bagit_profile/releases/download/1.0/btr-bagit-profile.json"
METAARCHIVE = "http://fedora.info/bagprofile/metaarchive.json"
# short names for the profiles of the repositories archivists ship to most
PROFILE_NAMES = {"aptrust": APTRUST_2_3, "btr": BTR_1_0, "metaarchive": METAARCHIVE}
# BagIt's own tag files are governed by their own rules, not Tag-Files-Allowed. A pattern,
# compiled by re (and cached) on first use: only a bag checked against a profile needs it.
_BAGIT_TAG_FILE = (
    r"^(bagit\.txt|bag-info\.txt|package-info\.txt|fetch\.txt|(tag)?manifest-[^/]+\.txt)$"
)


class ProfileError(Exception):
    """A profile named on the command line cannot be used (exit 2)."""


@dataclass(frozen=True)
class Profile:
    identifier: str
    source: str  # the file it came from
    data: dict = field(hash=False, compare=False)  # the specification's keys
    kind: str = "spec"  # "spec" (BagIt Profiles specification) or "dart" (APTrust DART)
    tags: tuple[TagRule, ...] = ()  # rules for tags in any tag file (DART, Other-Info)
    tar_dir_must_match_name: bool = False
    name: str = ""

    @property
    def title(self) -> str:
        return self.name or f"profile {self.identifier}"

    def bag_info_rules(self) -> list[TagRule]:
        """The profile's bag-info.txt rules, whichever format it came in."""
        if self.kind == "dart":
            return [r for r in self.tags if r.tag_file == "bag-info.txt"]
        rules = []
        bag_info = self.data.get("Bag-Info")
        for tag, spec in bag_info.items() if isinstance(bag_info, dict) else []:
            if isinstance(spec, dict):
                listed = spec.get("values")
                values = listed if isinstance(listed, list) else []
                rules.append(
                    TagRule("bag-info.txt", tag, spec.get("required") is True, tuple(values))
                )
        return rules


@dataclass
class BagFacts:
    """What the profile rules look at, gathered by the checker."""

    version_text: str | None
    serialization: str  # "directory", "tar", "tgz", "tbz2", "txz", "zip"
    info: BagInfo
    manifest_algs: list[str]
    tagmanifest_algs: list[str]
    has_fetch: bool
    tag_files: list[str]  # relative paths of every tag file present
    payload_files: Iterable[str]  # relative paths ("data/...") of every payload file
    payload_count: int
    payload_bytes: int
    payload_dirs: Callable[[str], bool]  # does this "data/..." folder exist?
    info_name: str = "bag-info.txt"
    # the tags of another tag file ("aptrust-info.txt"), None when it is absent
    read_tags: Callable[[str], BagInfo | None] = lambda rel: None
    archive_stem: str | None = None  # a serialized bag: its file name without the suffix
    top_folder: str | None = None  # ... and the folder it unpacks to


def schema_dirs() -> list[Path]:
    """Where the project's schemas live: the source tree's schemas/, else package data."""
    found = []
    tree = Path(archiver.__file__).resolve().parents[2] / "schemas"
    if tree.is_dir():
        found.append(tree)
    else:
        from importlib import resources  # lazily: only an installed archiver needs it

        try:
            packaged = resources.files("archiver") / "schemas"
            if packaged.is_dir():
                found.append(Path(str(packaged)))
        except (ModuleNotFoundError, TypeError, OSError):  # pragma: no cover
            pass
    return found


def load_profile_file(path: Path) -> Profile:
    import json  # lazily: most bags are validated without reading a profile

    from archiver.errors import InputError
    from archiver.safefs import read_limited

    try:
        # bounded: a profile named /dev/zero or a huge file is refused, not read to the end
        text = read_limited(path, "profile file").decode("utf-8")
    except InputError as exc:
        raise ProfileError(str(exc)) from None
    except UnicodeDecodeError as exc:
        raise ProfileError(f"{path}: cannot read profile: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProfileError(f"{path}: profile is not valid JSON: {exc}") from None
    except RecursionError:  # the json module recurses once per level of nesting
        raise ProfileError(f"{path}: profile is not valid JSON: nested too deeply") from None
    if is_dart(data):
        identifier, spec, rules, tar_dir, name = from_dart(data)
        if not identifier:
            raise ProfileError(f"{path}: DART profile has no bagItProfileIdentifier")
        return Profile(identifier, str(path), spec, "dart", rules, tar_dir, name)
    if not isinstance(data, dict) or not isinstance(data.get("BagIt-Profile-Info"), dict):
        raise ProfileError(
            f"{path}: neither a BagIt Profiles specification profile (no BagIt-Profile-Info) "
            "nor a DART profile (no bagItProfileInfo); the Bagger format is not supported"
        )
    identifier = data["BagIt-Profile-Info"].get("BagIt-Profile-Identifier")
    if not isinstance(identifier, str) or not identifier.strip():
        raise ProfileError(f"{path}: BagIt-Profile-Info has no BagIt-Profile-Identifier")
    return Profile(identifier.strip(), str(path), data, tags=other_info_rules(data))


@functools.lru_cache(maxsize=1)
def known_profiles() -> dict[str, Profile]:
    """The project's own profiles (schemas/*.json that are BagIt profiles), by identifier."""
    found: dict[str, Profile] = {}
    for directory in schema_dirs():
        paths = sorted(directory.glob("*.json")) + sorted(directory.glob("bagit-profiles/*.json"))
        for path in paths:
            try:
                profile = load_profile_file(path)
            except ProfileError:
                continue
            found.setdefault(profile.identifier, profile)
    for former, current in FORMER_IDENTIFIERS.items():
        if current in found:
            found.setdefault(former, found[current])
    return found


class LazyKnownProfiles(MutableMapping[str, Profile]):
    """``dict(known_profiles())``, read only when first looked into.

    Most bags declare no BagIt-Profile-Identifier, and then the project's profiles need not
    be read (nor json imported) at all. Adding a profile before then does not read them.
    """

    def __init__(self) -> None:
        self._loaded: dict[str, Profile] | None = None
        self._added: dict[str, Profile] = {}  # set before loading; they win over known ones

    def _data(self) -> dict[str, Profile]:
        if self._loaded is None:
            self._loaded = {**known_profiles(), **self._added}
        return self._loaded

    def __getitem__(self, key: str) -> Profile:
        return self._data()[key]

    def __setitem__(self, key: str, value: Profile) -> None:
        if self._loaded is None:
            self._added[key] = value
        else:
            self._loaded[key] = value

    def __delitem__(self, key: str) -> None:
        del self._data()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._data()!r})"


def resolve_profiles(specs: Sequence[str]) -> tuple[list[Profile], dict[str, Profile]]:
    """The profiles named on the command line, and every profile known locally by identifier.

    Raises ProfileError for one that cannot be used: a missing or malformed file, or a remote
    identifier that is neither ours nor the identifier of a file given.
    """
    from urllib.parse import unquote, urlsplit  # lazily: only profile specs are URIs

    known = dict(known_profiles())
    explicit: list[Profile] = []
    remote: list[str] = []
    for spec in specs:
        parts = urlsplit(spec)
        scheme = parts.scheme.lower()
        if scheme == "file":
            profile = load_profile_file(Path(unquote(parts.path)))
        elif scheme in ("http", "https"):
            remote.append(spec)
            continue
        elif len(scheme) > 1:
            raise ProfileError(f"{spec}: unsupported profile URI scheme {scheme!r}")
        elif spec.lower() in PROFILE_NAMES and not Path(spec).exists():
            remote.append(PROFILE_NAMES[spec.lower()])
            continue
        else:
            profile = load_profile_file(Path(spec))
        known[profile.identifier] = profile
        explicit.append(profile)
    for spec in remote:
        found = known.get(spec) or known.get(spec.rstrip("/"))
        if found is None:
            raise ProfileError(
                f"{spec}: profile not known locally (no network access): give its JSON file "
                "with --profile FILE"
            )
        if found not in explicit:
            explicit.append(found)
    return explicit, known


# -- checking -----------------------------------------------------------------------------------


def _norm_alg(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


def _collapse(value: str) -> str:
    return " ".join(str(value).split())


def _strings(profile: Profile, key: str, report: Report) -> list[str] | None:
    value = profile.data.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        report(
            finding("W101", None, f"profile {profile.identifier}: {key} is not a list of strings")
        )
        return None
    return [str(v) for v in value]


def _matches(path: str, patterns: list[str]) -> bool:
    import fnmatch  # lazily: only profiles with path patterns need it

    return any(fnmatch.fnmatchcase(path, pattern) for pattern in patterns)


def check_profile(
    profile: Profile, facts: BagFacts, report: Report, declared: bool, explicit: bool = True
) -> None:
    """Report every way the bag breaks the profile. declared: the bag names it itself;
    explicit: the caller asked for this profile (not only the bag's own declaration)."""
    pid = profile.identifier
    data = profile.data

    def rule(key: str) -> str:
        return f"BagIt-Profile: {key}"

    def fail(code: str, key: str, path: str | None, message: str) -> None:
        report(finding(code, path, f"{message} (profile {pid})", rule(key)))

    unknown = sorted(set(data) - KNOWN_KEYS)
    for key in unknown:
        report(finding("W101", None, f"profile {pid}: unknown key {key!r} ignored"))

    # BagIt-Profile-Identifier: a bag that meets a profile names it (DART profiles do not
    # ask it: APTrust takes a bag that names no profile as an APTrust bag).
    if not declared and profile.kind != "dart":
        names = [_collapse(v) for v in facts.info.values("BagIt-Profile-Identifier")]
        if pid not in names:
            fail(
                "E117",
                "BagIt-Profile-Identifier",
                facts.info_name,
                "bag-info.txt does not declare BagIt-Profile-Identifier " + pid,
            )

    # Accept-BagIt-Version (fatal in the spec's words; reported, and checking goes on).
    versions = _strings(profile, "Accept-BagIt-Version", report)
    if versions is not None and facts.version_text is not None:
        if facts.version_text not in [v.strip() for v in versions]:
            fail(
                "E100",
                "Accept-BagIt-Version",
                "bagit.txt",
                f"BagIt-Version {facts.version_text} is not one of {', '.join(versions)}",
            )

    # Serialization and Accept-Serialization.
    serialization = data.get("Serialization", "optional")
    if serialization not in ("forbidden", "required", "optional"):
        report(finding("W101", None, f"profile {pid}: Serialization {serialization!r} unknown"))
        serialization = "optional"
    accepted = _strings(profile, "Accept-Serialization", report) or []
    if facts.serialization == "directory":
        if serialization == "required" and explicit:
            fail("E101", "Serialization", None, "the bag must be serialized, not a folder")
        elif serialization == "required":
            # the unpacked working copy of a bag whose profile asks for an archive (package
            # --profile aptrust writes both): the archive is what goes to the repository
            report(
                finding(
                    "W103",
                    None,
                    f"the profile asks for a serialized bag; send the archive, not this folder "
                    f"(profile {pid})",
                    rule("Serialization"),
                )
            )
    else:
        if serialization == "forbidden":
            fail("E101", "Serialization", None, "serialized bags are forbidden")
        elif accepted:
            ours = MIME_TYPES.get(facts.serialization, set())
            if not ours & {a.strip().lower() for a in accepted}:
                fail(
                    "E102",
                    "Accept-Serialization",
                    None,
                    f"a {facts.serialization} archive is not one of {', '.join(accepted)}",
                )
    if serialization in ("required", "optional") and "Accept-Serialization" in data:
        if not accepted:
            report(
                finding(
                    "W101",
                    None,
                    f"profile {pid}: Serialization {serialization} but no Accept-Serialization",
                )
            )

    # Bag-Info.
    bag_info = data.get("Bag-Info", {})
    if not isinstance(bag_info, dict):
        report(finding("W101", None, f"profile {pid}: Bag-Info is not an object"))
        bag_info = {}
    info_name = facts.info_name
    for tag, spec in bag_info.items():
        if not isinstance(spec, dict):
            report(finding("W101", None, f"profile {pid}: Bag-Info {tag!r} is not an object"))
            continue
        present = facts.info.values(tag)
        if spec.get("required") is True and not present:
            fail("E103", "Bag-Info", info_name, f"required tag {tag} is missing")
        elif spec.get("required") is True and not any(v.strip() for v in present):
            report(
                finding(
                    "W102",
                    info_name,
                    f"required tag {tag} is empty (profile {pid})",
                    rule("Bag-Info"),
                )
            )
        allowed = spec.get("values")
        if isinstance(allowed, list) and allowed:
            choices = {_collapse(v) for v in allowed}
            for value in present:
                if _collapse(value) not in choices:
                    fail(
                        "E104",
                        "Bag-Info",
                        info_name,
                        f"{tag} {value!r} is not one of the allowed values",
                    )
        elif allowed is not None and not isinstance(allowed, list):
            report(finding("W101", None, f"profile {pid}: Bag-Info {tag} values is not a list"))
        if spec.get("repeatable") is False and len(present) > 1:
            fail("E105", "Bag-Info", info_name, f"{tag} appears {len(present)} times")

    # Manifests and tag manifests.
    for kind, have, code_req, code_allow in (
        ("Manifests", facts.manifest_algs, "E106", "E107"),
        ("Tag-Manifests", facts.tagmanifest_algs, "E108", "E109"),
    ):
        prefix = "manifest" if kind == "Manifests" else "tagmanifest"
        have_norm = {_norm_alg(a): a for a in have}
        required = _strings(profile, f"{kind}-Required", report) or []
        allowed = _strings(profile, f"{kind}-Allowed", report)
        for alg in required:
            if _norm_alg(alg) not in have_norm:
                fail(code_req, f"{kind}-Required", f"{prefix}-{alg}.txt", "required, not present")
        if allowed is not None:
            allowed_norm = {_norm_alg(a) for a in allowed}
            for alg in required:
                if _norm_alg(alg) not in allowed_norm:
                    report(
                        finding(
                            "W101",
                            None,
                            f"profile {pid}: {kind}-Required {alg} is not in {kind}-Allowed",
                        )
                    )
            for norm, alg in sorted(have_norm.items()):
                if norm not in allowed_norm:
                    fail(code_allow, f"{kind}-Allowed", f"{prefix}-{alg}.txt", "not allowed")

    # fetch.txt.
    allow_fetch = data.get("Allow-Fetch.txt", True)
    fetch_required = data.get("Fetch.txt-Required", False)
    if allow_fetch is False and fetch_required is True:
        report(
            finding("W101", None, f"profile {pid}: Fetch.txt-Required but Allow-Fetch.txt false")
        )
    if allow_fetch is False and facts.has_fetch:
        fail("E110", "Allow-Fetch.txt", "fetch.txt", "fetch.txt is not allowed")
    if fetch_required is True and not facts.has_fetch:
        fail("E111", "Fetch.txt-Required", "fetch.txt", "fetch.txt is required")

    # Data-Empty.
    if data.get("Data-Empty") is True:
        if not (
            facts.payload_count == 0 or (facts.payload_count == 1 and facts.payload_bytes == 0)
        ):
            fail(
                "E112",
                "Data-Empty",
                "data",
                f"data/ must be empty or hold one empty file; it holds {facts.payload_count}",
            )

    # Tag files.
    tag_required = _strings(profile, "Tag-Files-Required", report) or []
    tag_allowed = _strings(profile, "Tag-Files-Allowed", report)
    present_tags = set(facts.tag_files)
    for path in tag_required:
        if path not in present_tags:
            fail("E113", "Tag-Files-Required", path, "required tag file is missing")
    if tag_allowed is not None:
        for path in tag_required:
            if not _matches(path, tag_allowed):
                report(
                    finding(
                        "W101",
                        None,
                        f"profile {pid}: Tag-Files-Required {path} is not in Tag-Files-Allowed",
                    )
                )
        for path in sorted(present_tags):
            if re.match(_BAGIT_TAG_FILE, path):
                continue
            if not _matches(path, tag_allowed):
                fail("E114", "Tag-Files-Allowed", path, "tag file not allowed")

    _check_tag_rules(profile, facts, fail)

    if (
        profile.tar_dir_must_match_name
        and facts.archive_stem is not None
        and facts.top_folder != facts.archive_stem
    ):
        fail(
            "E121",
            "tarDirMustMatchName",
            None,
            f"the archive unpacks to {facts.top_folder!r}, not {facts.archive_stem!r}",
        )

    # Payload files.
    payload_required = _strings(profile, "Payload-Files-Required", report) or []
    payload_allowed = _strings(profile, "Payload-Files-Allowed", report)
    if payload_required or payload_allowed is not None:
        files = set(facts.payload_files)
        for path in payload_required:
            if path.endswith("/"):
                ok = facts.payload_dirs(path.rstrip("/")) or any(f.startswith(path) for f in files)
            else:
                ok = path in files
            if not ok:
                fail("E115", "Payload-Files-Required", path, "required payload is missing")
        if payload_allowed is not None:
            for path in payload_required:
                probe = path + "x" if path.endswith("/") else path
                if not _matches(probe, payload_allowed):
                    report(
                        finding(
                            "W101",
                            None,
                            f"profile {pid}: Payload-Files-Required {path} is not in "
                            "Payload-Files-Allowed",
                        )
                    )
            for path in sorted(files):
                if not _matches(path, payload_allowed):
                    fail("E116", "Payload-Files-Allowed", path, "payload file not allowed")


def _check_tag_rules(
    profile: Profile, facts: BagFacts, fail: Callable[[str, str, str | None, str], None]
) -> None:
    """The profile's rules for tags in any tag file (DART ``tags``, DuraSpace ``Other-Info``),
    applied as dart-runner applies them."""
    read: dict[str, BagInfo | None] = {}
    for rule in profile.tags:
        if rule.tag_file not in read:
            if rule.tag_file in ("bag-info.txt", facts.info_name):
                read[rule.tag_file] = facts.info if facts.info.present else None
            else:
                read[rule.tag_file] = facts.read_tags(rule.tag_file)
        info = read[rule.tag_file]
        key = "tags" if profile.kind == "dart" else "Other-Info"
        present = info.values(rule.name) if info is not None else []
        if not present:
            if rule.required:
                where = "" if info is not None else " (the file is missing)"
                fail("E118", key, rule.tag_file, f"required tag {rule.name} is missing{where}")
            continue
        if rule.required and not rule.empty_ok and not any(v.strip() for v in present):
            fail("E119", key, rule.tag_file, f"required tag {rule.name} has no value")
        if rule.values:
            choices = {_collapse(v) for v in rule.values}
            for value in present:
                if _collapse(value) not in choices:
                    fail(
                        "E120",
                        key,
                        rule.tag_file,
                        f"{rule.name} {value!r} is not one of {', '.join(rule.values)}",
                    )
