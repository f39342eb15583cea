"""OCFL storage layout extension 0004 (hashed n-tuple), registered in ocfl-py's layout registry.

ocfl-py 2.1 ships layouts 0002 and 0003 only; Fedora 6 keeps its objects under 0004
(https://ocfl.github.io/extensions/0004-hashed-n-tuple-storage-layout.html): the object id,
UTF-8, hashed with ``digestAlgorithm`` (default sha256), the lower-case hex digest cut into
``numberOfTuples`` tuples of ``tupleSize`` characters (default 3 and 3), each a folder, then
the object root named by the whole digest, or with ``shortObjectRoot`` by what the tuples
left of it. The parameters are checked by ocfl-py's 0003 code, whose three are the same.

Importing this module registers the layout under its extension name and "0004".
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

# ocfl-py's dependency pairtree calls logging.basicConfig(level=INFO) when imported, which
# would print ocfl-py's chatter on every run: the root logger is put back as it was.
_ROOT_LOGGER = logging.getLogger()
_SAVED = (_ROOT_LOGGER.handlers[:], _ROOT_LOGGER.level)
import ocfl  # noqa: E402, F401 - the whole package, loaded while the logger is guarded
from ocfl.digest import string_digest  # noqa: E402
from ocfl.layout import LayoutException  # noqa: E402
from ocfl.layout_0003_hash_and_id_n_tuple import Layout_0003_Hash_And_Id_N_Tuple  # noqa: E402
from ocfl.layout_registry import add_layout, get_layout, layout_is_supported  # noqa: E402

_ROOT_LOGGER.handlers[:] = _SAVED[0]
_ROOT_LOGGER.setLevel(_SAVED[1])

NAME = "0004-hashed-n-tuple-storage-layout"


class Layout_0004_Hashed_N_Tuple(Layout_0003_Hash_And_Id_N_Tuple):  # noqa: N801 - ocfl-py's naming
    """Extension 0004: Hashed N-tuple Storage Layout."""

    def __init__(self) -> None:
        super().__init__()
        self.short_object_root = False
        self.NAME = NAME
        self.DESCRIPTION = "Extension 0004: Hashed N-tuple Storage Layout"
        self.PARAMS: dict[str, Callable[[Any], None]] = {
            **self.PARAMS,
            "shortObjectRoot": self.check_short_object_root,
        }

    def check_short_object_root(self, value: Any) -> None:
        """shortObjectRoot: a boolean, default false (a config.json may leave it out)."""
        if value is None:
            value = False
        if not isinstance(value, bool):
            raise LayoutException("shortObjectRoot parameter must be true or false")
        self.short_object_root = value

    def check_full_config(self) -> None:
        super().check_full_config()
        digest_length = len(string_digest("dummy_data", digest_type=self.digest_algorithm))
        if self.short_object_root and self.tuple_size * self.number_of_tuples == digest_length:
            raise LayoutException(
                "Bad layout configuration: shortObjectRoot MUST be false when the tuples use "
                "the whole digest"
            )

    @property
    def config(self) -> dict[str, Any]:
        return {**super().config, "extensionName": NAME, "shortObjectRoot": self.short_object_root}

    def identifier_to_path(self, identifier: str) -> str:
        digest = string_digest(identifier, self.digest_algorithm).lower()
        used = self.tuple_size * self.number_of_tuples
        size = self.tuple_size
        parts = [
            digest[i * size : (i + 1) * size] for i in range(self.number_of_tuples if size else 0)
        ]
        parts.append(digest[used:] if self.short_object_root else digest)
        return os.path.join(*parts)


def register() -> None:
    """Make 0004 known to ocfl-py (StorageRoot, ocfl-validate run in this process)."""
    if not layout_is_supported(NAME):
        add_layout(NAME, Layout_0004_Hashed_N_Tuple)
        add_layout("0004", Layout_0004_Hashed_N_Tuple)


register()

__all__ = ["NAME", "Layout_0004_Hashed_N_Tuple", "get_layout", "register"]
