"""Write-side services: each takes a Session as a keyword-only argument and never commits."""
