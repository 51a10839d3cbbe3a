"""Enumerations shared by every layer (values are stored in the database as text)."""

from __future__ import annotations

from enum import StrEnum


class Urgency(StrEnum):
    """三色: the colour of a handed-over item, i.e. how soon feedback is due."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


class Outcome(StrEnum):
    """What the leader decided for one case."""

    RESOLVED_ON_SPOT = "resolved_on_spot"  # 当场解决
    HANDED_OVER = "handed_over"  # 交办
    LEGAL_CHANNEL = "legal_channel"  # 依法分类 / 导入法定途径
    EXPLAINED = "explained"  # 解释说明


class StatutoryCategory(StrEnum):
    """信访工作条例 classes of a petition, which set how it must be handled."""

    SUGGESTION = "suggestion"  # 建议意见
    ACCUSATION = "accusation"  # 检举控告
    DEMAND = "demand"  # 申诉求决


class DocumentType(StrEnum):
    """The kind of identity document a petitioner showed."""

    RESIDENT_ID = "resident_id"  # 居民身份证
    PASSPORT = "passport"  # 护照
    HK_MACAO_PERMIT = "hk_macao_permit"  # 港澳居民来往内地通行证
    TAIWAN_PERMIT = "taiwan_permit"  # 台湾居民来往大陆通行证
    NONE = "none"  # 未出示


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class Priority(StrEnum):
    """Queue lane. Everyone but NORMAL goes to the priority lane."""

    NORMAL = "normal"
    ELDERLY = "elderly"
    DISABLED = "disabled"
    PRE_BOOKED = "pre_booked"


class VisitStatus(StrEnum):
    """Where a batch is in the day."""

    PRE_REGISTERED = "pre_registered"  # 预登记, not yet arrived
    WAITING = "waiting"  # checked in, in a room queue
    CALLED = "called"  # called to the room (shown on the hall display)
    IN_RECEPTION = "in_reception"  # in front of the leader
    ON_HOLD = "on_hold"  # set aside, keeps its place out of the queue
    NO_SHOW = "no_show"  # called but did not come
    DONE = "done"  # every case has an outcome
    CANCELLED = "cancelled"  # pre-registration withdrawn


class RegistrationChannel(StrEnum):
    PHONE = "phone"
    TOWNSHIP = "township"
    IMPORT = "import"
    WALK_IN = "walk_in"


class AssignmentStatus(StrEnum):
    OPEN = "open"  # handed over, no feedback yet
    FEEDBACK_GIVEN = "feedback_given"  # unit reported progress
    CLOSED = "closed"  # 办结


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"  # 满意
    BASICALLY_SATISFIED = "basically_satisfied"  # 基本满意
    DISSATISFIED = "dissatisfied"  # 不满意


class ClockStatus(StrEnum):
    """Traffic light of one deadline."""

    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"


class PrintJobStatus(StrEnum):
    PENDING = "pending"
    PRINTED = "printed"
    FAILED = "failed"
    CANCELLED = "cancelled"
