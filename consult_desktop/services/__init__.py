"""What a user can ask and do: typed queries that return plain values, and reversible edits.

The one way from ui/ and cli.py to the data. Nothing here imports Qt; ui/ imports neither
SQLAlchemy nor the mapped classes of store/, only this package (and domain/).
"""
