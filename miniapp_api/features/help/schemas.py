"""Request and response types of the help centre."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from pydantic import Field

from core.help.entries import load_categories, load_entries
from miniapp_api.schema import Model, Out, Page, example, optional, text

#: The help-centre categories, in display order (core/data FAQ file): tickets use the same labels.
CATEGORIES = tuple(load_categories())
Category = Annotated[str, Field(max_length=16, json_schema_extra={"enum": list(CATEGORIES)},
                                description="One of the help-centre categories")]
#: A real entry of the shipped knowledge base, as the API shows it.
ENTRY_EXAMPLE = {**asdict(load_entries()[0]), "keywords": list(load_entries()[0].keywords),
                 "synonyms": list(load_entries()[0].synonyms), "next_action": {"action": "register", "label": "注册"}}


class NextAction(Out):
    """The next step without the chat's wording: a stable action code (the chat command's name) a client maps
    to its own page, and its label."""

    action: str = Field(description="e.g. register, red_letter")
    label: str = Field(description="e.g. 注册, 红冲")


class FaqEntry(Out):
    """One help-centre entry."""

    id: str = Field(description="Stable id: letters, digits and '-'")
    category: Category
    question: str
    answer: str
    keywords: list[str]
    synonyms: list[str]
    next_action: NextAction | None = Field(description="What to do next (null: nothing)")
    model_config = example(ENTRY_EXAMPLE)


class SearchQuery(Model):
    q: str = Field(min_length=1, description="The question in the user's words (required; only its first 200 "
                                             "characters are read)")


class SearchAnswer(Out):
    """The best entry (null when nothing fits well enough) and a few close ones."""

    answer: FaqEntry | None
    alternatives: list[FaqEntry]
    model_config = example({"answer": ENTRY_EXAMPLE, "alternatives": []})


class Question(Out):
    id: str
    question: str


class HelpCategory(Out):
    name: Category
    questions: list[Question]


class HelpCategories(Page):
    """The categories, in display order, with their questions."""

    items: list[HelpCategory]
    model_config = example({"items": [{"name": ENTRY_EXAMPLE["category"], "questions": [
        {"id": ENTRY_EXAMPLE["id"], "question": ENTRY_EXAMPLE["question"]}]}], "next_cursor": None})


class ArticleInput(Model):
    category: Category
    question: str = text(200)
    answer: str = text(2000, "At most 600 Chinese characters (1,800 bytes)")
    keywords: list[Annotated[str, Field(max_length=40)]] = optional("Words that should find this entry")
    synonyms: list[Annotated[str, Field(max_length=80)]] = optional("Other phrasings of the question")
    next_action: str | None = optional("What to do next, as the knowledge base writes it (发送「注册」…); "
                                       "answers show it as {action, label}", max_length=100)
    model_config = example({**{k: v for k, v in ENTRY_EXAMPLE.items() if k != "id"},
                            "next_action": load_entries()[0].next_action})
