"""Pure rules and value types of a reception day. No I/O, no Qt, no database."""
