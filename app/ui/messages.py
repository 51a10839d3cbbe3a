"""Words for typed errors: services raise data, this module says it to the user."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import DBAPIError

from app.domain.allocation import NoOpenRoom
from app.domain.errors import InvalidInput, ReceptionDayError
from app.security.field_crypto import FieldTampered, KeyLost, KeyVersionMissing
from app.security.keys import KeyMismatch, KeyMissing
from app.services.errors import ChangedElsewhere, InvalidState, NotFound, PermissionDenied
from app.services.user_data import LoginFailed
from app.ui.user_words import login_failure_text, permission_label, role_label


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def field_label(field: str) -> str:
    """A field code (``petitioners[1].id_number``) as the user knows it."""
    labels = {
        "name": _t("姓名"),
        "id_number": _t("证件号码"),
        "phone": _t("联系电话"),
        "address": _t("住址"),
        "head_count": _t("人数"),
        "topic_id": _t("反映类别"),
        "summary": _t("问题摘要"),
        "demand": _t("诉求"),
        "note": _t("备注"),
        "petitioners": _t("来访人"),
        "override_reason": _t("改派理由"),
        "room_id": _t("接待室"),
        "reason": _t("理由"),
        "instruction": _t("领导批示"),
        "lead_unit_id": _t("牵头单位"),
        "co_unit_ids": _t("协办单位"),
        "channel": _t("法定途径"),
        "days": _t("延期天数"),
        "approver": _t("批准人"),
        "content": _t("反馈内容"),
        "result": _t("办理结果"),
        "satisfaction": _t("满意度"),
        "number": _t("编号"),
        "code": _t("代码"),
        "urgency_days": _t("三色反馈期限"),
        "urgency_days.green": _t("绿色期限"),
        "urgency_days.yellow": _t("黄色期限"),
        "urgency_days.red": _t("红色期限"),
        "due_soon_days": _t("到期前提醒天数"),
        "holidays": _t("节假日"),
        "make_up_days": _t("调休上班日"),
        "default_service_minutes": _t("平均接待时长"),
        "national_class_code": _t("国家分类代码"),
        "short_name": _t("简称"),
        "case_number_prefix": _t("信访件编号前缀"),
        "unit_id": _t("责任单位"),
        "username": _t("用户名"),
        "display_name": _t("姓名"),
        "password": _t("密码"),
        "role": _t("角色"),
    }
    match = re.fullmatch(r"petitioners\[(\d+)\]\.(\w+)", field)
    if match:
        person = _t("第 {n} 位来访人").format(n=int(match.group(1)) + 1)
        return f"{person}{labels.get(match.group(2), match.group(2))}"
    return labels.get(field, field)


def reason_text(reason: str, details: dict[str, object]) -> str:
    """A rejection reason code in words."""
    texts = {
        "required": _t("不能为空"),
        "too_long": _t("太长（最多 {max} 字）"),
        "length": _t("位数不对"),
        "characters": _t("含有不允许的字符"),
        "checksum": _t("校验位不对，请核对号码"),
        "birth_date": _t("出生日期不存在"),
        "future_birth_date": _t("出生日期在今天之后"),
        "region": _t("地区代码不存在"),
        "format": _t("格式不对"),
        "area_code": _t("缺少或错误的区号"),
        "out_of_range": _t("超出范围（{min}–{max}）"),
        "fewer_than_named": _t("少于登记的来访人数（{named} 人）"),
        "duplicate": _t("已存在"),
        "unreadable": _t("其加密密钥已丢失，无法解密（再次登记时重新录入）"),
        "duplicate_person": _t("同一人登记了两次"),
        "unknown": _t("不存在"),
        "closed": _t("已关闭"),
        "same_room": _t("就是当前接待室"),
        "not_positive": _t("必须大于 0"),
        "exceeds_statutory_limit": _t("超过法定期限，最多还可延期 {max} 天"),
        "contains_lead_unit": _t("不能与牵头单位相同"),
        "not_in_visit": _t("不属于本批次"),
        "not_reached": _t("未联系上时不能填写满意度"),
        "not_increasing": _t("应满足 绿色 ≤ 黄色 ≤ 红色"),
        "also_a_holiday": _t("同一天不能既是节假日又是调休上班日"),
        "too_short": _t("太短（至少 {min} 个字符）"),
        "last_admin": _t("这是最后一个可用的管理员账号，不能停用"),
        "no_login": _t("叫号屏不需要账号"),
    }
    text = texts.get(reason, reason)
    try:
        return text.format(**details)
    except (KeyError, IndexError):
        return text


def describe_error(error: BaseException) -> str:
    """One sentence for any error a service can raise."""
    if isinstance(error, InvalidInput):
        return _t("{field}：{reason}").format(
            field=field_label(error.field), reason=reason_text(error.reason, error.details)
        )
    if isinstance(error, PermissionDenied):
        return _t("当前账号（{role}）无权{action}。").format(
            role=role_label(error.role), action=permission_label(error.permission)
        )
    if isinstance(error, LoginFailed):
        return login_failure_text(error)
    if isinstance(error, ChangedElsewhere):
        return _t("该记录已在其他工作站修改，请刷新后重试。")
    if isinstance(error, InvalidState):
        return _t("当前状态（{state}）下不能执行此操作。").format(state=error.state)
    if isinstance(error, NotFound):
        return _t("找不到该记录（可能已被删除）。")
    if isinstance(error, NoOpenRoom):
        return _t("没有开放的接待室。")
    if isinstance(error, KeyMissing | KeyMismatch | KeyVersionMissing):
        return _t(
            "本工作站没有此数据库的身份信息密钥（或不是最新的密钥）。请在第一台工作站执行 "
            "reception-day key export 文件，再在本机执行 reception-day key import 文件。"
        )
    if isinstance(error, KeyLost):
        return _t("这项身份信息的加密密钥已丢失，无法解密；请在登记台重新录入。")
    if isinstance(error, FieldTampered):
        return _t(
            "一项加密的身份信息未通过校验（数据被改动，或本机密钥与数据库不符），未显示任何内容。"
        )
    if isinstance(error, ReceptionDayError):
        return str(error)
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return _t("与数据库的连接中断，已重新连接。请再点一次：同一登记不会重复。")
    return _t("操作失败：{error}").format(error=error)
