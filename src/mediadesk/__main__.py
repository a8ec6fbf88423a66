"""Allows `python -m mediadesk`."""

import sys

from mediadesk.cli import main

sys.exit(main())
