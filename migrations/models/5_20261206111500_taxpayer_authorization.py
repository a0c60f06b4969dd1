"""Taxpayer authorisation (issue 13 #5): a company is 待认证 until the invoicing platform confirms that
the taxpayer authorised our channel. Adds company.auth_state / auth_reference / authorized_at, and makes
the tax ID unique among AUTHORISED companies only (a second registration may wait beside an
unverified one; the first to be authorised wins).

Existing companies start ``pending``: they issue again once their owner enters the code the
platform gives (发送「企业认证」 in chat, or POST /api/v1/company/authorization).

SQLite cannot drop a column's UNIQUE: the table is rebuilt from its own current definition (so
columns added by earlier migrations are kept), with foreign keys off for the rebuild, which is why
this migration runs outside the runner's transaction and brings its own.
"""

import re

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = False

POSTGRES = """
BEGIN;
ALTER TABLE "company" DROP CONSTRAINT IF EXISTS "company_tax_id_key";
ALTER TABLE "company" ADD COLUMN IF NOT EXISTS "auth_state" VARCHAR(16) NOT NULL DEFAULT 'pending';
ALTER TABLE "company" ADD COLUMN IF NOT EXISTS "auth_reference" VARCHAR(64);
ALTER TABLE "company" ADD COLUMN IF NOT EXISTS "authorized_at" TIMESTAMPTZ;
CREATE INDEX IF NOT EXISTS "idx_company_tax_id_2e3c1f" ON "company" ("tax_id");
CREATE UNIQUE INDEX IF NOT EXISTS "uid_company_tax_id_authorized" ON "company" ("tax_id") WHERE "auth_state" = 'authorized';
COMMIT;
"""


#: The table as the init migration made it: used when the database cannot be asked (the backup
#: tool runs the migrations' SQLite DDL on a scratch file to learn the seeded rows).
COMPANY_AS_CREATED = """CREATE TABLE "company" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "tax_id" VARCHAR(20) NOT NULL UNIQUE,
    "taxpayer_kind" VARCHAR(16) NOT NULL,
    "region" VARCHAR(2) NOT NULL,
    "address_phone" VARCHAR(200) NOT NULL,
    "bank_account" VARCHAR(200) NOT NULL,
    "allowed_kinds" JSON NOT NULL,
    "default_rate" VARCHAR(16),
    "invoice_limit" VARCHAR(40),
    "issuer_name" VARCHAR(32) NOT NULL,
    "approval_required" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
)"""


async def _sqlite(db: BaseDBAsyncClient) -> str:
    if hasattr(db, "execute_query"):
        _, rows = await db.execute_query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'company'")
        table_sql = str(rows[0]["sql"])
        _, index_rows = await db.execute_query(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'company' AND sql IS NOT NULL")
    else:
        table_sql, index_rows = COMPANY_AS_CREATED, []
    new_sql = re.sub(r'("tax_id"\s+VARCHAR\(20\)\s+NOT NULL)\s+UNIQUE', r"\1", table_sql, count=1)
    new_sql = new_sql.replace('CREATE TABLE "company"', 'CREATE TABLE "company_rebuilt"', 1)
    new_sql = new_sql.replace('CREATE TABLE IF NOT EXISTS "company"', 'CREATE TABLE "company_rebuilt"', 1)
    indexes = ";\n".join(str(r["sql"]) for r in index_rows)
    return f"""
PRAGMA foreign_keys = OFF;
BEGIN;
{new_sql};
INSERT INTO "company_rebuilt" SELECT * FROM "company";
DROP TABLE "company";
ALTER TABLE "company_rebuilt" RENAME TO "company";
{indexes + ";" if indexes else ""}
ALTER TABLE "company" ADD "auth_state" VARCHAR(16) NOT NULL DEFAULT 'pending';
ALTER TABLE "company" ADD "auth_reference" VARCHAR(64);
ALTER TABLE "company" ADD "authorized_at" TIMESTAMP;
CREATE INDEX IF NOT EXISTS "idx_company_tax_id_2e3c1f" ON "company" ("tax_id");
CREATE UNIQUE INDEX IF NOT EXISTS "uid_company_tax_id_authorized" ON "company" ("tax_id") WHERE "auth_state" = 'authorized';
COMMIT;
PRAGMA foreign_keys = ON;
"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    if db.capabilities.dialect == "postgres":
        return POSTGRES
    return await _sqlite(db)


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztfelz20iy579Swf0wUgwtS5Sow97dCFltd3vbRz9b/XrmNSfIIlAkawUCMA7JnLf9v2"
    "9mASBxC0UBFAiXPzgooLIAZF2Zv7z+u7e0dGa4R9eaZvmm13tF/rtn0iWDH+lbfdKjtr25"
    "gRc8OjVEWxprNHU9h2rY14waLoNLOnM1h9set0y4avqGgRctDRpyc7655Jv8m8/GnjVn3o"
    "I5cOPPf8FlbursO3OjP+278YwzQ0+8LNfx2eL62FvZ4tp703snGuLTpmPNMvyluWlsr7yF"
    "Za5b8+D158xkDvUYdu85Pr4+vl34odEXBW+6aRK8YoxGZzPqG17sc6fjzbXeePzp8+3469"
    "vb8bgnwSDNMpG58Kqu+Po5vsKLwcnZxdnl6fnZJTQRr7m+cvFX8OgNYwJCwZ5Pt72/xH3q"
    "0aCF4PGGqTbwh2X5erOgTj5j1wQp3sJLp3kbcbK9zF3S72ODmXNvgRw9LuHkf15/ufnl+s"
    "vB4PgQH2jB9A+WxafwzkDcQmbHmEtd98Fy9PGCugspJqcJ62F2dGHD7c3y3T27h8Mq/B4O"
    "ixmO95IcZ0vKDRlOrwm24nA4WdvK4LNKDD4rYfBZmsE6d22Drsbibwk+p+k6OKHPq7D7vJ"
    "jb5xlmc3fsenQ2yzL6jWUZjJoFZ1+MLMXnKdA1xej1lQY4XcLZN58/f8Cel677zRAX3t+m"
    "WPz7xzdvvxycCM5DI+6x+OG44fcM9gKmjw1rzk1XQtjI0D0ud9TF9ONWyx0b1hqWdgcsAg"
    "Eyb3/+Cbji8SXLZ2+aNsVdPSQ+in7s38Zdwsrb9x/ffr29/vhbYo7/dH37Fu8MxNVV6urB"
    "eWqTWXdC/nh/+wvBP8l/ff70VnDTcr25I564aXf7Xz18J+p71ti0HsZUj/MkuhxdSoy0Z3"
    "n22GWawzyZAyJF1uLjuPeVUVju5OD67dcXP9987BPNcthLlzn3XGPuS/gEncFchUcd2Svy"
    "VXzTG+v74SsymTBTO3k18gfHg/PJ5KiXmh01d717+UuMIjNxPHK0tdJTK02qTi6Jk8tdur"
    "h4LFMfz0AxtxxJ5ufSqxGQGAFYiciTMc3Z9cqPtyRlDYdb28TkLp1ua81cW1BzvtV4F3Sh"
    "Br7VA6/5jgNHL4zj0qbmaiyFRuYTb6UltExyrUNPQMR3dpcLT6YYl2X5O5CP+Nz8la0E59"
    "/Dy1FTy4MYQqz7ZtPTfnH6r2hSRVc3r+jQhzVeXjDXgBHw+Sw4veBVyKffP3zoCdZPqXb3"
    "QGE/KhiDJVtOmeMuuJ2jE78Jid/9+oUZVHxTIes/rjva370sw/7EJjGFl4NOnsinPxioSd"
    "6boK8usQpnmzWwYrMsMf+yt5aDZfoKNelcfBI+G58U2bB8nXvAN27+wmjScJTfol9q7MK2"
    "eEBzc7yIWj9m9erdLhixTEYc64EccJ2cHBIPRpLcwaHiwk9GRI9/c4lBXY/AKnVWR+Tatp"
    "kYauLbeNi7hHuEm9g+ox/W/oSRKdoAAXyb6cLnwbf0iWuB5mmGWwl5cEDsdVwCs8vH5yM5"
    "NXWiUdO0PDKznLvNs/viFh2ZwX6jx96EcJfocE0TfBYqqrIHtsse6LJvOZsXnxcyNiToDO"
    "J5NRicnl4Mjk/PL4dnFxfDy+M1i7O3ynj95v3PyO6EwJqDi8LikDYPJoiUJaWCJUVwTOxB"
    "uYJ72QTPkHZIbN/BZM8I98UiZ+PiwVscxULRILhbQSxg64aPSgTByfvCMo3VK/KwsIgOh/"
    "YDnNh9+J/BWektHMufL+Avri3wADVNZmRx4Sf0U/MJW7ZUOnbI7uQoKD6K5ZElBSTtAZAk"
    "4HU5+ChO0qHTpzbj8naY3C6wuP1TDWJcDQ4RGcE0RtJBsfSyglR6WSiUXqZl0kDXlmHvhq"
    "KD3K1f6PeoM5d0QlhT7I7Bvd5O2HsyqDJ9oVUhg8W9lDcg83L9Lf/P18+fCvwA1xRpMYVr"
    "Hvl/xOBuY8hB73/OfFMsITL1ueFx0z3Cx/7vpkaghOHIoYTEEvH54OP1P9JDcPPh85u0KI"
    "IdvEl7AewSvEkffk1I7ALvRKAjgBbJgXCH0a0l/PEyhtEe2avDVwTYwwP4EsFI22H33PJd"
    "EgGcoh9q6rmgat0PGZnegm8uWw+muHUk7C4IoRpsTrUVArmuwFc9BrOSzeDRGyiVsO+wHJ"
    "ie68zzLHAVfq+8N3ucqMWOXa05uGQZrHhbztuWYFCR6TkHgIpZpYvRp5gRXEVg7ZlaVQzz"
    "yEZSdDiC4uS4SggWtCqWUY8zQVgePCFv4pZpAd/zUYHaeFyHaPS76J7QpWXOCfXhRR3uMp"
    "0EuwRnIHSYxoocUGJTB12GSfBCRLxGaP4lSz53hDvCIeLK3IAOM/JRY08amQ6bc5wPQih/"
    "oNxz0Zos2sMo2HTFHJCeomfSQPCipoU7F1nSFdEMypeivQvjjUTk/U8VnJ9rj/XDd8SwG0"
    "9qMSepdqh0hg4BkpqPEJWLBoZYM2L5TmR8IAfcdWESnJyS/zEUDurhMycTIkI5xKhx897i"
    "WvQmaam8mUeNTNugHsyzJTo5zLizRIcIIdCbQBs+6d9Mn0xew9+ubzMH5jv+Lawt6wmYmL"
    "3wSsKfIjYPYUa78QUDj3K9I/IZVws1s0sJHSTgO9zH5+/JeZWNMg1zx/bJ89z567AZc1jo"
    "Pyc1hxOUSg59XMbfzLItXIgzxCokqs0mn2gbG99xU1YSSRJ2UeirfSvDbVkOWN9Q7PAIPh"
    "vsBvkdVBF1iiWdzMal67A03LF05ogMYecw9kEl/WVQor8MsvrLlJp341jylarsTtMpblfh"
    "NjUM6wGOVdxwc9y4iw0bGcJ22DfweZ2xb4QfMHYktaw0Xffk0/oP0UBbYmODL3mefMo0vq"
    "RGAfSXpk2vhYD4KOxk/5hfwuyf3t68/3j9ATjaH6SCRqNxOMvsOkLtc6STqqTIOrfDn1YR"
    "XU6LZZfTrPBi2451Tw3QV7/53JEOUs+lV3HSKk5aqbxMxsyWOGdgrjwxYu696GR/h7w8qj"
    "A8Tp/OI+ylq0xSUaqlrGrUru27nrUUpuSsYTu61y+1bMdbPR5UQVx6z3RQclbMIR73DEYO"
    "Rv6lPtBH/hm7OB7558PpFfw/oNrIH16dnh0KsxIc2dodseE/4GFOkEV9/eYY2f9MeRxHUl"
    "tobfyXMsI/oxH+uTzId2MrfjYXcuXb8OP5NjwjHli7TV9B3Qrq7iy3OcxPEHTzLGWPpZfd"
    "0CnsQwL72HF26lbP6CaSU4tQfd/dCl1K0yp8aZ/xpSbV3Xf027Xj8eCjMwpv7G6/TOWd0W"
    "9jGmtYQetdMMN+oWFICYsy+3xl6JdGZo61DFLFYpuXqOa8hAccrejSeE1EMnDC9DBrjwPz"
    "N4gyWebpwA09pWa38xKjSI3SbYuqU9TlgVaiAwNj5paTk2SvJOA3RtNFpa12syp8pCsb9h"
    "un6SCTm/HjMN0HlpMF+ZZ9L0qysKboBI/LDvu3/7hNnPMZ34z1Wf/h86efo+Zph40kw+/Y"
    "CpPaSvnMxGmUu0z5kGwTDrwyLXO1lBqSOI0aktqHxITtZyyf+CFF1kH/pSbQ0UAElXXxiF"
    "EpcEMC3AhSi26jeicpleLdOsU7b5inksayDJ1KZNWqBInvuBF8aRbRCO70S9GMTZsKQAZG"
    "x8E26zsm2teHl1cM/j8+1Ub+BT1mxHII2tjPjuHq7OoiuDryry4vz+D3LLK6Yx5kmznc0l"
    "8jKuEwDbMNB/26ID8sbTKZ3DPHhefm1dp5xveo4B6AhjqxNnCpiN6Vi4ByEeiei0B8nssY"
    "sddrowvKeqN55sLdQ4K/GwrF3ce4i8H7fo6KXczdDUWbudvTHTrz+sT1p0vMTqX3CdU0Zo"
    "tfmPWKPQDP+8RkTHfHS3hfB8vSIQE0Q3tBnwR1MfvEpjybdauB/neM5YZnusRxEKPYXcL8"
    "kz05CWZ87jt5Xs7FaFWMpB1gVafSCXLT9j2p8dhQqOGofThsuhL8yYxHaSxejOrJUXhbjU"
    "tT9TrqjsEDdhjUYfrYpUbeLlTK5SyxYnYps0H71XOjeBEqLOBxjKYMJGyPDFULe69v32Zw"
    "7S2y9KgEPZIJehymMXgrOR6vSRSHH+fwkrkunUvN4hhJ51wih5VsYMMSG9gwawOLgmZl4f"
    "oM3e70lT0Cr1Qw8zZH2t7avJRps3PD3Crr29t7JiJ2C0xwwe3+43a4MVu3fNQaB506q6D4"
    "J4/yWNLQetUnD9xbEJyaiM55liNce8NDmIz8wfHJGbljtqgBCg91sla2BvpXFc32tKJZOD"
    "ulBJEEjTKgZWUQVSauM4eRKhPX6ErpqqmuNcENe2IQ26MpqyCS5iESVcTs2c1crdLCfqOr"
    "ZakeFjXoV9DE7FhbVbNnv7ZhpcjsVpFZ5uf9KDW8boiex+D6TEbBbWyuS9g75PwANxRK/K"
    "1Ud2DnFsM2C2v1GwzRz28LED5GpkAPBXp0H/RoiTj9XmdL2/KYqa2+MM1ykoJpYaNSsZpv"
    "mo+dTfvHg46wslfsWS9+ZavJRJgbsDYYzGEbxoER7hHbsXRfQ79iF6YW00MjxbqCGMsJJa"
    "q79woBQndspSKCVERQR7asVCoJGRkqbN5FEXVQJVgFWhULqYNMwMoMns8c2+FyORZTZB3k"
    "dv3yalQHRW73TRCpDSJng4jOUxnMNk6jUNtaUFvlCffUodgLBa0t2gTGFkVFLPIUifj9ch"
    "0CW455rOmj6sPIv5zpU4z9v7ga+cNT/WTkX1ydX77COr5hT0FF4rCQrwB27oNYRtRSMH1i"
    "WNj6P69vQ/+nrCLR4HMqqBQa8KonFhOWwFDahdIuumdlkC3BqyrvSiDg0QZSlblR+85h3y"
    "dVKtedFFeuO8lUrgv3ZAnmbig6OHcHldKHl2QPzyprWExROigxSfVDhyW6zDC2KGKZIuve"
    "VtBEasOQafL1XzKEneN3A2VglGNCo44JMBklmRtSKM4+wln89LGsUJYg6tz2UL/QCzq3r3"
    "k8NzVHaabZJOEOk81G+tve5pp1Ld+RS3+woeigMFxzSjMVM65ixtt2/CmkXAYpvw92zhyM"
    "PKqTXYaOr9soh/X92mTKwGSdjRfUXciic2ui9hZU6n395frFYHiOkeVo97BM9gI3QILv/1"
    "pcwl+Ee6D8zgh3ibuwHkxopzHiWZHvFUz6nPD1mvvedQ4jK08oLRH9rVxZtAsyUgNgtxKT"
    "GhST2Hebw3G8hZiUpFRiUuvEpERqHXebWhKuKiRRvnq2LIJab/3TlvG4S8tGKZE/xjC31w"
    "dk77bHjHKeYXOWx+8sh/G5+StbCVa/h5ei+SlUQwX7ZtPTnrH4r2gaRVc3G7hDH9Z6emp2"
    "AQfgu1mA095cf725/ult769ngz2KfQMruQVKOAReE1G/gPimxw0ivAD014HaF/yBKiHohq"
    "bHTI+YmLuMaAtqzplLDizTWIn7QX6Zw7zaRHV3/zgik/YGTLo2wDVon24TJsjJuZPf3rO8"
    "wDDHw3JGCgLaFQSkHN8axALamFrq+WqV189f7o7lK3luiFQhTwnjquXwOTepISd1pqgaUs"
    "r3b0OORy0FR/d45lhLOebmkSrYI8vinTvJpvn5vBJEwx6yBptTbSXtT5Qi615lhPqdvVvg"
    "i9wyjsu5Ioe7pTw6liBUEGibsbGpv9rC2zxJ1UXdpgl384Br8t7mabrOeZPW72wesAzWAS"
    "wVd2wDu7aY3xnyDjK+GufLWF/A+yk178ZU0/Kd/h9jfZpacb4650Fht5nj5mWQLlX0c6iV"
    "xi+h8Qf8Y8vcNMiPTfg1Wfdm+rCSCjUs0aGGGSUqYNqW+3qX9/O6D9J9C0fcbwlxHwMSdw"
    "fFNDW5txYTi+g7uK80IK2E3NtWUCwgV7yvwnvbEcnRTM3w4SXHubGjpcJifgcq+q66uCiM"
    "+OOtoqLTpCqCl8XXQk5stGDYFhHScTrF5Spc3obDirtVotBBRXTuZE7IDUX3DsXTSofiac"
    "mheJrhsDBbyOs6KbLO8fq0imHutNgwd5oxzN0zh89WY8+6YzkgVTGn03RdMzafVQlBPyuO"
    "QT/LBKHbBvVmlrMcOwy+1vUk1coC8tbyvffZd0gsuT25YytCvVhieBgMEn3VKwxEJDZzop"
    "yQ/aBKLtUcy3Ux66PDmZt1K23qITsOa/zmYF0tw6JSUyJJ1d7NrncLw2FS/Isa5D++kPCt"
    "RTkBdOsd+eeXg5ORf0UvNUJdMXzRoIUZP5koPLDMzoCa+37EL6IS0FQCfJxkkQ9twbQ7aR"
    "+UJFV7x741DpcOo7l2mDKZjebbXvafvY0AGQ7TxwHP5DM0ZUk7x/P6p/SMG9IuxGuadtsT"
    "e+8DOAv2cJNQIt6agPIf7tjAcYsYFhZwIHCS6/h25ABm0QuDeZ444F2PUT0nEKXOjp8FrL"
    "KZqWPdRSqy70uJkBnK9i6y3h9YRYjatmPdw8FuwcjgyR28Onmg3EPJDjODUxhHfQmjeTAK"
    "9L8R9Dbq4egFv2D0Rr2cmdDIE3aZ1ioaz0LRsbh4RA6pqiGRWKB11pBQCTV6Ku9YSwDPvX"
    "OL9W19y2FOUqphbvUwq8wAKjPAbpfNUzIDfIH5/uX9zW1ZaoBY6qd7ho/Oamoh3btfvzCD"
    "FgjlyYj/t9hVh3iejMfiJquHTR+4uccbepZLO0gzcYMuDCKPQlG2iahFv0LSibEWa/xo8o"
    "nPJiOO9SCw+SCAEXUvlyEeTw5WjDrk71ho9p7DlnT4mlDDsDQxEzBD4ZzaBnNdMmUa9YOC"
    "eEkjQZ29j8zAuAAy5BJTVSyAFcx0ERjgOgssD6Aj4hPgo0031CcRjnYsw4B+YNCCGrncq5"
    "jIojCvRPANMhjAhqK9+S+fGWArzjhhUNcb31PDz0uMzueFYkqSbndiynGzMsrVYHB6ejE4"
    "Pj2/HJ5dXAwvj9fCSvZWmdTy5v3PKLgkxqVdhb/jh2/xBrk+nB/fHtm66aObI1q4FhyLa6"
    "8wa+umbt4rEiqyfeL60yX3xM8A0cJfQexnXwCZTCcjf3A8OM81oNXbfc25kstWVsdy5exg"
    "RZXtb/IqtlKt90C1ht3FcuQU6ziJysuRgz0uqGkyqeCyGEkHI0JqNm3IG7eew6i1M+7W7/"
    "enMy83OLLYZLShUJai2i1FkVgolygwQaTQz8fRz1hGzCein7EEnHvG4qroZ3J2tTAvqsD4"
    "ipWxCAJ8XBczopa1lof5Mz7bYP1z0YkqQf6cKUPXw1CdtXEStcXmpaiTjNFQgehygeg2vA"
    "BasWX5nKbrIr+b8MfGwH1Z/9U4TRf5fFWFzVfFXL7KBJzbTJMyW4Tt2+uwuG2cUZUZfFY8"
    "gbPBifCVUsH7UfvOsbb+JBXffGp63MvxnigNrI2TPTm2tmXAWoXQ2sFZ/7JyaC3OxrHIaC"
    "DJ5CShYnM5m1UFeFWnfG8N9AlZTXIOqwQS1SbwOvv9FipzLm2LrUi9zxgK5IiYoNDyLaJE"
    "w7ePSqVODZ8RxIoI94hmOQ7TvLyQ5Cd21rC6rpBmhTQrpLki0vyRobegu+B2Lwdojt3tl+"
    "HMy2S7mlHmmEd3lHtNgczPCTKrGtU7qFGtgr467rIkdjJZp6U4kZJS8vyWVJSVirJql/RX"
    "pf5qztZQA2+vNz11lLfJHbFNkvVvjqX7Wq4zfXSrVKa2Y40q1LZ16T1o5CERsRyM/rkHnS"
    "MKxHFFDhDE3voE54GI1/FdnxpEYMp5BW1r6bNMpA+HTbBHifTPKdK3+NjcPzYr15FduY4o"
    "V4YduDLsk6lnb1OdKaeG5ipvKFecJl1xlDND484MqoLGs1fQEBHuvrsVMJumVdBs66DZlo"
    "Thf2H6jWXOuLOk4QhkwIN0k34ZiIBpZ7V060fRhJF/wehg5A+nwwv4/1Q/gStX55cj/2zG"
    "4Pf58fkMrlyes5F/OaVn2GY4fEUeFswMbP9Y+g5Ti1AS6ojEwjtwZZ2Zmntk6bvoGiBej9"
    "AMAPE8rzEyY8lQw1T0AvDgJrkYkIXlO24fwRB8QnTfoLaLqVbw1YYavAi7mh0+NfeJAjoa"
    "ATo2qwF2ABm5MIe0luIEjUAevezKgCuzk3P8PbsIFsImUXwW/tuCfscRvhxkSE49y5EZxA"
    "TRDiX8oIKcpJzf+2NhYQZnTOEMGxU3X5GgH9x/xO6Wk/S3EskuQ93RE2y8lVdWDqVCGbOy"
    "aVidcCsMN5dWMbmo4vJWPM4jVSzOmcce9Xy5ZG9rijYjuVEycpQPr4bHxyC6DqdXcJDO8F"
    "Adnpzj/7NL+P9SH+jR3c3xe9iPxFPY1A/wANa0dR/6bJBq67D/yzSRykqIpXpKLMUG99Zd"
    "cP38DE93fKnDzEmyN2/9LIVWtigB8kzlP/bYGa4gX2pxDpc1QTtSuODzOpPCRZXcbDSgKo"
    "AStiimkEOpXNhyxAucc/oW/M3QtTjS59mYi0jjVjpellCxN8te9t3msDVvYXxIUirTQ+tM"
    "D8r5/4cb5uhEkR/mJGUNw9yyfXPfR7kldsQ/GOih3hsuFPhejhUx2aBfZkN8YBo0HU9jbW"
    "sO8MNnIzNsZoIEoByBn9M+Fo5FVVAjbN5mMKM36i3tUY/8L2LNZlzj1CBh1AA5mFreIdY3"
    "XHKTw6eIVvj7he1Yc4cus1axp/W1Y/gkXFES47mhaPOQbolP1V/WHL7TkuRwjKQh63GnOK"
    "wk4s7KSioctpnjvSRsU4UWdiG08No04c00UZ6rlyPcJ+6Xyvaub9uW441pmqJCxOHIv9Bm"
    "U3TS02fCHoimurMz+joID5xMlshcZuI8mkxEuOADDLn1QBw289FdzrDm3HRF1OCDwz2Wk2"
    "uoucc87pj3J5qXHS+Czpipi5//UgrJLhUSj3ty2UbWBB2UYBsJoptaek4g/y37XuTOErbv"
    "BH/LhKi3/7gtN6KuZagPnz/9HDVPW1YzPi6bLUVGnE0QKmm21dJsdFRIDnGMTA1wqwc4Jn"
    "NkB7k0EitFucMQrPWVvY3Bsv2pwd3FVmhAmnZvTCcgAusOnXkEdBFukPV3vCaWaaw2f5O4"
    "DA/SrsOIu7AeTPT7ZubMcjSm58nX9Xbe4TUf4Umy7iMZOgVU5OXtUjhfVw/OlthE3zGmY0"
    "+9HMRkfa9fBS2ZxVvXagtVps/nNH22F4PePzY/f2qpthnKambrHXyHDCwWtW8zaoNJ7+CB"
    "S6zHPp8zFy/3Rey2QcNBT0aoPNp81+Ua2Pcc+aUYSovat3lQ2gyltS5crI7IbYdpjN9jJJ"
    "RmUNfl8HXwm5v3OMPn1IMxwGgo2xDXZ5ZhWA9wbezbSGG5TM8slHq6VJmw92Gp7YNKkPCh"
    "sfUthzlJqYa5dcMsofnFwPN7xJhyYNWQ7t2vX5ixzmaT750Q6XNv79leoitFPgp/7UJBDp"
    "hWoiWvuVpdVR6z+8quBW+ptiDBUU20BTXnDGsKURL1RbiHMp8w/2MOEmg6m5GgBsnfXGJa"
    "Xk4247o6VUp7y5R26VNDnRYtPS2S/oCe5cgiMRsSBRhkAYOZYy3H8jpTiqxzSVEbAAGsLd"
    "icIOoEHNA0m/FIlsFaovYdmMG7RlrWUpzUhpyiUmbPx/2z45alJzpox01ae8bkqh7aqQnW"
    "JhftT5bHZ1wTaupn2/vs5ypUOa36VbQqM0Y3tmxvbPlV3bYDc5ULOg71iG6hYkMeqOmRqW"
    "NRXaOuR+K9u+Qg4fpxmONC8uQuR+bI/CLAR+jEEuqX7wq1C11MPK7dsdDphBoPdOUSF+iU"
    "NtZGbawtJtQOcFkB4T+AztsS35hbscfmHVHhnUrHkrdp26RXzJ+pHSNmBoCWf8asfPE76i"
    "D4IQ+CZky0t6GIQh4WFsGYeZFt+ZUQXYTnrGmZLwIIOcoPIKSjJV2B8MKgbVaOqqlP5c1T"
    "x8CC7Kn5jgNy5rp0wLqsQLDNgYjrRsN0AExHVw4ywyKJOEQ5cnK9XTeditefYjpWGQQrRt"
    "JF/KqJyLv4m2U4XYxkpcg6we1dQ1qgi7K55eQEPpYUgIjRtJnpvc+msG7ijvLu+j9I+N6o"
    "XsN24rCXC2bYL/Hsfjmj345WdGmQyWTT6tVkkrN/1dXpjmHirnqJ4fmALlxjkV6IuW4fjg"
    "3uCa8tOGXQncu1jNDnK9cpbKsedu0DFpx+2eErTgEdI9nfJNBCWsC6YeisADIejA5obi6Z"
    "MpAD2BoiI9TFlOgoG1Cy8EG/E2nT2ZRijnU2LBBD6ur4mRNSoyfj3GSSCWdTVG2XRuOOKE"
    "I1mHEHRm9BTT2o8ZI/xNXIFHDVRnlnH4Ar5cH5ww1zJA5sMc4p0r0Jvv4hxzkQ9rbZtOOE"
    "aozbNsZbeWNTz6PaYvl0l+zAkHC97m5/N/OsV3YiNUgoUdfBrY9BX11iVfNWrNgUK7RnJa"
    "dhVcvWmCbJVOj3rqZT0+aqGTeY+J1hbYljbIym1WjgV4o1T7GkmuXwOTepQfC9yYHOHYZO"
    "04jhYXZERE4cy0BkAOc1c1zisKUFclsOjlBbr+WI0qBKMVJoVYwpDTIFSZdM5zQYLInxTl"
    "K1esTfOdZSQDlLOucama485vaJye6ZQ2bRPeRGdljlSHecDNrl/84ZsuLapmFz5XmaZ+Fb"
    "0MHwXAoXX1O0efJvad9rYLLCHghyyviOSRmZUmRtZnXvN+otIpuQ2ClgZ0fJ9p5Ffpwx9Y"
    "FEB8Mqu+s8paPdnx8K1ixcVPuuI+docnLWhSSROnlyTp5QmZJia4JGcfXxSJKNL+YT40g2"
    "DqB7xuCqUSSJqZUfQ5KzK9TG2e5hPGkGJ7fENkXpJEegEC2KDVFlqCg2TR6PykHXGjy9CD"
    "cJDZ0A/4YBNSAu6K+F/BOYby1oyN14hEysp3yXnZr6VYhVuxArkFwW0hHycRp1iJbEyM9m"
    "OfB9WVrvJKHK6i2R1VuVn9il26tSXX8E1VWpWHWdDkrF2o2KpXwR9sDA/t6cWt9L1KXE/X"
    "6ZtsSxpZySJErBUf0Ki8BdDkf+2YydoGIjjFVBR0SDwXTYa6HP2Mwhlu/Bc4hIPkcOJhPx"
    "A+YhFopzSTCWeSkNGn2UfIQrVsXGyNbkVVTi5ENb3/D5j6J8XQ0Gp6cXg+PT88vh2cXF8P"
    "J4fQJkb5UdBW/e/4ynQeI43+sY2L07hn+cENRnY2u0YckYK+M09ehjz7tvNGwSbn/O/h0l"
    "3TsdVGDt6aCQtXgrnXkfs/7nZYQrybkXo2kzmtALRSpyx1bk78SmDl26AXwLHDZdxJ2Jw+"
    "CZjhuGkXsGe4lASVa2eWJfuw+SDl4xO67FEYAbinYEAOJjZQMA64AtGgm6UwjSNkOxdwhS"
    "pFxIjnGMTAWAtG18W5JsKp718DeHzRgcN1ounlDQsl+GLCRyI9pJokcxht+Y8yJKroNZ4k"
    "2GfssW19gR+WQRx3oA/R9OSXEyhvMrp2r99t0oM2vLzKxt0eE7wOWYDBGsCSmhLk7zrGId"
    "Jjs5ojq1MZThKID9xuGGFbF+HL2tdN6Hr/7UZR76wl5/+DAGYe3Tp7cfvh6RUc9duqMegU"
    "2BBZvHK/L141eR/WsqvDZ0QoMNBd7ewJ06J2aj5s6fWRR12BLHzBnrdJUzlwrXZ4ZudzDb"
    "UHI6/ITpbsPcHJTMuAEjCScG1eGH8I12QVUTAxN9VHbUt+yj4T0gepY7ZiZyNA+qLvO4yK"
    "XfoeNFtP/urd+FytqgBP1mBf3P4mwsLCcVv10q0odnrEQJKXR8jCsCuMtBt/we01o9ONzz"
    "mBkZ9FyMWhTYFw0O+PCkC6tEcYTDEBXLkfObeQymQ//AZ3BrBfPlFZlMbNig4ZGTCRn5g5"
    "OrATnQDApLSyfTFWzpGCuzOoR24bMTTddXmT6ZvCZ0ZIqX4GimnFFu+HAq2L7n4huIQljw"
    "DfEniopYlCBO6sANeg80ODCw+kV/M7g+MicTBAKph5Cq5wKZeEHRKfTkAiE+C1/hiFyn3x"
    "T1oYeF5TIC273LRubBZBJ+4BjkaG5MJodkAfyyqYuiyJQZljkXueLDjw9zz3OUU+As4y6J"
    "GETnsKorm103qd/i35lOK5x4tzzLLNprlVG2lUbZ7lq5RNovnem+HYD7B77P9TOQ6b8T3z"
    "SYG2w3tmPpvgZLWawlFxaQzmAFgywF2hPX0J2hIGlcfV3v2OrWGh2+YwZjZYdvhK3tNxJv"
    "sTexoznCDIHyeRQcpSNoN+pFiuhRpNAFlwOXwSOsSb0a9TIbUg39KQN1MwZqlHfD93ZfRt"
    "mQjv69CFICHwS2ZZTMPHFqMH3OogQTGPseQk3su5dzDjX4HGXYVoZtZdjuJh6SkAbjip3k"
    "QKdp92eoe2+pg/XVYC+E94pSbZhYWCJU2skBav8WVhdBlR6R4gAdyNmGn9pZl6dXCIHIqB"
    "oxkt0pGseSE+iTL1JJw2CH0I5rQa8OOYggmDtuYGbpJddfhOjOioSVASlmAovmRs58qrnv"
    "pjMntbCiQM55HUJ4sgbIkKxPNhDd+jeWAghwvMwQVifbdQWBEKybypX6SFBtNWptU1MbRl"
    "kEx8aedcdyatk8wugNWYs53ftCTd1aimAf8dav1uhzDLwWtZs8Cp9DLFQ1NNicTIsgYI2J"
    "+B3uBUUWHOshuw828oQd67lJcFxWkk4TKyfCNgs7WEdkzBzHcrIDXRzAn6TqQGzDroP418"
    "fqFipMmlYtsDYvsMiNbKxbZg5y+Li33JqwHYDRVqWQbsJvCYy81EAf89VGtoTL3A3iboPz"
    "0gPlIMT5hO3ZEgb4ZcwUnDh06+/+GYCslnh8oIMhDN2U/ezQfKePVIt+eUqtsO14vm5cyf"
    "UDTY4vRFUzuiTrXl6sQ7dhfESU9sP3I4fBjHa99WtFCPMILYDM9ka9glJ4NT8DnT7+YDfB"
    "FDSsBzcILPfdRSAOBt31UTNmVFsQwRF0dHBtfIxlagyjzsVfwjVj21jzCFMP/4w6VA4NLX"
    "VoUNbthrKUJteBrMmuVneR52Ztw9CB2Mu2kmaTlPsDx/+Qwuz6KJEc5DidUlfaNsItkTx/"
    "g013ZjnLa5Hjkv+bhuOQEUDzG5bKoXZIMqYZmgpZizz63aYrkVQ1pHcDZ2FrBkQ2pxZWhA"
    "+UkD4JcXQiELDAQRheCAU9WASoj+RlK2riESoSsV2RiDDGsqLImqLFday3FEIGVfxxBsXu"
    "OIOMN04iUrgqixNE7XUNbk2WFtxopKxDYfsOitFV6pIUVyXJ1CRBE7MUa9cEHeTtSZWJe1"
    "I8cU+yE1c5hykBdicC7A0CM0LeKhRdoybVhFYt1roSeorhWIg5moFXjstEKb+Df/4T80U5"
    "1j1HrPHv68QWOp9z7/CVECRPhi/En0AEcxPbcTcXPa35GSMzMIiLYDUETieT33/DGYVRcM"
    "eDc/Ll7e3vXz69//QzpuM0Xa4HNnLuuj6KwrG4PAGxcgGtzqmNwS1PFYeDj5Pam9cUnZMp"
    "ajn2iqVkYVu+p4afcxaWYdJJutZ64bUQm27b9gn6K8+1PKVaVNw8N43lVP2lZXoLYwX7z/"
    "np5WWQQnjkX11e6SN/yOg5eViwKDDY1DFzsHDrsQxd7F8H8EahG48Pe9DfoixBucmKd/XY"
    "J+yBz6+9tmgPrEt5Ld4Gw2kAQ+XRPCcspvElNfIZn6FNy6wB8VHYSbck1p/e3rz/eP3h4O"
    "S8P0hl0IgG5kxwv2Xb3nvzHtOLle17UZNqGx+PtX5858MsB6J9EAgcdiLEK6aTgymcq8Ry"
    "CGymh3302OaeSzC5+jlsUVcn2gx+n+qwUV1c4ZXzCzYc+ZdTNiB3JprCuZez7e3mmTl73p"
    "8gnxkGc8abLSq08I+jwH+Fkj4TShroEzLnzIZCnTMVQNL1PJdgcZKqzXiTSHQgdhAUpkBL"
    "XNqWBzrmCiNOX4dVHITiGmwB+ZkSZDvYdWHq9O5VXS1NESq7wuNLJmSa+FOe1xFZmxfNti"
    "BtEzHVU3+11dRO0+1sZu8o4X798zrgmOy0TlKpWV1tVncyJYhwVtU4NSYTcnB6cojC+mRi"
    "OTo3qbMSFwc5cEd1sh0HGgaKxxYWogShMhC1zkCUqP6N4IjMUlwTtFhWgjX1T/j34uNHYR"
    "0hNwtYSyK2P7C4FIKJ4uPyluhTuytdumUaYrRyLwoX7kUmMQ/iXGO6RDOZJFSWJlVIWQ5S"
    "luU1iFlbMTqkU1yuwuVtOKy4W4G735yxTVeGRaVEsiRVmwWzrX1uKgm+JTrGSVbJ0BZMux"
    "tLe40lqLrI6waE17EjnYJ9Q6QK3ssUvDd8NpYHqlNkLc6U0RqMAh43484yqAVkWlJ7SJa0"
    "exyv38F3T3IjmZYTCjMyalJA1ceiiZ6xGgd5jeBVxM+sGvR48x1v8pgWVSrf5Jpgj7MHoE"
    "FGfIewAYfG4WCQXDKzHBJKtu5hX/wJY/PCYB5mrRNyhCsyyicNxxtjcb4BqOHnPXOiTN+V"
    "ksbC5i3ePXsj/2I4QG4fn5zB78tzhtymZ1heARELgVq/EhnQYeK/xJoP4+CPPsKPn37/8C"
    "GMpgqPjbztoKmH7HgTgeGE/Yu6llSaryRVB3L+7AD1R57ZzOGWlKKZpGrxqtuS1TWgfy3z"
    "3frC9JuYtNkr8eFKN+1X8uXCbE9amuxRpy7YoxgdwEE0HV4kfaUC4Pb8+HwW38ewzXAYps"
    "NZ+2Pl7oN19atiVNvlfdUCfatlDG9Y3WqzP9bz8bl+l6lnhGxazenG3KWUc5pyTuucG49y"
    "TlPOad2b1dzkHqdeXg7gYlYniDrI6ZqzOwTQibQhNEXWQT7Xj2+pRBrxnbmKJD0olqQHGU"
    "n6R7RB1GF/bgTJR96OI7REckzidGpoah8alXBmm6HYO39i9t3m0N0Ww5ykVHkx2zzK6ESp"
    "b1muIU6pRrnNo4xmFnmMMEnVPXtdPcp9y0x2X0HmF0XNg08psNbFWvUrGercJEGFjDMCsv"
    "gbJja4YPpMGMxOEs4F6GJCSWAQfkUsm5l9Am9icHRLQZeE01NsObuI93DYJy6fm2GTmCXu"
    "YnoBv4dnx3puIppnfpvcXA0x2CywiqsEDSqNbcd2x0RVaWmPkSd6i7SbwTUHi+0DOtTDfX"
    "U3yH0NMGdLTvYvTMNqiqsbxEpzzvTE/dLT3AlbrmHXalk3wyrKHpZ1NNkLUVkZe3DJnN9j"
    "assocRtmeGcmCAkIn4sKQMwjvt2PVbWnJvnl4/VN5oRu6Dkj80CDSy9d5txzjbkvMWseks"
    "LXHtmrw9dkMvFdocVgRGjQk3gO98iC4t/OfdCjyEwHDDR14JUGD1J+Pi08xFtcc2j/2ByD"
    "CficuTkQQfHpsqHonLNUAxWKFaT6I8Aw4UkjO8YxMgWztW18WyIkXoOmpC3yxMPwTqlgSD"
    "dtHpMIiwdWiULtEoVA0ne5XCxMjKSDCvdgOKwCaQyHxZgG3kse3bioJDgcNu8gdxvx4IIn"
    "gjqYc2KW1JfekOze+P88B2U3ajX/9f8BFm5xDA=="
)
