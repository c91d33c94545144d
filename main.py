"""Start the casualtydb desktop app: `python main.py [--db DB] [--lang ar|en]`."""

from casualtydb.ui.app import main

if __name__ == "__main__":
    main()
