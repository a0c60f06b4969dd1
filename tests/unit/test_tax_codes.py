from __future__ import annotations

from collections import Counter

import pytest

from core.domain import tax_codes
from core.domain.errors import ValidationFailed
from core.domain.tax_code_search import guess, search
from core.domain.tax_codes import (
    TaxCode,
    all_codes,
    get,
    is_valid_code_format,
    nearest,
    printed_name,
    split_printed_name,
)
from core.domain.tax_rates import all_rates


def test_catalogue_size_and_shape() -> None:
    catalogue = all_codes()
    assert len(catalogue) >= 70
    assert len({entry.code for entry in catalogue}) == len(catalogue)
    rate_codes = {rate.code for rate in all_rates()}
    for entry in catalogue:
        assert is_valid_code_format(entry.code), entry
        assert entry.short_name and "*" not in entry.short_name
        assert entry.name
        assert entry.default_rate in rate_codes
        assert isinstance(entry.keywords, tuple)
        assert isinstance(entry.unconfirmed, bool)


def test_guide_examples() -> None:
    assert get("3070401000000000000") == TaxCode(
        code="3070401000000000000",
        short_name="餐饮服务",
        name="餐饮服务",
        default_rate="6",
        keywords=get("3070401000000000000").keywords,  # type: ignore[union-attr]
        unconfirmed=False,
    )
    lodging = get("3070402000000000000")
    assert lodging is not None and lodging.short_name == "住宿服务" and not lodging.unconfirmed
    taxi = get("3010101020203000000")
    assert taxi is not None and taxi.name == "出租汽车客运服务" and taxi.default_rate == "9"
    software = get("3040201000000000000")
    assert software is not None and software.name == "软件服务" and software.unconfirmed


def test_required_areas_are_covered() -> None:
    shorts = {entry.short_name for entry in all_codes()}
    for wanted in (
        "餐饮服务",
        "住宿服务",
        "信息技术服务",
        "鉴证咨询服务",
        "广告服务",
        "运输服务",
        "建筑服务",
        "文具",
        "纸制品",
        "计算机配套产品",
        "修理修配劳务",
        "经营租赁",
        "非学历教育服务",
        "物业管理服务",
        "蔬菜",
        "水果",
        "谷物",
    ):
        assert wanted in shorts, wanted


def test_default_rates_follow_the_rate_table() -> None:
    by_short = Counter((e.short_name, e.default_rate) for e in all_codes())
    assert by_short[("建筑服务", "9")] == sum(1 for e in all_codes() if e.short_name == "建筑服务")
    assert by_short[("运输服务", "9")] == sum(1 for e in all_codes() if e.short_name == "运输服务")
    assert get("3070401000000000000").default_rate == "6"  # type: ignore[union-attr]
    assert get("1060105990000000000").default_rate == "13"  # type: ignore[union-attr]
    assert get("3040502020000000000").default_rate == "9"  # type: ignore[union-attr]
    assert get("6010000000000000000").default_rate == "nontaxable"  # type: ignore[union-attr]


def test_both_flags_occur() -> None:
    flags = {entry.unconfirmed for entry in all_codes()}
    assert flags == {True, False}


@pytest.mark.parametrize(
    ("code", "valid"),
    [
        ("3070401000000000000", True),
        ("307040100000000000", False),
        ("30704010000000000000", False),
        ("0070401000000000000", False),
        ("7070401000000000000", False),
        ("30704010000000000a0", False),
        ("３０７０４０１０００００００００００００", False),
    ],
)
def test_code_format(code: str, valid: bool) -> None:
    assert is_valid_code_format(code) is valid


def test_get() -> None:
    assert get(" 3070402000000000000 ") is not None
    assert get("3070403000000000000") is None
    assert get("") is None


def test_nearest_walks_up_the_hierarchy() -> None:
    child = nearest("3040203010000000000")
    assert child is not None and child.code == "3040203000000000000"
    assert nearest("3040203000000000000").code == "3040203000000000000"  # type: ignore[union-attr]
    assert nearest("2020101000000000000").code == "2020000000000000000"  # type: ignore[union-attr]
    assert nearest("3070403000000000000") is None
    assert nearest("not a code") is None


# --------------------------------------------------------------------------- search


def test_search_ranks_exact_short_name_first() -> None:
    results = search("餐饮服务")
    assert results[0].code == "3070401000000000000"


def test_search_short_name_shared_by_several() -> None:
    results = search("信息技术服务", limit=20)
    assert results and all(r.short_name == "信息技术服务" for r in results[:5])
    # Confirmed entries come before unconfirmed ones with the same score.
    flags = [r.unconfirmed for r in results if r.short_name == "信息技术服务"]
    assert flags == sorted(flags)


def test_search_by_keyword_and_name() -> None:
    assert search("房租")[0].code == "3040502029900000000"
    assert search("咨询服务")[0].code == "3040603000000000000"
    assert search("软件开发服务")[0].code == "3040201010000000000"


def test_search_by_code_prefix() -> None:
    results = search("30402", limit=50)
    assert results and all(r.code.startswith("30402") for r in results)


def test_search_substring() -> None:
    names = {r.name for r in search("运输", limit=50)}
    assert "国内道路货物运输服务" in names
    assert "出租汽车客运服务" in names


def test_search_limit_and_empty() -> None:
    assert len(search("服务", limit=3)) == 3
    assert search("") == []
    assert search("   ") == []
    assert search("服务", limit=0) == []
    assert search("完全无关的词zzz") == []


def test_search_query_containing_a_keyword() -> None:
    assert search("公司年度审计费")[0].code == "3040602000000000000"


# ---------------------------------------------------------------------------- guess


@pytest.mark.parametrize(
    ("item", "code"),
    [
        ("技术服务费", "3040203000000000000"),
        ("餐费", "3070401000000000000"),
        ("住宿费", "3070402000000000000"),
        ("打印纸", "1060105990000000000"),
        ("A4打印纸", "1060105990000000000"),
        ("咨询费", "3040603000000000000"),
        ("软件开发费", "3040201010000000000"),
        ("会议费", "3040304000000000000"),
        ("广告费", "3040303990000000000"),
        ("培训费", "3070201020000000000"),
        ("物业费", "3040801010000000000"),
        ("办公室房租", "3040502029900000000"),
        ("设备租赁", "3040502019900000000"),
        ("运费", "3010102020100000000"),
        ("快递费", "3040407000000000000"),
        ("汽车维修费", "2029900000000000000"),
        ("房屋维修", "3050300000000000000"),
        ("装修工程款", "3050400000000000000"),
        ("笔记本电脑", "1090511990000000000"),
        ("无线鼠标", "1090512990000000000"),
        ("办公用品", "1060401990000000000"),
        ("电费", "1100101020100000000"),
        ("水费", "1100301010000000000"),
        ("新鲜蔬菜", "1010112150000000000"),
        ("打车费", "3010101020203000000"),
        ("*信息技术服务*技术服务费", "3040203000000000000"),
        ("＊餐饮服务＊餐费", "3070401000000000000"),
    ],
)
def test_guess(item: str, code: str) -> None:
    found = guess(item)
    assert found is not None, item
    assert found.code == code


@pytest.mark.parametrize("item", ["服务费", "", "   ", "小米手机", "xyz"])
def test_guess_none(item: str) -> None:
    assert guess(item) is None


def test_guess_with_known_short_name_but_unknown_item() -> None:
    found = guess("*餐饮服务*招牌菜")
    assert found is not None and found.short_name == "餐饮服务"


def test_guess_prefix_restricts_the_branch() -> None:
    # "维修" alone would be 修理修配劳务; the 建筑服务 prefix keeps it in 建筑服务.
    found = guess("*建筑服务*维修")
    assert found is not None and found.short_name == "建筑服务"


# --------------------------------------------------------------------- printed_name


def test_printed_name() -> None:
    assert printed_name("3040203000000000000", "技术服务费") == "*信息技术服务*技术服务费"
    assert printed_name("3070401000000000000", "餐饮服务") == "*餐饮服务*餐饮服务"


def test_printed_name_does_not_double_the_prefix() -> None:
    once = printed_name("3040203000000000000", "技术服务费")
    assert printed_name("3040203000000000000", once) == once
    assert printed_name("3040203000000000000", " *信息技术服务* 技术服务费 ") == once


def test_printed_name_replaces_a_wrong_prefix() -> None:
    assert printed_name("3070401000000000000", "*住宿服务*餐费") == "*餐饮服务*餐费"


def test_printed_name_uses_an_ancestor() -> None:
    assert printed_name("3040203010000000000", "系统集成") == "*信息技术服务*系统集成"


def test_printed_name_errors() -> None:
    with pytest.raises(ValidationFailed) as exc:
        printed_name("123", "x")
    assert exc.value.fields["tax_code"].code == "tax_code_format"
    with pytest.raises(ValidationFailed) as exc:
        printed_name("3070403000000000000", "x", field="lines.1.tax_code")
    problem = exc.value.fields["lines.1.tax_code"]
    assert problem.code == "tax_code_unknown"
    assert dict(problem.params) == {"code": "3070403000000000000"}
    with pytest.raises(ValidationFailed) as exc:
        printed_name("3070401000000000000", "*餐饮服务*")
    assert exc.value.fields["name"].code == "item_name_required"


def test_split_printed_name() -> None:
    assert split_printed_name("*餐饮服务*餐费") == ("餐饮服务", "餐费")
    assert split_printed_name("餐费") == (None, "餐费")
    assert split_printed_name("*a*b*c") == ("a", "b*c")


def test_data_file_is_resolved_from_the_module() -> None:
    assert tax_codes.DATA_FILE.is_file()
    assert tax_codes.DATA_FILE.parent.name == "data"


def test_search_ranks_as_when_it_normalised_every_entry_per_call() -> None:
    """search() normalises the catalogue once (core/domain/tax_code_search._named) and scores
    only the entries its index finds for the query (_candidates): the same results, in the same
    order, as normalising and scoring every entry on every call did."""
    from core.domain import tax_code_search
    from core.domain.tax_codes import catalogue, normalize

    def reference(query: str, limit: int = 10, include_summary: bool = False) -> list[str]:
        wanted = normalize(query)
        if not wanted or limit <= 0:
            return []
        scored = []
        for position, entry in enumerate(catalogue()):
            if entry.summary and not include_summary:
                continue
            short, name = normalize(entry.short_name), normalize(entry.name)
            keywords = [normalize(k) for k in entry.keywords]
            score = 0
            if wanted == short:
                score = 1000
            elif wanted == name:
                score = 900
            elif wanted in keywords:
                score = 800
            elif wanted.isascii() and wanted.isdigit() and entry.code.startswith(wanted):
                score = 700
            elif short.startswith(wanted):
                score = 600
            elif wanted in short:
                score = 500
            elif wanted in name:
                score = 400
            elif any(wanted in keyword for keyword in keywords):
                score = 300
            else:
                contained = [len(k) for k in [*keywords, name, short] if len(k) >= 2 and k in wanted]
                if contained:
                    score = 200 + max(contained)
            if score:
                scored.append((-score, entry.unconfirmed, position, entry))
        scored.sort(key=lambda row: row[:3])
        return [row[3].code for row in scored[:limit]]

    entries = catalogue()
    queries = {"餐饮", "餐费", "咨询费", "住宿", "3070401", "30", "1", "软件", "Ｗｉｆｉ 服务", "打印纸 A4", "", " ", "xyz"}
    for entry in entries[::7]:
        queries.update({entry.short_name, entry.name, entry.code[:5], entry.name[:2], *entry.keywords[:2]})
    for entry in entries[::5]:  # a name or keyword inside the query; the middle of one; a code's digits
        keyword = (*entry.keywords, entry.name)[0]
        queries.update({f"买了{keyword}的钱", f"{entry.short_name}{entry.name}", entry.name[1:3], entry.code[:9]})
    queries.add("".join(e.name for e in entries[:30]))  # past INDEXED_QUERY_CHARS: every entry scored
    assert len(max(queries, key=len)) > tax_code_search.INDEXED_QUERY_CHARS
    for query in sorted(queries):
        for include_summary in (False, True):
            assert [e.code for e in tax_code_search.search(query, 10, include_summary=include_summary)] == \
                reference(query, 10, include_summary), query
    assert tax_code_search.search("餐饮", 0) == []
