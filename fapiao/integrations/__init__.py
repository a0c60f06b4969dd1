"""Integrations: every implementation of an outside service named in :mod:`core.ports`.

Each port has three implementations, chosen from settings by a ``build_*`` function:

* a real client (``TencentCloudSms``, ``SmtpEmail``, ``WeChatClientApi``), tested against
  local fake servers in ``tests/integration/test_adapters.py``;
* a console/sandbox adapter for local runs (``ConsoleSms``, ``ConsoleEmail``,
  ``ConsoleWeChatApi``), which logs what would be sent;
* a recording fake for unit tests (``RecordingSms``, ``RecordingEmail``, ``RecordingWeChatApi``).

Messages reach SMS and e-mail adapters as a template key plus params; the adapters
render them with :class:`templates.Texts` (or, for Tencent SMS, map the key to a
template id registered with the gateway).
"""
