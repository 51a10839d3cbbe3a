"""Use cases: one transaction per public method, plain frozen data in and out."""
