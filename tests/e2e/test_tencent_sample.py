"""The encrypted sample message from WeChat's own message-encryption documentation.

Token, EncodingAESKey, AppId, msg_signature, timestamp, nonce and ciphertext are
the public values of Tencent's WXBizMsgCrypt sample. Its timestamp is from 2014,
so the test sets the injected clock to that moment.
"""

from __future__ import annotations

from datetime import UTC, datetime

from wechatpy.crypto import WeChatCrypto

from bot.webhook import signature
from tests.kit.wechat_sample import AES_KEY, APPID, ENCRYPT, MSG_SIGNATURE, NONCE, TIMESTAMP, TOKEN


async def test_decrypts_and_answers_the_published_sample(aiohttp_client, runtime, settings, clock):
    from fapiao.server import build_app

    settings.wechat_token, settings.wechat_aes_key, settings.wechat_appid = TOKEN, AES_KEY, APPID
    clock.set(datetime.fromtimestamp(int(TIMESTAMP), UTC))
    client = await aiohttp_client(build_app(runtime, background=False))
    body = f"<xml><ToUserName><![CDATA[{APPID}]]></ToUserName><Encrypt><![CDATA[{ENCRYPT}]]></Encrypt>" \
           "<AgentID><![CDATA[218]]></AgentID></xml>"
    params = {"msg_signature": MSG_SIGNATURE, "timestamp": TIMESTAMP, "nonce": NONCE, "encrypt_type": "aes",
              "signature": signature(TOKEN, TIMESTAMP, NONCE)}
    response = await client.post("/wechat", params=params, data=body.encode())
    assert response.status == 200
    reply_xml = await response.text()
    crypto = WeChatCrypto(TOKEN, AES_KEY, APPID)
    import xmltodict

    outer = xmltodict.parse(reply_xml)["xml"]
    inner = crypto.decrypt_message(reply_xml, outer["MsgSignature"], outer["TimeStamp"], outer["Nonce"])
    reply = xmltodict.parse(inner)["xml"]
    assert reply["ToUserName"] == "mycreate"  # the sample's sender
    assert reply["MsgType"] == "text"
    assert "帮助" in reply["Content"]  # "hello" is not a command: the bot offers help

    # The same request with one character of the ciphertext changed is refused.
    params_bad = {**params, "msg_signature": "0" + MSG_SIGNATURE[1:]}
    assert (await client.post("/wechat", params=params_bad, data=body.encode())).status == 403
