"""Datasets in other formats (ACLED, UCDP GED, Airwars-style tables, HXL-tagged sheets, Kobo/ODK
exports, and any sheet with a column mapping), read into incidents, sources, reports and claims."""
