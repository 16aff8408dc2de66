"""SQLAlchemy: the mapped classes, the plan file, queries and migrations."""
