"""Tortoise model of the help centre's articles (the FAQ knowledge base staff edit)."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class FaqArticle(Model):
    """A help-centre entry. Seeded from core/help/data/faq.yaml; staff edit and retire them."""

    id = fields.CharField(max_length=64, primary_key=True)
    category = fields.CharField(max_length=16)
    question = fields.CharField(max_length=200)
    answer = fields.TextField()
    keywords: fields.Field[list[str]] = fields.JSONField(default=list)
    synonyms: fields.Field[list[str]] = fields.JSONField(default=list)
    next_action = fields.CharField(max_length=100, null=True)
    retired = fields.BooleanField(default=False)
    updated_at = fields.DatetimeField()
    updated_by_id = fields.IntField(null=True)

    class Meta:
        table = "faq_article"
