"""Parts of the case card: the people, the suggested units, the earlier visits."""

from __future__ import annotations

from collections.abc import Callable, Collection
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from app.services.reception_data import CaseCard
from app.services.registration_data import EarlierVisit
from app.services.setup_data import EventSetup
from app.ui.widgets.room_badges import sex_text
from app.ui.widgets.room_case_box import text_label
from app.ui.words import flag_text, outcome_text, revealable, sealed_text


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseCardView", text)


def safe_name(setup: EventSetup | None, kind: str, entity_id: int | None) -> str:
    """A topic's or unit's name, or "" when it is not in the event's directory."""
    if setup is None or entity_id is None:
        return ""
    items = setup.topics if kind == "topic" else setup.units
    return next((item.name for item in items if item.id == entity_id), "")


def section_label(text: str) -> QLabel:
    """A section title of the card."""
    return text_label(text, "section", selectable=False)


def people_layout(card: CaseCard, reveal: Callable[[int], None] | None = None) -> QVBoxLayout:
    """One line per person: name, sex and age, then masked ID, masked phone, address;
    with ``reveal``, a 显示完整号码… link that calls it with the petitioner's id."""
    layout = QVBoxLayout()
    layout.setSpacing(4)
    for person in card.petitioners:
        facts = [sex_text(person.sex)]
        if person.age is not None:
            facts.append(_t("{age} 岁").format(age=person.age))
        if person.is_disabled:
            facts.append(flag_text("disabled_person"))
        details = [person.id_masked or _t("未出示证件"), person.phone_masked, person.address]
        details = [sealed_text(d) for d in details]
        label = text_label(
            f"<b>{escape(person.name)}</b>&nbsp;&nbsp;{escape(' '.join(f for f in facts if f))}"
            f"&nbsp;&nbsp; <span style='color:#5f6b7a;'>"
            f"{' · '.join(escape(d) for d in details if d)}</span>"
            + _reveal_link(
                person.petitioner_id,
                reveal is not None
                and (revealable(person.id_masked) or revealable(person.phone_masked)),
            )
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        if reveal is not None:
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.linkActivated.connect(lambda href, call=reveal: call(int(href)))
        layout.addWidget(label)
    others = card.head_count - len(card.petitioners)
    if others > 0:
        text = _t("另有 {n} 人随同来访（未逐一登记）").format(n=others)
        layout.addWidget(text_label(text, "muted"))
    return layout


def _reveal_link(petitioner_id: int, shown: bool) -> str:
    if not shown:
        return ""
    return f"&nbsp;&nbsp;<a href='{petitioner_id}'>{escape(_t('显示完整号码…'))}</a>"


def suggested_label(
    card: CaseCard, setup: EventSetup | None, room_unit_ids: Collection[int]
) -> QLabel:
    """The units the topic rules suggest, marking those present in the room."""
    names = []
    for unit_id in card.suggested_unit_ids:
        name = safe_name(setup, "unit", unit_id)
        if name and unit_id in room_unit_ids:
            name += _t("（在本室）")
        if name:
            names.append(name)
    if not names:
        return text_label(_t("无建议（可在交办时从全部单位中选择）"), "muted")
    return text_label(_t("、").join(names), "strong")


def earlier_label(visit: EarlierVisit, setup: EventSetup | None) -> QLabel:
    """An earlier visit of the same people, with its cases and where they went."""
    how = _t("证件号") if visit.matched_by == "document" else _t("电话")
    lines = [
        _t("{date} {event} · {name}（按{how}匹配）").format(
            date=visit.event_date.isoformat(),
            event=visit.event_name,
            name=visit.petitioner_name,
            how=how,
        )
    ]
    if visit.summary:
        lines.append(visit.summary)
    for case in visit.cases:
        unit = f" → {case.unit_name}" if case.unit_name else ""
        topic = safe_name(setup, "topic", case.topic_id)
        lines.append(f"  {case.case_number} {topic} · {outcome_text(case.outcome)}{unit}")
    label = text_label("\n".join(lines))
    label.setStyleSheet(
        "QLabel { background: #fff8e1; border-left: 4px solid #f9a825; padding: 6px 10px; }"
    )
    return label
