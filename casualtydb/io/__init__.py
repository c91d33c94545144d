"""Excel and CSV exchange: workbooks for NGOs (export) and spreadsheets of claims (import).

No Qt here: the CLI (`casualtydb export` / `casualtydb import`) and the GUI page drive the same
functions, `export_workbook` and `import_spreadsheet`."""
