"""The HTTP plumbing the transports served by one aiohttp app share (the mini-program API and the
buyer's pages, h5): the app keys of the core and the texts, JSON replies, the caller's address behind
trusted proxies (:mod:`http_shared.http`), file responses and uploads (:mod:`http_shared.files`).

Below the transports and above the core: it imports the core and the texts, never a transport.
"""
