"""The office server: PostgreSQL schema, its numbered migrations, and the officers' door to it."""
