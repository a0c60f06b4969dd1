"""Corrections: 红冲 (full or partial red-letter invoice)."""

from __future__ import annotations

from bot.features.corrections import red_letter
from bot.routing import WRITE, FeatureRouter

router = FeatureRouter("corrections")
router.dialog("red_letter", red_letter.RED, login=True, access=WRITE)
