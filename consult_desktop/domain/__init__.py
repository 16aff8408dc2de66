"""Pure rules on plain values: no Qt, no SQL."""
