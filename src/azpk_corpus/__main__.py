"""``python -m azpk_corpus`` runs the CLI."""

import sys

from .cli import main

sys.exit(main())
