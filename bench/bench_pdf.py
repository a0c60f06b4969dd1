"""Benchmark of the invoice PDF renderer (fapiao/integrations/pdf.py).

Renders a typical one-page invoice (专票, 3 lines, remark) after a warm-up and prints
latency percentiles and throughput, twice: re-rendering the same invoice (its QR image
comes from the cache) and rendering a new invoice each time (a fresh number, so the
national QR payload is encoded every time, as for the first download of an invoice).
The font is what the server uses: PDF_FONT_PATH's default (Debian's fonts-wqy-microhei,
embedded as a subset) unless --font or --builtin (STSong-Light, not embedded) is given.

    .venv/bin/python bench/bench_pdf.py [--runs 300] [--warmup 20] [--font /path/to/font.ttf | --builtin]
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.domain.invoice_document import InvoiceDocument, LineView, PartyView  # noqa: E402
from fapiao.integrations.pdf import ReportlabInvoiceRenderer, default_font_path, load_labels  # noqa: E402


def typical_invoice(token: str = "6Jt2mQ9xZk3LwP0aB7cD1eF4gH5iJ8kLmN0pQ2rS") -> InvoiceDocument:
    lines = (
        LineView("*信息技术服务*软件维护服务费", "V2.0", "年", Decimal("1"), Decimal("12000"), Decimal("12000.00"),
                 Decimal("720.00"), "6%"),
        LineView("*餐饮服务*餐费", "", "次", Decimal("3"), Decimal("283.01886792"), Decimal("849.06"), Decimal("50.94"), "6%"),
        LineView("*经纪代理服务*旅游服务", "", "", None, None, Decimal("1000.00"), Decimal("0.00"), "免税"),
    )
    return InvoiceDocument(
        kind="special",
        number="26422000000012345678",
        issue_date=date(2026, 11, 5),
        seller=PartyView("武汉长江云软件科技有限公司", "91420100MA4K0000X1", "武汉市洪山区珞喻路1号 027-87654321",
                         "招商银行武汉分行 127900001010001"),
        buyer=PartyView("湖北楚天餐饮管理有限公司", "91420106MA4L00002X"),
        lines=lines,
        total_amount=Decimal("13849.06"),
        total_tax=Decimal("770.94"),
        total=Decimal("14620.00"),
        total_in_words="壹万肆仟陆佰贰拾圆整",
        remark="项目：武汉办公室年度维护",
        issuer="张三",
        status="normal",
        is_red=False,
        original_number=None,
        verify_url=f"https://fapiao.example.cn/v/{token}",
    )


def measure(render: Callable[[int], bytes], runs: int, warmup: int) -> list[float]:
    for i in range(warmup):
        render(-1 - i)
    gc.collect()
    times: list[float] = []
    for i in range(runs):
        start = time.perf_counter()
        render(i)
        times.append((time.perf_counter() - start) * 1000)
    return times


def report(name: str, times: list[float]) -> None:
    ordered = sorted(times)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]

    print(
        f"{name:<34} median {statistics.median(times):6.2f} ms  p95 {pct(95):6.2f} ms  p99 {pct(99):6.2f} ms  "
        f"max {ordered[-1]:6.2f} ms  ({1000 / statistics.mean(times):5.0f} PDFs/s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--font", default=None, help="TTF/TTC to embed (default: the server's default font)")
    parser.add_argument("--builtin", action="store_true", help="the built-in STSong-Light (not embedded)")
    args = parser.parse_args()

    font = None if args.builtin else (args.font or default_font_path())
    renderer = ReportlabInvoiceRenderer(load_labels(), font_path=font)
    base = typical_invoice()
    size = len(renderer.render(base))
    print(f"python {platform.python_version()} on {platform.machine()} ({platform.processor() or platform.platform()})")
    print(f"font: {font or 'STSong-Light (CID, not embedded)'}; one-page PDF of {size:,} bytes; "
          f"{args.runs} runs after {args.warmup} warm-up")
    report("same invoice (QR cached)", measure(lambda _: renderer.render(base), args.runs, args.warmup))
    report(
        "new invoice each time (QR encoded)",
        measure(
            lambda i: renderer.render(dataclasses.replace(base, number=f"264220000000{i % 10**8:08d}")), args.runs,
            args.warmup,
        ),
    )


if __name__ == "__main__":
    main()
