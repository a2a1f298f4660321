"""Donor reporting: marts refresh, exports (CSV, XLSX, IATI XML) and the HTML/PDF report."""
