"""casualtydb: casualty reports as facts with their sources (domain layer; never imports Qt)."""

__version__ = "0.1.0"
