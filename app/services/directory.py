"""Editing the standing directory: topics, units, leaders and suggestion rules."""

from __future__ import annotations

from sqlalchemy import delete, select

from app.domain.errors import InvalidInput
from app.models import Leader, Topic, TopicUnitRule, Unit, room_unit
from app.services.changes import Changes, Entity, Result
from app.services.context import ServiceContext
from app.services.errors import NotFound
from app.services.permissions import Permission
from app.services.setup_data import LeaderInfo, TopicDraft, TopicInfo, UnitDraft, UnitInfo


def require_text(field: str, value: str, max_len: int) -> str:
    """``value`` stripped; InvalidInput when empty or longer than ``max_len``."""
    value = value.strip()
    if not value:
        raise InvalidInput(field, "required")
    if len(value) > max_len:
        raise InvalidInput(field, "too_long", {"max": max_len})
    return value


def topic_info(t: Topic) -> TopicInfo:
    return TopicInfo(
        t.id,
        t.code,
        t.name,
        t.national_class_code,
        t.default_service_minutes,
        t.is_general,
        t.is_legal_related,
    )


def unit_info(u: Unit) -> UnitInfo:
    return UnitInfo(
        u.id, u.name, u.short_name, u.kind, u.contact_person, u.contact_phone, u.is_active
    )


def _check_minutes(minutes: float) -> None:
    if not 1 <= minutes <= 240:
        raise InvalidInput("default_service_minutes", "out_of_range", {"min": 1, "max": 240})


class DirectoryEditing:
    """The directory part of the set-up service."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def add_topic(self, draft: TopicDraft) -> Result[TopicInfo]:
        self._ctx.require(Permission.EDIT_SETUP)
        code = require_text("code", draft.code, 32)
        name = require_text("name", draft.name, 64)
        if not 1 <= draft.default_service_minutes <= 240:
            raise InvalidInput("default_service_minutes", "out_of_range", {"min": 1, "max": 240})
        with self._ctx.db.write() as s:
            if s.scalar(select(Topic.id).where(Topic.code == code)) is not None:
                raise InvalidInput("code", "duplicate")
            order = len(s.scalars(select(Topic.id)).all())
            topic = Topic(
                code=code,
                name=name,
                national_class_code=draft.national_class_code.strip(),
                default_service_minutes=draft.default_service_minutes,
                is_general=draft.is_general,
                is_legal_related=draft.is_legal_related,
                sort_order=order,
            )
            s.add(topic)
            s.flush()
            return Result(topic_info(topic), Changes.of(Entity.SETUP, [topic.id]))

    def add_unit(self, draft: UnitDraft) -> Result[UnitInfo]:
        self._ctx.require(Permission.EDIT_SETUP)
        name = require_text("name", draft.name, 128)
        with self._ctx.db.write() as s:
            if s.scalar(select(Unit.id).where(Unit.name == name)) is not None:
                raise InvalidInput("name", "duplicate")
            unit = Unit(
                name=name,
                short_name=draft.short_name.strip() or name[:32],
                kind=draft.kind,
                contact_person=draft.contact_person.strip(),
                contact_phone=draft.contact_phone.strip(),
            )
            s.add(unit)
            s.flush()
            return Result(unit_info(unit), Changes.of(Entity.SETUP, [unit.id]))

    def add_leader(self, name: str, title: str = "") -> Result[LeaderInfo]:
        self._ctx.require(Permission.EDIT_SETUP)
        name = require_text("name", name, 64)
        with self._ctx.db.write() as s:
            leader = Leader(name=name, title=title.strip())
            s.add(leader)
            s.flush()
            return Result(
                LeaderInfo(leader.id, leader.name, leader.title),
                Changes.of(Entity.SETUP, [leader.id]),
            )

    def add_topic_unit_rule(self, topic_id: int, unit_id: int, rank: int = 0) -> Result[None]:
        """Suggest ``unit_id`` as lead unit for cases on ``topic_id``."""
        self._ctx.require(Permission.EDIT_SETUP)
        with self._ctx.db.write() as s:
            if s.get(Topic, topic_id) is None:
                raise NotFound("topic", topic_id)
            if s.get(Unit, unit_id) is None:
                raise NotFound("unit", unit_id)
            exists = s.scalar(
                select(TopicUnitRule.id).where(
                    TopicUnitRule.topic_id == topic_id, TopicUnitRule.unit_id == unit_id
                )
            )
            if exists is not None:
                raise InvalidInput("unit_id", "duplicate")
            s.add(TopicUnitRule(topic_id=topic_id, unit_id=unit_id, rank=rank))
            return Result(None, Changes.of(Entity.SETUP, [topic_id]))

    def update_topic(self, topic_id: int, draft: TopicDraft) -> Result[TopicInfo]:
        """Rename a topic or change its class code, default time and flags."""
        self._ctx.require(Permission.EDIT_SETUP)
        code, name = require_text("code", draft.code, 32), require_text("name", draft.name, 64)
        _check_minutes(draft.default_service_minutes)
        with self._ctx.db.write() as s:
            topic = s.get(Topic, topic_id)
            if topic is None:
                raise NotFound("topic", topic_id)
            clash = s.scalar(select(Topic.id).where(Topic.code == code, Topic.id != topic_id))
            if clash is not None:
                raise InvalidInput("code", "duplicate")
            topic.code, topic.name = code, name
            topic.national_class_code = draft.national_class_code.strip()
            topic.default_service_minutes = draft.default_service_minutes
            topic.is_general, topic.is_legal_related = draft.is_general, draft.is_legal_related
            return Result(topic_info(topic), Changes.of(Entity.SETUP, [topic_id]))

    def update_unit(self, unit_id: int, draft: UnitDraft) -> Result[UnitInfo]:
        """Change a unit's name, short name, kind and contact."""
        self._ctx.require(Permission.EDIT_SETUP)
        name = require_text("name", draft.name, 128)
        with self._ctx.db.write() as s:
            unit = s.get(Unit, unit_id)
            if unit is None:
                raise NotFound("unit", unit_id)
            if s.scalar(select(Unit.id).where(Unit.name == name, Unit.id != unit_id)) is not None:
                raise InvalidInput("name", "duplicate")
            unit.name, unit.short_name = name, draft.short_name.strip() or name[:32]
            unit.kind, unit.contact_person = draft.kind, draft.contact_person.strip()
            unit.contact_phone = draft.contact_phone.strip()
            return Result(unit_info(unit), Changes.of(Entity.SETUP, [unit_id]))

    def set_unit_active(self, unit_id: int, active: bool) -> Result[None]:
        """Retire a unit (kept for history, no longer offered) or bring it back."""
        self._ctx.require(Permission.EDIT_SETUP)
        with self._ctx.db.write() as s:
            unit = s.get(Unit, unit_id)
            if unit is None:
                raise NotFound("unit", unit_id)
            unit.is_active = active
            return Result(None, Changes.of(Entity.SETUP, [unit_id]))

    def update_leader(self, leader_id: int, name: str, title: str = "") -> Result[LeaderInfo]:
        self._ctx.require(Permission.EDIT_SETUP)
        name = require_text("name", name, 64)
        with self._ctx.db.write() as s:
            leader = s.get(Leader, leader_id)
            if leader is None:
                raise NotFound("leader", leader_id)
            leader.name, leader.title = name, title.strip()
            return Result(
                LeaderInfo(leader.id, leader.name, leader.title),
                Changes.of(Entity.SETUP, [leader_id]),
            )

    def remove_topic_unit_rule(self, topic_id: int, unit_id: int) -> Result[None]:
        self._ctx.require(Permission.EDIT_SETUP)
        with self._ctx.db.write() as s:
            s.execute(
                delete(TopicUnitRule).where(
                    TopicUnitRule.topic_id == topic_id, TopicUnitRule.unit_id == unit_id
                )
            )
            return Result(None, Changes.of(Entity.SETUP, [topic_id]))

    def all_units(self) -> tuple[UnitInfo, ...]:
        """The whole unit directory, retired units included (``is_active`` False)."""
        self._ctx.require(Permission.VIEW_EVENT)
        with self._ctx.db.read() as s:
            return tuple(unit_info(u) for u in s.scalars(select(Unit).order_by(Unit.id)))

    def topic_unit_rules(self) -> tuple[tuple[int, int, int], ...]:
        """Every suggestion rule as (topic id, unit id, rank)."""
        self._ctx.require(Permission.VIEW_EVENT)
        with self._ctx.db.read() as s:
            rows = s.execute(
                select(TopicUnitRule.topic_id, TopicUnitRule.unit_id, TopicUnitRule.rank).order_by(
                    TopicUnitRule.topic_id, TopicUnitRule.rank
                )
            ).all()
            return tuple((t, u, r) for t, u, r in rows)

    def suggested_units(self, topic_id: int, room_id: int | None = None) -> tuple[UnitInfo, ...]:
        """Lead-unit suggestions: rule units present in the room first, then other rule units."""
        self._ctx.require(Permission.VIEW_EVENT)
        with self._ctx.db.read() as s:
            rules = s.execute(
                select(Unit, TopicUnitRule.rank)
                .join(TopicUnitRule, TopicUnitRule.unit_id == Unit.id)
                .where(TopicUnitRule.topic_id == topic_id, Unit.is_active)
            ).all()
            present: set[int] = set()
            if room_id is not None:
                present = set(
                    s.scalars(select(room_unit.c.unit_id).where(room_unit.c.room_id == room_id))
                )
            ordered = sorted(rules, key=lambda row: (row[0].id not in present, row[1], row[0].id))
            return tuple(unit_info(row[0]) for row in ordered)
