"""Entry script of the frozen build."""

import sys

from mediadesk.cli import main

sys.exit(main())
