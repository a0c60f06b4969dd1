"""``fapiao serve`` under pyinstrument, switched on and off by signals (bench only).

``bench/bench_wechat.py --profile PREFIX`` starts the server with this instead of
``fapiao serve``: SIGUSR1 starts the profiler (at the start of the measured window),
SIGUSR2 stops it and writes ``PREFIX-<n>.txt`` (the call tree as text; with
``--html`` also ``PREFIX-<n>.html``, tens of MB). SIGTERM stops the server as usual. pyinstrument samples the
event-loop thread (wall time, so time idle in ``select`` shows up as such).

    .venv/bin/python bench/profiled_serve.py --port 8106 --out bench/results/profile
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import logging
import pstats
import signal
import sys
import time
from pathlib import Path

from pyinstrument import Profiler

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

log = logging.getLogger("fapiao.bench.profile")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8106)
    parser.add_argument("--out", required=True, help="output prefix")
    parser.add_argument("--html", action="store_true", help="also write the interactive HTML profile")
    parser.add_argument("--interval", type=float, default=0.0005, help="sampling interval, seconds")
    parser.add_argument("--cpu", action="store_true",
                        help="cProfile timed by the loop thread's CPU time instead of pyinstrument's wall-time "
                             "sampling (bench/chat_cpu.py --profile): PREFIX-<n>.txt by own and cumulative time")
    args = parser.parse_args()

    from fapiao.config import load_or_exit
    from fapiao.observability.logs import setup_logging
    from fapiao.server import serve

    setup_logging()
    settings = load_or_exit()
    state: dict[str, object] = {"profiler": None, "n": 0}

    def start(*_: object) -> None:
        if args.cpu:
            if state["profiler"] is None:
                cpu_profiler = cProfile.Profile(time.thread_time)
                cpu_profiler.enable()
                state["profiler"] = cpu_profiler
                log.info("profiler started")
            return
        if state["profiler"] is None:
            profiler = Profiler(interval=args.interval, async_mode="disabled")
            profiler.start()
            state["profiler"] = profiler
            log.info("profiler started")

    def stop(*_: object) -> None:
        profiler = state["profiler"]
        if isinstance(profiler, cProfile.Profile):
            profiler.disable()
            state["profiler"] = None
            state["n"] = int(state["n"]) + 1  # type: ignore[call-overload]
            path = Path(f"{args.out}-{state['n']}.txt")
            path.parent.mkdir(parents=True, exist_ok=True)
            profiler.dump_stats(str(path.with_suffix(".prof")))  # for callers/callees (pstats)
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            stats.sort_stats("tottime").print_stats(60)
            stats.sort_stats("cumulative").print_stats(120)
            path.write_text(out.getvalue().replace(str(ROOT) + "/", "").replace(sys.prefix + "/", ""))
            log.info("profile written: %s", path)
            return
        if not isinstance(profiler, Profiler):
            return
        state["profiler"] = None
        profiler.stop()
        state["n"] = int(state["n"]) + 1  # type: ignore[call-overload]
        prefix = f"{args.out}-{state['n']}"
        Path(prefix).parent.mkdir(parents=True, exist_ok=True)
        Path(prefix + ".txt").write_text(profiler.output_text(unicode=True, color=False, show_all=False))
        if args.html:
            Path(prefix + ".html").write_text(profiler.output_html())
        log.info("profile written: %s.txt%s", prefix, " and .html" if args.html else "")

    async def run() -> None:
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGUSR1, start)
        loop.add_signal_handler(signal.SIGUSR2, stop)
        await serve(settings, args.host, args.port)

    from fapiao import eventloop

    eventloop.run(run())


if __name__ == "__main__":
    main()
