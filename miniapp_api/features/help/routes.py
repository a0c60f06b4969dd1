"""The routes of the help centre: search, categories, entries; staff edit and retire entries."""

from __future__ import annotations

from miniapp_api.features.help import views
from miniapp_api.features.help.schemas import ArticleInput, FaqEntry, HelpCategories, SearchAnswer, SearchQuery
from miniapp_api.pagination import PAGE_QUERY
from miniapp_api.spec import Route

ARTICLE = "/help/articles/{article_id}"
ANYONE = ("anonymous",)

ROUTES: tuple[Route, ...] = (
    Route("GET", "/help/search", views.search, "Answer a question from the help centre", "help", auth=False,
          roles=ANYONE, query=SearchQuery, responses={200: SearchAnswer},
          description="Finds the entry that answers a question in everyday words (synonyms and typos "
                      "tolerated). `q` is required: without it (or blank) the answer is 422 on `q`."),
    Route("GET", "/help/categories", views.categories, "Help-centre categories with their questions", "help",
          auth=False, roles=ANYONE, query=PAGE_QUERY, responses={200: HelpCategories},
          description="The categories in display order, each with its questions (ids for /help/articles)."),
    Route("GET", ARTICLE, views.article, "One help-centre entry", "help", auth=False, roles=ANYONE,
          responses={200: FaqEntry}, errors=("not_found",), description="One entry by id (404 when retired)."),
    Route("PUT", ARTICLE, views.save, "Add or edit an entry (staff)", "help", roles=("staff",), activity="staff",
          body=ArticleInput,
          responses={200: FaqEntry},
          description="Creates or replaces the entry with this id (letters, digits, '-'); every server answers "
                      "with it from the next question on, without a restart. Side effect: an audit entry."),
    Route("DELETE", ARTICLE, views.retire, "Retire an entry (staff)", "help", roles=("staff",), activity="staff",
          responses={204: None}, errors=("not_found",),
          description="Takes the entry out of answers and listings. Side effect: an audit entry."),
)
