"""`python -m casualtydb` is the `casualtydb` command."""

import sys

from .cli import main

sys.exit(main())
