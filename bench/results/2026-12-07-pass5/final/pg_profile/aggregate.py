"""Summarise a py-spy ``--format raw`` profile (collapsed stacks): each function's share of the
samples, inclusive (anywhere on the stack) and self (the innermost frame, where a C call such as a
socket write is counted against the Python line that made it).

    python aggregate.py pyspy_pg_closed.raw [ROWS]
"""

from __future__ import annotations

import sys
from collections import Counter


def frame_key(frame: str) -> str:
    """``function (file.py)`` from py-spy's ``function (path/file.py:line)``."""
    if " (" not in frame:
        return frame
    name, where = frame.split(" (", 1)
    return f"{name} ({where.split(':')[0].split('/')[-1]})"


def main() -> None:
    path = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    inclusive: Counter[str] = Counter()
    innermost: Counter[str] = Counter()
    total = 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip()
            if not line:
                continue
            stack, count_text = line.rsplit(" ", 1)
            count = int(count_text)
            total += count
            keys = [frame_key(frame) for frame in stack.split(";")]
            for key in set(keys):
                inclusive[key] += count
            innermost[keys[-1]] += count
    print("total", total)
    print("== inclusive")
    for key, count in inclusive.most_common(rows):
        print(f"{100 * count / total:5.1f}% {key}")
    print("== self")
    for key, count in innermost.most_common(40):
        print(f"{100 * count / total:5.1f}% {key}")


if __name__ == "__main__":
    main()
