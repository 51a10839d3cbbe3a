"""Words for roles, permissions and refused logins (shared by the login dialog, the lock
screen, the status bar and the error messages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.roles import Role
from app.services.permissions import Permission
from app.services.user_data import LoginFailed


def _t(text: str) -> str:
    return QCoreApplication.translate("users", text)


def role_label(role: str) -> str:
    """A role as the hall knows it."""
    labels = {
        Role.ADMIN.value: _t("管理员"),
        Role.REGISTRAR.value: _t("登记员"),
        Role.LEADER.value: _t("接访领导"),
        Role.CLERK.value: _t("文书"),
        Role.SUPERVISOR.value: _t("督办员"),
        Role.DISPLAY.value: _t("叫号屏"),
    }
    return labels.get(role, role)


def permission_label(permission: str) -> str:
    """What a permission allows, in words (``a|b`` lists alternatives)."""
    labels = {
        Permission.VIEW_EVENT.value: _t("查看接访活动"),
        Permission.VIEW_HALL.value: _t("查看叫号信息"),
        Permission.EDIT_SETUP.value: _t("修改活动设置"),
        Permission.REGISTER.value: _t("登记来访"),
        Permission.SEARCH_PEOPLE.value: _t("查询来访人"),
        Permission.VIEW_QUEUE.value: _t("查看接待室队列"),
        Permission.MOVE_QUEUE.value: _t("叫号和调整队列"),
        Permission.VIEW_CASE.value: _t("查看信访件"),
        Permission.DECIDE_CASE.value: _t("录入处理意见"),
        Permission.PRINT_TICKETS.value: _t("打印排队号和通知单"),
        Permission.PRINT_DOCUMENTS.value: _t("打印交办单和回执"),
        Permission.VIEW_SUPERVISION.value: _t("查看督办台账"),
        Permission.SUPERVISE.value: _t("督办、反馈和回访"),
        Permission.VIEW_STATISTICS.value: _t("查看统计"),
        Permission.IMPORT.value: _t("导入名单"),
        Permission.EXPORT.value: _t("导出（脱敏）"),
        Permission.EXPORT_IDENTITIES.value: _t("导出完整身份信息"),
        Permission.REVEAL_IDENTITY.value: _t("查看完整证件号码和电话"),
        Permission.MANAGE_USERS.value: _t("管理用户"),
        Permission.VIEW_AUDIT.value: _t("查看审计日志"),
        Permission.BACKUP.value: _t("备份和恢复"),
    }
    return _t("或").join(labels.get(p, p) for p in permission.split("|"))


def login_failure_text(error: LoginFailed) -> str:
    """Why a login was refused, without telling whether the user name exists."""
    if error.reason == "locked":
        if error.until is None:
            return _t("连续输错密码次数过多，账号已暂时锁定。")
        return _t("连续输错密码次数过多，账号已锁定到 {time}。").format(
            time=error.until.strftime("%H:%M")
        )
    if error.reason == "disabled":
        return _t("该账号已停用，请联系管理员。")
    if error.attempts_left is not None and error.attempts_left <= 2:
        return _t("用户名或密码不对。再输错 {n} 次账号将被锁定。").format(n=error.attempts_left)
    return _t("用户名或密码不对。")
