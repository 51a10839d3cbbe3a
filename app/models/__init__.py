"""SQLAlchemy 2.0 typed models, one module per aggregate."""

from app.models.assignment import Assignment, Extension, Feedback, FollowUp, assignment_co_unit
from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.case import Case
from app.models.counter import Counter
from app.models.directory import Leader, Topic, TopicUnitRule, Unit
from app.models.event import ReceptionEvent, Room, room_leader, room_topic, room_unit
from app.models.petitioner import Petitioner, PetitionerSearchKey
from app.models.print_job import PrintJob
from app.models.user import User
from app.models.visit import Visit, VisitMember

__all__ = [
    "Assignment",
    "AuditEntry",
    "Base",
    "Case",
    "Counter",
    "Extension",
    "Feedback",
    "FollowUp",
    "Leader",
    "Petitioner",
    "PetitionerSearchKey",
    "PrintJob",
    "ReceptionEvent",
    "Room",
    "Topic",
    "TopicUnitRule",
    "Unit",
    "User",
    "Visit",
    "VisitMember",
    "assignment_co_unit",
    "room_leader",
    "room_topic",
    "room_unit",
]
