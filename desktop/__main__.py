"""`python -m desktop` is the same as the `composure` command."""

import sys

from .cli import main

sys.exit(main())
