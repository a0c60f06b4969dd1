"""The shared test kit: factories (users, companies, documents), chat (transcripts, chat users),
api (the API client and bodies), fakes (outside systems). Tests import helpers and fixtures from
here, never from another test module."""
