"""Documents rendered from plain data (reportlab, imported lazily); no Qt, no database."""
