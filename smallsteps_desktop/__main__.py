"""Run Small Steps with ``python -m smallsteps_desktop``."""

import sys

from smallsteps_desktop.cli import main

sys.exit(main())
