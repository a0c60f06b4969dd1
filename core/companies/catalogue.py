"""Per-company products and services (name, tax code, rate, unit, usual price) for quick picking."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from tortoise.exceptions import IntegrityError

from core.adapters import hot_queries
from core.audit.log import AuditLog
from core.companies.models import Company, Product
from core.companies.service import CompanyService
from core.domain import tax_code_search, tax_codes, validators
from core.domain.actor import Actor
from core.domain.errors import Conflict, NotFound, ValidationFailed
from core.domain.money import parse_unit_price
from core.domain.rate_reading import parse_rate
from core.domain.roles import Permission
from core.domain.tax_rates import TaxpayerKind
from core.ports import Clock


@dataclass(frozen=True)
class ProductInput:
    name: str
    tax_code: str = ""
    rate: str = ""
    unit: str = ""
    spec: str = ""
    unit_price: str = ""
    price_includes_tax: bool = True


@dataclass(frozen=True)
class ProductView:
    id: int
    name: str
    tax_code: str
    printed_name: str
    rate: str
    unit: str
    spec: str
    unit_price: Decimal | None
    price_includes_tax: bool


def _view(product: Product) -> ProductView:
    return ProductView(id=product.id, name=product.name, tax_code=product.tax_code,
                       printed_name=tax_codes.printed_name(product.tax_code, product.name), rate=product.rate_code,
                       unit=product.unit, spec=product.spec, unit_price=product.unit_price,
                       price_includes_tax=product.price_includes_tax)


#: ``Product.filter(company_id=…).order_by("-last_used_at", "id").limit(…)`` as plain SQL: every
#: 开票 dialog starts with it (the ORM's query building was ~10 % of a one-message issue).
PRODUCTS = hot_queries.Sql(f'SELECT {hot_queries.columns(Product)} FROM "product" WHERE "company_id" = {{}} '
                           'ORDER BY "last_used_at" DESC, "id" ASC LIMIT {}')


class CatalogueService:
    def __init__(self, companies: CompanyService, clock: Clock, audit: AuditLog) -> None:
        self.companies = companies
        self.clock = clock
        self.audit = audit

    async def add_product(self, data: ProductInput, actor: Actor) -> ProductView:
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        company = await Company.get(id=scope.company_id)
        name = validators.check_text(data.name, "name", max_len=90)
        code = tax_codes.get(data.tax_code.strip()) if data.tax_code.strip() else tax_code_search.guess(name)
        if code is None:
            raise ValidationFailed.one("tax_code", "tax_code_guess_failed", name=name)
        tax_codes.require_leaf(code.code)  # a summary node could never be issued
        kind: TaxpayerKind = "general" if company.taxpayer_kind == "general" else "small_scale"
        rate = parse_rate(data.rate, kind, self.clock.now().date(), field="rate").code if data.rate.strip() else ""
        price = parse_unit_price(data.unit_price, "unit_price") if data.unit_price.strip() else None
        try:
            product = await Product.create(
                company_id=scope.company_id, name=name, tax_code=code.code, rate_code=rate,
                unit=validators.check_text(data.unit, "unit", max_len=20, required=False),
                spec=validators.check_text(data.spec, "spec", max_len=40, required=False),
                unit_price=price, price_includes_tax=data.price_includes_tax, last_used_at=self.clock.now(),
            )
        except IntegrityError:
            raise Conflict({"what": "product"}) from None
        await self.audit.record(actor, "product.create", target=f"product:{product.id}", company_id=scope.company_id)
        return _view(product)

    async def products(self, actor: Actor, limit: int = 50) -> list[ProductView]:
        scope = await self.companies.require(actor)
        rows = await hot_queries.fetch_rows(Product, PRODUCTS, scope.company_id, limit)
        return [_view(p) for p in rows]

    async def remove_product(self, product_id: int, actor: Actor) -> None:
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        product = await Product.get_or_none(id=product_id, company_id=scope.company_id)
        if product is None:
            raise NotFound({"what": "product"})
        await product.delete()
        await self.audit.record(actor, "product.delete", target=f"product:{product_id}", company_id=scope.company_id)
