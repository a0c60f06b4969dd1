"""Request and response types, declared once as pydantic models; their JSON schemas are derived.

A feature's ``schemas.py`` declares its types as subclasses of :class:`Model` (fields with
``Field(description=..., max_length=...)``, ``Literal`` for enums, ``X | None`` for nullable), and
its ``routes.py`` names them in a :class:`~miniapp_api.spec.Route`::

    class Login(Model):
        phone: Phone
        password: Annotated[str, Field(max_length=256)]
        model_config = example({"phone": "13800138000", "password": "Kaipiao#2026"})

    Route("POST", "/auth/login", views.login, ..., body=Login, responses={200: Token})

From that one declaration:

* the handler validates the request body against :func:`request_schema` (jsonschema, so every field
  gets its Chinese message through ``FieldProblem`` codes, as before);
* the OpenAPI document puts every model under ``components/schemas`` and refers to it with ``$ref``
  (:func:`component_schemas`), with the model's example on the operation;
* the tests check every response against the same schema.

Views still read ``req.body`` as a dict: the models are the contract, not a second parsing step.
Nullable fields come out as ``{"type": ["string", "null"]}`` (not ``anyOf``), so a wrong type still
reports ``type_string`` for the field.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue, models_json_schema
from pydantic_core import core_schema

#: Where the OpenAPI document keeps the named types.
REF_TEMPLATE = "#/components/schemas/{model}"


class Model(BaseModel):
    """Base of every request and response type. A request's unknown fields are ignored, as before."""

    model_config = ConfigDict(extra="ignore")

    @classmethod
    def example(cls) -> Any:
        """The first example declared with :func:`example` (None: none)."""
        extra = cls.model_config.get("json_schema_extra")
        examples = extra.get("examples") if isinstance(extra, dict) else None
        return examples[0] if isinstance(examples, list) and examples else None


class Out(Model):
    """Base of a response type: it names every field the API sends (``additionalProperties: false``), so
    the response check of every API test fails on a field the document does not declare."""

    model_config = ConfigDict(extra="forbid")


class Page(Out):
    """Base of a list: subclasses add ``items: list[X]`` (miniapp_api/pagination.py: one shape for every list)."""

    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page; null on the last")


def example(*values: dict[str, Any], **config: Any) -> ConfigDict:
    """``model_config = example({...})``: the model's examples (checked against its schema by a test).
    The base's ``extra`` setting stays (configs merge)."""
    return ConfigDict(json_schema_extra={"examples": list(values)}, **config)  # type: ignore[typeddict-item,no-any-return]


def text(max_length: int, description: str = "", min_length: int | None = None, **extra: Any) -> Any:
    """A required string field of at most ``max_length`` characters: ``name: str = text(100)``."""
    return Field(max_length=max_length, min_length=min_length, description=description or None, **extra)


def optional(description: str = "", **constraints: Any) -> Any:
    """A field the client may leave out: ``code: str = optional(max_length=6)``. Not nullable unless
    its type says ``| None``; the document shows no default (the view decides what absent means)."""
    return Field(None, description=description or None, **constraints)


def exactly(schema: dict[str, Any]) -> Any:
    """``Annotated[Any, exactly({"type": ["number", "string", "null"]})]``: a JSON schema pydantic cannot
    spell (a union of scalar types that must still report ``type_number``)."""
    return WithJsonSchema(schema)


#: Integers a client sends, bounded to what the database columns hold (an unbounded id was a 500).
Id = Annotated[int, Field(ge=1, le=2**31 - 1)]
Count = Annotated[int, Field(ge=0, le=2**31 - 1)]
Phone = Annotated[str, Field(max_length=20, description="Mainland China mobile number, e.g. 13800138000")]
#: A member's role in a company (core/domain/roles.py); owners are made by a transfer, never by an invite.
RoleName = Literal["owner", "admin", "issuer", "accountant", "viewer"]
InvitableRole = Literal["admin", "issuer", "accountant", "viewer"]
DateTime = Annotated[str, Field(description="ISO 8601 date and time with its offset", json_schema_extra={
    "format": "date-time"})]


class ApiJsonSchema(GenerateJsonSchema):
    """pydantic's generator, shaped for validation with jsonschema and for OpenAPI 3.1 clients."""

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False  # the property name is the title; only models keep theirs

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> JsonSchemaValue:
        generated = super().default_schema(schema)
        if generated.get("default", 0) is None:
            generated.pop("default")
        return generated

    def nullable_schema(self, schema: core_schema.NullableSchema) -> JsonSchemaValue:
        inner = self.generate_inner(schema["schema"])
        kind = inner.get("type")
        if isinstance(kind, str) and "$ref" not in inner:
            merged = {**inner, "type": [kind, "null"]}
            if "enum" in merged:
                merged["enum"] = [*merged["enum"], None]
            if "const" in merged:
                merged["enum"] = [merged.pop("const"), None]
            return merged
        return super().nullable_schema(schema)


@cache
def request_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The self-contained JSON schema of ``model`` (its sub-types under ``$defs``), for validation."""
    return model.model_json_schema(schema_generator=ApiJsonSchema)


def component_schemas(models: Iterable[type[BaseModel]]) -> tuple[dict[type[BaseModel], dict[str, Any]],
                                                                    dict[str, Any]]:
    """Every model (and the models they use) as named schemas: ``({model: {"$ref": ...}}, components)``."""
    unique = list(dict.fromkeys(models))
    refs, defs = models_json_schema([(m, "validation") for m in unique], ref_template=REF_TEMPLATE,
                                    schema_generator=ApiJsonSchema)
    return {m: refs[(m, "validation")] for m in unique}, dict(defs.get("$defs", {}))


def is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)


@dataclass(frozen=True)
class Binary:
    """A response that is a file, not JSON: its media type, and whether it downloads (Content-Disposition)."""

    media_type: str
    description: str
    attachment: bool = True


@dataclass(frozen=True)
class Multipart:
    """A ``multipart/form-data`` request body: ``bytes`` fields are files (``file``), the rest text parts."""

    model: type[BaseModel]
