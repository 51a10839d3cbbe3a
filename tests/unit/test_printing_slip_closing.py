"""The signature block (签收) of an assignment slip never stands alone on a page: when a
slip only just overflows, the end of the text before it moves along."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from app.printing import build_assignment_slip
from app.printing.data import AssignmentSlipData
from app.printing.samples import sample_slip

FILLER = "补偿款发放情况需要核实，涉及青山镇桃园村。"
LONG_REQUIREMENTS = "请责任单位认真核实来访人反映的问题，逐项说明办理依据和结果。" * 8


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def with_requirements(slip: AssignmentSlipData, text: str) -> AssignmentSlipData:
    settings = replace(slip.event.settings, slip_requirements=text)
    return replace(slip, event=replace(slip.event, settings=settings))


def overflowing(slip: AssignmentSlipData) -> list[list[str]]:
    """Page texts of the slip with ever longer summaries, for each that takes 2 pages."""
    found = []
    for n in range(40):
        result = build_assignment_slip(replace(slip, summary=slip.summary + FILLER * n))
        if result.page_count == 2:
            found.append([p.extract_text() for p in PdfReader(io.BytesIO(result.pdf)).pages])
        elif found:
            break
    assert found, "no summary length made the slip overflow"
    return found


@pytest.mark.parametrize(
    ("requirements", "ends_with"),
    [
        (None, "及时答复来访群众。"),  # the default: a short last section, kept whole
        (LONG_REQUIREMENTS, "逐项说明办理依据和结果。"),  # long: its last lines move
        ("", "并向来访人当面反馈。"),  # no requirements: the instruction comes last
    ],
)
def test_signature_block_keeps_the_end_of_the_text(
    requirements: str | None, ends_with: str
) -> None:
    slip = sample_slip()
    if requirements is not None:
        slip = with_requirements(slip, requirements)
    for pages in overflowing(slip):
        signature_page = next(p for p in pages if "签收人" in p)
        before_signature = squash(signature_page).split("签收签收人")[0]
        assert before_signature.endswith(squash(ends_with)), before_signature[-60:]
        whole = squash("".join(pages))
        settings = slip.event.settings
        decor = [
            settings.slip_footer,
            slip.copy_label,
            f"{settings.slip_title}\u3000{slip.case_number}（续）",
            "第 1 页 / 共 2 页",
            "第 2 页 / 共 2 页",
        ]
        for d in decor:
            whole = whole.replace(squash(d), "")
        assert squash(settings.slip_requirements) in whole


def test_a_long_last_section_is_split_not_moved_whole() -> None:
    slip = with_requirements(sample_slip(), LONG_REQUIREMENTS)
    for pages in overflowing(slip):
        if "办理要求" in pages[0]:
            # the section began on page 1: only its last lines went over
            assert "办理要求" not in pages[1]
            break
    else:
        pytest.fail("the long requirements section never started on page 1")
