"""Notifications: the transactional outbox, its relay, the delivery channels and the user's
in-app messages (消息), preferences and subscribe grants."""
