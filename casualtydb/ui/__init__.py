"""The desktop app (PySide6). The only package of casualtydb that imports Qt."""
