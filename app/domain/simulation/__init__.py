"""A Qt-free, database-free discrete-event simulation of one reception day.

:mod:`.model` holds the inputs (rooms with their hours, arrivals with their drawn service
times), :mod:`.engine` plays a day through the real allocator
(:func:`app.domain.allocation.allocate`) or the fixed-routing baseline (:mod:`.policies`),
:mod:`.bound` the pooled lower bound, :mod:`.metrics` the figures, :mod:`.compare` the
three side by side, :mod:`.arrivals` draws a day from its parameters, :mod:`.layout` and
:mod:`.planning` search for a better room-topic layout.
"""
