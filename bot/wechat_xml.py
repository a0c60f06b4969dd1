"""WeChat's message XML both ways, for the flat shape WeChat uses (issue 14: the per-message floor).

**In**: :func:`parse_fields` reads a message with expat directly instead of building an
ElementTree through defusedxml (a parser object, a tree builder and an element per field for
every message). It keeps defusedxml's guarantees with ``forbid_dtd=True``: a document type
declaration, an entity declaration or an external entity reference stops the parse (so no
billion laughs and no XXE), and an undeclared entity is expat's own error. Its result is the one
the ElementTree parse gave: the root's child elements by tag (namespaces as ElementTree writes
them, ``{uri}tag``), each with its text before any nested element; a repeated field, or markup
inside a field WeChat sends as one text value, is refused (tests/unit/test_wechat_xml.py holds it
to the defusedxml parse, malicious payloads included).

**Out**: :func:`text_reply` writes the passive text reply as wechatpy's ``create_reply(text,
message=..., render=True)`` does, byte for byte, without building its reply object; unlike it,
a ``]]>`` in the text is split across two CDATA sections, so the reply stays well-formed.
"""

from __future__ import annotations

import re
import time
from typing import Any
from xml.parsers import expat

#: Root fields that must be one plain text value.
SCALAR_FIELDS = frozenset({"ToUserName", "FromUserName", "CreateTime", "MsgType", "Content", "MsgId", "Event",
                           "EventKey", "Encrypt", "MediaId", "PicUrl"})


class MalformedXml(ValueError):
    """Not a WeChat message (the text says why, as the webhook's 400 does)."""


class Fields(dict[str, str]):
    """A message's fields; ``plain``: no attributes and no nested elements (see bot/webhook.py ``_message``)."""

    plain = True


class _Forbidden(Exception):
    """A DTD, an entity declaration or an external entity reference."""


def _forbid(*_args: Any) -> int:
    raise _Forbidden


#: Characters XML 1.0 forbids, and the carriage return (expat turns CR LF and CR into LF): a
#: value holding one is left to the parser, which refuses or rewrites it.
_NOT_VERBATIM = r"\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff"
#: One field of WeChat's flat message as WeChat writes it: ``<Tag>`` then exactly one CDATA section
#: or plain text without markup, references or ``]``, then ``</Tag>``, after XML whitespace. What it
#: matches reads verbatim: a CDATA section's content as is, text with nothing expat would decode.
_FIELD = re.compile(r"[ \t\r\n]*<([A-Za-z_][A-Za-z0-9_.-]*)>"
                    rf"(?:<!\[CDATA\[([^\]{_NOT_VERBATIM}]*(?:\](?!\]>)[^\]{_NOT_VERBATIM}]*)*)\]\]>"
                    rf"|([^<&\]{_NOT_VERBATIM}]*))</\1>")
_END = re.compile(r"[ \t\r\n]*</xml>[ \t\r\n]*")


def _flat_fields(text: str) -> Fields | None:
    """The fields of a message in the shape WeChat sends, read by regular expressions, or None for
    anything else (a declaration, attributes, namespaces, nesting, comments, references, a repeated
    field ...), which :func:`parse_fields` leaves to expat. Expat with a Python callback per element
    and per text run cost more than the rest of reading a plain message (issue 14)."""
    if not text.startswith("<xml>"):
        return None
    fields = Fields()
    at = 5
    match = _FIELD.match(text, at)
    while match is not None:
        tag, cdata, plain = match.groups()
        if tag in fields:
            return None  # the parser words the refusal
        fields[tag] = plain if cdata is None else cdata
        at = match.end()
        match = _FIELD.match(text, at)
    return fields if _END.fullmatch(text, at) else None


def parse_fields(text: str) -> Fields:
    """The root's child elements of ``text`` by tag. MalformedXml when it is not well-formed,
    declares a DTD or entities, is not ``<xml>`` or repeats a field or nests markup in a text field.
    WeChat's usual shape is read by :func:`_flat_fields`, anything else by expat
    (tests/unit/test_wechat_xml.py holds the two to the same result)."""
    flat = _flat_fields(text)
    return flat if flat is not None else _parse_with_expat(text)


def _parse_with_expat(text: str) -> Fields:
    fields = Fields()
    depth = 0
    root = ""
    tag = ""  # the field being read (depth 2)
    nested = False  # the field has child elements: its text ends at the first one
    attributes = False
    data: list[str] = []
    problem = ""

    def start(name: str, attrs: list[str]) -> None:
        nonlocal depth, root, tag, nested, attributes, data
        depth += 1
        if depth == 2:
            tag = "{" + name if "}" in name else name  # ElementTree's spelling of a namespaced tag
            nested = False
            attributes = bool(attrs)
            data = []
        elif depth == 3:
            nested = True
        elif depth == 1:
            root = "{" + name if "}" in name else name
            if attrs:
                fields.plain = False

    def end(_name: str) -> None:
        nonlocal depth, problem
        if depth == 2 and not problem:
            # A repeated field or markup inside a text field became a list or dict in wechatpy's
            # parse and crashed the handler; WeChat never sends either.
            if tag in fields or (nested and tag in SCALAR_FIELDS):
                problem = f"{tag} is not a single text value"
            else:
                if attributes or nested:
                    fields.plain = False
                fields[tag] = "".join(data)
        depth -= 1

    def characters(chunk: str) -> None:
        if depth == 2 and not nested:
            data.append(chunk)

    parser = expat.ParserCreate(None, "}")  # namespace processing, as ElementTree's parser does
    parser.buffer_text = True
    parser.ordered_attributes = True
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    # defusedxml's forbid_dtd, forbid_entities and forbid_external.
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    parser.UnparsedEntityDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid
    try:
        parser.Parse(text, True)
    except Exception:  # ExpatError, _Forbidden, UnicodeEncodeError (a lone surrogate) ...
        raise MalformedXml("malformed XML") from None
    if root != "xml":
        raise MalformedXml("not a WeChat message")
    if problem:
        raise MalformedXml(problem)
    return fields


#: Safe mode's envelope as WeChat sends it: the account and the ciphertext, each in one CDATA
#: section, between XML whitespace. The account's class holds no markup, reference or character
#: expat would refuse or rewrite. The ciphertext is matched as "no ']'" (the regular-expression
#: engine's fast loop; a character class cost ~17 instructions a character over ~600, issue 14),
#: which keeps "]]>" out, and :func:`_envelope_fields` then refuses what expat would not read as
#: it stands: non-ASCII, and control characters (\r included: expat rewrites line ends).
_ENVELOPE = re.compile(r"<xml>[ \t\r\n]*<ToUserName><!\[CDATA\[([A-Za-z0-9_@.-]*)\]\]></ToUserName>[ \t\r\n]*"
                       r"<Encrypt><!\[CDATA\[([^\]]*)\]\]></Encrypt>[ \t\r\n]*</xml>[ \t\r\n]*")
#: The ASCII characters a CDATA section does not hand over as they stand (all but tab and line feed
#: of the C0 controls: refused, or \r rewritten).
_NOT_AS_IS = bytes(c for c in range(0x20) if c not in (0x09, 0x0A))


def _envelope_fields(text: str) -> tuple[str, str] | None:
    """(ToUserName, Encrypt) when ``text`` has the shape WeChat sends, None for anything else."""
    match = _ENVELOPE.fullmatch(text)
    if match is None:
        return None
    account, encrypt = match.groups()
    if not encrypt.isascii():
        return None
    raw = encrypt.encode("ascii")
    if len(raw.translate(None, _NOT_AS_IS)) != len(raw):
        return None
    return account, encrypt


def parse_envelope(text: str) -> Fields:
    """:func:`parse_fields` of safe mode's outer envelope: one regular-expression match for the
    shape WeChat sends (a parser object and Python callbacks per field cost more than the rest of
    safe mode's reading, issue 14); anything else, malicious or merely laid out differently, goes
    through :func:`parse_fields` (tests/unit/test_wechat_xml.py holds the two to the same result)."""
    found = _envelope_fields(text)
    if found is None:
        return parse_fields(text)
    fields = Fields()
    fields["ToUserName"], fields["Encrypt"] = found
    return fields


class PlainTextMessage:
    """A plain text message as the webhook reads it: what wechatpy's ``TextMessage`` gives for
    ``source``, ``target``, ``content``, ``id`` and ``time`` (each field stripped, an empty one None,
    an absent ``MsgId`` 0), read once from the parsed fields. wechatpy's field descriptors convert on
    every attribute read (a dict look-up, two ``isinstance`` and a converter call each; a message's
    source is read four times), and building its dict of stripped values was half of it (issue 14).
    tests/unit/test_wechat_xml.py holds it to ``TextMessage`` of the same fields."""

    __slots__ = ("content", "create_time_raw", "msg_id_raw", "source", "target")

    type = "text"

    def __init__(self, fields: dict[str, str]) -> None:
        get = fields.get
        self.source = _stripped(get("FromUserName"))
        self.target = _stripped(get("ToUserName"))
        self.content = _stripped(get("Content"))
        self.msg_id_raw = _stripped(get("MsgId"))
        self.create_time_raw = _stripped(get("CreateTime"))

    @property
    def id(self) -> int:
        """``MsgId`` as wechatpy's IntegerField reads it (0 when absent, ValueError when not a number)."""
        return int(self.msg_id_raw) if self.msg_id_raw else 0

    @property
    def time(self) -> int | None:
        return int(self.create_time_raw) if self.create_time_raw else None

    def __repr__(self) -> str:
        return f"PlainTextMessage(source={self.source!r}, content={self.content!r})"


def _stripped(value: str | None) -> str | None:
    return (value.strip() or None) if value else None


def _cdata(text: str) -> str:
    return text.replace("]]>", "]]]]><![CDATA[>") if "]]>" in text else text


def _text(value: Any) -> str:
    return "" if value is None else _cdata(str(value))


def text_reply(content: str, message: Any) -> str:
    """The passive reply carrying ``content`` to ``message`` (a wechatpy message)."""
    return (f"<xml>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[{_cdata(content)}]]></Content>\n"
            f"<FromUserName><![CDATA[{_text(message.target)}]]></FromUserName>\n"
            f"<ToUserName><![CDATA[{_text(message.source)}]]></ToUserName>\n"
            f"<CreateTime>{int(time.time())}</CreateTime>\n</xml>")
