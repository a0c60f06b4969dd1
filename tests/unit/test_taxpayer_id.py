"""Buyer identification: USCC (letter prefixes too), legacy IDs, 身份证号, the 2017年第16号 rule."""

from __future__ import annotations

import pytest
from stdnum.cn import uscc

from core.domain.errors import ValidationFailed
from core.domain.taxpayer_id import normalize_buyer_id, normalize_person_id, normalize_tax_id


def code_of(exc: pytest.ExceptionInfo[ValidationFailed]) -> tuple[str, str]:
    (field, problem), = exc.value.fields.items()
    return field, problem.code


@pytest.mark.parametrize(
    "value",
    [
        "91110000600037341L",  # python-stdnum's test data (GUIDE §6)
        "9144030071526726XG",
        "N24201006G12345678",  # 农业 (农民专业合作社): begins with a letter
        "Y14201007MA4K5X3PF",  # 其他
        "A1420100000000000T",
    ],
)
def test_valid_usccs_including_letter_prefixes(value: str) -> None:
    assert normalize_tax_id(value) == value
    assert normalize_tax_id(value.lower()[:6] + " " + value.lower()[6:]) == value


def test_letter_prefixed_usccs_follow_the_gb32100_checksum() -> None:
    for value in ("N24201006G12345678", "Y14201007MA4K5X3PF"):
        assert uscc.calc_check_digit(value[:17]) == value[-1]
        wrong = value[:-1] + ("0" if value[-1] != "0" else "1")
        with pytest.raises(ValidationFailed) as exc:
            normalize_tax_id(wrong)
        assert code_of(exc) == ("tax_id", "tax_id_checksum")


@pytest.mark.parametrize(
    "value",
    [
        "91110000600037341I",  # I is not in the code's alphabet
        "0111000060003734XX",  # 登记管理部门代码 0 does not exist
        "91A1000060003734XX",  # 行政区划码 must be digits
        "12345",
        "",
    ],
)
def test_malformed_tax_ids(value: str) -> None:
    with pytest.raises(ValidationFailed) as exc:
        normalize_tax_id(value)
    assert code_of(exc) == ("tax_id", "tax_id_format")


@pytest.mark.parametrize("value", ["420106123456789", "42010612345678901", "42010612345678901234"])
def test_legacy_ids_by_format(value: str) -> None:
    assert normalize_tax_id(value) == value


def test_person_ids() -> None:
    assert normalize_person_id("360426199101010071") == "360426199101010071"
    assert normalize_person_id("42010619900307018x") == "42010619900307018X"
    with pytest.raises(ValidationFailed) as exc:
        normalize_person_id("360426199101010072")
    assert code_of(exc)[1] == "person_id_checksum"
    for bad in ("36042619910101007", "360426199113010079", "ABCDEFGHIJKLMNOPQR"):
        with pytest.raises(ValidationFailed) as exc:
            normalize_person_id(bad)
        assert code_of(exc)[1] == "person_id_format"


def test_natural_person_buyer_may_give_an_id_card_number_or_nothing() -> None:
    assert normalize_buyer_id("360426199101010071", is_person=True, kind="normal") == "360426199101010071"
    assert normalize_buyer_id("", is_person=True, kind="normal") == ""
    with pytest.raises(ValidationFailed) as exc:
        normalize_buyer_id("", is_person=True, kind="special")
    assert code_of(exc) == ("buyer.is_person", "special_needs_organisation")


@pytest.mark.parametrize(("kind", "code"), [("normal", "buyer_tax_id_required"), ("special", "special_needs_tax_id")])
def test_organisation_buyer_needs_a_tax_id_on_every_kind(kind: str, code: str) -> None:
    with pytest.raises(ValidationFailed) as exc:
        normalize_buyer_id("  ", is_person=False, kind=kind)
    assert code_of(exc) == ("buyer.tax_id", code)
    assert normalize_buyer_id("N24201006G12345678", is_person=False, kind=kind) == "N24201006G12345678"


def test_the_messages_name_the_field_and_the_rule() -> None:
    from templates import TEMPLATE_DIR, load_messages

    messages = load_messages(TEMPLATE_DIR, "zh")
    assert "2017年第16号" in messages["field.buyer_tax_id_required"]
    assert "身份证" in messages["field.person_id_format"]
    assert "身份证" in messages["field.person_id_checksum"]


def test_example_tax_ids_in_the_texts_pass_their_own_check() -> None:
    import re

    from templates import TEMPLATE_DIR, load_messages

    texts = list(load_messages(TEMPLATE_DIR, "zh").values())
    texts += [path.read_text(encoding="utf-8") for path in TEMPLATE_DIR.rglob("*.yaml")]
    examples = {m for text in texts for m in re.findall(r"(?<![0-9A-Z])[0-9][0-9A-Z]{17}(?![0-9A-Z])", text)}
    assert "91420100MA4K12345K" in examples
    for example in examples:
        assert normalize_tax_id(example) == example, example
