"""Help centre through the API: search, categories, and staff editing without a restart."""

from __future__ import annotations

from core.accounts.models import Account


async def test_search_and_categories(client_api):
    _, body = await client_api.call("GET", "/help/search", params={"q": "密码输错好几次登不上了"}, expect=200)
    assert "锁" in body["answer"]["answer"] or "锁" in body["answer"]["question"]
    _, none = await client_api.call("GET", "/help/search", params={"q": "今天天气怎么样"}, expect=200)
    assert none["answer"] is None
    _, cats = await client_api.call("GET", "/help/categories", expect=200)
    assert cats["items"][0]["name"] == "账户与登录" and len(cats["items"]) == 10
    first = cats["items"][0]["questions"][0]["id"]
    await client_api.call("GET", f"/help/articles/{first}", template="/help/articles/{article_id}", expect=200)
    await client_api.call("GET", "/help/search", expect=422)


async def test_staff_edit_takes_effect_without_restart(client_api):
    token = await client_api.register("13800138000")
    article = {"category": "系统与更新", "question": "小程序白屏怎么办？", "answer": "1. 关闭小程序后重新打开。\n2. 升级微信。",
               "keywords": ["白屏", "小程序打不开"]}
    await client_api.call("PUT", "/help/articles/miniapp-blank", article, token=token,
                          template="/help/articles/{article_id}", expect=403)
    await Account.filter(phone="13800138000").update(is_staff=True)
    await client_api.call("PUT", "/help/articles/miniapp-blank", article, token=token,
                          template="/help/articles/{article_id}", expect=200)
    _, body = await client_api.call("GET", "/help/search", params={"q": "小程序白屏了"}, expect=200)
    assert body["answer"]["id"] == "miniapp-blank"
    await client_api.call("DELETE", "/help/articles/miniapp-blank", token=token,
                          template="/help/articles/{article_id}", expect=204)
    _, body = await client_api.call("GET", "/help/search", params={"q": "小程序白屏了"}, expect=200)
    assert body["answer"] is None or body["answer"]["id"] != "miniapp-blank"
