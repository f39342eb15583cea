"""py3langid's model, kept unpacked in the user's cache and mapped, so that starting is cheap.

py3langid ships its model as an LZMA-compressed archive (4.5 MB) that takes about 0.4 s to
unpack into 70 MB of arrays, and every `archiver extract`/`normalize`/`package` run needs it:
for a single article that is most of the run. The first run stores the unpacked arrays as
plain files (numpy's .npy and raw native integers: no pickles) in a folder of the cache; later
runs map them read-only (mmap), which costs a few milliseconds: only the pages a text actually
visits are read, from the page cache, shared by every worker process.

The cache is only an accelerator: any trouble reading or writing it (no home, read-only, full
disk, files from another version, damaged files) falls back to py3langid's own loader, and it
is never needed for a correct result. It is written to a temporary folder renamed into place,
so a reader never sees half of one.

Where: $ARCHIVER_CACHE_DIR, else $XDG_CACHE_HOME/archiver, else ~/.cache/archiver; setting
ARCHIVER_CACHE_DIR to an empty string turns the cache off. The folder name carries a digest of
the model archive and the byte order, so a new model is never answered with a stale one.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any, Literal

from archiver.cachedir import CACHE_ENV as CACHE_ENV
from archiver.cachedir import cache_dir as cache_dir

LAYOUT = 2  # bump when the files written change
# the DFA tables as py3langid's loader gives them (array typecodes) -> file name
_TABLES: dict[str, Literal["I", "i"]] = {"nextmove": "I", "row": "I", "output": "i"}


def load_identifier(use_cache: bool = True) -> Any:
    """py3langid's LanguageIdentifier (normalized probabilities), from the cache when it can.

    use_cache=False drops the cached copy and loads (and caches) py3langid's model anew: for
    a caller whose identifier failed on a text, which a damaged cached table could cause.
    """
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    source = Path(MODEL_DIR) / MODEL_FILE
    cached = _cache_folder(source)
    if cached is not None and not use_cache:
        shutil.rmtree(cached, ignore_errors=True)
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


def _cache_folder(source: Path) -> Path | None:
    directory = cache_dir()
    if directory is None:
        return None
    try:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:20]
    except OSError:  # unreadable model: no cache, py3langid's loader says why
        return None
    return directory / f"py3langid-model-{digest}-{sys.byteorder}-v{LAYOUT}"


def _read(folder: Path) -> tuple | None:
    """The model as py3langid's loader returns it (tables as read-only memoryviews of mapped
    files instead of arrays), or None when the folder is absent or not a good one."""
    if not folder.is_dir():
        return None
    try:
        import numpy as np

        ptc = np.load(folder / "ptc.npy", mmap_mode="r", allow_pickle=False)
        pc = np.load(folder / "pc.npy", allow_pickle=False)
        classes = json.loads((folder / "classes.json").read_text(encoding="utf-8"))
        nextmove, row, output = (
            _map(folder / f"{name}.bin", code) for name, code in _TABLES.items()
        )
        # the sizes and the small tables must agree (the 39 MB transition table is not read
        # through here: that is the time the mapping saves)
        rows, features = np.asarray(row), np.asarray(output)
        if (
            ptc.ndim != 2
            or ptc.shape[1] != len(pc)
            or len(pc) != len(classes)
            or not all(isinstance(c, str) for c in classes)
            or len(features) != len(rows)
            or not len(rows)
            or len(nextmove) != 256 * (int(rows.max()) + 1)
            or int(features.max()) >= ptc.shape[0]
            or int(features.min()) < -1
        ):
            raise ValueError("inconsistent model files")
        return ptc, pc, classes, nextmove, row, output
    except Exception:  # damaged or foreign: drop it, the next run writes a good one
        shutil.rmtree(folder, ignore_errors=True)
        return None


def _map(path: Path, typecode: Literal["I", "i"]) -> memoryview:
    """A read-only view of a file of native integers, mapped (not read) into memory."""
    with open(path, "rb") as fh:
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    return memoryview(mapped).cast(typecode)  # keeps the mapping alive


def _write(folder: Path, model: tuple) -> None:
    """Store the model in a temporary folder renamed into place; errors are ignored."""
    import numpy as np

    ptc, pc, classes, nextmove, row, output = model
    tmp: str | None = None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = tempfile.mkdtemp(prefix=".tmp-", dir=folder.parent)
        np.save(Path(tmp) / "ptc.npy", np.asarray(ptc), allow_pickle=False)
        np.save(Path(tmp) / "pc.npy", np.asarray(pc), allow_pickle=False)
        (Path(tmp) / "classes.json").write_text(json.dumps(list(classes)), encoding="utf-8")
        tables = {"nextmove": nextmove, "row": row, "output": output}
        for name, code in _TABLES.items():
            values = np.asarray(tables[name], dtype=np.dtype(code)).tobytes()
            (Path(tmp) / f"{name}.bin").write_bytes(values)
        os.rename(tmp, folder)  # a folder already there (another process won): keep that one
        tmp = None
        for stale in folder.parent.glob("py3langid-model-*"):  # earlier models and layouts
            if stale != folder:
                if stale.is_dir():
                    shutil.rmtree(stale, ignore_errors=True)
                else:
                    stale.unlink(missing_ok=True)
    except Exception:  # a cache that cannot be written only costs time
        pass
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
