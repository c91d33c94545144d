"""Reusable widgets: number and date fields, the place picker, the bar chart, cell delegates."""
