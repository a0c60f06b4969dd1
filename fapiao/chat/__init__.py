"""``fapiao chat``: a terminal WeChat user talking to a running server.

Every line typed is posted to ``/wechat`` exactly as WeChat's server would post it
(signed, and encrypted in safe mode, by :class:`~fapiao.chat.wechat_sim.WeChatServerSimulator`
with the token, AppID and EncodingAESKey from the settings), and the reply is
decrypted and printed. Slash commands send events (subscribe, menu clicks), switch
users and replay a message with the same MsgId to show de-duplication.

When the server runs the console WeChat API it keeps the customer-service messages
("pushes") it would have sent; a background task polls ``/dev/pushes`` and prints
them as they arrive.

Standard input is read in a daemon thread so that pushes keep printing while the
prompt waits (and so that Ctrl-C never waits for a blocked ``input()``). On a
terminal, ``readline`` gives line editing, history (``var/chat_history``) and tab
completion; piped input is read plainly and no prompt is printed, so scripted runs
print only the banner and the replies.

Package: :mod:`fapiao.chat.client` (the chat client), :mod:`fapiao.chat.pushes`, :mod:`fapiao.chat.terminal`,
:mod:`fapiao.chat.menu` (the menu from
:mod:`bot.menu`), :mod:`fapiao.chat.session` (run_chat: the session, Ctrl-C, the terminal),
:mod:`fapiao.chat.wechat_sim` (signs and encrypts like WeChat's server).
"""
