"""The one version number shared by the package and the data it builds."""

__version__ = "1.0.0"
