"""Bringing databases together: merging a field worker's database or bundle into this one
(`merge`), bundles for a messenger or USB stick (`bundle`), merge conflicts and proposed matches
for a person to settle (`conflicts`, `matching`), and refusing a save that would overwrite
someone else's (`concurrent`). No Qt here; see docs/sync.md."""
