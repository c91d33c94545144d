"""Widgets of the report-entry page (pages/entry.py): the claims table, the text pane with
highlighted suggestions, the source picker, incident linking and the draft banner."""
