"""Request and response schemas of sign-up and login."""

from __future__ import annotations

from miniapp_api.spec import STRING, obj

PURPOSES = ["register", "login", "reset", "second_factor"]

TOKEN = obj({"token": STRING}, ("token",))
