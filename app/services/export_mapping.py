"""The columns of the case export and their meaning as fields of a national 信访件 record.

:data:`COLUMNS` is the single source of the export's layout: header (Chinese, English),
where the value comes from in our data, its format and the column width in Excel.
``docs/EXPORT-MAPPING.md`` is generated from it by :func:`mapping_markdown` (a test keeps
the two equal). Word tables turn stored values (``handed_over``…) into the wording the
national forms use (交办…).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.types import (
    AssignmentStatus,
    ClockStatus,
    Outcome,
    RegistrationChannel,
    Satisfaction,
    StatutoryCategory,
    Urgency,
)


class Kind(StrEnum):
    """How a column's values are written."""

    TEXT = "text"
    INT = "int"
    DATE = "date"  # Excel date yyyy-mm-dd; CSV ISO 8601
    DATETIME = "datetime"  # Excel date-time yyyy-mm-dd hh:mm; CSV "YYYY-MM-DD HH:MM"
    FLAG = "flag"  # 是 / 否 (empty when not applicable)


@dataclass(frozen=True)
class Column:
    """One export column."""

    key: str
    zh: str
    en: str
    source: str
    kind: Kind
    width: int


C, K = Column, Kind
# fmt: off
COLUMNS: tuple[Column, ...] = (
    C("seq", "序号", "No.", "行号，从 1 起", K.INT, 6),
    C("case_number", "信访件编号", "Case number", "petition_case.case_number", K.TEXT, 18),
    C("query_code", "查询码", "Query code",
      "petition_case.query_code；保密件留空", K.TEXT, 9),
    C("event_date", "接访日期", "Reception date", "reception_event.event_date", K.DATE, 11),
    C("registered_at", "登记时间", "Registered at", "petition_case.created_at", K.DATETIME, 16),
    C("form", "信访形式", "Form", "固定为“走访”（当面来访）", K.TEXT, 8),
    C("channel", "登记方式", "Registration channel", "visit.channel（见取值表）", K.TEXT, 10),
    C("ticket", "排队号", "Ticket number", "visit.ticket_number，3 位；保密件留空", K.TEXT, 7),
    C("petitioner_name", "来访人姓名", "Petitioner name",
      "本批代表人 petitioner.name；默认脱敏，保密件为“（保密）”", K.TEXT, 11),
    C("document_number", "证件号码", "ID number",
      "代表人 petitioner.document_number；默认脱敏，保密件留空", K.TEXT, 21),
    C("phone", "联系电话", "Phone", "代表人 petitioner.phone；默认脱敏，保密件留空", K.TEXT, 14),
    C("address", "住址", "Address",
      "代表人 petitioner.address；默认只留到乡镇，保密件留空", K.TEXT, 28),
    C("companions", "同行人员", "Companions",
      "同批其他来访人姓名，以“、”分隔；默认脱敏，保密件留空", K.TEXT, 16),
    C("named_persons", "登记人数", "Persons named", "本批登记了身份的人数（visit_member）",
      K.INT, 8),
    C("head_count", "来访人数", "Head-count", "visit.head_count（人数）", K.INT, 8),
    C("batches", "批次", "Batches",
      "本批第一件为 1，同批其他事项为 0：按列求和即接访批次", K.INT, 6),
    C("persons", "人次", "Persons counted",
      "本批第一件为来访人数，同批其他事项为 0：按列求和即接访人次", K.INT, 6),
    C("collective", "集体访", "Collective visit", "来访人数 ≥ 5 为“是”（visit.is_collective）",
      K.FLAG, 7),
    C("repeat", "重复访", "Repeat visit", "visit.is_repeat", K.FLAG, 7),
    C("class_code", "内容分类代码", "Content class code",
      "topic.national_class_code；未填时按反映类别代码查内容分类表", K.TEXT, 8),
    C("class_name", "内容分类", "Content class", "内容分类代码对应的名称（内容分类表）",
      K.TEXT, 16),
    C("topic", "反映类别", "Topic", "topic.name（本地类别）", K.TEXT, 14),
    C("category", "信访事项性质", "Statutory category",
      "petition_case.statutory_category（建议意见/检举控告/申诉求决）", K.TEXT, 10),
    C("confidential", "保密", "Confidential",
      "petition_case.is_confidential，或为检举控告件，或记有被检举单位", K.FLAG, 6),
    C("summary", "问题摘要", "Summary",
      "petition_case.summary；保密件隐去来访人姓名、证件号、电话、住址", K.TEXT, 40),
    C("demand", "诉求", "Demand", "petition_case.demand；保密件同上", K.TEXT, 30),
    C("room", "接待室", "Reception room", "room.number + room.name", K.TEXT, 16),
    C("leader", "接待领导", "Receiving leader",
      "petition_case.leader_id，未记录时为该接待室值班领导", K.TEXT, 14),
    C("outcome", "处理方式", "Outcome", "petition_case.outcome（见取值表），未决定为“待处理”",
      K.TEXT, 11),
    C("outcome_note", "处理意见", "Outcome note", "petition_case.outcome_note；保密件同上",
      K.TEXT, 30),
    C("decided_at", "处理时间", "Decided at", "petition_case.decided_at", K.DATETIME, 16),
    C("handed_over_at", "交办时间", "Handed over at", "assignment.handed_over_at",
      K.DATETIME, 16),
    C("urgency", "紧急程度", "Urgency", "assignment.urgency：红色/黄色/绿色（三色督办）",
      K.TEXT, 8),
    C("instruction", "领导批示", "Leader's instruction", "assignment.instruction；保密件同上",
      K.TEXT, 30),
    C("lead_unit", "责任单位", "Lead unit", "assignment.lead_unit_id → unit.name（牵头）",
      K.TEXT, 22),
    C("co_units", "协办单位", "Co-units", "assignment_co_unit → unit.name，以“、”分隔", K.TEXT, 22),
    C("feedback_due", "反馈期限", "Feedback due", "assignment.feedback_due（三色期限）",
      K.DATE, 11),
    C("acceptance_due", "受理告知期限", "Acceptance notice due",
      "assignment.acceptance_due（条例：15 日内告知是否受理）", K.DATE, 11),
    C("handling_due", "办理期限", "Handling due",
      "assignment.handling_due（条例：60 日，含已批准的延期）", K.DATE, 11),
    C("first_feedback_at", "首次反馈时间", "First feedback at", "assignment.first_feedback_at",
      K.DATETIME, 16),
    C("feedback_clock", "反馈时限状态", "Feedback clock",
      "首次反馈（或办结）对反馈期限；未反馈时按导出当日计算（见取值表）", K.TEXT, 9),
    C("acceptance_clock", "受理告知时限状态", "Acceptance notice clock",
      "首次反馈（或办结）对受理告知期限；同上", K.TEXT, 9),
    C("handling_clock", "办理时限状态", "Handling clock",
      "办结时间对办理期限；未办结时按导出当日计算", K.TEXT, 9),
    C("status", "办理状态", "Handling status", "assignment.status：在办/已反馈/已办结", K.TEXT, 9),
    C("closed_at", "办结时间", "Closed at", "assignment.closed_at", K.DATETIME, 16),
    C("result", "办理结果", "Result", "assignment.result（办结答复）；保密件同上", K.TEXT, 30),
    C("extensions", "延期次数", "Extensions", "extension 记录数（督办）", K.INT, 8),
    C("extension_days", "延期天数", "Extension days", "extension.days 之和（≤ 30）", K.INT, 8),
    C("reopened", "重新交办次数", "Reopened", "assignment.reopened_count", K.INT, 8),
    C("reminders", "催办次数", "Reminders",
      "发给牵头单位、当日列有本件（临期或超期未办）的催办函 print_job（补打不计）", K.INT, 8),
    C("reminded_at", "最近催办时间", "Last reminder at", "最近一次上述催办函的 created_at",
      K.DATETIME, 16),
    C("follow_up_attempts", "回访次数", "Follow-up attempts", "follow_up 记录数（含未接通）",
      K.INT, 8),
    C("follow_up_reached", "回访接通", "Follow-up reached",
      "任一次回访接通为“是”；未回访留空", K.FLAG, 8),
    C("follow_up_at", "最近回访时间", "Last follow-up at", "最近一次 follow_up.attempted_at",
      K.DATETIME, 16),
    C("satisfaction_organiser", "对接访工作满意度", "Satisfaction (organiser)",
      "最近一次接通回访的 satisfaction_organiser：满意/基本满意/不满意", K.TEXT, 10),
    C("satisfaction_unit", "对责任单位满意度", "Satisfaction (unit)",
      "最近一次接通回访的 satisfaction_unit：满意/基本满意/不满意", K.TEXT, 10),
)
# fmt: on
COLUMN_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS)

#: 内容分类: the first-level content classes and our two-digit codes for them (the same
#: codes as the default topic catalogue). An organiser who uses a local code list enters
#: it on the topic (``national_class_code``); the export then writes that code.
CONTENT_CLASSES: dict[str, str] = {
    "01": "土地征收与拆迁",
    "02": "城乡建设与住房",
    "03": "劳动和社会保障",
    "04": "安全生产与环境保护",
    "05": "农林水利",
    "06": "交通基础设施",
    "07": "涉法涉诉",
    "08": "基层组织与党风廉政",
    "09": "民政与社会救助",
    "10": "卫生健康",
    "11": "教育文体",
    "12": "企业改制与经济管理",
    "13": "退役军人事务",
    "14": "治安与户籍",
    "99": "其他",
}
#: Topic code → content class code, used when a topic carries no class code of its own.
TOPIC_CLASS: dict[str, str] = {
    "land": "01",
    "demolition": "01",
    "urban": "02",
    "housing": "02",
    "labour": "03",
    "social_security": "03",
    "safety_env": "04",
    "environment": "04",
    "agri": "05",
    "water": "05",
    "transport": "06",
    "law": "07",
    "discipline": "08",
    "civil": "09",
    "health": "10",
    "education": "11",
    "enterprise": "12",
    "veterans": "13",
    "public_security": "14",
    "other": "99",
}
OTHER_CLASS = "99"
#: A deadline met, but after its day (the clock word beside ClockStatus values).
LATE = "late"

FORM_IN_PERSON = "走访"
CONFIDENTIAL_NAME = "（保密）"
UNDECIDED = "待处理"
YES, NO = "是", "否"

OUTCOME_WORDS = {
    Outcome.RESOLVED_ON_SPOT.value: "当场解决",
    Outcome.HANDED_OVER.value: "交办",
    Outcome.LEGAL_CHANNEL.value: "导入法定途径",
    Outcome.EXPLAINED.value: "解释说明",
}
URGENCY_WORDS = {
    Urgency.RED.value: "红色",
    Urgency.YELLOW.value: "黄色",
    Urgency.GREEN.value: "绿色",
}
STATUS_WORDS = {
    AssignmentStatus.OPEN.value: "在办",
    AssignmentStatus.FEEDBACK_GIVEN.value: "已反馈",
    AssignmentStatus.CLOSED.value: "已办结",
}
CLOCK_WORDS = {
    ClockStatus.ON_TIME.value: "正常",
    ClockStatus.DUE_SOON.value: "临期",
    ClockStatus.OVERDUE.value: "超期",
    ClockStatus.MET.value: "按期",
    LATE: "逾期完成",
}
SATISFACTION_WORDS = {
    Satisfaction.SATISFIED.value: "满意",
    Satisfaction.BASICALLY_SATISFIED.value: "基本满意",
    Satisfaction.DISSATISFIED.value: "不满意",
}
CATEGORY_WORDS = {
    StatutoryCategory.SUGGESTION.value: "建议意见",
    StatutoryCategory.ACCUSATION.value: "检举控告",
    StatutoryCategory.DEMAND.value: "申诉求决",
}
CHANNEL_WORDS = {
    RegistrationChannel.PHONE.value: "电话预约",
    RegistrationChannel.TOWNSHIP.value: "乡镇预登记",
    RegistrationChannel.IMPORT.value: "名单导入",
    RegistrationChannel.WALK_IN.value: "现场登记",
}


FORMAT_WORDS = {
    Kind.TEXT: "文本 text",
    Kind.INT: "整数 integer",
    Kind.DATE: "日期 date (yyyy-mm-dd)",
    Kind.DATETIME: "日期时间 date-time (yyyy-mm-dd hh:mm)",
    Kind.FLAG: "是 / 否",
}


def content_class(topic_code: str, national_class_code: str) -> tuple[str, str]:
    """The topic's 内容分类 (code, name): its own code if set, else by the topic code,
    else 99 其他. A local code outside :data:`CONTENT_CLASSES` keeps an empty name."""
    code = national_class_code.strip() or TOPIC_CLASS.get(topic_code, OTHER_CLASS)
    return code, CONTENT_CLASSES.get(code, "")


def _value_tables() -> list[tuple[str, dict[str, str]]]:
    return [
        ("登记方式 channel", CHANNEL_WORDS),
        ("信访事项性质 statutory_category", CATEGORY_WORDS),
        ("处理方式 outcome", OUTCOME_WORDS),
        ("紧急程度 urgency", URGENCY_WORDS),
        ("办理状态 status", STATUS_WORDS),
        ("时限状态 clock", CLOCK_WORDS),
        ("满意度 satisfaction", SATISFACTION_WORDS),
    ]


def mapping_markdown() -> str:
    """The column table, content class table and value tables as Markdown (the body of
    docs/EXPORT-MAPPING.md below its introduction)."""
    lines = [
        "## 列 Columns",
        "",
        "| # | 中文字段 | English | 数据来源 Source | 格式 Format |",
        "|---|---|---|---|---|",
    ]
    for n, c in enumerate(COLUMNS, start=1):
        lines.append(f"| {n} | {c.zh} | {c.en} | {c.source} | {FORMAT_WORDS[c.kind]} |")
    lines += [
        "",
        "## 内容分类表 Content classes",
        "",
        "| 代码 | 内容分类 | 反映类别代码 topic codes |",
    ]
    lines.append("|---|---|---|")
    for code, name in CONTENT_CLASSES.items():
        topics = ", ".join(f"`{t}`" for t, c in TOPIC_CLASS.items() if c == code)
        lines.append(f"| {code} | {name} | {topics} |")
    lines += ["", "## 取值表 Values", ""]
    for title, words in _value_tables():
        lines += [f"**{title}**: " + "; ".join(f"`{k}` → {v}" for k, v in words.items()), ""]
    return "\n".join(lines)
