"""Findings: what `archiver validate` reports, each with a stable code.

A finding is one fault (``E...``, severity "error": a MUST of the rule is broken, the bag is
invalid) or one doubt (``W...``, severity "warning": a SHOULD, or something that will break
elsewhere; the bag stays valid). Codes never change meaning; new ones are only added.

Sources cited in ``rule``: RFC 8493 (BagIt 1.0) by section; "RFC 8493 (interop: ...)" for its
non-normative interoperability advice; draft-kunze-bagit-14 §4 for serialization (BagIt 0.97;
dropped from the RFC, still what profiles and repositories expect); "BagIt-Profile: <key>" for
the BagIt Profiles specification 1.4.0; "XSD: <message>" for schema validation.

=====  ========  =================================================================
Code   Severity  Meaning
=====  ========  =================================================================
E001   error     bagit.txt is missing (RFC 8493 §2.1.1)
E002   error     bagit.txt is malformed: not exactly the two lines
                 ``BagIt-Version: M.N`` and ``Tag-File-Character-Encoding: ENC``
E003   error     bagit.txt starts with a byte-order mark
E004   error     bagit.txt is not valid UTF-8
E005   error     BagIt-Version is not M.N or is a version this tool cannot judge
E006   error     Tag-File-Character-Encoding names an unknown encoding
E007   error     the payload directory data/ is missing or is not a directory
E008   error     there is no payload manifest (manifest-<alg>.txt)
W001   warning   Tag-File-Character-Encoding is not UTF-8 (RFC 8493 §2.1.1 SHOULD)
W002   warning   bagit.txt: label spelled in another case, or blank lines
W003   warning   BagIt-Version is not one this tool knows; checked by the 1.0 rules
E010   error     a tag file is not valid in the declared encoding (e.g. bad UTF-8)
E011   error     a tag file has a line longer than the line limit; that line is skipped
E012   error     a tag file cannot be read (permission, I/O error, not a regular file)
W010   warning   a UTF-8 tag file starts with a byte-order mark (RFC 8493 §2.3)
E020   error     bag-info.txt: malformed line (no colon, stray continuation, bad label)
E021   error     Payload-Oxum is not OctetCount.StreamCount
E022   error     Payload-Oxum appears more than once
E023   error     Payload-Oxum does not match the payload (octets or file count)
W020   warning   bag-info.txt: an element that SHOULD NOT repeat is repeated
W021   warning   bag-info.txt: Bagging-Date not YYYY-MM-DD, or Bag-Count not "N of T"
W022   warning   --fast on a bag without Payload-Oxum: sizes were not checked
W023   warning   Payload-Oxum cannot be checked: fetch.txt files are absent (--allow-holey)
E030   error     manifest line malformed (not "checksum filepath", not hex, wrong length)
E031   error     a manifest lists the same file twice with different checksums
E032   error     a manifest lists the same file twice (BagIt 1.0: exactly once)
E033   error     a payload manifest lists a file outside data/
E034   error     a tag manifest lists a payload file (data/...)
E035   error     a tag manifest lists a tag manifest (BagIt 1.0)
E036   error     a tag manifest does not list a payload manifest (BagIt 1.0)
E037   error     a manifest uses an algorithm this tool cannot compute: not verifiable
E038   error     a manifest lists a directory or a file that is not a regular file
W030   warning   a manifest lists the same file twice with the same checksum (before 1.0)
W031   warning   md5sum-style entry (``*path`` or ``\\checksum``) accepted
W032   warning   a manifest or fetch path is not canonical (``./``, ``//``, ``.``, ``..``
                 that stays inside); matched after normalizing it
W033   warning   a path uses a backslash: not portable (RFC 8493 §2.1.3 uses "/")
W035   warning   a tag manifest lists a tag manifest (before 1.0)
W036   warning   a tag manifest does not list a payload manifest (before 1.0)
W037   warning   only MD5/SHA-1 manifests: RFC 8493 §2.4 wants SHA-256 or SHA-512
W038   warning   tag manifests use other algorithms than the payload manifests
W039   warning   the tag manifests do not all list the same tag files
W040   warning   a tag file is not listed in the tag manifest(s)
W041   warning   a payload file is missing from one payload manifest (allowed before 1.0)
W042   warning   two manifest entries differ only in Unicode normalization
E050   error     an absolute path (/..., C:\\..., \\\\server\\...) in a manifest or fetch.txt
E051   error     a path whose ``..`` segments leave the bag
E052   error     a path that leaves the bag through a symbolic link
E053   error     a path containing NUL or another control character that cannot be a name
E054   error     a path starting with a home-directory reference (``~``, ``~user``)
E055   error     a symbolic link in the bag points outside the bag (never followed)
E056   error     a special file (FIFO, device, socket) in the bag (never opened)
W050   warning   names differ only in Unicode normalization (manifest vs disk, or on disk)
W051   warning   file names in one folder differ only in case (collide elsewhere)
W052   warning   a symbolic link inside the bag (stays inside; not portable)
W053   warning   an operating-system file in the payload (.DS_Store, Thumbs.db, ...)
E060   error     a file listed in a payload manifest is missing
E061   error     a payload file is listed in no payload manifest
E062   error     a payload file is missing from one payload manifest (BagIt 1.0)
E063   error     a file listed in a tag manifest is missing
E064   error     a file listed in fetch.txt and a manifest was not fetched (absent)
W064   warning   the same, accepted with --allow-holey
E070   error     payload checksum mismatch
E071   error     tag file checksum mismatch (tag manifest)
E072   error     a listed file could not be read to compute its checksum
E080   error     fetch.txt line malformed (not "url length filepath")
E081   error     fetch.txt URL is not an absolute URI
E082   error     fetch.txt lists a tag file
W080   warning   fetch.txt lists a file that no payload manifest lists
W081   warning   fetch.txt lists a path outside data/
W082   warning   a fetched file's size differs from the length in fetch.txt
E100   error     BagIt-Profile: Accept-BagIt-Version
E101   error     BagIt-Profile: Serialization (required / forbidden)
E102   error     BagIt-Profile: Accept-Serialization (MIME type not accepted)
E103   error     BagIt-Profile: Bag-Info required tag missing
E104   error     BagIt-Profile: Bag-Info value not in the allowed values
E105   error     BagIt-Profile: Bag-Info tag repeated but not repeatable
E106   error     BagIt-Profile: Manifests-Required
E107   error     BagIt-Profile: Manifests-Allowed
E108   error     BagIt-Profile: Tag-Manifests-Required
E109   error     BagIt-Profile: Tag-Manifests-Allowed
E110   error     BagIt-Profile: Allow-Fetch.txt is false but fetch.txt exists
E111   error     BagIt-Profile: Fetch.txt-Required but no fetch.txt
E112   error     BagIt-Profile: Data-Empty but data/ holds files
E113   error     BagIt-Profile: Tag-Files-Required
E114   error     BagIt-Profile: Tag-Files-Allowed
E115   error     BagIt-Profile: Payload-Files-Required
E116   error     BagIt-Profile: Payload-Files-Allowed
E117   error     BagIt-Profile: bag-info.txt does not declare the profile checked
E118   error     profile tag rule (DART ``tags``, ``Other-Info``): a required tag is missing
E119   error     profile tag rule: a required tag has no value (DART ``emptyOk`` false)
E120   error     profile tag rule: a value not in the tag's allowed values
E121   error     DART ``tarDirMustMatchName``: the archive unpacks to another folder name
W100   warning   the bag names a profile not known locally: not checked (no network)
W101   warning   the profile contradicts itself or has a malformed field
W102   warning   BagIt-Profile: a required Bag-Info tag is present but empty
W103   warning   BagIt-Profile: a folder whose declared profile requires serialization (checked
                 without --profile: the unpacked copy of a bag sent as an archive)
E200   error     serialized bag cannot be read (corrupt, truncated, unsupported)
E201   error     archive entry with an absolute name
E202   error     archive entry with a ``..`` segment
E203   error     archive entry is a symbolic or hard link
E204   error     archive entry is a device, FIFO or other special file
E205   error     archive does not hold exactly one top-level folder
E206   error     archive expands past the size limit (--max-archive-bytes)
E207   error     archive entry compression ratio past the limit (zip bomb)
E208   error     archive holds the same entry name twice
E209   error     archive entry is encrypted or uses an unsupported compression
E210   error     archive holds more entries than the limit
E211   error     archive entry name contains NUL, a control character or a backslash
W200   warning   archive name differs from its top-level folder (draft-kunze-bagit-14 §4)
E300   error     XML in the payload breaks its official schema ("XSD: <message>")
W300   warning   XML in the payload is not well-formed, or declares a DTD or entities
                 (never loaded nor expanded)
E302   error     the same (W300) in a bag of archiver's own profile, which promises
                 well-formed XML without DTDs (foreign bags keep W300)
W302   warning   the original capture (data/original/, kept byte for byte as received:
                 an agency's NITF or NewsML-G2 file) breaks its official schema; E300 and
                 E302 are for the XML archiver writes, not for the source it keeps
W301   warning   XML in the payload was not checked: no schema directory
E999   error     internal error while validating this bag (reported, never a traceback)
=====  ========  =================================================================
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]

RFC = "RFC 8493"
DRAFT_SERIALIZATION = "draft-kunze-bagit-14 §4"
PROFILE = "BagIt-Profile"

# code -> (default rule, category, short title). Severity follows from the first letter.
CODES: dict[str, tuple[str, str, str]] = {
    "E001": (f"{RFC} §2.1.1", "declaration", "bagit.txt missing"),
    "E002": (f"{RFC} §2.1.1", "declaration", "bagit.txt malformed"),
    "E003": (f"{RFC} §2.1.1", "declaration", "byte-order mark in bagit.txt"),
    "E004": (f"{RFC} §2.1.1", "declaration", "bagit.txt not UTF-8"),
    "E005": (f"{RFC} §2.1.1", "declaration", "BagIt-Version invalid or unsupported"),
    "E006": (f"{RFC} §2.1.1", "declaration", "unknown tag file encoding"),
    "E007": (f"{RFC} §2.1.2", "declaration", "payload directory missing"),
    "E008": (f"{RFC} §2.1.3", "declaration", "no payload manifest"),
    "W001": (f"{RFC} §2.1.1", "declaration", "tag files not UTF-8"),
    "W002": (f"{RFC} §2.1.1", "declaration", "bagit.txt spelling"),
    "W003": (f"{RFC} §2.1.1", "declaration", "unknown BagIt version"),
    "E010": (f"{RFC} §2.3", "tag-files", "tag file encoding error"),
    "E011": (f"{RFC} §2.3", "tag-files", "tag file line too long"),
    "E012": (f"{RFC} §2.3", "tag-files", "tag file unreadable"),
    "W010": (f"{RFC} §2.3", "tag-files", "byte-order mark in UTF-8 tag file"),
    "E020": (f"{RFC} §2.2.2", "bag-info", "bag-info.txt malformed"),
    "E021": (f"{RFC} §2.2.2", "bag-info", "Payload-Oxum malformed"),
    "E022": (f"{RFC} §2.2.2", "bag-info", "Payload-Oxum repeated"),
    "E023": (f"{RFC} §2.2.2", "bag-info", "Payload-Oxum mismatch"),
    "W020": (f"{RFC} §2.2.2", "bag-info", "element repeated"),
    "W021": (f"{RFC} §2.2.2", "bag-info", "element format"),
    "W022": (f"{RFC} §2.2.2", "bag-info", "no Payload-Oxum for --fast"),
    "W023": (f"{RFC} §2.2.2", "bag-info", "Payload-Oxum not checkable"),
    "E030": (f"{RFC} §2.1.3", "manifests", "manifest line malformed"),
    "E031": (f"{RFC} §2.1.3", "manifests", "conflicting duplicate entry"),
    "E032": (f"{RFC} §2.1.3", "manifests", "duplicate entry"),
    "E033": (f"{RFC} §2.1.3", "manifests", "payload manifest path outside data/"),
    "E034": (f"{RFC} §2.2.1", "manifests", "tag manifest lists payload file"),
    "E035": (f"{RFC} §2.2.1", "manifests", "tag manifest lists tag manifest"),
    "E036": (f"{RFC} §2.2.1", "manifests", "tag manifest misses payload manifest"),
    "E037": (f"{RFC} §2.4", "manifests", "unsupported checksum algorithm"),
    "E038": (f"{RFC} §2.1.3", "manifests", "manifest lists a non-file"),
    "W030": (f"{RFC} §2.1.3", "manifests", "duplicate entry"),
    "W031": (f"{RFC} (interop: legacy checksum tools)", "manifests", "md5sum-style entry"),
    "W032": (f"{RFC} §2.1.3", "manifests", "non-canonical path"),
    "W033": (f"{RFC} §2.1.3", "manifests", "backslash in path"),
    "W035": (f"{RFC} §2.2.1", "manifests", "tag manifest lists tag manifest"),
    "W036": (f"{RFC} §2.2.1", "manifests", "tag manifest misses payload manifest"),
    "W037": (f"{RFC} §2.4", "manifests", "weak checksum algorithms only"),
    "W038": (f"{RFC} §2.2.1", "manifests", "tag manifest algorithms differ"),
    "W039": (f"{RFC} §2.2.1", "manifests", "tag manifests list different files"),
    "W040": (f"{RFC} §2.2.1", "manifests", "tag file not in tag manifest"),
    "W041": (f"{RFC} §3", "manifests", "file missing from one manifest"),
    "W042": (f"{RFC} (interop: filename normalization)", "manifests", "entries differ in form"),
    "E050": (f"{RFC} §5.1", "paths", "absolute path"),
    "E051": (f"{RFC} §5.1", "paths", "path leaves the bag"),
    "E052": (f"{RFC} §5.1", "paths", "path escapes through a symlink"),
    "E053": (f"{RFC} §5.1", "paths", "control character in path"),
    "E054": (f"{RFC} §5.1", "paths", "home-directory path"),
    "E055": (f"{RFC} §5.1", "paths", "symlink points outside the bag"),
    "E056": (f"{RFC} §2.1.2", "paths", "special file in bag"),
    "W050": (f"{RFC} (interop: filename normalization)", "paths", "normalization differs"),
    "W051": (f"{RFC} (interop: filename normalization)", "paths", "names differ only in case"),
    "W052": (f"{RFC} §5.1", "paths", "symlink inside the bag"),
    "W053": (f"{RFC} (interop: Windows and Unix file naming)", "paths", "system file"),
    "E060": (f"{RFC} §3", "completeness", "missing payload file"),
    "E061": (f"{RFC} §3", "completeness", "file not in any manifest"),
    "E062": (f"{RFC} §3", "completeness", "file missing from a manifest"),
    "E063": (f"{RFC} §3", "completeness", "missing tag file"),
    "E064": (f"{RFC} §2.2.3", "completeness", "file not fetched"),
    "W064": (f"{RFC} §2.2.3", "completeness", "file not fetched (holey bag allowed)"),
    "E070": (f"{RFC} §3", "fixity", "payload checksum mismatch"),
    "E071": (f"{RFC} §3", "fixity", "tag file checksum mismatch"),
    "E072": (f"{RFC} §3", "fixity", "file unreadable"),
    "E080": (f"{RFC} §2.2.3", "fetch", "fetch.txt line malformed"),
    "E081": (f"{RFC} §2.2.3", "fetch", "fetch.txt URL not absolute"),
    "E082": (f"{RFC} §2.2.3", "fetch", "fetch.txt lists tag file"),
    "W080": (f"{RFC} §2.2.3", "fetch", "fetch.txt file not in manifests"),
    "W081": (f"{RFC} §2.2.3", "fetch", "fetch.txt path outside data/"),
    "W082": (f"{RFC} §5.3", "fetch", "fetched size differs"),
    "E100": (f"{PROFILE}: Accept-BagIt-Version", "profile", "BagIt version not accepted"),
    "E101": (f"{PROFILE}: Serialization", "profile", "serialization"),
    "E102": (f"{PROFILE}: Accept-Serialization", "profile", "serialization type"),
    "E103": (f"{PROFILE}: Bag-Info", "profile", "required tag missing"),
    "E104": (f"{PROFILE}: Bag-Info", "profile", "value not allowed"),
    "E105": (f"{PROFILE}: Bag-Info", "profile", "tag not repeatable"),
    "E106": (f"{PROFILE}: Manifests-Required", "profile", "required manifest missing"),
    "E107": (f"{PROFILE}: Manifests-Allowed", "profile", "manifest not allowed"),
    "E108": (f"{PROFILE}: Tag-Manifests-Required", "profile", "required tag manifest missing"),
    "E109": (f"{PROFILE}: Tag-Manifests-Allowed", "profile", "tag manifest not allowed"),
    "E110": (f"{PROFILE}: Allow-Fetch.txt", "profile", "fetch.txt not allowed"),
    "E111": (f"{PROFILE}: Fetch.txt-Required", "profile", "fetch.txt required"),
    "E112": (f"{PROFILE}: Data-Empty", "profile", "payload not empty"),
    "E113": (f"{PROFILE}: Tag-Files-Required", "profile", "required tag file missing"),
    "E114": (f"{PROFILE}: Tag-Files-Allowed", "profile", "tag file not allowed"),
    "E115": (f"{PROFILE}: Payload-Files-Required", "profile", "required payload missing"),
    "E116": (f"{PROFILE}: Payload-Files-Allowed", "profile", "payload file not allowed"),
    "E117": (f"{PROFILE}: BagIt-Profile-Identifier", "profile", "profile not declared"),
    "E118": (f"{PROFILE}: tags", "profile", "required tag missing"),
    "E119": (f"{PROFILE}: tags", "profile", "required tag empty"),
    "E120": (f"{PROFILE}: tags", "profile", "tag value not allowed"),
    "E121": (f"{PROFILE}: tarDirMustMatchName", "profile", "archive folder name"),
    "W100": (f"{PROFILE}: BagIt-Profile-Identifier", "profile", "profile not checked"),
    "W101": (f"{PROFILE}: profile", "profile", "profile inconsistent"),
    "W102": (f"{PROFILE}: Bag-Info", "profile", "required tag empty"),
    "W103": (f"{PROFILE}: Serialization", "profile", "folder of a serialized profile"),
    "E200": (DRAFT_SERIALIZATION, "archive", "archive unreadable"),
    "E201": (f"{RFC} §5.1", "archive", "absolute entry name"),
    "E202": (f"{RFC} §5.1", "archive", "entry leaves the folder"),
    "E203": (f"{RFC} §5.1", "archive", "link entry"),
    "E204": (f"{RFC} §5.1", "archive", "special file entry"),
    "E205": (DRAFT_SERIALIZATION, "archive", "not one top-level folder"),
    "E206": ("archiver: --max-archive-bytes", "archive", "archive too large"),
    "E207": ("archiver: --max-archive-ratio", "archive", "compression bomb"),
    "E208": (DRAFT_SERIALIZATION, "archive", "duplicate entry"),
    "E209": (DRAFT_SERIALIZATION, "archive", "unreadable entry"),
    "E210": ("archiver: --max-archive-entries", "archive", "too many entries"),
    "E211": (f"{RFC} §5.1", "archive", "unsafe entry name"),
    "W200": (DRAFT_SERIALIZATION, "archive", "archive name differs from folder"),
    "E300": ("XSD", "xml", "XML schema violation"),
    "W300": ("XML 1.0", "xml", "XML not well-formed or unsafe"),
    "E302": ("archiver profile: XML", "xml", "XML not well-formed or unsafe"),
    "W301": ("XSD", "xml", "XML not checked"),
    "W302": ("XSD", "xml", "original capture breaks its schema"),
    "E999": ("archiver", "internal", "internal error"),
}

CATEGORIES = (
    "archive",
    "declaration",
    "tag-files",
    "bag-info",
    "manifests",
    "paths",
    "completeness",
    "fixity",
    "fetch",
    "profile",
    "xml",
    "ocfl",  # OCFL objects and storage roots (ocfl-py's findings, OCFL codes)
    "internal",
)


@dataclass(frozen=True)
class Finding:
    """One fault (error) or doubt (warning) about a bag."""

    code: str
    rule: str
    severity: Severity
    path: str | None
    message: str

    @property
    def category(self) -> str:
        return category_of(self.code)

    def to_dict(self) -> dict[str, str | None]:
        return asdict(self)


def severity_of(code: str) -> Severity:
    return "error" if code.startswith("E") else "warning"


def category_of(code: str) -> str:
    entry = CODES.get(code)
    return entry[1] if entry else "internal"


def finding(code: str, path: str | None, message: str, rule: str | None = None) -> Finding:
    """A finding with the code's severity and default rule (rule overrides it)."""
    if code not in CODES:  # pragma: no cover - a programming error caught by tests
        raise KeyError(f"unknown finding code {code}")
    return Finding(code, rule or CODES[code][0], severity_of(code), path, message)
