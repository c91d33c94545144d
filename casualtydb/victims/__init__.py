"""Victims: persons built by people from the mentions reports and lists make of them.

decisions (merge, unmerge, split, not the same), compare (the scored comparison with reasons),
candidates (blocking in the database, best pairs first), listing, capture (the capture history
for multiple systems estimation). No Qt. See docs/victims.md."""
