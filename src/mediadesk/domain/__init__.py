"""Domain types and rules: frozen dataclasses, enums, no I/O and no Qt."""
