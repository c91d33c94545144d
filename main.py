"""Start the casualtydb desktop app: `python main.py [--db DB] [--lang ar|en]`."""

import multiprocessing

from casualtydb.ui.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes started from a bundled executable
    main()
