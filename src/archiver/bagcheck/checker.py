"""`validate_bag`: judge one bag folder or serialized bag, whoever made it (BagIt 0.93-1.0).

The order of work keeps memory flat and every byte read once:

1. bagit.txt, data/, the list of manifests and tag manifests, bag-info.txt;
2. every payload manifest into one index (path -> one digest per manifest), and fetch.txt;
3. one walk of data/ that checks each file against the index as it is found and streams it
   to the hashing workers (`fixity.compute`), whose results are compared as they come back;
4. what the walk did not see: missing, not fetched, reachable only through a link;
5. tag files and tag manifests, Payload-Oxum, profiles, XML.

Nothing is ever opened through a path that a check refused: unsafe manifest and fetch.txt
paths are judged from their text (`paths.check_path`) and resolved with lstat/readlink only;
symbolic links leaving the bag are reported, never followed; FIFOs and devices never opened.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, cast
from urllib.parse import urlsplit

from archiver.bagcheck import fixity
from archiver.bagcheck.archives import Limits, archive_kind, unpacked
from archiver.bagcheck.findings import Finding, finding
from archiver.bagcheck.manifests import (
    AS_LISTED,
    MANIFEST_NAME,
    TAGMANIFEST_NAME,
    Entry,
    Index,
    Manifest,
    NotPlain,
    plain_chunks,
    read_lines,
)
from archiver.bagcheck.ocflcheck import check_ocfl, ocfl_kind
from archiver.bagcheck.paths import (
    check_path,
    is_inside,
    is_system_file,
    may_hold_system_file,
    nfc,
    percent_decode,
    resolve_inside,
)
from archiver.bagcheck.tagfiles import (
    DEFAULT_MAX_LINE,
    MAX_DIGITS,
    MAX_TEXT_TAG_BYTES,
    BagInfo,
    TagFile,
    parse_bag_info,
    parse_count,
    parse_oxum,
    read_declaration,
    split_fetch_line,
)
from archiver.errors import InputError
from archiver.schemadir import NOT_CHECKED

if TYPE_CHECKING:  # imported when a profile is asked for or declared: most bags have none
    from archiver.bagcheck.profile import Profile

Mode = Literal["full", "fast", "completeness"]

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*$")
WEAK = {"md5", "sha1"}
INDEX_STEP = 2048  # manifest lines read between two hashing batches handed out
PREFETCH_STEP = 2048  # files handed to the hashers between two steps of reading manifests
FOLDER_SLICE = 8192  # files of one folder taken at a time


class Linked(NamedTuple):
    """A payload file reached through a symbolic link that stays inside the bag."""

    rel: str  # its path in the bag, as listed
    real: str  # where the link leads
    size: int
    name: str  # the link's own name


class Folder(NamedTuple):
    """One folder of the payload, or a slice of a big one."""

    rel: str  # e.g. data/images
    real: str  # its path on disk
    files: list[str]  # names of its regular files
    linked: list[Linked]  # payload files in it reached through links


@dataclass
class ValidateOptions:
    """How to validate. The defaults check everything, in this process."""

    mode: Mode = "full"  # "fast": Oxum + completeness; "completeness": no checksums
    allow_holey: bool = False  # files listed in fetch.txt may be absent (warning)
    profiles: Sequence[str | Profile] = ()  # files, file:// URIs or known identifiers
    jobs: int = 1  # worker processes for hashing
    executor: str = "process"  # "process", "thread" or "inline"
    xml_checker: Callable[[Path], list[Finding]] | None = None
    max_archive_bytes: int = Limits.max_bytes
    max_archive_ratio: float = Limits.max_ratio
    max_archive_entries: int = Limits.max_entries
    max_line_bytes: int = DEFAULT_MAX_LINE
    temp_dir: str | None = None
    on_finding: Callable[[Finding], None] | None = None  # streamed as found
    known_profiles: dict[str, Profile] | None = None  # default: schemas/*.json + given files
    keep: bool = False  # full mode: keep what was verified in report.verified (for export)


@dataclass(frozen=True)
class Verified:
    """What a full validation read of a bag and compared, kept for the next reader (export).

    Only what the checks stood behind: the manifests' digests (hex, lower case) by the
    algorithm in each manifest's file name, the size of every file hashed, and the bytes of the
    smaller ones exactly as they were hashed (`fixity.Kept`): a reader serving those never
    reads nor hashes the file again, and gives out the bytes whose digests matched.
    Meaningful only when the report says the bag is valid.
    """

    manifests: dict[str, dict[str, str]]  # algorithm -> payload path -> digest
    info: BagInfo | None  # bag-info.txt as parsed (None: the bag has none)
    sizes: dict[str, int]  # payload and tag paths -> bytes
    data: dict[str, bytes]  # payload and tag paths -> the bytes hashed
    # payload XML path -> the root element the XML check parsed from those bytes (and checked
    # against its schema); never changed by anyone (readers copy what they would change)
    trees: dict[str, Any] = field(default_factory=dict)
    # the regular files at the bag's top (tag files: bagit.txt, manifests...), as the tag
    # files' walk listed them, sorted by name; None when not listed
    top_files: tuple[str, ...] | None = None


@dataclass
class BagReport:
    """The verdict on one bag."""

    path: str
    valid: bool = True
    findings: list[Finding] = field(default_factory=list)
    bagit_version: str | None = None
    serialization: str = "directory"
    mode: str = "full"
    profiles: list[str] = field(default_factory=list)  # identifiers checked
    not_checked: list[str] = field(default_factory=list)  # what this mode or set-up skipped
    payload_files: int = 0
    payload_bytes: int = 0
    files_hashed: int = 0
    bytes_hashed: int = 0
    seconds: float = 0.0
    verified: Verified | None = field(default=None, repr=False, compare=False)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "warning")

    @property
    def counts(self) -> dict[str, int]:
        return {
            "errors": self.errors,
            "warnings": self.warnings,
            "payload_files": self.payload_files,
            "payload_bytes": self.payload_bytes,
            "files_hashed": self.files_hashed,
            "bytes_hashed": self.bytes_hashed,
        }

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "valid": self.valid,
            "bagit_version": self.bagit_version,
            "serialization": self.serialization,
            "mode": self.mode,
            "profiles": list(self.profiles),
            "not_checked": list(self.not_checked),
            "counts": self.counts,
            "seconds": round(self.seconds, 3),
            "findings": [f.to_dict() for f in self.findings],
        }


def _folder_jobs(
    rel_dir: str, abs_dir: str, names: list[str], algs: tuple[str, ...]
) -> fixity.JobGroup:
    """Hashing jobs for regular files of one folder (sizes left to the workers)."""
    return [(f"{rel_dir}/{name}", f"{abs_dir}/{name}", algs) for name in names], None


def _linked_jobs(linked: list[Linked], algs: tuple[str, ...]) -> fixity.JobGroup:
    """Hashing jobs for payload files reached through links inside the bag (sizes known)."""
    return [(item.rel, item.real, algs) for item in linked], [item.size for item in linked]


def validate_bag(path: str | os.PathLike[str], options: ValidateOptions | None = None) -> BagReport:
    """Validate a bag folder or a serialized bag (.tar, .tar.gz/.tgz, .tar.bz2, .tar.xz, .zip).

    Raises archiver.errors.InputError when path does not exist or is neither a folder nor an
    archive, or when a profile named in options cannot be used. Any other trouble is a finding.
    """
    options = options or ValidateOptions()
    start = time.monotonic()
    source = Path(path)
    report = BagReport(path=str(path), mode=options.mode)
    if options.mode != "full":
        report.not_checked.append("checksums (fixity)")
    if options.mode == "fast":
        report.not_checked.append("XML")
    explicit, known = _profiles(options)

    def add(item: Finding) -> None:
        report.findings.append(item)
        if options.on_finding is not None:
            options.on_finding(item)

    if source.is_dir() and ocfl_kind(source) is not None:
        # an OCFL object or storage root (archiver export --to ocfl): ocfl-py's validator
        report.serialization = f"ocfl-{check_ocfl(source, add, options.mode == 'full')}"
    elif source.is_dir():
        _Checker(source, report, options, add, explicit, known).run_safely()
    elif source.is_file():
        if archive_kind(source) is None:
            raise InputError(f"{path}: not a bag folder nor a tar or zip archive")
        limits = Limits(
            options.max_archive_bytes, options.max_archive_ratio, options.max_archive_entries
        )
        with unpacked(source, add, limits, options.temp_dir) as result:
            report.serialization = result.kind
            if result.root is not None:
                _Checker(result.root, report, options, add, explicit, known).run_safely()
    elif os.path.lexists(source):
        raise InputError(f"{path}: not a bag folder nor a tar or zip archive")
    else:
        raise InputError(f"{path}: no such file or directory")
    report.valid = not any(f.severity == "error" for f in report.findings)
    report.seconds = time.monotonic() - start
    return report


def _profiles(
    options: ValidateOptions,
) -> tuple[list[Profile], MutableMapping[str, Profile] | None]:
    """The profiles asked for, and those known by identifier; None: the profiles known
    locally, read only if a bag declares one (and the profile module imported only then)."""
    if not options.profiles and options.known_profiles is None:
        return [], None
    from archiver.bagcheck.profile import (
        LazyKnownProfiles,
        Profile,
        ProfileError,
        resolve_profiles,
    )

    specs = [p for p in options.profiles if isinstance(p, str)]
    given = [p for p in options.profiles if isinstance(p, Profile)]
    try:
        # without profile specs, the known profiles are read only if a bag declares one
        explicit, known = resolve_profiles(specs) if specs else ([], LazyKnownProfiles())
    except ProfileError as exc:
        raise InputError(str(exc)) from None
    if options.known_profiles is not None:
        known = {**options.known_profiles, **{p.identifier: p for p in explicit}}
    for profile in given:
        known.setdefault(profile.identifier, profile)
    return explicit + given, known


class _Checker:
    def __init__(
        self,
        root: Path,
        report: BagReport,
        options: ValidateOptions,
        add: Callable[[Finding], None],
        explicit: list[Profile],
        known: MutableMapping[str, Profile] | None,
    ) -> None:
        self.root = Path(root)
        self.root_real = os.path.realpath(root)
        self.report = report
        self.options = options
        self.add = add
        self.explicit = explicit  # profiles asked for
        self.known = known  # identifier -> profile, for profiles the bag declares
        # from bagit.txt and bag-info.txt
        self.version = (1, 0)
        self.encoding = "utf-8"
        self.info = BagInfo()
        self.info_name = "bag-info.txt"
        # manifests, in name order, and the hashlib names of those this tool can compute
        self.payload_manifests: list[Manifest] = []
        self.tag_manifests: list[Manifest] = []
        self.payload_names: tuple[str, ...] = ()
        self.tag_names: tuple[str, ...] = ()
        # what the payload manifests list (set up once the manifests are found)
        self.entries = Index([], True, add)
        self.nfc_groups: dict[str, list[str]] = {}  # NFC form -> keys listed in other forms
        self.fetch: dict[str, tuple[str, str]] = {}  # path -> (url, length)
        self.has_fetch = False
        self.holes = 0  # files listed in fetch.txt and not there
        # what was found on disk
        self.data_real: str | None = None
        self.tag_files: list[str] = []
        self.top_files: list[str] = []  # the regular files at the top, sorted (walk_tags)
        self.xml_files: list[str] = []
        self.payload_paths: list[str] | None = None  # kept only when a profile needs them
        self.sized: set[str] = set()  # jobs whose result brings the file size (for the Oxum)
        self.keys_of: dict[str, list[str]] = {}  # disk path -> manifest keys, when not itself
        self.profiles: list[tuple[Profile, bool]] = []  # (profile, declared by the bag)
        self.warned: set[tuple[str, str]] = set()  # (code, key) reported with `once`
        self.ready = False  # the payload index is read and the first files accounted for
        # what hashing saw, kept for report.verified (ValidateOptions.keep)
        self.kept = fixity.Kept() if options.keep and options.mode == "full" else None
        self.trees: dict[str, Any] = {}  # XML roots the XML check parsed from kept bytes

    # -- helpers --------------------------------------------------------------------------------

    def once(self, code: str, path: str | None, message: str, key: str = "") -> None:
        """Report a finding only the first time (code, key) is seen for this bag."""
        if (code, key) in self.warned:
            return
        self.warned.add((code, key))
        self.add(finding(code, path, message))

    def tagfile(self, rel: str) -> TagFile:
        # manifests may be large (a line per file); the other text tag files may not
        limited = rel in (self.info_name, "fetch.txt")
        return TagFile(
            self.root / rel,
            rel,
            self.encoding,
            self.add,
            max_line=self.options.max_line_bytes,
            max_bytes=MAX_TEXT_TAG_BYTES if limited else None,
        )

    @property
    def hashing(self) -> bool:
        return self.options.mode == "full"

    # -- the run --------------------------------------------------------------------------------

    def run_safely(self) -> None:
        """`run`, with any trouble a finding on the bag, never a traceback."""
        try:
            self.run()
        except (KeyboardInterrupt, SystemExit):
            raise
        except MemoryError:
            self.add(finding("E999", None, "out of memory while validating"))
        except Exception as exc:
            self.add(finding("E999", None, f"internal error: {type(exc).__name__}: {exc}"))

    def run(self) -> None:
        decl = read_declaration(self.root, self.add)
        if decl is not None:
            self.report.bagit_version = decl.version_text
            self.version = decl.version or (1, 0)
            self.encoding = decl.encoding
        self.check_payload_dir()
        self.find_manifests()
        self.read_bag_info()
        self.check_payload()  # reads the manifests and fetch.txt while the first files hash
        self.check_tag_files()
        self.check_oxum()
        self.check_profiles(self.profiles)
        self.check_xml()
        if self.kept is not None:
            self.report.verified = self.verified(self.kept)

    def verified(self, kept: fixity.Kept) -> Verified:
        manifests = {}
        for index, manifest in enumerate(self.payload_manifests):
            alg = manifest.name[len("manifest-") : -len(".txt")]
            manifests[alg] = {
                key: digest.hex()
                for key, entry in self.entries.items()
                if (digest := entry.digests[index]) is not None
            }
        info = self.info if self.info_name == "bag-info.txt" and self.info.present else None
        return Verified(manifests, info, kept.sizes, kept.data, self.trees, tuple(self.top_files))

    def build_index(self) -> Iterator[None]:
        """Read payload manifests, fetch.txt and choose profiles; yields now and then.

        Run step by step between hashing batches, so the workers hash the first files of the
        payload while the manifests are read.
        """
        yield from self.read_payload_manifests()
        self.read_fetch()
        self.profiles = self.select_profiles()
        if any(self.profile_wants_payload(p) for p in self.profiles):
            self.payload_paths = []

    # -- structure --------------------------------------------------------------------------------

    def check_payload_dir(self) -> None:
        data = self.root / "data"
        if data.is_symlink():
            real = os.path.realpath(data)
            if not is_inside(real, self.root_real):
                self.add(finding("E055", "data", "data/ is a link out of the bag; not followed"))
                return
            self.add(finding("W052", "data", "data/ is a symbolic link inside the bag"))
            if os.path.isdir(real):
                self.data_real = real
                return
        elif data.is_dir():
            self.data_real = str(data)
            return
        self.add(finding("E007", "data", "payload directory data/ not found"))

    def find_manifests(self) -> None:
        try:
            names = sorted(os.listdir(self.root))
        except OSError as exc:
            self.add(finding("E012", None, f"cannot list the bag: {exc.strerror or exc}"))
            names = []
        for name in names:
            for pattern, target in (
                (MANIFEST_NAME, self.payload_manifests),
                (TAGMANIFEST_NAME, self.tag_manifests),
            ):
                m = pattern.match(name)
                if m is None:
                    continue
                alg = re.sub(r"[^a-z0-9]", "", m.group(1).lower())
                hl = fixity.hashlib_name(alg)
                target.append(Manifest(name, alg, hl))
                if hl is None:
                    self.add(
                        finding(
                            "E037",
                            name,
                            f"checksum algorithm {m.group(1)!r} is not one this tool can "
                            "compute: its checksums cannot be verified",
                        )
                    )
        self.payload_names = tuple(m.hashlib for m in self.payload_manifests if m.hashlib)
        self.tag_names = tuple(m.hashlib for m in self.tag_manifests if m.hashlib)
        self.entries = Index(self.payload_manifests, self.version >= (1, 0), self.add)
        if not self.payload_manifests:
            self.add(finding("E008", None, "no payload manifest (manifest-<algorithm>.txt)"))
            return
        algs = {m.alg for m in self.payload_manifests}
        if algs <= WEAK:
            self.add(
                finding(
                    "W037",
                    None,
                    f"only {', '.join(sorted(algs))} manifests: SHA-256 or SHA-512 is recommended",
                )
            )
        tag_algs = {m.alg for m in self.tag_manifests}
        if tag_algs and tag_algs != algs:
            self.add(
                finding(
                    "W038",
                    None,
                    f"tag manifests use {', '.join(sorted(tag_algs))}, payload manifests "
                    f"{', '.join(sorted(algs))}",
                )
            )

    def read_bag_info(self) -> None:
        self.info_name = "package-info.txt" if self.version < (0, 96) else "bag-info.txt"
        path = self.root / self.info_name
        if not (path.exists() or path.is_symlink()):
            return
        if not self.safe_tag_path(self.info_name):
            return
        self.info = parse_bag_info(
            self.tagfile(self.info_name).lines(), self.info_name, self.version, self.add
        )

    def safe_tag_path(self, rel: str) -> bool:
        """A tag file at rel may be opened: it does not leave the bag through a link."""
        real = resolve_inside(self.root_real, rel)
        if real is None:
            self.once("E052", rel, "leaves the bag through a symbolic link; not opened", rel)
            return False
        return True

    # -- manifests ------------------------------------------------------------------------------

    def manifest_lines(self, manifest: Manifest, payload: bool) -> Iterator[tuple[int, str, bytes]]:
        """(line, canonical path, digest) for each usable line of a manifest."""
        if not self.safe_tag_path(manifest.name):
            return
        hex_digits = fixity.digest_size(manifest.hashlib) * 2 if manifest.hashlib else None
        lines = self.tagfile(manifest.name).lines()
        yield from read_lines(lines, manifest.name, hex_digits, payload, self.add)

    def read_payload_manifests(self) -> Iterator[None]:
        entries = self.entries
        for index, manifest in enumerate(self.payload_manifests):
            if manifest.hashlib is not None and self.safe_tag_path(manifest.name):
                chunks = plain_chunks(
                    self.root / manifest.name,
                    fixity.digest_size(manifest.hashlib) * 2,
                    self.encoding,
                    self.options.max_line_bytes,
                )
                try:
                    entries.put_plain(index, chunks)
                except NotPlain:
                    pass  # read line by line below, which says what is wrong and where
                else:
                    yield
                    continue
            for number, key, digest in self.manifest_lines(manifest, payload=True):
                if not number % INDEX_STEP:
                    yield
                entries.put(index, number, key, digest)
        # names that differ only in Unicode normalization
        for key in entries:
            if not key.isascii() and not unicodedata.is_normalized("NFC", key):
                self.nfc_groups.setdefault(nfc(key), []).append(key)
        for form, keys in self.nfc_groups.items():
            if form in entries:
                keys.append(form)
            if len(keys) > 1:
                self.add(
                    finding(
                        "W042",
                        keys[0],
                        f"listed {len(keys)} times in forms that differ only in Unicode "
                        "normalization",
                    )
                )

    def read_fetch(self) -> None:
        rel = "fetch.txt"
        path = self.root / rel
        if not (path.exists() or path.is_symlink()):
            return
        self.has_fetch = True
        if not self.safe_tag_path(rel):
            return
        for number, line in self.tagfile(rel).lines():
            if not line.strip():
                continue
            parts = split_fetch_line(line)
            if parts is None:
                self.add(finding("E080", rel, f"line {number}: not 'url length filepath'"))
                continue
            url, length, raw = parts
            scheme = urlsplit(url).scheme if ":" in url else ""
            if not scheme or not _SCHEME.match(scheme):
                self.add(
                    finding("E081", rel, f"line {number}: {url[:200]!r} is not an absolute URI")
                )
            if length != "-" and parse_count(length) is None:
                self.add(
                    finding(
                        "E080",
                        rel,
                        f"line {number}: length {length[:40]!r} is not a number of at most "
                        f"{MAX_DIGITS} ASCII digits",
                    )
                )
                continue
            verdict = check_path(percent_decode(raw))
            if verdict.error is not None:
                code, message = verdict.error
                self.add(finding(code, rel, f"line {number}: {message}: {raw!r}; never opened"))
                continue
            for code, message in verdict.warnings:
                self.add(finding(code, rel, f"line {number}: {message}"))
            key = verdict.path
            assert key is not None
            if not key.startswith("data/"):
                if resolve_inside(self.root_real, key) is None:
                    self.add(finding("E052", rel, f"line {number}: {key!r} leaves the bag"))
                elif (
                    (self.root / key).exists()
                    or TAGMANIFEST_NAME.match(key)
                    or key
                    in (
                        "bagit.txt",
                        "bag-info.txt",
                        "fetch.txt",
                    )
                ):
                    self.add(finding("E082", rel, f"line {number}: lists the tag file {key!r}"))
                else:
                    self.add(finding("W081", rel, f"line {number}: {key!r} is not under data/"))
                continue
            if key not in self.entries:
                self.add(finding("W080", rel, f"line {number}: {key!r} is in no payload manifest"))
            self.fetch[key] = (url, length)

    # -- payload --------------------------------------------------------------------------------

    def walk_payload(self) -> Iterator[Folder]:
        """Walk data/ once, a folder at a time: its regular files' names, and the payload
        files reached through links inside the bag as (rel, real path, size, name).

        Links out of the bag, special files and unreadable folders are reported here.
        """
        if self.data_real is None:
            return
        stack = [("data", self.data_real)]
        while stack:
            rel_dir, abs_dir = stack.pop()
            try:
                with os.scandir(abs_dir) as it:
                    items = list(it)
            except OSError as exc:
                self.add(finding("E072", rel_dir, f"cannot list folder: {exc.strerror or exc}"))
                continue
            self.check_names(rel_dir, [item.name for item in items])
            files: list[str] = []
            linked: list[Linked] = []
            for item in items:
                try:
                    if item.is_file(follow_symlinks=False):
                        files.append(item.name)  # the hashing worker reports the size
                        continue
                    rel = f"{rel_dir}/{item.name}"
                    if item.is_dir(follow_symlinks=False):
                        stack.append((rel, item.path))
                    elif item.is_symlink():
                        real = os.path.realpath(item.path)
                        if not is_inside(real, self.root_real):
                            self.add(
                                finding(
                                    "E055", rel, "symbolic link to outside the bag; not followed"
                                )
                            )
                            continue
                        self.add(finding("W052", rel, "symbolic link inside the bag"))
                        if os.path.isdir(real):
                            continue  # not descended: its files are found by their own names
                        if not os.path.isfile(real):
                            self.add(finding("E056", rel, "link to a special file; not opened"))
                            continue
                        linked.append(Linked(rel, real, os.stat(real).st_size, item.name))
                    else:
                        self.add(finding("E056", rel, "special file (FIFO, device, socket)"))
                except OSError as exc:
                    rel = f"{rel_dir}/{item.name}"
                    self.add(finding("E072", rel, f"cannot examine: {exc.strerror or exc}"))
            del items
            # a folder of a million files goes on in slices, so that the work lists made from
            # it (paths, jobs) stay small; its links come with the last slice
            for start in range(0, len(files), FOLDER_SLICE):
                end = start + FOLDER_SLICE
                yield Folder(
                    rel_dir, abs_dir, files[start:end], linked if end >= len(files) else []
                )
            if not files and linked:
                yield Folder(rel_dir, abs_dir, files, linked)

    def account(self, rel: str, abs_path: str, size: int, name: str, hashed: bool) -> bool:
        """Record one payload file: Oxum, matching, warnings. True when it must be hashed."""
        report = self.report
        entry = self.entries.get(rel) if rel.isascii() else None
        if entry is not None:  # the common case: listed under its own (ASCII) name
            entry.seen = AS_LISTED
            wanted = self.hashing and bool(self.payload_names)
        else:
            keys = self.match(rel)
            if keys != [rel]:
                self.keys_of[rel] = keys
            wanted = bool(keys) and self.hashing and bool(self.payload_names)
        if size < 0:
            if wanted or hashed:
                self.sized.add(rel)
            else:
                try:
                    size = os.stat(abs_path, follow_symlinks=False).st_size
                except OSError as exc:
                    self.add(finding("E072", rel, f"cannot examine: {exc.strerror}"))
        report.payload_files += 1
        if size > 0:
            report.payload_bytes += size
        if self.payload_paths is not None:
            self.payload_paths.append(rel)
        if is_system_file(name):
            self.add(finding("W053", rel, "operating-system file in the payload"))
        if name[-4:].lower() == ".xml" and self.options.xml_checker is not None:
            self.xml_files.append(rel)
        return wanted

    def account_folder(self, folder: Folder, hashed: bool) -> list[fixity.JobGroup]:
        """Record one folder's payload files (as `account` does for one); the jobs still to
        hash. A folder of plain files all listed under their own names, the common case when
        hashing, is taken whole, without a call per file: on a bag of small files this work
        competes for the processors with the hashing itself."""
        rel_dir, abs_dir, files, linked = folder
        algs = self.payload_names
        rels = [f"{rel_dir}/{name}" for name in files]
        entries = self.entries
        groups: list[fixity.JobGroup] = []
        found = (
            list(map(entries.get, rels))
            if self.hashing and algs and rel_dir.isascii() and "".join(files).isascii()
            else None
        )
        if found is not None and all(found):  # all listed (an Entry is always true)
            for entry in cast("list[Entry]", found):
                entry.seen = AS_LISTED
            self.sized.update(rels)  # the workers report the sizes
            report = self.report
            report.payload_files += len(rels)
            if self.payload_paths is not None:
                self.payload_paths.extend(rels)
            # one look at all the names says whether any needs a second look: each name's
            # lower-case form is found in the whole's (a character's lower case does not
            # depend on its neighbours, but for a final Greek sigma, which is not ASCII)
            lowered = "\n".join(files).lower()
            if may_hold_system_file(lowered):
                for name in filter(is_system_file, files):
                    self.add(
                        finding("W053", f"{rel_dir}/{name}", "operating-system file in the payload")
                    )
            if self.options.xml_checker is not None and ".xml" in lowered:
                self.xml_files.extend(rel for rel in rels if rel[-4:].lower() == ".xml")
            if not hashed:
                groups.append(_folder_jobs(rel_dir, abs_dir, files, algs))
        else:
            wanted = [
                name
                for rel, name in zip(rels, files, strict=True)
                if self.account(rel, f"{abs_dir}/{name}", -1, name, hashed)
            ]
            if wanted and not hashed:
                groups.append(_folder_jobs(rel_dir, abs_dir, wanted, algs))
        wanted_linked = [item for item in linked if self.account(*item, hashed=hashed)]
        if wanted_linked and not hashed:
            groups.append(_linked_jobs(wanted_linked, algs))
        return groups

    def payload_jobs(self) -> Iterator[fixity.JobGroup]:
        """Hashing jobs for the payload; the index is built while the first ones hash."""
        algs = self.payload_names
        walk = self.walk_payload()
        index = self.build_index()
        early: list[Folder] = []  # hashed before the index was read: accounted once it is
        rest: list[Folder] = []  # what is left of the folder where the index was finished
        if self.hashing and algs and self.options.jobs > 1:
            for folder in walk:
                rel_dir, abs_dir, files, linked = folder
                for start in range(0, len(files), PREFETCH_STEP):
                    names = files[start : start + PREFETCH_STEP]
                    yield _folder_jobs(rel_dir, abs_dir, names, algs)
                    if next(index, StopIteration) is StopIteration:
                        end = start + len(names)
                        early.append(Folder(rel_dir, abs_dir, files[:end], []))
                        rest.append(Folder(rel_dir, abs_dir, files[end:], linked))
                        break
                else:
                    if linked:
                        yield _linked_jobs(linked, algs)
                    early.append(folder)
                    if next(index, StopIteration) is not StopIteration:
                        continue
                break
        for _ in index:
            pass
        for folder in early:
            self.account_folder(folder, hashed=True)
        self.ready = True
        for folder in itertools.chain(rest, walk):
            yield from self.account_folder(folder, hashed=False)

    def match(self, rel: str) -> list[str]:
        """The manifest keys a payload file on disk answers to (marking them seen)."""
        keys = []
        entries = self.entries
        entry = entries.get(rel)
        if entry is not None:
            entry.seen = AS_LISTED
            keys.append(rel)
        if not rel.isascii():
            form = nfc(rel)
            group = self.nfc_groups.get(form, ())
            others = [k for k in group if k != rel]
            if form != rel and form in entries and form not in others:
                others.append(form)
            for key in others:
                if entries[key].seen is None:
                    entries[key].seen = rel
                    keys.append(key)
                    self.add(
                        finding(
                            "W050",
                            rel,
                            "matches the manifest entry only after Unicode normalization",
                        )
                    )
        if not keys:
            self.add(finding("E061", rel, "payload file not listed in any payload manifest"))
        return keys

    def check_payload(self) -> None:
        workers = max(1, self.options.jobs)
        oxum = parse_oxum(self.info)  # what to expect: sizes the batches, starts workers early
        results = fixity.compute(
            self.payload_jobs(), workers, self.options.executor, oxum, self.kept
        )
        self.compare(results, self.entries, "E070", self.keys_of)
        self.check_unseen()

    def compare(
        self,
        results_batches: Iterable[list[fixity.Result]],
        entries: Index,
        code: str,
        keys_of: dict[str, list[str]] | None = None,
    ) -> None:
        """Compare hashing results with the manifests' digests (in manifest order)."""
        report = self.report
        sized = self.sized
        manifests = entries.manifests
        supported = [i for i, m in enumerate(manifests) if m.hashlib is not None]
        fast = supported == list(range(len(manifests)))
        kind = "checksum" if code == "E070" else "tag file checksum"
        waiting: list[list[fixity.Result]] = []  # results back before the index was read

        def one(rel: str, size: int, digests: list[bytes] | None, error: str | None) -> None:
            if rel in sized:
                sized.discard(rel)
                report.payload_bytes += max(size, 0)
            if error is not None or digests is None:
                if error is not None and error.startswith(fixity.NOT_HASHED):
                    self.add(finding("E072", rel, error))  # skipped on purpose: says why
                else:
                    self.add(finding("E072", rel, f"cannot read: {error}"))
                return
            report.files_hashed += 1
            report.bytes_hashed += size
            for key in keys_of.pop(rel, (rel,)) if keys_of else (rel,):
                entry = entries.get(key)
                if entry is None or (fast and digests == entry.digests):
                    continue
                bad = []
                for position, index in enumerate(supported):
                    expected = entry.digests[index]
                    if expected is not None and digests[position] != expected:
                        bad.append(
                            f"{manifests[index].alg} expected {expected.hex()[:16]}..., "
                            f"found {digests[position].hex()[:16]}..."
                        )
                if bad:
                    self.add(finding(code, key, f"{kind} mismatch ({'; '.join(bad)})"))

        get = entries.get
        for results in results_batches:
            if not self.ready:
                waiting.append(results)
                continue
            for batch in waiting:
                for item in batch:
                    one(*item)
            waiting = []
            # the common case, a batch all read and all as listed, checked without a call per
            # file; anything else is looked at file by file
            if (
                fast
                and not keys_of
                and not [
                    r
                    for r in results
                    if r[2] is None or (entry := get(r[0])) is None or r[2] != entry.digests
                ]
            ):
                keys = list(map(itemgetter(0), results))
                sizes = list(map(itemgetter(1), results))
                report.files_hashed += len(results)
                report.bytes_hashed += sum(sizes)
                if sized.issuperset(keys):
                    report.payload_bytes += sum(sizes)
                    sized.difference_update(keys)
                    continue
                for key, size in zip(keys, sizes, strict=True):
                    if key in sized:
                        sized.discard(key)
                        report.payload_bytes += size
                continue
            for item in results:
                one(*item)
        for batch in waiting:
            for item in batch:
                one(*item)

    def locate(self, key: str) -> str | None:
        """Where the file a manifest lists really is, for payload and tag files alike.

        Links are followed only inside the bag. None, with a finding, when it must not be
        opened (E052: it leaves the bag; E038: a folder or a special file); "" when nothing
        is there (what that means depends on the manifest: the caller says).
        """
        real = resolve_inside(self.root_real, key)
        if real is None:
            self.add(finding("E052", key, "leaves the bag through a symbolic link; not opened"))
            return None
        if os.path.isfile(real):
            return real
        if os.path.isdir(real):
            self.add(finding("E038", key, "manifest lists a folder, not a file"))
            return None
        if os.path.lexists(real):
            self.add(finding("E038", key, "not a regular file; not opened"))
            return None
        return ""

    def check_unseen(self) -> None:
        """Payload entries the walk did not see: links, folders, missing or unfetched files."""
        late: list[tuple[fixity.Job, int]] = []
        names = [m.name for m in self.payload_manifests]
        strict = self.version >= (1, 0)
        for key, entry in self.entries.items():
            if entry.seen is not None:
                if None in entry.digests:
                    missing_from = [
                        n for n, d in zip(names, entry.digests, strict=True) if d is None
                    ]
                    self.add(
                        finding(
                            "E062" if strict else "W041",
                            key,
                            f"not listed in {', '.join(missing_from)}",
                        )
                    )
                continue
            real = self.locate(key)
            if real is None:
                continue
            if real and real != os.path.join(self.root_real, *key.split("/")):
                # reached through a folder link that stays inside the bag
                self.add(finding("W052", key, "reached through a symbolic link inside the bag"))
                entry.seen = key
                if self.hashing and self.payload_names:
                    late.append(((key, real, self.payload_names), os.stat(real).st_size))
                continue
            if key in self.fetch:
                self.holes += 1
                url = self.fetch[key][0]
                if self.options.allow_holey:
                    self.add(finding("W064", key, f"not fetched yet from {url[:200]}"))
                else:
                    self.add(finding("E064", key, f"not fetched from {url[:200]}"))
                continue
            self.add(finding("E060", key, "listed in the payload manifest but missing"))
        if late:
            results = fixity.compute([fixity.sized_group(late)], keep=self.kept)
            self.compare(results, self.entries, "E070")
        for key, (_url, length) in self.fetch.items():
            found = self.entries.get(key)
            seen = found.found_at(key) if found is not None else None
            if seen is None or length == "-":
                continue
            try:
                size = os.stat(os.path.join(self.root_real, *seen.split("/"))).st_size
            except OSError:
                continue
            if size != parse_count(length):
                self.add(finding("W082", key, f"{size} bytes, fetch.txt says {length}"))

    def check_names(self, rel_dir: str, names: list[str]) -> None:
        """Names in one folder that differ only in case or normalization collide elsewhere."""
        if len(names) < 2:
            return
        if "".join(names).isascii() and len(set(map(str.lower, names))) == len(names):
            return  # the common case, said at C speed: nothing differs only in case
        folded: dict[str, str] = {}
        forms: dict[str, str] = {}
        for name in names:
            key = name.casefold() if not name.isascii() else name.lower()
            if key in folded and nfc(folded[key]) != nfc(name):
                self.add(
                    finding(
                        "W051",
                        f"{rel_dir}/{name}",
                        f"differs only in case from {folded[key]!r}",
                    )
                )
            folded.setdefault(key, name)
            if not name.isascii():
                form = nfc(name)
                if form in forms:
                    self.add(
                        finding(
                            "W050",
                            f"{rel_dir}/{name}",
                            f"differs only in Unicode normalization from {forms[form]!r}",
                        )
                    )
                forms.setdefault(form, name)

    # -- tag files --------------------------------------------------------------------------------

    def walk_tags(self) -> None:
        stack = [("", self.root)]
        while stack:
            rel_dir, abs_dir = stack.pop()
            try:
                with os.scandir(abs_dir) as it:
                    items = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                self.add(finding("E012", rel_dir or None, f"cannot list: {exc.strerror or exc}"))
                continue
            for item in items:
                rel = f"{rel_dir}/{item.name}" if rel_dir else item.name
                if rel == "data":
                    continue
                if item.is_symlink():
                    real = os.path.realpath(item.path)
                    if not is_inside(real, self.root_real):
                        self.add(
                            finding("E055", rel, "symbolic link to outside the bag; not followed")
                        )
                        continue
                    self.add(finding("W052", rel, "symbolic link inside the bag"))
                    if os.path.isfile(real):
                        self.tag_files.append(rel)
                    continue
                if item.is_dir(follow_symlinks=False):
                    stack.append((rel, Path(item.path)))
                elif item.is_file(follow_symlinks=False):
                    self.tag_files.append(rel)
                    if not rel_dir:
                        self.top_files.append(rel)
                else:
                    self.add(finding("E056", rel, "special file (FIFO, device, socket)"))
        self.tag_files.sort()

    def check_tag_files(self) -> None:
        self.walk_tags()
        if not self.tag_manifests:
            return
        tag_entries = Index(self.tag_manifests, self.version >= (1, 0), self.add)
        listed_by: list[set[str]] = []
        payload_manifests = {m.name for m in self.payload_manifests}
        strict = self.version >= (1, 0)
        for index, manifest in enumerate(self.tag_manifests):
            name = manifest.name
            listed: set[str] = set()
            for number, key, digest in self.manifest_lines(manifest, payload=False):
                if key.startswith("data/") or key == "data":
                    self.add(finding("E034", name, f"line {number}: lists payload file {key!r}"))
                    continue
                if TAGMANIFEST_NAME.match(key):
                    code = "E035" if strict else "W035"
                    self.add(finding(code, name, f"line {number}: lists tag manifest {key!r}"))
                    continue
                listed.add(key)
                tag_entries.put(index, number, key, digest)
            listed_by.append(listed)
            for other in sorted(payload_manifests - listed):
                code = "E036" if strict else "W036"
                self.add(finding(code, name, f"does not list the payload manifest {other}"))
        if any(listed != listed_by[0] for listed in listed_by[1:]):
            self.add(finding("W039", None, "the tag manifests do not list the same tag files"))
        everything = set().union(*listed_by) if listed_by else set()
        for rel in self.tag_files:
            if rel not in everything and not TAGMANIFEST_NAME.match(rel):
                self.add(finding("W040", rel, "tag file not listed in the tag manifest(s)"))
        jobs: list[tuple[fixity.Job, int]] = []
        for key, entry in sorted(tag_entries.items()):
            real = self.locate(key)
            if real is None:
                continue
            if not real:
                self.add(finding("E063", key, "listed in the tag manifest but missing"))
                continue
            entry.seen = key
            size = os.stat(real).st_size
            if key in (self.info_name, "fetch.txt", "bagit.txt") and size > MAX_TEXT_TAG_BYTES:
                continue  # refused unread when it was parsed (E012): not hashed either
            if self.hashing and self.tag_names:
                jobs.append(((key, real, self.tag_names), size))
        if jobs:
            results = fixity.compute([fixity.sized_group(jobs)], keep=self.kept)
            self.compare(results, tag_entries, "E071")

    # -- Payload-Oxum ---------------------------------------------------------------------------

    def check_oxum(self) -> None:
        report = self.report
        if not self.info.values("Payload-Oxum"):
            if self.options.mode == "fast":
                self.add(finding("W022", self.info_name, "no Payload-Oxum: sizes were not checked"))
            return
        oxum = parse_oxum(self.info)
        if oxum is None:
            return  # malformed: reported when bag-info.txt was read
        octets, streams = oxum
        if (octets, streams) == (report.payload_bytes, report.payload_files):
            return
        message = (
            f"Payload-Oxum {octets}.{streams} but the payload holds {report.payload_bytes} "
            f"bytes in {report.payload_files} files"
        )
        if self.holes and self.options.allow_holey:
            self.add(finding("W023", self.info_name, message + " (files still to fetch)"))
        else:
            self.add(finding("E023", self.info_name, message))

    # -- profiles -------------------------------------------------------------------------------

    def select_profiles(self) -> list[tuple[Profile, bool]]:
        chosen: list[tuple[Profile, bool]] = []
        declared = [" ".join(v.split()) for v in self.info.values("BagIt-Profile-Identifier")]
        for profile in self.explicit:
            chosen.append((profile, profile.identifier in declared))
        for identifier in declared:
            if any(p.identifier == identifier for p, _ in chosen):
                continue
            if self.known is None:
                from archiver.bagcheck.profile import LazyKnownProfiles

                self.known = LazyKnownProfiles()
            found = self.known.get(identifier)
            if found is None:
                self.add(
                    finding(
                        "W100",
                        self.info_name,
                        f"profile {identifier} is not known locally; not checked (no network)",
                    )
                )
                continue
            chosen.append((found, True))
        return chosen

    def read_other_tags(self, rel: str) -> BagInfo | None:
        """The labels and values of a tag file other than bag-info.txt (aptrust-info.txt),
        for a profile's tag rules; None when it is absent or may not be opened."""
        if os.path.normpath(rel) != rel or rel.startswith(("/", "..")):
            return None
        path = self.root / rel
        if not path.is_file() or not self.safe_tag_path(rel):
            return None
        # its malformed lines are not findings here: BagIt itself puts no rules on its form
        return parse_bag_info(self.tagfile(rel).lines(), rel, self.version, lambda _: None)

    @staticmethod
    def profile_wants_payload(item: tuple[Profile, bool]) -> bool:
        data = item[0].data
        return "Payload-Files-Allowed" in data or "Payload-Files-Required" in data

    def check_profiles(self, profiles: list[tuple[Profile, bool]]) -> None:
        if not profiles:
            return
        from archiver.bagcheck.profile import BagFacts, check_profile

        facts = BagFacts(
            version_text=self.report.bagit_version,
            serialization=self.report.serialization,
            info=self.info,
            manifest_algs=[m.alg for m in self.payload_manifests],
            tagmanifest_algs=[m.alg for m in self.tag_manifests],
            has_fetch=self.has_fetch,
            tag_files=self.tag_files,
            payload_files=self.payload_paths or [],
            payload_count=self.report.payload_files,
            payload_bytes=self.report.payload_bytes,
            payload_dirs=lambda rel: (
                resolve_inside(self.root_real, rel) is not None
                and os.path.isdir(os.path.join(self.root_real, *rel.split("/")))
            ),
            info_name=self.info_name,
            read_tags=self.read_other_tags,
        )
        if self.report.serialization != "directory":
            from archiver.bagcheck.archives import archive_stem

            facts.archive_stem = archive_stem(Path(self.report.path))
            facts.top_folder = self.root.name
        for profile, declared in profiles:
            self.report.profiles.append(profile.identifier)
            explicit = any(profile is p for p in self.explicit)
            check_profile(profile, facts, self.add, declared, explicit)

    # -- XML --------------------------------------------------------------------------------------

    def check_xml(self) -> None:
        checker = self.options.xml_checker
        if checker is None or self.options.mode == "fast":
            return
        if self.xml_files and getattr(checker, "directory", True) is None:
            self.report.not_checked.append(NOT_CHECKED)
        # archiver's profile promises well-formed XML without DTDs: there, a doubt is a fault
        declared = {" ".join(v.split()) for v in self.info.values("BagIt-Profile-Identifier")}
        ours = False
        if declared:
            from archiver.bagcheck.profile import ARCHIVER_PROFILES

            ours = not ARCHIVER_PROFILES.isdisjoint(declared)
        kept = (
            self.kept.data
            if self.kept is not None and getattr(checker, "takes_bytes", False)
            else {}
        )
        for rel in self.xml_files:
            real = resolve_inside(self.root_real, rel)
            if real is None:
                continue
            data = kept.get(rel)
            if data is None:
                found = checker(Path(real))
            else:  # the bytes hashed, not a second read (xmlcheck's checker takes them)
                # and the tree it parses from them kept for the export, which would parse
                # the same bytes with the same safe parser again (the Dublin Core)
                if getattr(checker, "keeps_trees", False):
                    sink = functools.partial(self.trees.__setitem__, rel)
                    found = cast("Callable[..., list[Finding]]", checker)(Path(real), data, sink)
                else:
                    found = cast("Callable[[Path, bytes], list[Finding]]", checker)(
                        Path(real), data
                    )
            # the capture as received, kept byte for byte (an agency's NITF or G2 file): its
            # schema is the sender's affair, and its DTD is the sender's; the profile's promise
            # and the schemas' verdicts bind the XML archiver writes
            original = rel.startswith(ORIGINAL_FOLDER)
            for item in found:
                if original and item.code == "E300":
                    item = finding("W302", rel, item.message, item.rule)
                elif ours and item.code == "W300" and not original:
                    item = finding("E302", rel, item.message)
                self.add(item if item.path else _with_path(item, rel))


# Where archiver's bags keep the source as received (packaging/bag.py's layout).
ORIGINAL_FOLDER = "data/original/"


def _with_path(item: Finding, rel: str) -> Finding:
    return Finding(item.code, item.rule, item.severity, rel, item.message)
