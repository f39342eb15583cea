"""The text of BagIt tag files: bag-info.txt, payload manifest lines, tag manifests.

Pure functions of what they are given, shared by the bag layout (`packaging.bag`) and the
exports that write a new bag (`exports.archivematica`). They live apart from `packaging.bag`
so that an export can write them without importing bagit, extraction and the article's
preparation with the layout (about 100M instructions, 25 to 40 ms, at every start-up).
"""

from __future__ import annotations

import hashlib


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if size < 1000 or unit == "TB":
            return f"{n} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


def encode_manifest_path(rel: str) -> str:
    """RFC 8493 §2.1.3: percent-encode %, CR and LF in a manifest path, and only those.

    (bagit 1.9's own encoder leaves "%" as it is, so a name holding "%0A" would read back as
    a different name; that is why the manifests are written here.)
    """
    return rel.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def tag_manifests(tag_files: dict[str, bytes], algorithms: tuple[str, ...]) -> dict[str, bytes]:
    """Tag manifests over every tag file, sorted by name, two spaces between digest and name."""
    return {
        f"tagmanifest-{alg}.txt": "".join(
            f"{hashlib.new(alg, tag_files[name]).hexdigest()}  {name}\n"
            for name in sorted(tag_files)
        ).encode("utf-8")
        for alg in algorithms
    }


# bag-info.txt in the order a reader looks for things: who, what, when, how big, which rules.
_INFO_ORDER = (
    "Source-Organization",
    "Organization-Address",
    "Contact-Name",
    "Contact-Email",
    "Contact-Phone",
    "External-Description",
    "External-Identifier",
    "Internal-Sender-Identifier",
    "Bag-Group-Identifier",
    "Bagging-Date",
    "Bag-Software-Agent",
    "Payload-Oxum",
    "Bag-Size",
    "BagIt-Profile-Identifier",
)


def bag_info_text(info: dict[str, str | list[str]]) -> str:
    labels = [k for k in _INFO_ORDER if k in info] + [k for k in info if k not in _INFO_ORDER]
    lines = []
    for label in labels:
        values = info[label] if isinstance(info[label], list) else [info[label]]
        for value in values:
            # a tag line may not contain a line break (RFC 8493 §2.2.2)
            lines.append(_folded(f"{label}: {' '.join(str(value).split())}") + "\n")
    return "".join(lines)


FOLD_AFTER = 998  # RFC 5322's limit for a header line: longer ones are folded
FOLD_WIDTH = 78


def _folded(line: str) -> str:
    """A tag line, folded as RFC 8493 §2.2.2 allows when it is too long for readers (a long
    --info value or headline): continuation lines start with a space. Shorter lines are
    left whole, so their value reads back the same in every BagIt reader."""
    if len(line) <= FOLD_AFTER:
        return line
    import textwrap  # lazily: only very long values need it

    parts = textwrap.wrap(
        line, FOLD_WIDTH, break_long_words=True, break_on_hyphens=False, expand_tabs=False
    )
    return "\n ".join(parts)
