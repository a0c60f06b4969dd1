"""Issue 16, the invoice side: money, rates and quantities read one way in and out of the API.

Each test names the finding of issue 16 it covers; every one failed before the change
(amounts tax-inclusive by default, ``amount`` excluding tax on the way out, rates in six
spellings and out as "6", quantities as "2.00000000", "1,000.00" / "１００" / "1e2" accepted,
/verify saying "normal", untyped payloads). Every response is checked against the OpenAPI
document by ``client_api``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from miniapp_api.app import document

BUYER = {"name": "深圳某某科技有限公司", "tax_id": "9144030071526726XG"}
#: A 专票 for 6% consulting, amounts including tax: 5000.00 = 4716.98 + 283.02.
CONSULTING = {"kind": "special", "buyer": BUYER, "price_includes_tax": True,
              "lines": [{"name": "咨询服务费", "amount": "5000.00", "rate": "0.06"}]}
ONE = "/invoices/{invoice_id}"


def _adds_up(item: dict[str, Any]) -> None:
    assert Decimal(item["amount_excl_tax"]) + Decimal(item["tax"]) == Decimal(item["amount_incl_tax"]), item


def _two_places(*values: str) -> None:
    for value in values:
        assert Decimal(value).as_tuple().exponent == -2 and "," not in value, value


async def test_the_tax_basis_is_a_required_flag(client_api, owner):
    """Found: request lines[].amount was tax-inclusive by default (price_includes_tax defaulted to true)."""
    body = {key: value for key, value in CONSULTING.items() if key != "price_includes_tax"}
    _, refused = await client_api.call("POST", "/invoices", body, expect=422)
    assert "price_includes_tax" in refused["error"]["fields"]
    _, excl = await client_api.call("POST", "/invoices", {**CONSULTING, "price_includes_tax": False}, expect=201)
    assert (excl["amount_excl_tax"], excl["tax"], excl["amount_incl_tax"]) == ("5000.00", "300.00", "5300.00")
    assert excl["price_includes_tax"] is False


async def test_lines_and_totals_name_both_amounts(client_api, owner):
    """Found: the response ``amount`` excluded tax while the request's included it."""
    _, issued = await client_api.call("POST", "/invoices", CONSULTING, expect=201)
    line = issued["lines"][0]
    assert (line["amount_excl_tax"], line["tax"], line["amount_incl_tax"]) == ("4716.98", "283.02", "5000.00")
    assert (issued["amount_excl_tax"], issued["tax"], issued["amount_incl_tax"]) == ("4716.98", "283.02", "5000.00")
    assert issued["amount_incl_tax_in_words"] == "伍仟圆整"
    for gone in ("amount", "total", "total_amount", "total_tax"):
        assert gone not in issued and gone not in line
    _adds_up(issued)
    _adds_up(line)
    _two_places(issued["amount_excl_tax"], issued["tax"], issued["amount_incl_tax"])


async def test_red_letter_lines_name_both_amounts(client_api, owner):
    """Found: the red-letter ``lines[].amount`` excluded tax, unlike the request's."""
    _, blue = await client_api.call("POST", "/invoices", {
        **CONSULTING, "lines": [*CONSULTING["lines"], {"name": "打印纸", "quantity": "10", "unit_price": "22.6",
                                                      "rate": "0.13", "unit": "包"}]}, expect=201)
    _, red = await client_api.call("POST", f"/invoices/{blue['id']}/red-letter", {
        "reason_code": "return", "lines": [{"position": 1, "amount_incl_tax": "1060.00"},
                                           {"position": 2, "quantity": "4"}]},
        template=ONE + "/red-letter", expect=201)
    first, second = red["lines"]
    assert (first["amount_excl_tax"], first["tax"], first["amount_incl_tax"]) == ("-1000.00", "-60.00", "-1060.00")
    assert (second["quantity"], second["amount_incl_tax"]) == ("-4", "-90.40")
    assert red["amount_incl_tax"] == "-1150.40"
    for item in (red, first, second):
        _adds_up(item)


async def test_one_rate_spelling_in_and_out(client_api, owner):
    """Found: a rate went in as "0.06", 0.06, "6", 6, "6%" or "免税" and came out as "6"; tax codes said "6"."""
    _, issued = await client_api.call("POST", "/invoices", CONSULTING, expect=201)
    assert (issued["lines"][0]["rate"], issued["lines"][0]["rate_label"]) == ("0.06", "6%")
    for other in ("6%", "6", "百分之六"):
        _, refused = await client_api.call("POST", "/invoices", {
            **CONSULTING, "lines": [{**CONSULTING["lines"][0], "rate": other}]}, expect=422)
        assert "0.06" in refused["error"]["fields"]["lines.0.rate"], other
    _, number = await client_api.call("POST", "/invoices", {
        **CONSULTING, "lines": [{**CONSULTING["lines"][0], "rate": 0.06}]}, expect=422)
    assert "lines.0.rate" in number["error"]["fields"]
    _, codes = await client_api.call("GET", "/tax-codes", params={"q": "咨询"}, expect=200)
    assert codes["items"] and all(c["default_rate"] in ("0.06", "0.13", "0.09", "exempt", "not_taxable", "0")
                                  for c in codes["items"])
    _, product = await client_api.call("POST", "/products", {"name": "咨询服务", "rate": "0.06",
                                                             "unit_price": "1000", "price_includes_tax": True},
                                       expect=201)
    assert product["rate"] == "0.06" and product["unit_price"] == "1000"
    _, refused = await client_api.call("POST", "/products", {"name": "咨询服务二", "unit_price": "1000"}, expect=422)
    assert "price_includes_tax" in refused["error"]["fields"]  # a price says its basis


async def test_exempt_and_not_taxable_are_named(client_api, owner):
    """免税 and 不征税 are named values, in and out."""
    _, issued = await client_api.call("POST", "/invoices", {
        "kind": "normal", "buyer": BUYER, "price_includes_tax": True,
        "lines": [{"name": "技术转让", "amount": "800", "rate": "exempt"},
                  {"name": "预付卡充值", "amount": "200", "rate": "not_taxable"}]}, expect=201)
    assert [(line["rate"], line["rate_label"], line["tax"]) for line in issued["lines"]] == [
        ("exempt", "免税", "0.00"), ("not_taxable", "不征税", "0.00")]
    assert issued["amount_incl_tax"] == issued["amount_excl_tax"] == "1000.00"


async def test_discount_line_names_both_amounts(client_api, owner):
    _, issued = await client_api.call("POST", "/invoices", {
        "kind": "normal", "buyer": BUYER, "price_includes_tax": True,
        "lines": [{"name": "咨询服务费", "amount": "1060", "rate": "0.06", "discount": "106"}]}, expect=201)
    assert [(line["amount_excl_tax"], line["tax"], line["amount_incl_tax"]) for line in issued["lines"]] == [
        ("1000.00", "60.00", "1060.00"), ("-100.00", "-6.00", "-106.00")]
    assert issued["amount_incl_tax"] == "954.00"


async def test_quantities_and_unit_prices_without_trailing_zeros(client_api, owner):
    """Found: quantities came back as "2.00000000"."""
    _, issued = await client_api.call("POST", "/invoices", {
        "kind": "normal", "buyer": BUYER, "price_includes_tax": False,
        "lines": [{"name": "打印纸", "quantity": "2", "unit_price": "12.5", "rate": "0.13", "unit": "包"}]},
        expect=201)
    line = issued["lines"][0]
    assert (line["quantity"], line["unit_price_excl_tax"]) == ("2", "12.5")
    assert (line["amount_excl_tax"], line["tax"], line["amount_incl_tax"]) == ("25.00", "3.25", "28.25")
    _, again = await client_api.call("GET", f"/invoices/{issued['id']}", template=ONE, expect=200)
    assert again["lines"][0]["quantity"] == "2"


@pytest.mark.parametrize("typed", ["1,000.00", "１００", "1e2", "NaN", "Infinity", "-5", " 100", "100.001", 100])
async def test_money_parsing_is_strict(client_api, owner, typed):
    """Found: money parsing accepted "1,000.00", "１００" and "1e2"."""
    _, refused = await client_api.call("POST", "/invoices", {
        **CONSULTING, "lines": [{**CONSULTING["lines"][0], "amount": typed}]}, expect=422)
    message = refused["error"]["fields"]["lines.0.amount"]
    assert "金额" in message or "文字" in message, message


async def test_strict_money_in_queries_and_quantities(client_api, owner):
    _, refused = await client_api.call("GET", "/invoices", params={"min_total": "1,000"}, expect=422)
    assert "min_total" in refused["error"]["fields"]
    _, refused = await client_api.call("POST", "/invoices", {
        **CONSULTING, "lines": [{"name": "打印纸", "quantity": "１0", "unit_price": "1e1", "rate": "0.13"}]},
        expect=422)
    assert {"lines.0.quantity", "lines.0.unit_price"} <= set(refused["error"]["fields"])


async def test_verify_says_issued_and_names_the_amount(client_api, owner):
    """Found: /verify said "normal" where invoices say "issued"; its parameters are required."""
    _, issued = await client_api.call("POST", "/invoices", CONSULTING, expect=201)
    _, facts = await client_api.call("GET", "/verify", params={
        "number": issued["number"], "date": issued["issue_date"], "amount_incl_tax": "5000.00"}, expect=200)
    assert facts["status"] == "issued" == issued["status"] and facts["amount_incl_tax"] == "5000.00"
    await client_api.call("GET", "/verify", params={
        "number": issued["number"], "date": issued["issue_date"], "amount_incl_tax": "5,000"}, expect=422)


def test_verify_parameters_are_documented_required():
    """Found: the verify parameters were documented optional but are required."""
    parameters = document()["paths"]["/api/v1/verify"]["get"]["parameters"]
    assert {p["name"]: p["required"] for p in parameters} == {"number": True, "date": True, "amount_incl_tax": True}


async def test_corrections_are_booleans_with_reasons(client_api, owner):
    """Found: in corrections ``void: null`` meant allowed and a string the reason it was not."""
    _, issued = await client_api.call("POST", "/invoices", CONSULTING, expect=201)
    _, options = await client_api.call("GET", f"/invoices/{issued['id']}/corrections",
                                       template=ONE + "/corrections", expect=200)
    assert {k: options[k] for k in ("editable", "red_letter", "reissue", "void")} == {
        "editable": False, "red_letter": True, "reissue": False, "void": False}
    assert set(options["reasons"]) == {"editable", "reissue", "void"}
    assert options["reasons"]["void"]["code"] == "no_void" and "红冲" in options["reasons"]["void"]["message"]


async def test_filings_speak_the_same_money_and_rates(client_api, owner, clock):
    """Filing ``figures`` were an untyped object, rates keyed by code ("13"), money as stored."""
    await client_api.call("POST", "/invoices", CONSULTING, expect=201)
    clock.advance(days=5)
    _, refused = await client_api.call("POST", "/filings", {"tax_type": "vat", "period": "2026-11",
                                                            "uninvoiced": {"0.06": "1,000"}, "transfers_out": "1e2"},
                                       expect=422)
    assert {"uninvoiced.0.06", "transfers_out"} <= set(refused["error"]["fields"])
    await client_api.call("POST", "/filings", {"tax_type": "vat", "period": "2026-11", "uninvoiced": {"6": "1000"}},
                          expect=422)
    _, filing = await client_api.call("POST", "/filings", {"tax_type": "vat", "period": "2026-11",
                                                           "uninvoiced": {"0.06": "1000"}}, expect=201)
    figures = filing["figures"]
    assert figures["inputs"]["uninvoiced"] == {"0.06": "1000.00"}
    assert {row["rate"] for row in figures["rows"] if row["side"] == "sales"} >= {"0.06"}
    _two_places(filing["payable"], filing["declared_sales"], filing["surcharges"], filing["total_due"],
                *figures["totals"].values())


async def test_input_invoices_name_both_amounts(client_api, owner):
    _, refused = await client_api.call("POST", "/input-invoices", {
        "number": "26422000000000000501", "issue_date": "2026-11-02", "kind": "special", "amount_excl_tax": "１00",
        "tax": "13", "rate": "0.13", "seller_name": "供应商", "seller_tax_id": "91420100MA4K00000Q"}, expect=422)
    assert "全角" in refused["error"]["fields"]["amount_excl_tax"]
    _, refused = await client_api.call("POST", "/input-invoices", {
        "number": "26422000000000000501", "issue_date": "2026-11-02", "kind": "special", "amount_excl_tax": "100",
        "tax": "13", "rate": "13%", "seller_name": "供应商", "seller_tax_id": "91420100MA4K00000Q"}, expect=422)
    assert "0.13" in refused["error"]["fields"]["rate"]
    _, received = await client_api.call("POST", "/input-invoices", {
        "number": "26422000000000000501", "issue_date": "2026-11-02", "kind": "special", "amount_excl_tax": "100",
        "tax": "13", "rate": "0.13", "seller_name": "供应商", "seller_tax_id": "91420100MA4K00000Q"}, expect=201)
    assert (received["amount_excl_tax"], received["tax"], received["amount_incl_tax"], received["rate"]) == (
        "100.00", "13.00", "113.00", "0.13")
    _, missing = await client_api.call("POST", "/input-invoices", {
        "number": "26422000000000000502", "issue_date": "2026-11-02", "kind": "special", "tax": "13",
        "seller_name": "供应商", "seller_tax_id": "91420100MA4K00000Q"}, expect=422)
    assert "amount_excl_tax" in missing["error"]["fields"] and "amount" not in missing["error"]["fields"]


async def test_scan_codes_name_what_the_buyer_pays(client_api, owner):
    _, refused = await client_api.call("POST", "/scan/codes", {"kind": "order", "amount_incl_tax": "88,00",
                                                               "items": ["餐饮服务"], "daily_cap": "1e4"}, expect=422)
    assert {"amount_incl_tax", "daily_cap"} <= set(refused["error"]["fields"])
    _, code = await client_api.call("POST", "/scan/codes", {"kind": "order", "amount_incl_tax": "88",
                                                            "items": ["餐饮服务"]}, expect=201)
    assert code["amount_incl_tax"] == "88.00" and code["items"][0]["amount_incl_tax"] == "88.00"


FEATURE_TAGS = {"invoice", "verify", "catalogue", "filing", "scan", "export"}


def _untyped(schema: Any, where: str) -> list[str]:
    found: list[str] = []
    if isinstance(schema, dict):
        kinds = schema.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if "object" in kinds and not schema.get("properties") and "additionalProperties" not in schema \
                and "$ref" not in schema:
            found.append(where)
        if "array" in kinds and "items" not in schema:
            found.append(where)
        for key, value in schema.items():
            found += _untyped(value, f"{where}.{key}")
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            found += _untyped(value, f"{where}.{index}")
    return found


def test_no_untyped_payloads_on_the_invoice_side():
    """Found: tax codes, customers, filing ``figures`` and input-invoice import problems were untyped."""
    doc = document()
    untyped: list[str] = []
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            if not set(operation.get("tags", ())) & FEATURE_TAGS:
                continue
            untyped += _untyped(operation.get("requestBody"), f"{method} {path} request")
            for status, response in operation["responses"].items():
                untyped += _untyped(response, f"{method} {path} {status}")
    untyped += [f"components.{name}" for name, schema in doc["components"]["schemas"].items()
                if name != "Error" and _untyped(schema, name)]
    assert untyped == []


def test_the_invoice_examples_match_their_schemas():
    """The examples (a 专票 with 6% consulting, a 免税 line with a 折扣行, a red letter) are real answers."""
    from jsonschema import Draft202012Validator

    from miniapp_api.features.invoices.schemas import EXAMPLES, INVOICE, INVOICE_IN, RED_IN

    for schema, name in ((INVOICE_IN, "invoice_in"), (INVOICE, "invoice"), (RED_IN, "red_in")):
        assert schema["examples"] == list(EXAMPLES[name].values())
        for example in schema["examples"]:
            errors = list(Draft202012Validator(schema).iter_errors(example))
            assert not errors, (name, errors[0].message)
    red = EXAMPLES["invoice"]["red_letter"]
    assert red["is_red"] and all(line["amount_incl_tax"].startswith("-") for line in red["lines"])


async def test_the_company_default_rate_has_the_one_spelling(client_api, owner):
    same = {"name": "武汉光谷软件有限公司", "tax_id": "91110000600037341L"}
    _, refused = await client_api.call("PUT", "/company", {**same, "default_rate": "6%"}, expect=422)
    assert "0.06" in refused["error"]["fields"]["default_rate"]
    _, company = await client_api.call("PUT", "/company", {**same, "default_rate": "0.06"}, expect=200)
    assert company["default_rate"] == "0.06"
    _, issued = await client_api.call("POST", "/invoices", {
        **CONSULTING, "lines": [{"name": "咨询服务费", "amount": "1060"}]}, expect=201)
    assert issued["lines"][0]["rate"] == "0.06"
