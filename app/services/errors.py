"""Errors services raise for users; each carries what the UI needs to word it."""

from __future__ import annotations

from app.domain.errors import ReceptionDayError


class NotFound(ReceptionDayError):
    """The entity does not exist (or not in this event)."""

    def __init__(self, entity: str, entity_id: object) -> None:
        super().__init__(f"{entity} {entity_id} not found")
        self.entity = entity
        self.entity_id = entity_id


class ChangedElsewhere(ReceptionDayError):
    """Another station changed the record since it was read: reload, never overwrite."""

    def __init__(self, entity: str, entity_id: int) -> None:
        super().__init__(f"{entity} {entity_id} was changed at another station")
        self.entity = entity
        self.entity_id = entity_id


class InvalidState(ReceptionDayError):
    """The action does not fit the record's current state (e.g. calling a finished visit)."""

    def __init__(self, entity: str, entity_id: int, state: str, action: str) -> None:
        super().__init__(f"cannot {action} {entity} {entity_id} in state {state}")
        self.entity = entity
        self.entity_id = entity_id
        self.state = state
        self.action = action


class PermissionDenied(ReceptionDayError):
    """The acting user's role may not make this call (``permission`` names what is missing)."""

    def __init__(self, permission: str, role: str, username: str = "") -> None:
        super().__init__(f"role {role} ({username or 'no user'}) lacks permission {permission}")
        self.permission = permission
        self.role = role
        self.username = username
