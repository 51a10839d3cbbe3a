"""The audit trail: every state change recorded in its own transaction, hash-chained.

:mod:`app.audit.recorder` watches the write sessions of :class:`app.db.Database` and
turns what each transaction changed into entries; :mod:`app.audit.chain` appends them
(serialised, gap-free) and verifies the chain.
"""
