"""Write-side services: each takes a Session as a keyword-only argument and never commits.

`entry_presenter` is the one exception: the state of the report-entry form, without Qt and
without a Session of its own (it hands the page requests to run in a worker)."""
