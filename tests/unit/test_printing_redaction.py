"""The accused unit's copy of a confidential accusation identifies nobody."""

from __future__ import annotations

import io
import re
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from app.printing import REDACTED, SlipCopy, build_assignment_slip, build_unit_bundle
from app.printing.data import PetitionerLine
from app.printing.redaction import identifying_strings, redact_for_accused_unit, scrub
from app.printing.samples import sample_confidential_slip, sample_slip


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


#: Everything in the confidential sample that identifies the petitioner.
IDENTIFYING = (
    "吴建平",
    "建平",
    "3307**********5678",
    "137****4321",
    "青山镇石桥村8组",
    "石桥村8组",
    "13712344321",
    "330726198001015678",
)


def test_accused_units_copy_identifies_nobody() -> None:
    slip = sample_confidential_slip()
    text = squash(pdf_text(build_assignment_slip(slip).pdf))
    leaked = [term for term in IDENTIFYING if squash(term) in text]
    assert not leaked
    assert slip.query_code not in text
    assert squash(slip.event.settings.confidential_notice) in text
    assert REDACTED in text
    # What the unit needs to act is still there.
    assert "危房改造补助" in text
    assert slip.case_number in text


def test_archive_copy_of_the_same_case_is_complete() -> None:
    slip = replace(sample_confidential_slip(), confidential_for_unit=False, copy=SlipCopy.ARCHIVE)
    text = squash(pdf_text(build_assignment_slip(slip).pdf))
    assert "吴建平" in text
    assert "3307**********5678" in text
    assert slip.query_code in text


def test_unit_bundle_and_its_cover_list_are_redacted_too() -> None:
    slip = sample_confidential_slip()
    text = squash(pdf_text(build_unit_bundle(slip.recipient, [slip]).pdf))
    assert not [term for term in IDENTIFYING if squash(term) in text]


def test_redaction_is_idempotent_and_clears_every_identifying_field() -> None:
    once = redact_for_accused_unit(sample_confidential_slip())
    assert once.petitioners == ()
    assert once.query_code == ""
    assert once.identifying_terms == ()
    assert once.qr_payload == ""
    assert redact_for_accused_unit(once) == once


def test_identifying_strings_include_given_names_longest_first() -> None:
    slip = replace(
        sample_slip(),
        petitioners=(PetitionerLine(name="欧阳秀英", phone="138****5678"),),
        identifying_terms=("桃园村",),
    )
    terms = identifying_strings(slip)
    assert terms[0] == "138****5678"
    assert {"欧阳秀英", "秀英", "桃园村", "138****5678"} <= set(terms)
    assert terms == sorted(terms, key=lambda t: (-len(t), t))


def test_scrub_catches_numbers_in_any_spelling() -> None:
    text = (
        "身份证330726198001015678，旧证330726800101567，打码3307**********5678，"
        "手机137 1234 4321、138-0000-1111、打码137****4321，座机0579-84123456。"
        "补偿款120000元，2022年3月。"
    )
    out = scrub(text, [])
    for number in re.findall(r"[0-9*][0-9* -]{6,}[0-9]", text):
        if number.startswith(("120000", "2022")):
            continue
        assert number not in out
    assert "补偿款120000元，2022年3月" in out
    assert out.count(REDACTED) == 7


def test_scrub_matches_names_with_spaces_inside() -> None:
    assert scrub("据吴 建 平本人说", ["吴建平"]) == f"据{REDACTED}本人说"


NAME_CHARS = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐秀英建国志强丽华玥喆堃𠮷"
FILLER = "，。：来访人反映称其承包地被征收后补偿款未发放到位村委会镇政府县里"


@given(
    name=st.text(alphabet=NAME_CHARS, min_size=2, max_size=4),
    before=st.text(alphabet=FILLER, max_size=40),
    after=st.text(alphabet=FILLER, max_size=40),
)
def test_a_petitioners_name_never_survives_in_free_text(name: str, before: str, after: str) -> None:
    slip = replace(
        sample_slip(),
        petitioners=(PetitionerLine(name=name),),
        summary=f"{before}{name}{after}",
        demand=f"{name}要求{after}",
        instruction=f"请核实{name}反映的问题",
        confidential_for_unit=True,
    )
    copy = redact_for_accused_unit(slip)
    for field in (copy.summary, copy.demand, copy.instruction):
        assert name not in field
