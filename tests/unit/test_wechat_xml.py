"""bot/wechat_xml.py held to what it replaced (issue 14): the defusedxml ElementTree parse of a
message and wechatpy's rendered text reply, on WeChat's messages, malicious ones and mutations."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET

import defusedxml.ElementTree as SafeET
import pytest
from wechatpy import create_reply, parse_message
from wechatpy.messages import TextMessage

import bot.wechat_xml
from bot.wechat_xml import SCALAR_FIELDS, MalformedXml, parse_envelope, parse_fields, text_reply


def defused(text: str) -> tuple[str, dict[str, str], bool] | tuple[str, str]:
    """The webhook's parse before issue 14's change, verbatim but for returning its outcome."""
    try:
        root = SafeET.fromstring(text, forbid_dtd=True)
    except Exception:
        return ("refused", "malformed XML")
    if root.tag != "xml":
        return ("refused", "not a WeChat message")
    fields: dict[str, str] = {}
    plain = not root.attrib
    for child in root:
        if child.tag in fields or (len(child) and child.tag in SCALAR_FIELDS):
            return ("refused", f"{child.tag} is not a single text value")
        if child.attrib or len(child):
            plain = False
        fields[child.tag] = child.text or ""
    return ("ok", fields, plain)


def ours(text: str) -> tuple[str, dict[str, str], bool] | tuple[str, str]:
    try:
        fields = parse_fields(text)
    except MalformedXml as exc:
        return ("refused", str(exc))
    return ("ok", dict(fields), fields.plain)


def envelope_outcome(text: str) -> tuple[str, dict[str, str], bool] | tuple[str, str]:
    try:
        fields = parse_envelope(text)
    except MalformedXml as exc:
        return ("refused", str(exc))
    return ("ok", dict(fields), fields.plain)


def mutated(rng: random.Random, text: str, pieces: list[str], *, insert: float, delete: float) -> str:
    """``text`` after one to three random edits: a piece inserted (share ``insert``), up to 8
    characters deleted (share ``delete``), or two spans swapped (the rest)."""
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(text) + 1)
        action = rng.random()
        if action < insert:
            text = text[:at] + rng.choice(pieces) + text[at:]
        elif action < insert + delete:
            text = text[:at] + text[at + rng.randint(1, 8):]
        else:
            other = rng.randrange(len(text) + 1)
            text = text[:min(at, other)] + text[max(at, other):] + text[min(at, other):max(at, other)]
    return text


def message(**fields: str) -> str:
    return "<xml>" + "".join(f"<{k}>{v}</{k}>" for k, v in fields.items()) + "</xml>"


BASE = {"ToUserName": "<![CDATA[gh_x]]>", "FromUserName": "<![CDATA[o-user]]>", "CreateTime": "1795770000",
        "MsgType": "<![CDATA[text]]>", "Content": "<![CDATA[帮助]]>", "MsgId": "1"}
BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                            for i in range(1, 10))
                  + "]><xml><FromUserName>o</FromUserName><MsgType>text</MsgType><Content>&lol9;</Content></xml>")

CASES = {
    "text": message(**BASE),
    "pretty, as WeChat sends it": "<xml>\n  " + "\n  ".join(f"<{k}>{v}</{k}>" for k, v in BASE.items()) + "\n</xml>\n",
    "declaration": '<?xml version="1.0" encoding="utf-8"?>' + message(**BASE),
    "event": message(ToUserName="gh", FromUserName="o", CreateTime="1", MsgType="event", Event="CLICK",
                     EventKey="<![CDATA[HELP]]>"),
    "scan code info (nested, not scalar)": message(FromUserName="o", MsgType="event", Event="scancode_push",
                                                   ScanCodeInfo="<ScanType>qrcode</ScanType><ScanResult>1</ScanResult>"),
    "text before nested": message(FromUserName="o", MsgType="event", Extra="head<a>x</a>tail"),
    "billion laughs": BILLION_LAUGHS,
    "xxe": ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            "<xml><FromUserName>&xxe;</FromUserName><MsgType>text</MsgType></xml>"),
    "parameter entity": ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/e.dtd"> %p;]>'
                         "<xml><FromUserName>o</FromUserName></xml>"),
    "doctype alone": '<!DOCTYPE xml><xml><FromUserName>o</FromUserName></xml>',
    "external doctype": '<!DOCTYPE xml SYSTEM "http://127.0.0.1:9/x.dtd"><xml><FromUserName>o</FromUserName></xml>',
    "undeclared entity": message(FromUserName="&nope;", MsgType="text"),
    "predefined entities": message(FromUserName="o", MsgType="text", Content="a &lt;b&gt; &amp; &#x5F00;&#31080;"),
    "lone surrogate reference": message(FromUserName="o", Content="&#xD800;x"),
    "lone surrogate character": message(FromUserName="o", Content="\ud800x"),
    "xinclude": ('<xml xmlns:xi="http://www.w3.org/2001/XInclude"><FromUserName>o</FromUserName>'
                 '<Content><xi:include href="file:///etc/passwd" parse="text"/></Content></xml>'),
    "namespaced field": '<xml xmlns:a="urn:a"><a:FromUserName>o</a:FromUserName><MsgType>text</MsgType></xml>',
    "default namespace root": '<xml xmlns="urn:x"><FromUserName>o</FromUserName></xml>',
    "unbound prefix": "<xml><a:FromUserName>o</a:FromUserName></xml>",
    "root attribute": '<xml a="1"><FromUserName>o</FromUserName><MsgType>text</MsgType></xml>',
    "field attribute": '<xml><FromUserName x="y">o</FromUserName><MsgType>text</MsgType></xml>',
    "duplicated field": message(FromUserName="o", MsgType="text") .replace("</xml>", "<MsgType>x</MsgType></xml>"),
    "duplicated unknown field": message(FromUserName="o", X="1").replace("</xml>", "<X>2</X></xml>"),
    "nested scalar": message(FromUserName="o", MsgType="<a>text</a>"),
    "nested scalar then duplicate": message(MsgType="<a>t</a>", FromUserName="o").replace("</xml>", "<FromUserName/></xml>"),
    "wrong root": "<root><FromUserName>o</FromUserName></root>",
    "empty": "",
    "not xml": "hello, 开票",
    "unclosed": "<xml><ToUserName>",
    "two roots": message(**BASE) + message(**BASE),
    "bad nesting": "<xml><FromUserName><MsgType>text</FromUserName></MsgType></xml>",
    "NUL": message(FromUserName="o", Content="a\x00b"),
    "comment and PI": "<xml><!-- c --><?pi x?><FromUserName>o<!-- in -->p</FromUserName></xml>",
    "empty elements": "<xml><FromUserName/><Content></Content><MsgType><![CDATA[]]></MsgType></xml>",
    "cdata end marker": message(FromUserName="o", Content="<![CDATA[a]]]]><![CDATA[>b]]>"),
    "cdata and text mixed": message(FromUserName="o", Content="x<![CDATA[<y>]]>z&amp;"),
    "root text": "<xml>junk<FromUserName>o</FromUserName>more</xml>",
    "deep nesting": "<xml>" + "<a>" * 300 + "</a>" * 300 + "</xml>",
    "gbk declared": '<?xml version="1.0" encoding="GBK"?>' + message(**BASE),
    "unknown encoding": '<?xml version="1.0" encoding="x-klingon"?>' + message(**BASE),
    "BOM": "\ufeff" + message(**BASE),
    "whitespace text": message(FromUserName="o", Content=" \n\t "),
}


@pytest.mark.parametrize("case", CASES)
def test_the_parse_is_the_defusedxml_parse(case: str) -> None:
    assert ours(CASES[case]) == defused(CASES[case])


@pytest.mark.parametrize("case", ["billion laughs", "xxe", "parameter entity", "doctype alone", "external doctype"])
def test_dtds_and_entities_are_refused(case: str) -> None:
    with pytest.raises(MalformedXml, match="malformed XML"):
        parse_fields(CASES[case])


def test_mutated_messages_parse_as_defusedxml_parses_them() -> None:
    """Random cuts, insertions and swaps of markup characters in WeChat-shaped messages."""
    rng = random.Random(14)
    pieces = ["<", ">", "/", "&", ";", "]]>", "<![CDATA[", "<a>", "</a>", "<MsgType>", "</MsgType>", '"', "=",
              " x='1'", "&amp;", "&#1;", "<!DOCTYPE x>", "<!ENTITY e 'v'>", "\x00", "开"]
    seeds = [CASES[name] for name in ("text", "pretty, as WeChat sends it", "event", "scan code info (nested, not scalar)",
                                      "namespaced field", "cdata and text mixed")]
    agreed = refused = 0
    for _ in range(3000):
        text = mutated(rng, rng.choice(seeds), pieces, insert=0.4, delete=0.3)
        expected = defused(text)
        assert ours(text) == expected, text
        agreed += 1
        refused += expected[0] == "refused"
    assert 0 < refused < agreed  # both outcomes were exercised


@pytest.mark.parametrize("text", ["你好", "第一行\n第二行", "<b>&amp;</b> 'q' \"d\"", " 空格 ", "🧾" * 10])
def test_the_reply_is_wechatpys_byte_for_byte(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.time", lambda: 1795770000.7)
    for message in (parse_message(CASES["text"]), parse_message(CASES["event"]),
                    TextMessage({"FromUserName": "o-1", "ToUserName": None, "MsgType": "text"})):
        assert text_reply(text, message) == create_reply(text, message=message, render=True)


def test_a_cdata_end_marker_in_the_reply_stays_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """wechatpy writes ``]]>`` into the CDATA section as it is (the reply would not parse); ours splits it."""
    message = parse_message(CASES["text"])
    text = "a]]>b]]><FromUserName>o-other</FromUserName>"
    reply = ET.fromstring(text_reply(text, message))
    assert reply.findtext("Content") == text
    assert reply.findtext("FromUserName") == "gh_x" and reply.findtext("ToUserName") == "o-user"
    assert [child.tag for child in reply] == ["MsgType", "Content", "FromUserName", "ToUserName", "CreateTime"]


CIPHERTEXT = "AbC+/09xyz" * 60 + "=="
ENVELOPE = f"<xml><ToUserName><![CDATA[gh_fapiao_dev]]></ToUserName><Encrypt><![CDATA[{CIPHERTEXT}]]></Encrypt></xml>"
#: Safe mode's outer envelope: the shapes WeChat sends (taken by the fast path) and everything an
#: attacker holding one valid query string could post instead (the body is not signed).
ENVELOPES = {
    "as the simulator sends it": ENVELOPE,
    "as WeChat's documentation shows it": (f"<xml>\n    <ToUserName><![CDATA[gh_7f083739789a]]></ToUserName>\n"
                                           f"    <Encrypt><![CDATA[{CIPHERTEXT}]]></Encrypt>\n</xml>\n"),
    "CRLF and tabs": f"<xml>\r\n\t<ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\r\n\t"
                     f"<Encrypt><![CDATA[{CIPHERTEXT}]]></Encrypt>\r\n</xml>\r\n",
    "empty values": "<xml><ToUserName><![CDATA[]]></ToUserName><Encrypt><![CDATA[]]></Encrypt></xml>",
    "Tencent's sample (AgentID)": ENVELOPE.replace("</xml>", "<AgentID><![CDATA[218]]></AgentID></xml>"),
    "fields swapped": f"<xml><Encrypt><![CDATA[{CIPHERTEXT}]]></Encrypt><ToUserName><![CDATA[gh]]></ToUserName></xml>",
    "no CDATA": f"<xml><ToUserName>gh</ToUserName><Encrypt>{CIPHERTEXT}</Encrypt></xml>",
    "split CDATA": ENVELOPE.replace("AbC+/", "AbC]]><![CDATA[+/", 1),
    "CDATA end inside": ENVELOPE.replace("AbC+/", "AbC]]>+/", 1),
    "entity in ciphertext": ENVELOPE.replace("AbC+/", "AbC&amp;+/", 1),
    "character reference": ENVELOPE.replace("AbC+/", "AbC&#43;/", 1),
    "undeclared entity": ENVELOPE.replace("gh_fapiao_dev", "&e;"),
    "billion laughs before it": BILLION_LAUGHS.split("<xml>")[0] + ENVELOPE.replace("AbC", "&lol9;", 1),
    "doctype before it": "<!DOCTYPE xml>" + ENVELOPE,
    "xxe": ('<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            + ENVELOPE.replace("<![CDATA[gh_fapiao_dev]]>", "&xxe;")),
    "declaration": '<?xml version="1.0" encoding="utf-8"?>' + ENVELOPE,
    "BOM": "\ufeff" + ENVELOPE,
    "leading whitespace": "\n " + ENVELOPE,
    "root attribute": ENVELOPE.replace("<xml>", '<xml a="1">'),
    "field attribute": ENVELOPE.replace("<Encrypt>", '<Encrypt x="y">'),
    "namespaced": ENVELOPE.replace("<xml>", '<xml xmlns="urn:x">'),
    "duplicated Encrypt": ENVELOPE.replace("</xml>", "<Encrypt><![CDATA[AAAA]]></Encrypt></xml>"),
    "nested Encrypt": ENVELOPE.replace("<Encrypt><![CDATA[", "<Encrypt><a/><![CDATA["),
    "comment between": ENVELOPE.replace("</ToUserName>", "</ToUserName><!-- c -->"),
    "processing instruction after": ENVELOPE + "<?pi x?>",
    "text after the root": ENVELOPE + "junk",
    "two roots": ENVELOPE + ENVELOPE,
    "root text": ENVELOPE.replace("</ToUserName>", "</ToUserName>junk"),
    "unicode spaces": ENVELOPE.replace("</ToUserName>", "</ToUserName>\u3000\x0b\x0c"),
    "non-ASCII digits": ENVELOPE.replace("09", "٠٩", 1),
    "NUL": ENVELOPE.replace("AbC", "A\x00C", 1),
    "lone surrogate": ENVELOPE.replace("AbC", "A\ud800C", 1),
    "CR inside CDATA": ENVELOPE.replace("AbC", "A\r\nC", 1),
    "LF and tab inside CDATA": ENVELOPE.replace("AbC", "A\n\tC", 1),
    "markup inside CDATA": ENVELOPE.replace("AbC", "A<b>&amp;</b>C", 1),
    "DEL and other controls inside CDATA": ENVELOPE.replace("AbC", "A\x7f\x1fC", 1),
    "non-ASCII inside CDATA": ENVELOPE.replace("AbC", "A开C", 1),
    "unclosed": ENVELOPE[:-3],
    "wrong root": ENVELOPE.replace("<xml>", "<lmx>").replace("</xml>", "</lmx>"),
    "case": ENVELOPE.replace("Encrypt", "encrypt"),
    "empty": "",
    "a plain message in safe mode": CASES["text"],
}


@pytest.mark.parametrize("case", ENVELOPES)
def test_the_envelope_parse_is_the_defusedxml_parse(case: str) -> None:
    text = ENVELOPES[case]
    assert envelope_outcome(text) == ours(text) == defused(text)


@pytest.mark.parametrize("case", ["as the simulator sends it", "as WeChat's documentation shows it", "CRLF and tabs",
                                  "empty values"])
def test_wechats_envelopes_take_the_fast_path(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parser(text: str) -> None:
        raise AssertionError("parsed with expat")

    monkeypatch.setattr(bot.wechat_xml, "parse_fields", no_parser)
    assert envelope_outcome(ENVELOPES[case]) == defused(ENVELOPES[case])


def test_mutated_envelopes_parse_as_defusedxml_parses_them() -> None:
    """Random cuts, insertions and swaps in the envelope: the fast path or the parser, the same result."""
    rng = random.Random(7)
    pieces = ["<", ">", "/", "&", ";", "]]>", "<![CDATA[", "]]", "<a>", "</a>", "<Encrypt>", "</Encrypt>", "</xml>",
              '"', "=", " x='1'", "&amp;", "&#1;", "<!DOCTYPE x>", "<!ENTITY e 'v'>", "\x00", "开", " ", "\r",
              "\n", "\t", "\u3000", "+", "A", "_", "\x7f", "\x1f", "\x0b"]
    seeds = [ENVELOPES[name] for name in ("as the simulator sends it", "as WeChat's documentation shows it",
                                          "CRLF and tabs", "Tencent's sample (AgentID)")]
    outcomes: set[str] = set()
    for _ in range(3000):
        text = mutated(rng, rng.choice(seeds), pieces, insert=0.5, delete=0.3)
        expected = defused(text)
        assert envelope_outcome(text) == expected, text
        fast = bot.wechat_xml._envelope_fields(text) is not None
        outcomes.add(f"{expected[0]}, {'fast' if fast else 'parsed'}")
    assert outcomes == {"ok, fast", "ok, parsed", "refused, parsed"}


#: Plain messages as WeChat writes them, which the regular-expression path reads without expat.
FLAT = {
    "text": CASES["text"],
    "pretty, as WeChat sends it": CASES["pretty, as WeChat sends it"],
    "event": CASES["event"],
    "empty elements written out": "<xml><FromUserName></FromUserName><Content><![CDATA[]]></Content></xml>",
    "markup and references inside CDATA": message(FromUserName="o", Content="<![CDATA[<a>&amp;] ]] ]>]]>"),
    "CRLF between fields": "<xml>\r\n" + "\r\n".join(f"<{k}>{v}</{k}>" for k, v in BASE.items()) + "\r\n</xml>\r\n",
    "text with > and quotes": message(FromUserName="o", Content="a > b 'c' \"d\" 开票"),
    "astral and C1 characters": message(FromUserName="o", Content="<![CDATA[🧾\x85\x9f]]>"),
}


@pytest.mark.parametrize("case", FLAT)
def test_wechats_plain_messages_take_the_fast_path(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parser(text: str) -> None:
        raise AssertionError("parsed with expat")

    expected = defused(FLAT[case])
    monkeypatch.setattr(bot.wechat_xml, "_parse_with_expat", no_parser)
    assert expected[0] == "ok"
    assert ours(FLAT[case]) == expected


def test_mutated_plain_messages_parse_as_defusedxml_parses_them() -> None:
    """Cuts, insertions and swaps aimed at what the fast path must leave to expat (line ends it
    would rewrite, characters it refuses, CDATA ends, references, repeated fields): both paths
    are exercised, and every outcome is defusedxml's."""
    rng = random.Random(15)
    pieces = ["<", ">", "/", "&", ";", "]", "]]", "]]>", "<![CDATA[", "<a>", "</a>", "<Content>", "</Content>",
              "<MsgId>1</MsgId>", "&amp;", "&#13;", "\r", "\r\n", "\n", "\t", " ", "\x0b", "\x00", "\x85", "\ud800",
              "\ufffe", "开", "🧾", " x='1'", ":", "<a:b>", "<!-- c -->", "<?pi?>", "</xml>", "<xml>"]
    seeds = [FLAT[name] for name in ("text", "pretty, as WeChat sends it", "event", "markup and references inside CDATA",
                                     "CRLF between fields")]
    outcomes: set[str] = set()
    for _ in range(4000):
        text = mutated(rng, rng.choice(seeds), pieces, insert=0.5, delete=0.3)
        expected = defused(text)
        assert ours(text) == expected, repr(text)
        fast = bot.wechat_xml._flat_fields(text) is not None
        outcomes.add(f"{expected[0]}, {'fast' if fast else 'parsed'}")
    assert outcomes == {"ok, fast", "ok, parsed", "refused, parsed"}
