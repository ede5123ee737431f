"""The one version number shared by the package and the data it builds."""

__version__ = "0.1.0"
