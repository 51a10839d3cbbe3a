"""Entry script of the frozen app: the same ``main`` as the ``reception-day`` command."""

import sys

from app.main import main

if __name__ == "__main__":
    sys.exit(main())
