"""Computing checksums at the speed of the hash.

Each file is read once, in 1 MiB reads into one reused buffer, and every algorithm its
manifests name is fed from that same buffer. Files are grouped in batches (up to 16 MiB or 256
files) so that per-file overhead (process hand-off, result pickling) stays small for bags of
many small files, and the batches go to a pool of worker processes (``--jobs``), or of
threads when the Payload-Oxum says the files are big (hashing releases the GIL); a small bag
is hashed in the calling process, where starting workers would cost more than it saves.
At most a few batches per worker are in flight, so memory stays flat however large the bag.

Files are opened with O_NOFOLLOW and O_NONBLOCK and must be regular files (checked with
fstat on the open descriptor): a link swapped in or a FIFO never blocks or escapes.
"""

from __future__ import annotations

import gc
import hashlib
import os
import stat
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

BUFFER = 1 << 20
BATCH_BYTES = 16 << 20
BATCH_FILES = 256
BATCH_MIN_BYTES = 1 << 20  # the last batches of a payload of known size
# below this much work a pool costs more than it saves
INLINE_BYTES = 32 << 20
INLINE_FILES = 512
QUEUED_PER_WORKER = 4  # batches in flight per worker
# files of this average size or more are hashed by threads: per file, the work done holding
# the GIL (open, fstat, a few calls) is then under 3% of the hashing, which releases it
THREAD_AVERAGE = 256 << 10
# what a reader of the bag after validation may be handed from memory (see Kept)
KEEP_FILE_BYTES = 1 << 20
KEEP_BUDGET = 64 << 20

# normalized BagIt algorithm names (RFC 8493 §2.4: lowercase, alphanumerics only) -> hashlib
ALGORITHMS = {
    "md5": "md5",
    "sha1": "sha1",
    "sha224": "sha224",
    "sha256": "sha256",
    "sha384": "sha384",
    "sha512": "sha512",
    "sha512224": "sha512_224",
    "sha512256": "sha512_256",
    "sha3224": "sha3_224",
    "sha3256": "sha3_256",
    "sha3384": "sha3_384",
    "sha3512": "sha3_512",
    "blake2b": "blake2b",
    "blake2b512": "blake2b",
    "blake2s": "blake2s",
    "blake2s256": "blake2s",
}

Job = tuple[str, str, tuple[str, ...]]  # (key, absolute path, hashlib names)
# key, size, digests (a list: compared as it is with the index's lists), error
Result = tuple[str, int, list[bytes] | None, str | None]
# jobs and their sizes in bytes (None: not known, all of them; the workers will say)
JobGroup = tuple[list[Job], list[int] | None]


def sized_group(jobs: list[tuple[Job, int]]) -> JobGroup:
    """A group of jobs from (job, size in bytes) pairs."""
    return [job for job, _ in jobs], [size for _, size in jobs]


def hashlib_name(bagit_name: str) -> str | None:
    """The hashlib name for a manifest's algorithm, None when it cannot be computed here."""
    name = ALGORITHMS.get(bagit_name)
    if name is None:
        return None
    try:
        hashlib.new(name)
    except ValueError:
        return None
    return name


def digest_size(name: str) -> int:
    return hashlib.new(name).digest_size


def _open(path: str) -> int:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    return os.open(path, flags | getattr(os, "O_CLOEXEC", 0))


def _constructor(name: str) -> Callable[[], hashlib._Hash]:
    direct = getattr(hashlib, name, None)
    return direct if callable(direct) else (lambda: hashlib.new(name))


_CONSTRUCTORS = {name: _constructor(name) for name in set(ALGORITHMS.values())}


class Kept:
    """What hashing saw, kept for whoever reads the bag next (`archiver export`).

    sizes: every file hashed, its size as read. data: the bytes of files of at most
    KEEP_FILE_BYTES, exactly as they were fed to the hashers, while the budget (bytes, for
    the whole bag) lasts; only files hashed in this process (inline), never by workers.
    A reader that takes its bytes from here reads each file once, and what it exports is
    then the very bytes whose digests the validator compared with the manifests.
    """

    __slots__ = ("sizes", "data", "room")

    def __init__(self, budget: int | None = None) -> None:
        self.sizes: dict[str, int] = {}
        self.data: dict[str, bytes] = {}
        self.room = KEEP_BUDGET if budget is None else budget  # bytes still to keep

    def observe(self, results: list[Result]) -> None:
        self.sizes.update((key, size) for key, size, digests, _ in results if digests)


_LOCAL = threading.local()


def _buffer() -> bytearray:
    """This thread's read buffer: made (and zeroed, 1 MiB) once, not for every batch."""
    buf: bytearray | None = getattr(_LOCAL, "buffer", None)
    if buf is None:
        buf = _LOCAL.buffer = bytearray(BUFFER)
    return buf


NOT_HASHED = "not hashed: "  # how an error result for a file skipped on purpose begins
SKIP_FLOOR = 64 << 20  # files smaller than this are always hashed (it costs little)


def hash_batch(
    batch: list[Job], limit: int | None = None, keep: Kept | None = None
) -> list[Result]:
    """Hash each file of the batch once for all of its algorithms.

    A file larger than limit (the whole payload's size by its Payload-Oxum) is not read: it
    alone proves the Oxum wrong, and a planted 10 GB file would otherwise be read in full.
    Its result carries its size (for the Oxum check) and an error beginning NOT_HASHED.
    keep: receives the bytes of small files as they were hashed (see Kept).
    """
    buf = _buffer()
    view = memoryview(buf)
    out: list[Result] = []
    for key, path, names in batch:
        try:
            fd = _open(path)
        except OSError as exc:
            out.append((key, -1, None, exc.strerror or str(exc)))
            continue
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                out.append((key, -1, None, "not a regular file"))
                continue
            if limit is not None and st.st_size > limit:
                out.append(
                    (
                        key,
                        st.st_size,
                        None,
                        f"{NOT_HASHED}{st.st_size} bytes, more than the whole payload "
                        "holds by its Payload-Oxum",
                    )
                )
                continue
            hashers = [_CONSTRUCTORS[name]() for name in names]
            size = 0
            kept: list[bytes] | None = None
            if keep is not None and st.st_size <= min(KEEP_FILE_BYTES, keep.room):
                kept = []
            while n := os.readv(fd, [buf]):
                size += n
                chunk = view if n == BUFFER else view[:n]
                for hasher in hashers:
                    hasher.update(chunk)
                if kept is not None:  # the bytes just hashed (a file grown meanwhile: dropped)
                    if size > KEEP_FILE_BYTES:
                        kept = None
                    else:
                        kept.append(bytes(chunk))
            out.append((key, size, [h.digest() for h in hashers], None))
            if kept is not None and keep is not None and size <= keep.room:
                keep.data[key] = kept[0] if len(kept) == 1 else b"".join(kept)
                keep.room -= size
        except OSError as exc:
            out.append((key, -1, None, exc.strerror or str(exc)))
        finally:
            os.close(fd)
    return out


class _Batcher:
    """Group jobs into batches of about BATCH_BYTES (or BATCH_FILES files).

    Jobs come in groups (a folder's files, say): (jobs, sizes), sizes None when no size is
    known. The walk does not stat files it hashes, the workers report sizes; unknown sizes
    are guessed from the average of the results seen so far, and a group of them is cut
    into batches by slicing, with no work per file.
    """

    def __init__(
        self, groups: Iterable[JobGroup], expected: tuple[int, int] | None = None, workers: int = 1
    ) -> None:
        self.groups = iter(groups)
        # (bytes, files) the payload should hold (the bag's Payload-Oxum says)
        self.expected = expected if expected and expected[1] > 0 else None
        self.workers = max(1, workers)
        self.handed = 0  # bytes (as guessed) handed out so far
        self.seen_files = 0
        self.seen_bytes = 0

    def observe(self, results: list[Result]) -> None:
        sizes = [size for size in map(itemgetter(1), results) if size >= 0]
        self.seen_files += len(sizes)
        self.seen_bytes += sum(sizes)

    def guess(self) -> int:
        if not self.seen_files:
            if self.expected:
                return max(1, self.expected[0] // self.expected[1])
            return BATCH_BYTES // 32  # start with small batches until sizes are known
        return max(1, self.seen_bytes // self.seen_files)

    def target(self) -> int:
        """Bytes for the next batch: BATCH_BYTES, less towards the end of a payload of known
        size, so that the workers finish together instead of one hashing a last big batch
        alone (guided self-scheduling)."""
        if self.expected is None:
            return BATCH_BYTES
        remaining = self.expected[0] - self.handed
        return max(BATCH_MIN_BYTES, min(BATCH_BYTES, remaining // (2 * self.workers)))

    def __iter__(self) -> Iterator[tuple[list[Job], int]]:
        batch: list[Job] = []
        size = 0
        guess = self.guess()  # the sizes seen change between batches only
        target = self.target()
        for jobs, sizes in self.groups:
            if sizes is None:
                start, end = 0, len(jobs)
                while start < end:
                    room = -(-(target - size) // guess)
                    take = min(BATCH_FILES - len(batch), max(1, room), end - start)
                    batch.extend(jobs[start : start + take])
                    size += take * guess
                    start += take
                    if size >= target or len(batch) >= BATCH_FILES:
                        self.handed += size
                        yield batch, size
                        batch, size = [], 0
                        guess, target = self.guess(), self.target()
                continue
            for job, nbytes in zip(jobs, sizes, strict=True):
                batch.append(job)
                size += nbytes if nbytes > 0 else guess
                if size >= target or len(batch) >= BATCH_FILES:
                    self.handed += size
                    yield batch, size
                    batch, size = [], 0
                    guess, target = self.guess(), self.target()
        if batch:
            yield batch, size


def _worker_init() -> None:  # pragma: no cover - runs in the workers
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _make_executor(kind: str, workers: int) -> Executor:
    # imported here: a bag small enough to hash inline never pays for multiprocessing
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

    if kind == "thread":
        return ThreadPoolExecutor(max_workers=workers)
    method = "fork" if sys.platform.startswith("linux") else None
    context = multiprocessing.get_context(method)
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_init)


def _ready() -> None:  # pragma: no cover - runs in the workers
    """Nothing: submitted first, it makes the pool start its workers at once."""


def _start(executor: str, workers: int) -> Executor:
    """A pool with its workers already started (they fork at the first submit)."""
    pool = _make_executor(executor, workers)
    # with this process's objects frozen while the workers fork, their garbage collector
    # never walks (and so never copies) the parent's heap
    gc.freeze()
    try:
        pool.submit(_ready)
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        gc.unfreeze()
    return pool


def compute(
    groups: Iterable[JobGroup],
    workers: int = 1,
    executor: str = "process",
    expected: tuple[int, int] | None = None,
    keep: Kept | None = None,
) -> Iterator[list[Result]]:
    """Results for groups of jobs, streamed a batch (list of results) at a time as done.

    executor: "process" (default), "thread" or "inline"; workers <= 1 means inline.
    expected: (bytes, files) the payload should hold (its Payload-Oxum), when known: it sizes
    the first batches and says at once whether starting workers is worth it, and whether the
    files are big enough for threads to do the work of processes.
    keep: receives every file's size, and the bytes of small files hashed inline (Kept).
    """
    if keep is None:
        yield from _compute(groups, workers, executor, expected, None)
        return
    for results in _compute(groups, workers, executor, expected, keep):
        keep.observe(results)
        yield results


def _compute(
    groups: Iterable[JobGroup],
    workers: int,
    executor: str,
    expected: tuple[int, int] | None,
    keep: Kept | None,
) -> Iterator[list[Result]]:
    batcher = _Batcher(groups, expected, workers)
    # a file bigger than the whole payload by the Oxum (and big enough for reading it to
    # matter) is not read: see hash_batch
    limit = max(expected[0], SKIP_FLOOR) if expected is not None else None
    batches = iter(batcher)
    big = expected is not None and (expected[1] >= INLINE_FILES or expected[0] >= INLINE_BYTES)
    if executor == "process" and expected and expected[1] > 0:
        if expected[0] // expected[1] >= THREAD_AVERAGE:
            # Big files: hashlib and reads release the GIL, so threads hash in parallel as
            # well as processes do, without starting any (no fork, nothing to pickle).
            executor = "thread"
    if workers <= 1 or executor == "inline" or (expected is not None and not big):
        for batch, _ in batches:
            results = hash_batch(batch, limit, keep)
            batcher.observe(results)
            yield results
        return
    head: list[list[Job]] = []
    if not big:
        # No Payload-Oxum to go by: look ahead, a small bag is hashed inline, where starting
        # workers would cost more than it saves.
        files = nbytes = 0
        for batch, size in batches:
            head.append(batch)
            files += len(batch)
            nbytes += size
            if files >= INLINE_FILES or nbytes >= INLINE_BYTES:
                break
        else:
            for batch in head:
                yield hash_batch(batch, limit, keep)
            return

    def all_batches() -> Iterator[list[Job]]:
        yield from head
        for batch, _ in batches:
            yield batch

    pending: deque[Future] = deque()
    pool: Executor | None = None
    try:
        pool = _start(executor, workers)
        for batch in all_batches():
            pending.append(pool.submit(hash_batch, batch, limit))
            # enough queued that a worker never waits while this process reads manifests
            while len(pending) > QUEUED_PER_WORKER * workers:
                results = pending.popleft().result()
                batcher.observe(results)
                yield results
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
