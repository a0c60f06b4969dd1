"""The evaluation set of the conversation layer scores at least 95 % (issue 18's acceptance)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("nlu_eval", ROOT / "scripts" / "nlu_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["nlu_eval"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_set_is_large_and_covers_every_context():
    cases = yaml.safe_load((ROOT / "tests" / "data" / "nlu_eval.yaml").read_text(encoding="utf-8"))["cases"]
    assert len(cases) >= 300
    contexts = {c["context"].split("/")[0] for c in cases}
    assert {"anonymous", "logged_in", "issue_invoice", "login", "create_company", "red_letter"} <= contexts
    assert len({c["say"] for c in cases if "/" not in c["context"]}) >= 200


def test_intent_and_slot_accuracy_reach_the_targets():
    score = _script().evaluate()
    assert score.cases >= 300
    assert score.intent_accuracy >= 0.95, score.misses
    assert score.slot_accuracy >= 0.95, score.misses
    assert score.slots >= 100  # slots are really checked, not only intents
