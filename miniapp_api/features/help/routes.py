"""The routes of the help centre: method, path, view, schemas."""

from __future__ import annotations

from miniapp_api.features.help import views
from miniapp_api.features.help.schemas import FAQ_ENTRY
from miniapp_api.pagination import PAGE_QUERY, page_schema
from miniapp_api.spec import STRING, Route, obj, string

ROUTES: tuple[Route, ...] = (
    Route("GET", "/help/search", views.search, "Answer a question from the help centre", "help", auth=False,
          query={"q": STRING}, responses={200: obj({"answer": {"anyOf": [FAQ_ENTRY, {"type": "null"}]},
                                                    "alternatives": {"type": "array", "items": FAQ_ENTRY}},
                                                   ("answer", "alternatives"))}),
    Route("GET", "/help/categories", views.categories, "Help-centre categories with their questions", "help",
          auth=False, query=PAGE_QUERY, responses={200: page_schema({})}),
    Route("GET", "/help/articles/{article_id}", views.article, "One help-centre entry", "help", auth=False,
          responses={200: FAQ_ENTRY}, errors=(404,)),
    Route("PUT", "/help/articles/{article_id}", views.save, "Add or edit an entry (staff)", "help",
          activity="staff",
          body=obj({"category": string(16), "question": string(200), "answer": string(2000),
                    "keywords": {"type": "array", "items": string(40)}, "synonyms": {"type": "array", "items": string(80)},
                    "next_action": {"type": ["string", "null"], "maxLength": 100}},
                   ("category", "question", "answer")),
          responses={200: FAQ_ENTRY}, errors=(403,)),
    Route("DELETE", "/help/articles/{article_id}", views.retire, "Retire an entry (staff)", "help", activity="staff",
          responses={204: None}, errors=(403, 404)),
)
