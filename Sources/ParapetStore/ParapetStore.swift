// The scan store: SQLite and PostgreSQL history of scans; see docs/ARCHITECTURE.md.
