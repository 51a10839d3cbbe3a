"""Reception Day (接访日): software for running a public reception day."""

__version__ = "0.1.0"
