"""History: the table and chart screen, its model, the CSV and PDF exports."""
