"""Accounting's files to and from plain records: CommerceML 2 from 1C, CSV and XLSX tables, 1C's debt
statement saved to Excel (no database, no Qt). The services match and apply the records."""
