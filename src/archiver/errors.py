"""The two kinds of failure the CLI maps to exit codes (2 for input/usage, 1 for findings)."""

from __future__ import annotations


class ArchiverError(Exception):
    """Base class: a one-line message naming the file and the problem."""

    exit_code = 1


class InputError(ArchiverError):
    """The input cannot be read or is not an article at all (exit 2)."""

    exit_code = 2


class ArticleError(ArchiverError):
    """The article was read but something about it or its output is wrong (exit 1)."""

    exit_code = 1
