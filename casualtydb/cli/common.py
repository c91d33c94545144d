"""Helpers the subcommand modules share."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..db import Database, open_database


def open_db(args: argparse.Namespace) -> Database:
    return open_database(args.db)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
