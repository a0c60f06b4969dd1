"""Instructions of ``understand`` alone, per call (bench only; run with the tree on PYTHONPATH).

    PYTHONPATH=TREE valgrind --tool=callgrind --callgrind-out-file=/dev/null python nlu_pieces.py CASE 1
    PYTHONPATH=TREE valgrind --tool=callgrind --callgrind-out-file=/dev/null python nlu_pieces.py CASE 2001

(the difference / 2000 is one call). CASE: same (one FAQ question again and again: all hits after
the first), unique (a new text each call: all misses, the memo's own cost on top of the work),
eval (tests/data/nlu_eval.yaml's texts in turn: each a miss once, then hits), text=TEXT (that
text again and again: what one message of a chat_cpu.py kind costs here, and then a hit).
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import yaml

from bot.nlu.intents import understand

TODAY = datetime.date(2026, 12, 7)


def main() -> None:
    case, count = sys.argv[1], int(sys.argv[2])
    root = Path(sys.modules["bot"].__file__ or "").resolve().parents[1]
    texts = [str(c["say"]) for c in yaml.safe_load((root / "tests/data/nlu_eval.yaml").read_text("utf-8"))["cases"]]
    understand("发票丢了怎么办", datetime.date(2026, 1, 1))  # templates loaded, regexes compiled, in both counts
    if case == "same":
        for _ in range(count):
            understand("发票丢了怎么办", TODAY)
    elif case == "unique":
        for n in range(count):
            understand(f"发票丢了怎么办{n}", TODAY)
    elif case.startswith("text="):
        text = case.removeprefix("text=")
        for _ in range(count):
            understand(text, TODAY)
    elif case == "eval":
        for n in range(count):
            understand(texts[n % len(texts)], TODAY)


if __name__ == "__main__":
    main()
