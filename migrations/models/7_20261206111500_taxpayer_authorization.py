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
    "eJztfetz2zi257+C0n5ou0ZxbNnyI9nZKiftdHs7r5u4b8/c1hQFkZCEa4pkCNKO5m7/74"
    "sDkhLfJmRSohjkQ0omcUDy4HXO77z+p7ewDWKyo2tdt33L671C/9Oz8ILwH+lbfdTDjrO+"
    "ARc8PDFFWxxrNGGei3Xoa4pNRvglgzDdpY5HbYtftXzThIu2zhtSa7a+5Fv0m080z54Rb0"
    "5cfuPPf/HL1DLId8KiP517bUqJaSRelhrwbHFd85aOuHZree9EQ3jaRNNt019Y68bO0pvb"
    "1qo1DV5/RiziYo9A957rw+vD24UfGn1R8KbrJsErxmgMMsW+6cU+d6Ktr/U07eOnO+3rzZ"
    "2m9SQYpNsWMJe/KhNfP4NXeDE4Obs4uzw9P7vkTcRrrq5c/BU8es2YgFCw5+Nd7y9xH3s4"
    "aCF4vGaqw/lDsnx9O8duPmNXBCne8pdO8zbiZHuZu8DfNZNYM28OHD0u4eR/Xn95++v1l4"
    "PB8SE80ObTP1gWH8M7A3ELmB1jLmbs0XYNbY7ZXIrJacJ6mB1dWHN7vXy3z+7hsAq/h8Ni"
    "hsO9JMfJAlNThtMrgo04HE7WtjL4rBKDz0oYfJZmsEGZY+KlJv6W4HOaroMT+rwKu8+LuX"
    "2eYTZlGvPwdJpl9BvbNgm2Cs6+GFmKzxNO1xSjV1ca4HQJZ998+vQeel4w9s0UF27vUiz+"
    "/cObmy8HJ4LzvBH1SPxwXPN7yvcCYmimPaMWkxA2MnRPyx11Mf241XLHmrWmrd9zFnEBMm"
    "9//plzxaMLks/eNG2Ku0ZIfBT92L+Nu4SVd7cfbr7eXX/4nJjjP1/f3cCdgbi6TF09OE9t"
    "MqtO0B+3d78i+BP916ePN4KbNvNmrnjiut3df/XgnbDv2ZplP2rYiPMkuhxdSoy0Z3uOxo"
    "juEk/mgEiRtfg47n0lmC93dHB98/XFL28/9JFuu+QlI+4D1Ql7yT/BIHyu8kcdOUv0VXzT"
    "G/v74Ss0HhNLP3k18gfHg/Px+KiXmh01d719+UuMIrFgPHK0tdJTK02qTi6Jk4stGCwe2z"
    "K0KVfMbVeS+bn0agQkRoCvROCJhnN2vfLjLUlZw+HWNjG5S6fbSjPX59iabTTeBV2ogW/1"
    "wOu+6/Kjl4/jwsHWUpNCI/OJN9ISWia51qEnAOI7vc+FJ1OMy7L8HZeP6Mz6jSwF52/5y2"
    "FLz4MYQqz77bqn/eL0X9Gkiq6uX9HFjyu8vGCucUbwzyfB6cVfBX38/f37nmD9BOv3j5jv"
    "RwVjsCCLCXHZnDo5OvGbkPjdb1+IicU3FbL+w6qj/d3LMuxPbBIT/nK8k2fy6Q/C1STvTd"
    "BXl1gFs80e2LFZlph/2VuLwSJ9BVt4Jj4Jng1PimxYvkE9zjdq/Upw0nCU36JfauyCtnBA"
    "U0ubR62fsnr17uYE2RZBrv2IDqiBTg6Rx0cS3fNDhfGfBIkef2LIxMxDfJW6yyN07ThEDD"
    "XyHTjsGaIeoha0z+iHtT9hZIk2nIB/m8X45/Fv6SNmc83TCrcS9OhysddliM8uH54P5Ngy"
    "kI4ty/bQ1Hbv18/ui1t4ZAX7jRF7E0QZMvg1XfBZqKjKHtgueyAj33I2LzorZGxI0BnE82"
    "owOD29GByfnl8Ozy4uhpfHKxZnb5Xx+s3tL8DuhMCag4vyxSFtHkwQKUtKBUuK4JjYg3IF"
    "97IJniHtkNi+hcmeEe6LRc7GxYMbGMVC0SC4W0EsIKuGT0oEwcn7wrbM5Sv0OLeRwQ/tR3"
    "5i9/n/hJ+V3ty1/dmc/0X1ORyglkXMLC78jH5qPmHLlkrHDtmtHAXFR7E8sqSApD0AkgS8"
    "LgcfxUk6dPrUZlzeDJPbBha3f6pBjKvBISIjmMZIOiiWXlaQSi8LhdLLtEwa6Noy7F1TdJ"
    "C79Qv9HnZnkk4IK4rtMbjX2wp7TwZVpi9vVchgcS/lDUi8XH/L//v108cCP8AVRVpMobqH"
    "/h8yKWsMOej976lviSWEJj41PWqxI3js/2lqBEoYDhxKSCwRnw8+XP8jPQRv3396kxZFoI"
    "M3aS+AbYI36cOvCYld4J0AdATQIjoQ7jCGveB/vIxhtEfO8vAV4uyhAXwJYKTjkgdq+wxF"
    "AKfoB1tGLqha90NGljen68v2oyVuHQm7C0CoJplhfQlALhP4qkf4rCRT/ug1lIrId74ciJ"
    "HrzLMTuAq+V96bPU7UYseu1hxcsgxWvC3nbUswqMj0nANAxazSxehTzAiuIrD2TK0qhnlk"
    "Iyk6HEFxclwlBIu3KpZRjzNBWB5/Qt7ELdMCvuejArXxuA7R6HfRPcIL25oh7PMXdSkjBg"
    "p2CUq40GGZS3SAkYNdcBlGwQsh8Rqh+Rct6MwV7giHgCtTk3eYkY8ae9LIcsmMwnwQQvkj"
    "ph4Da7Joz0fBwUvicukpeiYOBC9s2bBzoQVeIt3EdCHaMz7eQIRuf67g/Fx7rB+8I4TdeF"
    "KLOUm1RaUzdAiQ1HyEqFw0MMieItt3I+MDOqCM8Ulwcor+11A4qIfPHI+RCOUQo0atB5vq"
    "0ZukpfJmHjWyHBN7fJ4twMlhSt0FOEQIgd7itOGT/k2M8fg1/5v5DnH5fIe/hbVlNQETs5"
    "e/kvCniM1DPqNZfMHwRzHvCH2C1YKt7FICBwn+Hezp+XtyXmWjTMPcsX3yPHf+umRKXBL6"
    "z0nN4QSlkkOflvHXs2wDF+IMsQqJarPJJ9rGtHtqyUoiScIuCn21b2WwLcsB62uKLR7BZ4"
    "PtIL+DKqJOsaST2bgMgy8NpklnjsgQdg5jH1TSXwYl+ssgq79MsHWvxZKvVGV3mk5xuwq3"
    "sWnaj/xYhQ03x4272LCRIWyHfQOe1xn7RvgBmiupZaXpuief1n+IBtoS0Uy6oHnyKdHpAp"
    "sF0F+aNr0WAuKjsJP9Y34Js3++eXv74fo952h/kAoajcbhLLPrCLXPlU6qkiLr3A5/WkV0"
    "OS2WXU6zwovjuPYDNrm++s2nrnSQei69ipNWcdJK5SUyZrbEOcPnyjMj5m5FJ/s75OVRhe"
    "Fx+nweQS9dZZKKUi1lVaN2bZ959kKYkrOG7ehev9SyHW/1dFAFYviBGFzJWRIXedQzCToY"
    "+ZfGwBj5Z+TieOSfDydX/P8B1kf+8Or07FCYlfiRrd8jh//HeZgTZFFfvzlG9j9THseR1B"
    "ZaG/+ljPA7NMLvyoN8O7binbmQK9+GH8+3YYd4YO02fQV1K6i7s9ymfH5yQTfPUvZUetk1"
    "ncI+JLCPLWenbvWMbiI5tQjV99lG6FKaVuFL+4wvNanuvsPfrl2PBh+dUXhjd/tlKu8Uf9"
    "NwrGEFrXdOTOeFDiElJMrs85WAXxqauvYiSBULbV6CmvOSP+BoiRfmaySSgSNihFl7XD5/"
    "gyiTRZ4O3NBTanY7LzGK1Cjdtqg6RV0eaCU6MGfMzHZzkuyVBPzGaLqotNVuVuUfyWTDfu"
    "M0HWRyM34cFnskOVmQ78j3oiQLK4pO8LjssL/5x13inM/4ZqzO+vefPv4SNU87bCQZfk+W"
    "kNRWymcmTqPcZcqHZJNw4KVlW8uF1JDEadSQ1D4kFt9+NPnEDymyDvovNYGOBiKorItHjE"
    "qBGxLgRpBadBPVO0mpFO/WKd55wzyRNJZl6FQiq1YlSHxHzeBLs4hGcKdfimas21QAMiA6"
    "jm+zvmuBfX14eUX4/8en+si/wMcE2S4CG/vZMb86vboIro78q8vLM/57GlndIQ+yQ1xqG6"
    "8BlXCJDtmGg34Zlx8WDhqPH4jL+HPzau3s8D0quAeAoU6sDVgqonflIqBcBLrnIhCf5zJG"
    "7NXa6IKy3mieuXD3kODvmkJx9ynuQvC+n6NiF3N3TdFm7vYMF0+9PmL+ZAHZqYw+wrpOHP"
    "ELsl6RR87zPrIIMZi24O/rQlk6IODNwF7QR0FdzD5yMM1m3Wqg/y1jueGZLnEcxCi2lzD/"
    "ZE9Ogimd+W6el3MxWhUjaQdY1al0gtRyfE9qPNYUajhqHw4HLwV/MuNRGosXo3p2FN5G49"
    "JUvY66Y/A4O0zsEkNj2MzbhUq5nCVWzC5lNtd+jdwoXoAKC3gcoykDCdsjQ9XC3uu7mwyu"
    "vUGWHpWgRzJBj0t0wt9KjscrEsXhpzm8IIzhmdQsjpF0ziVyWMkGNiyxgQ2zNrAoaFYWrs"
    "/QbU9f2SPwSgUzb3Kk7a3NS5k2OzfMrbK+3TwQEbFbYIILbveftsNpZNXySWsc79RdBsU/"
    "aZTHEofWqz56pN4cwdQEdM6zXeHaGx7CaOQPjk/O0D1xRA1Q/lA3a2VroH9V0WxPK5qFs1"
    "NKEEnQKANaVgZRZeI6cxipMnGNrpSumupaE9ywJwaxPZqyCiJpHiJRRcx2buZqlRb2GS8X"
    "pXpY1KBfQRNzYm1VzZ792oaVIrNdRWaRn/ej1PC6JtqNwXVHRsFNbK4LvnfI+QGuKZT4W6"
    "nuwNYthm0W1uo3GIKf3wYgfIxMgR4K9Og+6NEScfrWIAvH9oilL78Q3XaTgmlho1Kxmq6b"
    "a+66/dNBR1DZK/asF7+R5XgszA1QG4zPYYePA0HUQ45rG74OfsWMTy1ihEaKVQUxkhNKVH"
    "fvFQKE7slSRQSpiKCObFmpVBIyMlTYvIsi6qBKsApvVSykDjIBK1P+fOI6LpXLsZgi6yC3"
    "65dXozoocrtvgkhtEDkbRHSeymC2cRqF2taC2ipPuOcOxV4oaG3RJiC2KCpikadIxO+X6x"
    "DQUqOxpk+qDyP/cmpMIPb/4mrkD0+Nk5F/cXV++Qrq+IY9BRWJw0K+Ath5CGIZQUuB9Ilh"
    "Yev/vL4L/Z+yikSDz6mgUuicVz2xmKAEhtIulHbRPSuDbAleVXlXAgGPNpCqzI3adw77Pq"
    "lSue6kuHLdSaZyXbgnSzB3TdHBuTuolD68JHt4VlmDYorSQYlJqh86LJER09ygiGWKrHtb"
    "QROpDUOmydd/yRB2jt8NlIFRjgmNOibwySjJ3JBCcfYJzsKna7JCWYKoc9tD/UIv17l93a"
    "O5qTlKM80mCbeYbDbS3/Y21yyzfVcu/cGaooPCcM0pzVTMuIoZb9vxp5ByGaT8Idg5czDy"
    "qE52GTq+aqMc1vdrkykDkw2izTGby6JzK6L2FlTqff31+sVgeA6R5WD3sC3yAjZABO//Wl"
    "yCX4h6XPmdIsoQm9uPFm+nE+TZke8Vn/Q54es1973tHEZ2nlBaIvrbubJoF2SkBsBuJSY1"
    "KCaR7w7lx/EGYlKSUolJrROTEql12Ca1JJgqJFG+ejYsglpv/dOW8bhLy0YpkT/GMLfXB2"
    "TvtseMcp5hc5bH72yX0Jn1G1kKVt/yl8L5KVRDBfvtuqc9Y/Ff0TSKrq43cBc/rvT01Ozi"
    "HODfTQKc9u3117fXP9/0/toZ7FHsG1jJLVDCIfAaifoFyLc8aiLhBWC8DtS+4A9QCbluaH"
    "nE8pAFucuQPsfWjDB0YFvmUtwP8ssc5tUmqrv7pxGZtDdg0rWBX+Pt023CBDk5d/Lbe7YX"
    "GOZoWM5IQUDbgoCU41uDWEAbU0vtrlZ5/fylTJOv5LkmUoU8JYyrtktn1MKmnNSZompIKd"
    "+/DTketRQc3drUtRdyzM0jVbBHlsVbd5JN83O3EkTDHrImmWF9Ke1PlCLrXmWE+p29W+CL"
    "3DKOy7kih7ulPDqWIFQQaJuxsYm/3MDbPEnVRd2mCXfzgGvy3uZpus55k9bvbB6wjK8Dvl"
    "SY5nB2bTC/M+QdZHw1zpexvoD3E2zda1jX853+n2J9mlpxvjrnucLuEJflZZAuVfRzqJXG"
    "L6HxB/wji9w0yE9N+BVZ92b6sJIKNSzRoYYZJSpg2ob7epf387oP0n0LR9xvCXEfAxK3B8"
    "U0Nbk3FhOL6Du4rzQgrYTc21RQLCBXvK/Ce8cVydEs3fT5S2q5saOlwmJ+Byr6rrq4KIz4"
    "2kZR0WlSFcFL4mshJzZaMGyDCOk4neJyFS5vwmHF3SpR6FxFdO9lTsg1RfcOxdNKh+Jpya"
    "F4muGwMFvI6zopss7x+rSKYe602DB3mjHMPRCXTpeaZ9+THJCqmNNpuq4Zm8+qhKCfFceg"
    "n2WC0B0Te1PbXWgu4V/LPEm1soC8tXzvffJdFEtuj+7JEmEvlhieDwaKvuoVBCIih7hRTs"
    "h+UCUX667NGGR9dClhWbfSph6y5bDGby7U1TJtLDUlklTt3ex6d3w4LAx/YRP9xxcUvrUo"
    "JwBuvSP//HJwMvKv8KWOMBPDFw1amPGTiMIDi+wMqLnvJ/wiKgFNJcDHSRb50OdEv5f2QU"
    "lStXfsW+Nw6RKca4cpk9lwvu1l/9nbCJDhEkMLeCafoSlL2jme1z+lp9SUdiFe0bTbnti7"
    "DeAsvodbCCPx1ogr/+GOzTluI9OGAg6In+QGvB064LPohUk8TxzwzCPYyAlEqbPjnYBVDr"
    "EMqLuIRfZ9KREyQ9neRdb7A6oIYcdx7Qd+sNt8ZODkDl4dPWLqgWQHmcExH0djwUfzYBTo"
    "fyPe26gHoxf84qM36uXMhEaesM20VtF4FoqOxcUjckhVDYnEAq2zhoRKqNFTecdaAnjunV"
    "us7xgbDnOSUg1zq4dZZQZQmQG2u2yekxngC5/vX27f3pWlBoilfnog8OisphbSvfvtCzFx"
    "gVCejPi/ga46xPNkPBa1SD1sek+tPd7Qs1zaQpqJt+DCIPIoFGWbiFr0KySd0PRY4yeTT3"
    "yyCHLtR4HNBwGMoHsxAng8OlgS7KK/QaHZB8q3pMPXCJumrYuZABkKZ9gxCWNoQnTsBwXx"
    "kkaCOnsfWYFxgcuQC0hVMeesIBYDYIAaJLA8cB0RnsA/2mKhPglwtGubJu+HD1pQI5d6FR"
    "NZFOaVCL5BBgNYU7Q3/+WOAbbijBMmZp72gE0/LzE6nRWKKUm67Ykpx83KKFeDwenpxeD4"
    "9PxyeHZxMbw8Xgkr2VtlUsub219AcEmMS7sKf8cP3+INcnU4P709klXTJzdHsHDNKRTXXk"
    "LW1nXdvFcoVGT7iPmTBfXEzwDRgl9B7GdfAJnEQCN/cDw4zzWg1dt9zbmSy1ZWx3LlbGFF"
    "le1v8iq2Uq33QLXmu4vtyinWcRKVlyMHe5xjyyJSwWUxkg5GhNRs2pA3bu3CqLU17tbv92"
    "cQLzc4sthktKZQlqLaLUWRWCiXKDBBpNDPp9HPWEbMZ6KfsQSce8biquhncna1MC+qwPiK"
    "lbEIAnxaFzOjlrWWh/kzPtv4+qeiE1WCfJcpQ1fDUJ21cRK1xealqJOM0VCB6HKB6A5/Ab"
    "Biy/I5TddFfjfhjw2B+7L+q3GaLvL5qgqbr4q5fJUJOHeILmW2CNu312Fx0zijKjP4rHgC"
    "Z4MT+VdKBe9H7TvH2vqTVHzzseVRL8d7ojSwNk727NjalgFrFUJrB2f9y8qhtTAbNZHRQJ"
    "LJSULF5nI2qwrwqk753hroE7Ka5BxWCSSqTeBV9vsNVOZc2hZbkXqfIBTIFTFBoeVbRImG"
    "bx+VSp2YPkGAFSHqId12XaJ7eSHJz+ysYXVdIc0KaVZIc0Wk+QMBb0E2p04vB2iO3e2X4c"
    "yLZLuaUeaYR3eUe02BzLsEmVWN6kbrJnU7MVBv5A+nx8cj/+Lq/HLkn5EJRiGSi7j0sE5s"
    "QiCVBWUo2FwCZzz2GpGF4y3R30VDl8wo8wjIIvDhWVGl4Wdt2aVBxQM+dRJ3xJtNHHKy/m"
    "xxIiXA5rm0qQA8FYDXLsWgSmnenK2hBt5er3vqKG+TO2KblK7Prm34em6cRXSrX6ZuObFG"
    "FcoeM/zAhZaQCNkuBIY9cJknitFiIj0MwLJ9BPNAhHL5zMcmEuaGvFrHtfRZpu2FwybYo7"
    "S9XWp7LT4294/NyqtoW15FystlC14u+2QF3NsseMrfpbmiLMpLq0kvLeXn0rifiyqusvPi"
    "KiL5gc82AmbTtAqabR0025IMDV+I8da2ptRd4HAEMuBBukm/DESAjMR6uvWTaMLIvyB4MP"
    "KHk+EF///UOFkZV6aE/z4/Pp/yK5fnZORfTvAZtBkOX6HHOQnsLaIqImSdwSjUEQNLDL+y"
    "SlpOPbTwGXiNiNdDOMeus4vXGFmxPLlhlQIBeFALXQzQ3PZd1gcwJLAXBfdN7DDIwgOvNt"
    "T5i5Cr6eFz0+IooKMRoGO9GvgOICMX5pDWUreiEcijl10Z/Mr05Bx+Ty8iy2i0DvKsqtL0"
    "W7aUUi5DUuzZrpQJPU60RQk/KC4oa0b/Y25Dcm/I7s03Kmq9QkE/sP+I3S0nH3Qlkm1mQQ"
    "AnQW0jh70cSoUyZmXTsHDlRhhuLq1iclEx7o14nEeqWJwzjz3s+XJ5AFcUbUZyozz1IB9e"
    "DcFV6Xw4uQK3JThUhyfn8P/0kv9/aQyM6O76+D3sR+Ip39QP4ADW9VUfxnSQauuS/ya6yH"
    "ImxFIjJZZCgwf7Prh+fganO7zUYeYk2Zu33kkNng2qw+yoMswe+0kWpNItTu+zImhHdh94"
    "Xmey+6hqrI3G2gVQwgZ1NnIolQtbjngBc87YgL8ZuhYHge2MuYA0bqTjZQkVe7PsJd8dyr"
    "fmDYwPSUplemid6UE5//9wwxydKPLDnKSsYZhbtm/u+yi3xI74B+F6qPeGCgW+l2NFTDbo"
    "l9kQH4nOm2qTWNuaYz/h2cAMh1hcAlCOwLu0j4VjURXUCJu3GczojXoLZ9RDf0f2dEp1ik"
    "0URg2gg4ntHULpywW1KP8U0Qp+v3Bce+biRdYq9ry+tgyfhCtKYjzXFG0e0g3xqfor3vPv"
    "tCU5HCNpyHrcKQ4ribizspIKh23meC8J21ShhV0ILby2LP5muqjc1ssR7hP3S2V75juO7X"
    "oaTlNUiDgc+Rf6dAJOesZU2APBVHd2hl8H4YHj8QKYSyyYR+OxCBd85ENuPyKXTH1wlzPt"
    "GbWYiBp8dKlHctJQNfeYpx3z/gTzsutF0BmxDPHzX0oh2aZC4lFPLhHNiqCDEmwjQXQT28"
    "gJ5L8j34vcWcL2neBvmRB184+7ciPqSoZ6/+njL1HztGU14+Oy3lJkxNkEoZJmWy3NRkeF"
    "5BDHyNQAt3qAYzJHdpBLI7FSlFsMwVpd2dsYLMefmJTNN0ID0rR7YzrhIrDh4qmHuC5CTb"
    "T6jtfItszl+m8Ul+G5tOsSxOb2owV+38Sa2q5OjDz5ut7OO7zmIzxJ1n0kQ6eAiry8XQrn"
    "6+rB2RKb6DtCDOipl4OYrO71q6Al03jrWm2hyvS5S9NnezHoOgICj9HfEePHN5osEUaBAw"
    "DyGXEFkGb7HhRNX1kzx+PAFDgeH2alhud11fBJ0kajZ2b8tpTxowF73I4ShbXN7FnzpL3n"
    "3yEzZaP2bcbgIIUhf+Cij5g/mxEGl/siEt/E4aAn442ebL7tuizke440WgyMRu3bPChtBk"
    "ZbF/xXx7HrEp3QB4hr003MGOVfx39T6wFm+Ax7fAwgts0xxfWpbZr2I7+m+Q5Q2IwYmYVS"
    "T5dbXkxKwdtoqe2DgpfwiHKMDYc5SamGuXXDLKHHx0whD4AY5oDkId27374Qc5WbKN/XJN"
    "LObx7IXmJlRR4nf20D7giYVoJ5rLhaHfjQyENlR5EbrM9RcFQjfY6tGYHiYRhFfSHqgcwn"
    "nDkgowxvOp2GNTp+YsiyvZzc1HV1qiCYlkEw0qeGOi1aelokvTs925XF1dYkCjDIAgZT11"
    "5o8jpTiqxzKW4bAAHsDdicIOoEHNA0m+FIlsFaovYdmMHbRlpWUpzUhpyiUkbsp73t43bC"
    "Z7rbxw2Ue8bkqv72qQnWJof7j7ZHp1QXauonx/vk5ypUOa36VbQqK0an2Y6n2X5VJ/zAxA"
    "Z1DbGHDBsUG/SIwTDn2tjQMfNQvHeGDhKOPDmmved3ObJG1hcBPvJObKF+gWmQq13gMORR"
    "/Z6ELkTYfMRLJiyJShtrozbWFoN4B7isgPAfQOdtiafTndhj846o8E6lY8lbt23Sx+nP1I"
    "4RMwPwln/GrHzxO+og+CEPgmZMtHehiIIe5zYCZyCRO/uVEF2EH7RlWy8CCDlyahLS0QIv"
    "ufBCeNsjBC5RISk4RWXkqgaeMbKe8rwiR7MjZNo6pE3l9w774umUobVLlvLI2lC9FyMaZQ"
    "F5EbE8O8SIWmCi4KMx6o16CAA4MejXn29zxO+6Ot26V5jl8QNCc/hYSQVrZgjbi+eIsRHv"
    "iXDhkjPJ1ENTKJUqljLXf7jMpgsj1CIcLDqFtU4KBr/uB2y51lq33QNXuzhXZnXfdcEFNq"
    "oss6o6E8hNXGdm0Xo9gFlOvsfGrWDw6+u66Uzt/gSydcus9BhJFwHxJgKz42+W4XQxNJ4i"
    "6wS3t42R65w1M9vNiYsvOctiNG1meu+TJdwlYEd5d/0fKHxvwOv4duKSl3NiOi9BGXg5xd"
    "+OlnhhcoFx3epVbkxAXZ1u2e7UVbdTOB/AJ1QT2ecIY1z2x9QTbqD8lAH/UGaboRNprpfp"
    "Rj1s26k0OP2yw1dcISBGsr81AoS0AGUlAy1gwUcHz/hSmxAuB5AV5o4wA9UPZAOM5v6Cy5"
    "FQVYNMMJTgIMMCMaSujndcrwBco2cWkcxHnqJquzQa92wTOuKUunz05tgyghJg+UNcjUwh"
    "4W2Ud/YBCVcu4T/cMEfiwAbjnCLdm9wcP+Q4B8LeJpt2nFCNcdvGeKPwDux5WJ8vnh/jEV"
    "gmr1fd7e9mng3zSGSOCiXqOrj1IeirS6xq3iwem2KFBvLkNKxqKtdwkkxlBtnWdGra/j2l"
    "JhG/M6wt8bSP0bQaDfyKoSQ2VNy0XTqjFjYRvDc6MKhLIAoDMDxIngvIiWubgAzAvCYuQy"
    "5Z2Fxuy8ERauu1HFEaVKlVzVsVY0qDTL3qBTEoDgZLYryTVK0e8XeRuXiBZ1RHk6VHWB9Z"
    "5IG4a1MycCM7rHKkW7ZCM/rvnCErLn0dNleu7HkWvjkeDM+lcPEVRZsn/4b2vQYmK98DuZ"
    "yi3RMpI1OKrM2s7n3G3jyyCYmdgu/sINk+kMgxPKY+oOhgWGZ3ned0tP3zQ8GahYtq33Xk"
    "HE1OzrqQJFInT87JEypTUmxN0CiuPh2atnbufmZg2tqjfM8YXDUsLTG18oPScnaF2jjbPY"
    "wnzeDkltimsL/kCBSiRbEhqgwVxabJ02F+4FoDpxd4/eLQCfAniNDj4oLxWsg/gfkWXEcp"
    "i4fcxXrKd9mpqV+FWLULseKSy1w65UacRh2iJUk3ptMc+L6s6kOSUBV9kCj6oKoTbdPtVa"
    "muP4LqqlSsuk4HpWJtR8VSvgh7YGC/tSb29xJ1KXG/X6YtUWgppySJSqHYuIIaoZfDkX82"
    "JSeg2AhjVdAR0vlguuS10Gcc4kJMLH8OEtksoU6B+KFBWCyoO8FY5uVIafRR8iHz/H8RKp"
    "+8CkqcfKz8Gzr7UZSvq8Hg9PRicHx6fjk8u7gYXh6vToDsrbKj4M3tL3AaJI7zvQ6q37tj"
    "+McJQd0ZW6MNS8ZYGaepRx/b7b7RsEm4/UVAtpTF83RQgbWng0LWwq10KQ8oI5KXYrIkiW"
    "eMps1oQi8UqdA9WaK/IQe7eMEC+JZz2GKAOyOX8Ge6LAwj90zyEoCSrGzzzL62HyQdvGJ2"
    "XIsjANcU7QgAhMfKBgDWAVs0EnSnEKRNhmLvEKRIuZAc4xiZCgBp2/i2JHtdPI3qZ5dMCT"
    "9u9Fw8oaBlvwxZSCRbdZJET2IMn4m7SsoEZScsAn7LNtXJEfpoI9d+5Po/PyXFyRjOL5bj"
    "zrZxN8rM2jIza1t0+A5wOSZDBGtCSqiL0+xUrINkJ0fYwA6EMhwFsJ8WblgR67XobaXzPn"
    "z1J4x44At7/f69xoW1jx9v3n89QqMeW7BRD/FNgQSbxyv09cNXkT5wIrw2DISDDYW/vQk7"
    "dU7MRs2d71gUdckCxszVDLzMmUuF6zNDtz2YbSg5HX6G/Nlhbg6MptTkI8lPDGzwH8I3mn"
    "FVTQxM9FHZUd+wj4b3gOhZTCMWcDQPqi7zuMil36LjRbT/7q3fhcraoAT9ZgX9T+JsLKxP"
    "F79dKtKHZ6xETTpwfIwrArDL8W7pA6S1enSp5xErMugxiFoU2BcODvjwpAvLzlGAwwAVy5"
    "Hzm3kM1Fd4T6f81pLPl1doPHb4Bs0fOR6jkT84uRqgA93EfGkFaYJFrMzykLcLn51ourpK"
    "jPH4NSQVFi9BwUw5xdT0+ang+B6DNxCV9fg3xJ8oSuxhBDipy2/gB04DA8NXv+hvyq+PrP"
    "EYgEDsAaTqMU4mXlB0ynuCfMTwLHiFI3SdflPQhx7nNiOIb/eMjKyD8Tj8QI3L0dQcjw/R"
    "nPPLwQxEkQkxbWsmik+EHx8Ws6Agp/CzjDIUMQjP+KqubHZdp36Lf2c6T3ni3fIss2CvVU"
    "bZVhplu2vlEmm/DGL4TgDuH/g+Nc64TP8d+ZZJWLDdOK5t+DpfymItMb6ADMJXMJeluPZE"
    "dVScuLi+rrdsdWuNDt8xg7GywzfC1vYbiTfYm0ShglEvUD6PgqN0xNuNepEiehQpdMHlwG"
    "XwCIrcL0e9zIZUQ3/KQN2MgRrk3fC92csoG9LRv+dBSuCDwLYMkpknTg1izEiUYAJi30Oo"
    "iXz3cs6hBp+jDNvKsK0M293EQxLSYFyxkxzoNO3+DHXvBrtQsJHvhfy9olQbFhSWCJV2dA"
    "Davw3liUClB6Q4QAdytuHndtbl6RVCIDKqRoxke4rGseQE+uiLVNJ8sENoh9m8VxcdRBDM"
    "PTUhs/SCGi9CdGeJwlKjmIkKN8F35synmvtuOnNSCysK5JzXIYQna4AMyfpoDdGtfkMpgA"
    "DHywxhdbJtVxAIwbqJXKmPBNVGo9Y2NbXpCmHAMc2z70lOLZsnGL0mazGne1+wZdgLEewj"
    "3vrVCn2OgdeidpOH+ecgG1QNnW9Olo0AsIZE/C71giILrv2Y3QcbecKW9dwkOC4rSaeJlR"
    "Nhm4UdqCOiEde13exAFwfwJ6k6ENuw7SD+1bG6gQqTplULrM0LLHIj04zcsptPe8utCNsB"
    "GG1UCult+C2BkReb4GO+XMuW/DJlQdxtcF56XDkIcT5he7atoHjm2hScOHTr734HQFZLPD"
    "7AwZAP3YT84uJ8p49Ui355Sq2wrTZbNa7k+gEmxxeiqhleoFUvL1ah23x8RJT24/cjl/AZ"
    "zbzVa0UI8wgsgMTxRr2CUng1PwOcPsJqz9g07UcWBJb7bB6Ig0F3fdCMRTlYwRFwdGAOPM"
    "a2dAJR5+Iv4Zqxaax5hKmHf0YdKoeGljo0KOt2Q1lKk+tA1mRXq7vIrlnbMHQg9rKNpNkk"
    "5f7A8T+kMLs6SiQHOU6n1JW2jXBLJM/PfNOd2u7iWuS4pP/G4ThkBND8hqVyqBOSaDhDUy"
    "FrkYe/O3gpkqqG9CxwFrannMih2IaK8IES0kchjo4EAhY4CPMXAkGPLwLQR/KyFTXxCBWJ"
    "2K5IRD7GsqLIiqLFdaw3FEIGVfxxBsXuOIOMN04iUrgqixNE7XUNbk2WFthopKxDYfsOit"
    "FV6pIUVyXJ1CQBE7MUa1cEHeTtSZWJe1I8cU+yE1c5hykBdisC7FsAZoS8VSi6Rk2qCa16"
    "rHUl9BTCsQBztAKvHEZEKb+Df/4T8kW59gMFrPFvq8QWBp1R7/CVECRPhi/En5yIz01oR1"
    "kuelrzM0ZWYBAXwWoAnI7Hv3+GGQVRcMeDc/Tl5u73Lx9vP/4C6TgtRo3ARk4Z80EUjsXl"
    "CYiVCmh1hh0IbnmuOBx8nNTevKLonExRy7FXLCUL2/IDNv2cs7AMk07StdYLr4XYdNu2T6"
    "6/0lzLU6pFxc1z3VhO1V/Yljc3l3z/OT+9vAxSCI/8q8srY+QPCT5Hj3MSBQZbBmQOFm49"
    "tmmI/euAv1HoxuPzPeinKEtQbrLibT32GXvg7rXXFu2BdSmvxdtgOA34UHk4zwmL6HSBzX"
    "zGZ2jTMmtAfBR20i2J9eebt7cfrt8fnJz3B6kMGtHAnAnut2zbu7UeIL1Y2b4XNam28dFY"
    "66d3PshyINoHgcBhJ0K8IgY6mPBzFdku4pvpYR88tqnHECRXP+db1NWJPuW/Tw2+UV1cwZ"
    "XzCzIc+ZcTMkD3FpjCqZez7W3nmTl73p9cPjNN4mrrLSq08GtR4L9CSXeEkgb6hMw5s6ZQ"
    "50wFkHQ1zyVYnKRqM94kEh2IHQSEKa4lLhzb4zrmEiJOX4dVHITiGmwB+ZkSZDvYdmHq9O"
    "5VXS1NESq7wtNLJmSa+FOe1xFZmxfNpiBtEzHVE3+50dRO021tZm8p4X798zrgmOy0TlKp"
    "WV1tVncyJYhwVtUpNsdjdHB6cgjC+nhsuwa1sLsUFwc5cEd1si0HGgaKxwYWogShMhC1zk"
    "CUqP4N4IjMUlwRtFhW4mvqn/zfiw8fhHUEvZ3ztSRi+wOLSyGYKD4ub4k+t7vSpVumIUYr"
    "96Jw4V5kEvMAzqXhBZjJJKGyNKlCynKQsiyvuZi1EaNDOsXlKlzehMOKuxW4+83VHLw0bS"
    "wlkiWp2iyYbexzU0nwLdExTrJKhj4n+r0m7TWWoOoirxsQXjVXOgX7mkgVvJcpeG/6RJMH"
    "qlNkLc6U0RqMgj9uSt1FUAvIsqX2kCxp9zhev4PvnuRGsmw3FGZk1KSAqg9FEz1zqQV5jf"
    "iriJ9ZNejp5lve5CEtqlS+yRXBHmcPAIOM+A5hAw6Nw8EgMTS1XRRKtuywL/7kY/PCJB5k"
    "rRNyBBMZ5ZOG47WxON8A1PDzdpwo02dS0ljYvMW7Z2/kXwwHwO3jkzP++/KcALfxGZRXAM"
    "RCoNavRAZ0PvFfQs0HLfijD/Djx9/fvw+jqcJjI287aOohW95E+HDy/QszWyrNV5KqAzl/"
    "toD6A88c4lJbStFMUrV41W3I6hrQv5b5bn0hxtuYtNkr8eFKN+1X8uWCbE96muxJpy6+Rx"
    "E84AfRZHiR9JUKgNvz4/NpfB+DNsNhmA5n5Y+Vuw/W1a+KUW2X91UL9K2WMbxhdavN/li7"
    "43P9LlM7hGxazenG3KWUc5pyTuucG49yTlPOad2b1dSiHsVeXg7gYlYniDrI6ZqzOwTQib"
    "QhNEXWQT7Xj2+pRBrxnbmKJD0olqQHGUn6R7RB1GF/bgTJB95qEVoiOSZxOjU0tQ+NSjiz"
    "yVDsnT8x+e5Q3t0Gw5ykVHkx2zzK4ERpbFiuIU6pRrnNowxmFnmMMEnVPXtdPcp9y0x2X7"
    "nML4qaB59SYK2LtepXMtSxJEGFjDMCsvgJEhtcEGMqDGYnCecCcDHBKDAIv0K2Q6w+4m9i"
    "UnBLAZeE01NoOb2I93DYR4zOrLBJzBJ3Mbngv4dnx0ZuIpodv01uroYYbBZYxVWCBpXGtm"
    "O7Y6KqtLTHyDO9RdrN4JqDxfYBHerBvrod5L4GmLMlJ/sXokM1xeVbwEpzzvTE/dLT3A1b"
    "rmDXalk3wyrKHpR1tMgLUVkZemBoRh8gtWWUuA0yvBOLCwkAn4sKQMRDvtOPVbXHFvr1w/"
    "XbzAnd0HNG1oHOL71kxH2gOmEvIWsekPKvPXKWh6/ReOwzocVARGjQk3gO9dAcw9/uQ9Cj"
    "yEzHGWgZnFc6f5Dy82nhId7imkP7x+YYTEBnhOVABMWny5qic85SDVQoVpDqjwDDhCeN7B"
    "jHyBTM1rbxbYmQeM01JX2eJx6Gd0oFQ7xu85REWDywShRqlyjEJX1G5WJhYiQdVLgHw2EV"
    "SGM4LMY04F7y6IZFJcHhsHkHuduIBxd/IlcHc07MkvrSa5LtG/93c1B2o1bzX/8fDe8ZEw"
    "=="
)
