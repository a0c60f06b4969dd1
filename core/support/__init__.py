"""Support, the help centre's human side, one module per use case.

* :mod:`core.support.tickets` — tickets (工单): open, the thread, staff statuses, attachments;
* :mod:`core.support.feedback` — feedback (意见反馈) along its statuses;
* :mod:`core.support.announcements` — announcements (系统公告): draft, publish, end, opt-outs;
* :mod:`core.support.maintenance` — ``MaintenanceGuard``, which enforces a maintenance
  announcement's window by the one rule of :mod:`core.domain.maintenance`;
* :mod:`core.support.requester` — who asks: an account, or a WeChat user without one;
* :mod:`core.support.attachments`, :mod:`core.support.checks`, :mod:`core.support.errors` — shared;
* :mod:`core.support.service` — ``SupportService`` (tickets + feedback), as the container builds it;
* :mod:`core.support.models` — the tables (``support_*``).
"""
