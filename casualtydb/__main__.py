"""`python -m casualtydb` is the `casualtydb` command."""

import multiprocessing
import sys

from .cli import main

# Guarded: worker processes (the people search's passes) import this module again under another
# name; freeze_support lets them start from a bundled executable too.
if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
