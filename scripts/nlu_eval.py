"""Score the intent and slot layer on the evaluation set (tests/data/nlu_eval.yaml).

    python scripts/nlu_eval.py [--verbose]

Each case is a message with its context: ``anonymous`` or ``logged_in`` (outside any dialog:
the expected ``intent``, ``faq`` for the help centre, and ``slots``), or ``<dialog>/<step>``
(inside that dialog step: the expected ``outcome``: cancel, back, help, data, choice:<value>,
escape:<intent> or inline:<intent>). What is scored is the code the bot runs:
``bot.nlu.intents.understand`` outside dialogs and ``DialogEngine.classify`` (plus the
choice matcher) inside them. Prints top-1 intent accuracy and slot accuracy.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.app import routes  # noqa: E402
from bot.dialogs.engine import DialogEngine  # noqa: E402
from bot.nlu.choice import match, options_from  # noqa: E402
from bot.nlu.intents import understand  # noqa: E402

EVAL_FILE = ROOT / "tests" / "data" / "nlu_eval.yaml"


@dataclass
class Score:
    cases: int = 0
    intents_right: int = 0
    slots: int = 0
    slots_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def intent_accuracy(self) -> float:
        return self.intents_right / self.cases if self.cases else 0.0

    @property
    def slot_accuracy(self) -> float:
        return self.slots_right / self.slots if self.slots else 0.0


def _flat_slots(slots: dict[str, Any]) -> dict[str, str]:
    """Lines become item/amount/quantity/unit/unit_price/rate of the first line."""
    flat = {k: str(v) for k, v in slots.items() if k != "lines"}
    for line in slots.get("lines", [])[:1]:
        for key, name in (("name", "item"), ("amount", "amount"), ("quantity", "quantity"), ("unit", "unit"),
                          ("unit_price", "unit_price"), ("rate", "rate")):
            if line.get(key):
                flat[name] = str(line[key])
    return flat


def _step_options(dialog: str, step_name: str, data: dict[str, Any]) -> tuple[Any, Any]:
    step = routes().dialogs[dialog].step(step_name)
    if step.options is None:
        return step, ()
    if isinstance(step.options, str):
        from bot.nlu.choice import choice_set

        return step, choice_set(step.options)
    return step, options_from(data.get("options", ()))


def outcome_in_step(dialog: str, step_name: str, text: str, data: dict[str, Any]) -> tuple[str, dict[str, str]]:
    step, options = _step_options(dialog, step_name, data)
    verdict, understood = DialogEngine.classify(step, text, options)
    slots = _flat_slots(understood.slots) if understood is not None else {}
    if step_name == "items" and verdict == "data":
        from bot.features.invoices.issue import item_line

        line = item_line(text)
        slots = _flat_slots({"lines": [line]}) if line else {}
    if verdict in ("escape", "inline") and understood is not None:
        return f"{verdict}:{understood.intent}", slots
    if verdict == "data" and options:
        picked = match(text, options).option
        return (f"choice:{picked.value}" if picked else "data"), slots
    return verdict, slots


def evaluate(path: Path = EVAL_FILE) -> Score:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    today = date.fromisoformat(str(raw["today"]))
    step_data = raw.get("step_data", {})
    score = Score()
    for case in raw["cases"]:
        text, context = str(case["say"]), str(case["context"])
        expected_slots = {k: str(v) for k, v in (case.get("slots") or {}).items()}
        if "/" in context:
            dialog, step_name = context.split("/", 1)
            got, slots = outcome_in_step(dialog, step_name, text, step_data.get(context, {}))
            wanted = str(case["outcome"])
        else:
            understood = understand(text, today)
            got = understood.intent or "faq"
            slots = _flat_slots(understood.slots)
            wanted = str(case["intent"])
        score.cases += 1
        ok = got == wanted
        score.intents_right += ok
        wrong_slots = [f"{k}={slots.get(k)!r}≠{v!r}" for k, v in expected_slots.items() if slots.get(k) != v]
        score.slots += len(expected_slots)
        score.slots_right += len(expected_slots) - len(wrong_slots)
        if not ok or wrong_slots:
            score.misses.append(f"[{context}] {text!r}: got {got}" + (f", slots {wrong_slots}" if wrong_slots else "")
                                + ("" if ok else f" (wanted {wanted})"))
    return score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list the cases the layer gets wrong")
    parser.add_argument("--file", type=Path, default=EVAL_FILE)
    args = parser.parse_args()
    score = evaluate(args.file)
    print(f"cases: {score.cases}")
    print(f"top-1 intent accuracy: {score.intent_accuracy:.1%} ({score.intents_right}/{score.cases})")
    print(f"slot accuracy: {score.slot_accuracy:.1%} ({score.slots_right}/{score.slots})")
    if args.verbose:
        for miss in score.misses:
            print("  miss:", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
