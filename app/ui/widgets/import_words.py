"""Words for the import screen: refused files, row problems, file notes, row states."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.imports import FileNote, RowProblem, RowStatus
from app.ui.messages import reason_text


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWords", text)


def _format(text: str, details: Mapping[str, Any]) -> str:
    values = {
        k: "、".join(map(str, v)) if isinstance(v, list | tuple) else v for k, v in details.items()
    }
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text


def file_refusal(reason: str, details: Mapping[str, Any]) -> str:
    """Why a whole file cannot be imported, and what to do."""
    texts = {
        "too_large": _t("文件太大（超过 10 MB），请拆分后再导入。"),
        "empty": _t("文件是空的。"),
        "unsupported_type": _t("只能导入 .xlsx 或 .csv 文件。"),
        "content_mismatch": _t("文件内容与扩展名不符，请用 Excel 打开后另存为 .xlsx 再导入。"),
        "broken_xlsx": _t("文件已损坏或不是有效的 Excel 文件（.xlsx）。"),
        "zip_bomb": _t("文件解压后过大，疑似恶意文件，已拒绝。"),
        "xml_entities": _t("文件含有不允许的内容（XML 实体声明），疑似恶意文件，已拒绝。"),
        "encoding": _t("无法识别 CSV 的编码，请另存为 UTF-8 或 GBK 编码。"),
        "broken_csv": _t("CSV 文件格式错误（含有无法识别的字符或引号不成对）。"),
        "cell_too_large": _t("第 {row} 行有超长的单元格，疑似恶意文件，已拒绝。"),
        "too_many_rows": _t("行数超过 {max} 行，请拆分成几个文件。"),
        "no_header": _t(
            "找不到表头：第一行（或标题下一行）应有“姓名”“身份证号”等列。请使用导入模板。"
        ),
        "missing_columns": _t("缺少必需的列：{columns}。"),
        "no_rows": _t("表头下面没有数据。"),
        "unreadable": _t("无法读取文件：{error}"),
    }
    if reason == "unsupported_type" and details.get("hint") == "xls":
        return _t("这是旧版 Excel 文件（.xls），请在 Excel 中另存为 .xlsx 后再导入。")
    return _format(texts.get(reason, reason), details)


def problem_text(problem: RowProblem) -> str:
    """``身份证号：校验位不对`` — the column as the file names it, then the reason."""
    texts = {
        "stored_as_number": _t("被存成了数字，后几位已丢失，请把该列设为文本后重新填写"),
        "id_or_phone_required": _t("身份证号和联系电话至少填一项"),
        "formula": _t("是公式，请直接填写内容"),
        "not_a_number": _t("不是人数"),
        "unknown_room": _t("没有 {number} 号接待室"),
        "leader_not_on_duty": _t("该领导当天不在接待室"),
        "ambiguous": _t("对应多项：{matches}"),
        "duplicate_in_file": _t("与第 {first_row} 行是同一人"),
        "country_code": _t("不是中国大陆的号码"),
    }
    if problem.field == "topic" and problem.reason == "unknown":
        reason = _t("没有这个反映类别")
    elif problem.field == "request" and problem.reason == "unknown":
        reason = _t("找不到这个接待室或当天在岗的领导")
    elif problem.reason in texts:
        reason = _format(texts[problem.reason], problem.details)
    else:
        reason = reason_text(problem.reason, dict(problem.details))
    return _t("{column}：{reason}").format(column=problem.header or problem.field, reason=reason)


def note_text(note: FileNote) -> str:
    """A remark about the whole file."""
    texts = {
        "ignored_column": _t("已忽略不认识的列“{header}”"),
        "duplicate_column": _t("列“{header}”与“{used}”重复，已忽略"),
        "absent_columns": _t("文件中没有这些列（可不填）：{columns}"),
    }
    return _format(texts.get(note.reason, note.reason), note.details)


def status_text(status: RowStatus) -> str:
    return {
        RowStatus.READY: _t("可导入"),
        RowStatus.PROBLEM: _t("有问题"),
        RowStatus.ALREADY: _t("已预登记"),
    }[status]
