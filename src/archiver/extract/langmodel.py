"""py3langid's model, kept decompressed in the user's cache so that starting is cheap.

py3langid ships its model as an LZMA-compressed archive (4.5 MB) that takes about 0.4 s to
unpack, and every `archiver extract`/`normalize`/`package` run needs it: for a single
article that is most of the run. The first run stores the unpacked arrays (about 70 MB,
`numpy.savez`, no pickles) under the cache folder; later runs read them in a few tens of
milliseconds. The cache is only an accelerator: any trouble reading or writing it (no home,
read-only, full disk, a file from another version, a damaged file) falls back to py3langid's
own loader, and it is never needed for a correct result.

Where: $ARCHIVER_CACHE_DIR, else $XDG_CACHE_HOME/archiver, else ~/.cache/archiver; setting
ARCHIVER_CACHE_DIR to an empty string turns the cache off. The file name carries a digest of
the model archive, so a new py3langid model is never answered with a stale one.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from array import array
from pathlib import Path
from typing import Any

CACHE_ENV = "ARCHIVER_CACHE_DIR"


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is turned off or there is no home."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit is not None:
        return Path(explicit).expanduser() if explicit.strip() else None
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    if xdg:
        return Path(xdg) / "archiver"
    home = Path("~").expanduser()
    return home / ".cache" / "archiver" if home.is_absolute() else None


def load_identifier() -> Any:
    """py3langid's LanguageIdentifier (normalized probabilities), from the cache when it can."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    source = Path(MODEL_DIR) / MODEL_FILE
    cached = _cache_file(source)
    model = _read(cached) if cached is not None else None
    if model is not None:
        try:
            return _identifier(LanguageIdentifier, model)
        except Exception:  # a py3langid whose identifier takes other arrays: use its loader
            pass
    from py3langid.modelio import load_model

    model = load_model(source)
    identifier = _identifier(LanguageIdentifier, model)
    if cached is not None:
        _write(cached, model)
    return identifier


def _identifier(cls: Any, model: tuple) -> Any:
    import numpy as np

    ptc, pc, classes, nextmove, row, output = model
    return cls(
        np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=True, tk_row=row
    )


def _cache_file(source: Path) -> Path | None:
    directory = cache_dir()
    if directory is None:
        return None
    try:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:20]
    except OSError:  # unreadable model: no cache, py3langid's loader says why
        return None
    return directory / f"py3langid-model-{digest}.npz"


def _read(path: Path) -> tuple | None:
    """The model as py3langid's loader returns it, or None when the file is absent or bad."""
    try:
        import numpy as np

        with np.load(path, allow_pickle=False) as data:
            nextmove = _to_array(data["nextmove"])
            row = _to_array(data["row"])
            output = data["output"].tolist()
            ptc, pc = data["ptc"], data["pc"]
            classes = data["classes"].tolist()
        if len(row) != len(output) or ptc.shape[1] != len(pc) or len(pc) != len(classes):
            raise ValueError("inconsistent model arrays")
        return ptc, pc, classes, nextmove, row, output
    except FileNotFoundError:
        return None
    except Exception:  # damaged or foreign: drop it, the next run writes a good one
        try:
            path.unlink()
        except OSError:
            pass
        return None


def _write(path: Path, model: tuple) -> None:
    """Store the model atomically (a temporary file renamed into place); errors are ignored."""
    import numpy as np

    ptc, pc, classes, nextmove, row, output = model
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".npz", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            np.savez(
                fh,
                ptc=np.asarray(ptc),
                pc=np.asarray(pc),
                classes=np.array(classes),
                nextmove=_to_numpy(nextmove),
                row=_to_numpy(row),
                output=np.asarray(output, dtype=np.int64),
            )
        os.replace(tmp, path)
        tmp = None
    except Exception:  # a cache that cannot be written only costs time
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


_UNSIGNED = {2: "H", 4: "I", 8: "L"}


def _to_numpy(values: array) -> Any:
    import numpy as np

    return np.frombuffer(values, dtype=np.dtype(f"u{values.itemsize}"))


def _to_array(values: Any) -> array:
    out = array(_UNSIGNED[values.dtype.itemsize])
    if out.itemsize != values.dtype.itemsize or values.dtype.kind != "u":
        raise ValueError("unexpected model array type")
    out.frombytes(values.tobytes())
    return out
