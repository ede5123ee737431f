"""Every error the package raises on purpose derives from :class:`AzpkError`.

Messages name the file involved and say what to do; the CLI turns any
``AzpkError`` into one error line and exit code 2 (see ``cli.main``).
"""

from __future__ import annotations


class AzpkError(Exception):
    """Base class of every error azpk-corpus raises on purpose."""


class SourceDirError(AzpkError):
    """The source folder is missing, unreadable or holds no ``*.txt`` article."""


class CatalogError(AzpkError):
    """The catalog file cannot be read or does not match the catalog format."""


class OutputDirError(AzpkError):
    """The output folder cannot be written or would overwrite something that is not a corpus."""


class DataNotFoundError(AzpkError):
    """A built corpus folder, or one of its Parquet files, is missing."""


class DataFormatError(AzpkError):
    """A built corpus folder exists but its files cannot be read as this package's records."""


class UsageError(AzpkError):
    """The command line asks for something the command cannot do."""


class OutputFileError(AzpkError):
    """A file the command was asked to write cannot be written."""
