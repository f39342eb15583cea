#!/usr/bin/env python3
"""The validation floor: read every payload file of a bag once, feeding sha256 and sha512 from
the same buffer, split over N processes. Nothing else: no manifests, no reporting.

Usage: python benchmarks/floor.py BAG [PROCESSES]
"""

from __future__ import annotations

import hashlib
import os
import sys
from concurrent.futures import ProcessPoolExecutor

CHUNK = 1 << 20


def hash_files(paths: list[str]) -> int:
    total = 0
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    for path in paths:
        h1, h2 = hashlib.sha256(), hashlib.sha512()
        with open(path, "rb", buffering=0) as fh:
            while n := fh.readinto(buf):
                h1.update(view[:n])
                h2.update(view[:n])
                total += n
        h1.hexdigest(), h2.hexdigest()
    return total


def main() -> None:
    bag = sys.argv[1]
    procs = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    files = sorted(
        os.path.join(root, name)
        for root, _, names in os.walk(os.path.join(bag, "data"))
        for name in names
    )
    with ProcessPoolExecutor(procs) as pool:
        total = sum(pool.map(hash_files, [files[i::procs] for i in range(procs)]))
    print(total)


if __name__ == "__main__":
    main()
