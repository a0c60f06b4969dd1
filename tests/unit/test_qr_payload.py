from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.domain.errors import ValidationFailed
from core.domain.qr_payload import QrPayload, build_qr, parse_qr

GUIDE_EXAMPLE = "01,32,,24312000000136634917,0.01,20240514,,1DD6"


def test_parse_guide_example() -> None:
    payload = parse_qr(GUIDE_EXAMPLE)
    assert payload == QrPayload(
        version="01",
        kind="32",
        code="",
        number="24312000000136634917",
        amount=Decimal("0.01"),
        issue_date=date(2024, 5, 14),
        check_code="",
        tail="1DD6",
    )
    assert payload.is_digital and not payload.is_special
    assert payload.to_string() == GUIDE_EXAMPLE


def test_special_invoice() -> None:
    payload = parse_qr("01,31,,26422000000000012345,113000.00,20260301,,AB12")
    assert payload.kind == "31" and payload.is_special and payload.is_digital
    assert payload.amount == Decimal("113000.00")


def test_whitespace_and_trailing_comma_are_tolerated() -> None:
    assert parse_qr("  " + GUIDE_EXAMPLE + ",\n") == parse_qr(GUIDE_EXAMPLE)


def test_legacy_invoice() -> None:
    payload = parse_qr("01,10,044031900111,12345678,99.50,20200102,12345678901234567890,A1B2")
    assert payload.kind == "10" and not payload.is_digital and not payload.is_special
    assert payload.code == "044031900111"
    assert payload.number == "12345678"
    assert payload.amount == Decimal("99.50")
    assert payload.check_code == "12345678901234567890"


def test_amount_without_decimals_and_negative() -> None:
    assert parse_qr("01,32,,24312000000136634917,100,20240514,,1DD6").amount == Decimal("100.00")
    assert parse_qr("01,32,,24312000000136634917,-56.6,20240514,,").amount == Decimal("-56.60")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "fields"),
        ("hello", "fields"),
        ("01,32,,24312000000136634917,0.01,20240514,,1DD6,x", "fields"),
        ("01,32,24312000000136634917,0.01,20240514,,1DD6", "fields"),
        ("1,32,,24312000000136634917,0.01,20240514,,1DD6", "version"),
        ("01,99,,24312000000136634917,0.01,20240514,,1DD6", "kind"),
        ("01,32,044031900111,24312000000136634917,0.01,20240514,,1DD6", "code"),
        ("01,10,0440319001,1234567,0.01,20240514,,", "number"),
        ("01,10,04403190,12345678,0.01,20240514,,", "code"),
        ("01,32,,2431200000013663491,0.01,20240514,,1DD6", "number"),
        ("01,32,,2431200000013663491X,0.01,20240514,,1DD6", "number"),
        ("01,32,,24312000000136634917,0.001,20240514,,1DD6", "amount"),
        ("01,32,,24312000000136634917,abc,20240514,,1DD6", "amount"),
        ("01,32,,24312000000136634917,1e3,20240514,,1DD6", "amount"),
        ("01,32,,24312000000136634917,0.01,20240231,,1DD6", "date"),
        ("01,32,,24312000000136634917,0.01,2024-05-14,,1DD6", "date"),
        ("01,32,,24312000000136634917,0.01,20240514,ABC,1DD6", "check_code"),
        ("01,32,,24312000000136634917,0.01,20240514,,1DD-6", "tail"),
    ],
)
def test_rejects(text: str, reason: str) -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_qr(text)
    problem = exc.value.fields["qr"]
    assert problem.code == "qr_format"
    assert dict(problem.params) == {"reason": reason}


def test_parse_refuses_non_str() -> None:
    with pytest.raises(TypeError):
        parse_qr(b"01,32")  # type: ignore[arg-type]


def test_build() -> None:
    text = build_qr("32", "24312000000136634917", Decimal("0.01"), date(2024, 5, 14), tail="1DD6")
    assert text == GUIDE_EXAMPLE
    assert build_qr("32", "26421000000000000001", Decimal("1000"), date(2026, 1, 2)).split(",")[4] == "1000.00"


def test_build_rejects() -> None:
    with pytest.raises(TypeError):
        build_qr("32", "24312000000136634917", 0.01, date(2024, 5, 14))  # type: ignore[arg-type]
    with pytest.raises(ValidationFailed):
        build_qr("32", "24312000000136634917", Decimal("0.015"), date(2024, 5, 14))
    with pytest.raises(ValidationFailed):
        build_qr("33", "24312000000136634917", Decimal("1"), date(2024, 5, 14))
    with pytest.raises(ValidationFailed):
        build_qr("32", "1234", Decimal("1"), date(2024, 5, 14))


digital_numbers = st.text(alphabet="0123456789", min_size=20, max_size=20)
amounts = st.integers(min_value=-(10**12), max_value=10**12).map(lambda c: Decimal(c) / 100)


@settings(deadline=None)
@given(
    kind=st.sampled_from(["31", "32"]),
    number=digital_numbers,
    amount=amounts,
    issued=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    tail=st.text(alphabet="0123456789ABCDEFabcdef", max_size=8),
)
def test_round_trip(kind: str, number: str, amount: Decimal, issued: date, tail: str) -> None:
    text = build_qr(kind, number, amount, issued, tail=tail)
    payload = parse_qr(text)
    assert (payload.kind, payload.number, payload.amount, payload.issue_date, payload.tail) == (
        kind,
        number,
        amount,
        issued,
        tail,
    )
    assert payload.to_string() == text


def test_rail_and_air_e_tickets_are_read():
    rail = parse_qr("01,51,,26512000000000000201,545.00,20261104,,A1B2")
    air = parse_qr("01,61,,26612000000000000202,1140.00,20261104,,")
    assert (rail.kind, rail.number, rail.amount, rail.is_special) == ("51", "26512000000000000201",
                                                                      Decimal("545.00"), False)
    assert air.kind == "61" and air.issue_date.isoformat() == "2026-11-04"
    with pytest.raises(ValidationFailed):
        parse_qr("01,51,4200212130,26512000000000000201,545.00,20261104,,")  # a ticket has no 代码
