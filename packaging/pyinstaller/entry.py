"""Entry point of the bundled app: the same command line as the ``smallsteps`` script."""

import sys

from smallsteps_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
