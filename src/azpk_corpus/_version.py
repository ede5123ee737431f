"""The one version number shared by the package and the data it builds, and the day it was released."""

__version__ = "1.1.0"
RELEASE_DATE = "2026-11-23"
"""ISO date of this version's CHANGELOG entry; a constant, so builds stay byte-identical."""
