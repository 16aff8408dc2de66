"""CSV, XLSX and iCalendar in and out."""
