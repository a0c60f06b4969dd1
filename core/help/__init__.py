"""Help centre: the FAQ knowledge base and its search (jieba + BM25F, pure Python, no database).

* :mod:`core.help.entries` — the shipped knowledge base (``data/faq.yaml``): categories, entries;
* :mod:`core.help.synonyms` — the synonym/typo map (``data/synonyms.yaml``);
* :mod:`core.help.tokenising` — jieba (loaded lazily, :func:`~core.help.tokenising.warm_up`),
  stop words, word tokens and character bigrams;
* :mod:`core.help.ranking` — BM25F fields and weights, the phrase bonus, ``confident``;
* :mod:`core.help.index` — ``FaqIndex``: search and atomic rebuilds;
* :mod:`core.help.service` — ``HelpService``: entries in the database (:mod:`core.help.models`),
  seeded from the YAML, edited by staff, one index per process kept in step across workers.
"""
