"""Only the package list lives here (pyproject.toml has the rest): `migrations/` and `resources/`
are mapped into the package (see [tool.setuptools] package-dir), which a `packages.find` table
cannot express together with the discovered subpackages."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["casualtydb", "casualtydb.*"]),
                "casualtydb.migrations", "casualtydb.resources"])
