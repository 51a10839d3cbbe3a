"""Personal data at rest: field encryption, its keys and where they are kept (Qt-free)."""
