"""扫码开票: the buyer scans the shop's code, fills in (or picks) the 抬头, and gets the invoice.

* ``models`` -- stores, codes, requests, buyer messages, the shop's 卡包 card;
* ``rules`` -- pure rules: amounts, caps, expiry, the status the buyer sees;
* ``shop`` -- the shop's side: stores, codes, open requests, 同意 / 拒绝 / 修改, re-delivery;
* ``buyer`` -- the buyer's side (no account): open a code, submit, status page, message the shop;
* ``issuing`` -- one request → one invoice through ``InvoiceService.issue_new`` with a
  request-scoped idempotency key, then delivery;
* ``card`` -- 微信卡包 through the :class:`ScanWeChat` port.
"""
