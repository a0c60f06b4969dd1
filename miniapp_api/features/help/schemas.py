"""Request and response schemas of the help centre."""

from __future__ import annotations

from miniapp_api.spec import STRING, obj

#: What to do next, channel-neutral (issue 16): ``action`` is a stable code (the chat command's name, e.g.
#: ``red_letter``, ``register``) a client maps to its own page; ``label`` names it (红冲, 注册).
NEXT_ACTION = obj({"action": STRING, "label": STRING}, ("action", "label"),
                  description="The next step, as an action code and a label; null when there is none")
FAQ_ENTRY = obj({"id": STRING, "category": STRING, "question": STRING, "answer": STRING,
                 "keywords": {"type": "array", "items": STRING}, "synonyms": {"type": "array", "items": STRING},
                 "next_action": {"anyOf": [NEXT_ACTION, {"type": "null"}]}}, ("id", "category", "question", "answer"))
