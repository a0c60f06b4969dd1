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
    "eJztfetz2ziW77+C0v3Qdo3i2LLlR7KzVU466cntPHqT9PbMtqYkiIQkrCmSTZB2NHP7f7"
    "84ICnxAVKETMoUg3xIySQOQB6AwDm/8/p3b+mYxGInt4bhBLbfe4H+3bPxkvAf2Vt91MOu"
    "u7kBF3w8tURbnGg0Zb6HDehrhi1G+CWTMMOjrk8dm1+1A8uCi47BG1J7vrkU2PSPgIx9Z0"
    "78BfH4jd//yS9T2yTfCIv/dO/GM0osM/Ww1ISxxfWxv3LFtXe2/1Y0hNGmY8OxgqW9aeyu"
    "/IVjr1vT8PHnxCYe9gl073sBPD48XfSi8RuFT7ppEj5igsYkMxxYfuJ1p+PNtd54/PHT1/"
    "GXN1/H454CgwzHBubyR2Xi7efwCM8GZxdXF9fnlxfXvIl4zPWVqz/DoTeMCQkFez5+7f0p"
    "7mMfhy0EjzdMdTl/SJ6vrxfYkzN2TZDhLX/oLG9jTraXuUv8bWwRe+4vgKOnJZz879vPr/"
    "92+/locHoMAzp8+YefxcfozkDcAmYnmIsZe3A8c7zAbKHE5CxhPcyOL2y4vfl898/u4bAK"
    "v4fDYobDvTTHyRJTS4XTa4KdOBwt1rYy+KISgy9KGHyRZbBJmWvh1Vj8rcDnLF0HF/RlFX"
    "ZfFnP7MsdsysbMx7NZntGvHMci2C44+xJkGT5POV1TjF5faYDTJZx99enTe+h5ydgflrjw"
    "7muGxb9+ePXm89GZ4DxvRH2SPBw3/J7xvYCYY8uZU5spCBs5uu1yR11MP2213LFhreUYd5"
    "xFXICU7c8/cq74dEnk7M3SZrhrRsQn8Y/D27hLWPn13Yc3X77efvgltcZ/vP36Bu4MxNVV"
    "5urRZWaTWXeCfnv39W8I/kT/8+njG8FNh/lzT4y4aff1f3rwTDjwnbHtPIyxmeRJfDm+lJ"
    "pp3/HdMSOGR3yVAyJD1uLjuPeFYP65o6PbN1+e/fT6Qx8ZjkeeM+LdU4Ow5/wVTMLXKh/q"
    "xF2hL+KdXjnfjl+gyYTYxtmLUTA4HVxOJie9zOqouev9y19iFokN8yHR1kpPrSypPrkUTi"
    "62ZPDxOLY5nnHF3PEUmS+l1zOgMAP8SwSejLFk1ys/3tKUNRxubROTu3S6rTVzY4Ht+U7z"
    "XdCFnvhWT7wReB4/evk8Ll1sr8ZKaKSceCctoWWSax16AiC+szspPJlhXJ7lb7l8ROf2z2"
    "QlOP+OPxy2DRnEEGHdrzc9HRan/4wXVXx184gefljj5QVrjTOCvz4JTy/+KOjjr+/f9wTr"
    "p9i4e8B8PyqYgyVZTonHFtSV6MSvIuK3P38mFhbvVMj6D+uODncvy7E/tUlM+cPxTh7Jp9"
    "8IV5P8V2FfXWIVrDZn4CRWWWr95W8tB8vsFWzjuXglGBtGim1YgUl9zjdq/43gtOFI3qJf"
    "auyCtnBAU3u8iFtvs3r1vi4IcmyCPOcBHVETnR0jn88kuuOHCuM/CRI9/sCQhZmP+FfqrU"
    "7QresSMdUocOGwZ4j6iNrQPqcf1j7CyBZtOAF/N5vx1+Pv0kfM4ZqnHW0l6MHjYq/HEF9d"
    "AYwP5Ng2kYFt2/HRzPHuNmP3xS08ssP9xkw8CaIMmfyaIfgsVFRtD2yXPZCRPySbF50XMj"
    "Yi6AzieTMYnJ9fDU7PL6+HF1dXw+vTNYvzt8p4/erdT8DulMAqwUX5x6FsHkwRaUtKBUuK"
    "4JjYg6SCe9kCz5F2SGzfw2LPCffFImfj4sEbmMVC0SC8W0EsIOuGWyWC8OR95tjW6gV6WD"
    "jI5If2Az+x+/x/ws9Kf+E5wXzB/6LGAg5Q2yZWHhd+RD81n7Bln0rHDtm9HAXFR7E6sqSB"
    "pAMAkgS8rgYfJUk6dPrUZlzeDZPbBxZ3eKpBgqvhIaIimCZIOiiWXleQSq8LhdLrrEwa6t"
    "oq7N1QdJC79Qv9Pvbmik4Ia4r9MbjX2wt7zwZVli9vVchgcS/jDUh8qb/l//3y6WOBH+Ca"
    "IiumUMNH/w9ZlDWGHPT+YxbY4hNC04BaPrXZCQz7n03NQAnDgUMpiSXm89GH279np+D1+0"
    "+vsqIIdPAq6wWwT/Ame/g1IbELvBOAjhBaREfCHcZ0lvyP5wmM9sRdHb9AnD00hC8BjHQ9"
    "ck+dgKEY4BT9YNuUgqp1DzKy/QXdXHYebHHrRNhdAEK1yBwbKwBymcBXfcJXJZnxoTdQKi"
    "Lf+OdATKkzz5PAVfC+6t7sSaIWO3a15uBSZbDmbTlvW4JBxaZnCQCVsEoXo08JI7iOwDow"
    "taoY5lGNpOhwBMXZaZUQLN6qWEY9zQVh+XwE2cIt0wK+yVGB2nhch2j0q+ge4aVjzxEO+I"
    "N6lBEThbsEJVzosK0VOsLIxR64DKPwgZB4jMj8i5Z07gl3hGPAlanFO8zJR42NNLI9Mqew"
    "HoRQ/oCpz8CaLNrzWXDxinhceorHxKHghW0Hdi60xCtkWJguRXvG5xuI0LsfKzg/1x7rB8"
    "8IYTe+0secptqj0hk5BChqPkJULpoY5MyQE3ix8QEdUcb4Ijg7R/9nKBzUozEnEyRCOcSs"
    "UfveoUb8JFmpvJmhRrZrYZ+vsyU4OcyotwSHCCHQ25w2GulfxJxMXvK/WeASj693+FtYW9"
    "YLMLV6+SMJf4rEOuQrmiU/GD4U80/QJ/hasJ3/lMBBgr8H275+zy6rbJRZmDuxT15K169H"
    "ZsQjkf+c0hpOUWo5dLuMv1llO7gQ54h1SFSbTT7xNja+o7aqJJIm7KLQV/tWBtuyGrC+od"
    "jjEXwx2A/yO6gi6hRLOrmNyzT5p8HGypkjcoSdw9gHlfSXQYn+MsjrL1Ns340TyVeqsjtL"
    "p7ldhdvYspwHfqzChitx4y42bOQI22HfgPE6Y9+IXmDsKWpZWbruyaf1H6KhtkTGFl1SmX"
    "xKDLrEVgH0l6XNfgsh8UnUyeExv4TZP755/e7D7XvO0f4gEzQaz8NFbtcRap+nnFQlQ9a5"
    "Hf68iuhyXiy7nOeFF9f1nHtscX31j4B6ykHqUnodJ63jpLXKS1TMbKlzhq+VR0bMvROdHO"
    "6Ul0cVRsfp43kEvXSVSTpKtZRVjdq1A+Y7S2FKzhu243v9Ust2stX2oArE8D0xuZKzIh7y"
    "qW8RdDQKrs2BOQouyNXpKLgcTm/4/wNsjILhzfnFsTAr8SPbuEMu/4/zUBJkUV+/EiP77x"
    "mP41hqi6yN/9RG+Cc0wj+VB/l+bMVP5kKufRu+P9+GJ8QDa7fpa6hbQ92d5Tbl65MLujJL"
    "2bb0shs6jX0oYB97zk7d6hXdRHJqEaofsJ3QpSytxpcOGV9qUt19i/+49XwavnRO4U3c7Z"
    "epvDP8xxgnGlbQehfEcp8ZEFJC4sw+Xwj4paGZ5yzDVLHQ5jmoOc/5ACcrvLReIpEMHBEz"
    "ytrj8fUbRpksZTpwQ6PU7HZeYhSpUbptUXWKujzQSnRgzpi540mS7JUE/CZouqi01W5W5S"
    "/JVMN+kzQdZHIzfhw2eyCSLMhfybeiJAtrik7wuOywf/P3r6lzPuebsT7r33/6+FPcPOuw"
    "kWb4HVlBUlsln5kkjXaXKZ+SXcKBV7Zjr5ZKU5Kk0VNS+5TYfPsZqyd+yJB10H+pCXQ0FE"
    "FVXTwSVBrcUAA3wtSiu6jeaUqteLdO8ZZN81TRWJaj04msWpUg8S21wjfNIxrhnX4pmrFp"
    "UwHIgOg4vs0Gng329eH1DeH/n54bo+AKnxLkeAhs7Ben/Ors5iq8Ogpurq8v+O9ZbHWHPM"
    "gu8ahjvgRUwiMGZBsO+2Vcfli6aDK5Jx7j48pq7Tzhc1RwDwBDnfg24FMRvWsXAe0i0D0X"
    "geQ6VzFir7+NLijrjeaZi3YPBf5uKDR3t3EXgvcDiYpdzN0NRZu52zM9PPP7iAXTJWSnMv"
    "sIGwZxxS/IekUeOM/7yCbEZOMlf14PytIBAW8G9oI+Cuti9pGLaT7rVgP97xnLjc50heMg"
    "QbG/hPlnB3ISzOg88GRezsVoVYKkHWBVp9IJUtsNfKX52FDo6ah9Oly8EvzJzUdpLF6C6t"
    "FReDvNS1P1OuqOwePssLBHzDHDlmwXKuVynlgzu5TZXPs1pVG8ABUW8DhBUwYStkeGqoW9"
    "t1/f5HDtHbL06AQ9igl6PGIQ/lRqPF6TaA5v5/CSMIbnSqs4QdI5l8hhJRvYsMQGNszbwO"
    "KgWVW4Pke3P33lgMArHcy8y5F2sDYvbdrs3DS3yvr25p6IiN0CE1x4u7/dDjcm65ZbrXG8"
    "U28VFv+kcR5LHFmv+uiB+gsESxPQOd/xhGtvdAijUTA4PbtAd8QVNUD5oF7eytZA/7qi2Y"
    "FWNItWp5IgkqLRBrS8DKLLxHXmMNJl4hr9UrpqqmtNcMOBGMQOaMlqiKR5iEQXMXtyM1er"
    "tLBf8GpZqofFDfoVNDE30VbX7DmsbVgrMvtVZJbyvB+lhtcN0dMYXJ/IKLiLzXXJ9w41P8"
    "ANhRZ/K9Ud2LvFsM3CWv0GQ/Dz2wGET5Bp0EODHt0HPVoiTr8zydJ1fGIbq8/EcLy0YFrY"
    "qFSsppvmY2/TfnvQEVT2Soz17GeymkyEuQFqg/E17PJ5IIj6yPUcMzDAr5jxpUXMyEixri"
    "BGJKFEdfdeIUDojqx0RJCOCOrIlpVJJaEiQ0XNuyiiDqoEq/BWxULqIBewMuPjE8/1qFqO"
    "xQxZB7ldv7wa10FR231TRHqDkGwQ8XmqgtkmaTRqWwtqqz3hHjsVB6GgtUWbgNiiuIiFTJ"
    "FI3i/XIaDlmCaablUfRsH1zJxC7P/VzSgYnptno+Dq5vL6BdTxjXoKKxJHhXwFsHMfxjKC"
    "lgLpE6PC1v99+zXyf8orEg2OU0GlMDiveuJjghIYWrvQ2kX3rAyqJXh15V0FBDzeQKoyN2"
    "7fOez7rErlurPiynVnucp10Z6swNwNRQfX7qBS+vCS7OF5ZQ2KKSoHJaapvuuwREYsa4ci"
    "lhmy7m0FTaQ2jJimXv8lR9g5fjdQBkY7JjTqmMAXoyJzIwrN2S2chVcfqwplKaLObQ/1C7"
    "1c5w4Mn0pTc5Rmmk0T7jHZbKy/HWyuWeYEnlr6gw1FB4XhmlOa6ZhxHTPetuNPI+UqSPl9"
    "uHNKMPK4TnYZOr5uox3WD2uTKQOTTTJeYLZQRefWRO0tqNT78rfbZ4PhJUSWg93Dsckz2A"
    "ARPP9LcQl+Iepz5XeGKENs4TzYvJ1BkO/Evld80UvC12vue985jByZUFoi+jtSWbQLMlID"
    "YLcWkxoUk8g3l/LjeAcxKU2pxaTWiUmp1Dpsl1oSTBeSKP96diyCWm/905bxuEufjVYiv4"
    "9pbq8PyMFtjznlPMfmPI/fOh6hc/tnshKsfscfCstTqEYK9utNTwfG4j/jZRRf3WzgHn5Y"
    "6+mZ1cU5wN+bhDjt69svr29/fNP788lgj2LfwEpugQoOgbdI1C9Age1TCwkvAPNlqPaFf4"
    "BKyHVD2ye2j2zIXYaMBbbnhKEjx7ZW4n6YX+ZYVpuo7u63IzJZb8C0awO/xttn20QJciR3"
    "5O19xw8NczQqZ6QhoH1BQNrxrUEsoI2ppZ6uVnn9/KVsrF7Jc0OkC3kqGFcdj86pjS01qT"
    "ND1ZBSfngbcjJqKTy6xzPPWaoxV0aqYY88i/fuJJvl59NKEA17yFpkjo2Vsj9Rhqx7lRHq"
    "d/ZugS9yyziu5ooc7Zbq6FiKUEOgbcbGpsFqB2/zNFUXdZsm3M1Drql7m2fpOudNWr+zec"
    "gy/h3wT4WNXc6uHdZ3jryDjK/G+TLWF/B+iu27MTYMudP/NtZnqTXnq3OeK+wu8Zgsg3Sp"
    "oi+h1hq/gsYf8o8spWmQty34NVn3Vvqwkgo1LNGhhjklKmTajvt6l/fzug/SQwtHPGwJ8R"
    "ADEvcHxTS1uHcWE4voO7ivNCCtRNzbVVAsINe8r8J71xPJ0WzDCvhDjqWxo6XCorwDHX1X"
    "XVwURvzxTlHRWVIdwUuS34IkNlowbIcI6SSd5nIVLu/CYc3dKlHoXEX07lROyA1F9w7F80"
    "qH4nnJoXie47AwW6jrOhmyzvH6vIph7rzYMHeeM8zdE4/OVmPfuSMSkKqY01m6rhmbL6qE"
    "oF8Ux6Bf5ILQXQv7M8dbjj3C35b5implAXlr+d77FHgokdwe3ZEVwn4iMTyfDBS/1QsIRE"
    "Qu8eKckP2wSi42PIcxyProUcLybqVNDbLnsMY/PKirZTlYaUmkqdq72fW+8umwMfyFLfRf"
    "n1H01KKcALj1joLL68HZKLjB1wbCTExfPGlRxk8iCg8s8yug5r63+EVUAppKgI+zPPJhLI"
    "hxp+yDkqZq79y3xuHSIybEAsyotxSrZWw7agKclLy9jO/dIijGEe10L8S6HwVXBA9GwXA6"
    "vOK/ry/JKLie4gtIzDscoqP8NX5ldnYJv2dXx1Dtg7LYXz/gDyuJL9/fsHuWlDyCpYa8sj"
    "WD5ca7Fi2TNiFh8I2FPFNP8ZUn7RzP698TZ9RS9kFf07TbIN17F+KhsBUhjMRTIx9/i458"
    "znEHWQ5UAEF8pzLh6dARX0XPLOL7QkJkPsGmJJKpzo6fBO10iW1C4U4syjco6SA5yvZ+ZL"
    "3foAwVdl3PueeSoWOHZ1H46OgBUx9UA0gtj/k8mks+m0ejEEAY8d5GPZi98BefvVFPshIa"
    "GWGfedHi+SzUPYqrj0hIdRGS1AdaZxESnZGlpxPXtQQxPzi/6sA1d5zmNKWe5lZPs04toV"
    "NL7PezeUxqic98vX9+9/prWW6JRO6wewJD5zW1iO7tz5+JhQuE8nTKiDfQVYd4ng7oozap"
    "h03vqX3AG3qeS3vIU/IafGBEIo6idCVxi36FrCVjI9F4a/aSTzZBnvMgjDthBCzoXoyAQQ"
    "cdrQj20F+gUvE95VvS8UuELcsxxEoAaHGOXYswhqbEwEFYUTFtZaqz95EdWqe4DLmEXCcL"
    "zgpiMwAGqElC0xXXEWEE/tI2i/RJsGd4jmXxfvikhUWWqV8xE0phYpLwHVQwgA1FexOoPj"
    "HAVpyyxMLMH99jK5Bl1qfzQjElTbc/MeW0WRnlZjA4P78anJ5fXg8vrq6G16drYSV/q0xq"
    "efXuJxBcUvPSrsrxycO3eINcH87bt0eybrp1cwQT6YJCdfYVpP3dFF58gSJFto9YMF1SX/"
    "wMES34FZpc+gLIJCYaBYPTwaXUAltv9zUn2y77sjqWbGkPX1TZ/qauYmvV+gBUa767OJ6a"
    "Yp0k0YldJNjjAts2UYpOTJB0MKSoZtOGunHrKYxae+Nu/e4QJvGl0bXFJqMNhbYU1W4pis"
    "VCtUyTKSKNfm5HPxMpVR+JfiYyuB4Yi6uin+nV1cLEugLjK1bGYghwuy5mxS1rrS/0e3K1"
    "8e+fik50DfunzDm7nobqrE2S6C1WluNQMchHZzJQy2Tg8gcAK7Yqn7N0XeR3Ew79kPlB1X"
    "81SdNFPt9UYfNNMZdvchkLXGIomS2i9u11WNw1UK3KCr4oXsD56Fb+lkrZH+L2nWNt/VlO"
    "/giw7VNf4j1RGpmdJHt0cHbLgLUKsdmDi/515dhsWI1jkRJDkclpQs3mcjbvlCxDp8noZK"
    "H7gzPQp2Q1xTWsM5BUW8Dr8gk7qMxS2hZbkXqfIBQoF/cYP31ca3dqBQQBVgQRjYbjecTw"
    "ZTHtj+ysYXVdI80aadZIc0Wk+QMBb0G2oG5PAjQn7vbLcOZlul3NKHPCoztO3qdB5qcEmX"
    "WR80YLb3U7s1RvFAxnp6ej4Orm8noUXJApRhGSi7j0sMmMQyAXCmUo3FxCZzz2EpGl66/Q"
    "X0VDj8wp8wnIIvDieVGl4bH27NKg4wG3ncQd8WYTh5yqP1uSSAuwMpc2HYCnA/DapRhUqe"
    "0s2Rpq4O3tpqeO8ja9I7ZJ6frFc8zAkMZZxLf6ZeqWm2hUoW42w/dcaImIkONBYNg9l3ni"
    "GC0m0sMALNtHsA5EKFfAAmwhYW6Q5dCqpc8ybS+aNsEere09pbbX4mPz8NisvYr25VWkvV"
    "z24OVySFbAg82Cp/1dmqvqo720mvTS0n4ujfu56Oo8T16dRyQ/CNhOwGyWVkOzrYNmW5Kh"
    "4TMxXyfye/ck4EG2Sb8MRMgmDK+GJsywS7HzA+OqvRtmU8hkzx6em2dre8uM8N+Xp5czSV"
    "btlP0lWQUhKnoAeUmhQVi77QeWAyGe7lFGtnBuiUxH6CiVsh9OKBOMR5NJJh/7ZCLShIuc"
    "/6UJxR+bNEfDII3AIDvn5q8rL/92UaaOuijlizP+WOL1LrO5KtPv2Y5KuYRJse94Sgb2JN"
    "Ee5f9w01E1sv+2cCD1N+T+huoE9oto8wKoVlQ2lmSLrkSyzxwJsMuOd3Lnk1BqDDIvuUZ1"
    "UXdCeKW0mslFtd534rGMVLNYso597AdqWQLXFG3GeUXqsvik5JIuPDWXNw3HIyfx7rY+SJ"
    "Oi/xdoeMyHdDJFgQgxidnP7f0NjTOyo10izsYvFnQ/PE7WF8M2fRT1ABnXLOxynRgq71zM"
    "hgaXHMjN7LiPPHLv3MF9j8xAad5+Ig2qlEIbFJdCG+RKoe1cAOaJir8csCtkQbbc4gw+a4"
    "J2JPCB8TqTwEdX7G00nC4smrlDKQ0JpfZSk8gIIS6jzt8cXYvjvJ6MuQAm7qSo5Qk1e/Ps"
    "Jd9cyrfmHewLaUptXWiddUH793930xyfKOrTnKasYZpbtm8e+iy3xFT4G+F6qP+KCvW6Jz"
    "EUphv0y8yED8TgTcfTRNuawzthbGCGS2wuAWhf36c0ckVzURXUiJq3GczojXpLd9RDf0XO"
    "bEYNii0UBQago6njH0N1yyW1KX8V0Qp+P3M9Z+7hZd609bi+9gyfRF+UwnxuKNo8pTviU5"
    "dVoMDLYijwMgcF8vd0FDmcIGnIBNwpDmuJuLOyko54beZ4L4nM1NGDXYgevLVt/mSGKM7W"
    "kwj3qfulsj0LXNfx/DHOUlQIKhwFV8ZsCg535mwUDM8uwUp3cYFfhhGAk8kSmEtsWEfg+O"
    "YzfsM2nYfIdseQ5cypzURg4INHfSLJNNXcMNu9634HG7Hnx9AZsU3x859aIdmnQuJTXy3X"
    "zJqggxJsI3FyU8eUxOp/Jd+KfFKi9p3gb5kQ9ebvX8uNqGsZ6v2njz/FzbOW1ZyjymZLUR"
    "FnU4Ramm21NBsfFYpTnCDTE9zqCU7IHPlJLg22ylDuMcpqfeVgw6zcYGpRttgJDcjSHozp"
    "hIvApodnPuK6CLXQ+j1eIse2Vpu/UVKG59KuRxBbOA82OG8Te+Z4RuQtl5Gv6+28w998jC"
    "epuo/k6DRQIUvNpXG+rh6cLbGJviXEhJ56EsRkfa9fBS2ZJVvXagvVps+nNH22F4OuI6rv"
    "FP0VMX58o+kKYRQ6AKCAEU8AaU7gQ130tTVzMglNgZPJcV5qeFxXDZ8kbTR65uZvT0k9Gr"
    "DHPVEusLaZPWtetHf8PVSWbNy+zRgcZCnkAy77iAXzOWFwGWJ8lq6Fo0lP7Srbm++79Ar5"
    "JpFGi4HRuH2bJ6XNwGjrIvjqOHY9YhB6DyFrhoUZo/zt+G9q38MKn2OfzwFEs7mWuD5zLM"
    "t5gJi4wAUKhxEz96HU0+WePyat4O30qR2CgpfyiHLNHac5TamnuXXTrKDHJ0wh94AYSkDy"
    "iO7tz5+JtU4/JPc1ibXzN/fkILGyIo+TP/cBd4RMK8E81lytDnyMyX1lR5E32Fig8KhGxg"
    "LbcxJmaor7QtQHmU84c4gUSz6ezaIyHD8wZDu+JP10XZ1qCKZlEIzyqaFPi5aeFmnvTt/x"
    "VHG1DYkGDPKAwcxzlmN1nSlD1rkstg2AAM4ObE4RdQIOaJrNcCSrYC1x+w6s4H0jLWspTm"
    "lDzlBpI/Z2b/uknfCR7vZJA+WBMbmqv31mgbXJ4f6j49MZNYSa+sn1PwVShUrSql9Fq7IT"
    "dGPH9cdOUNUJPzSxQelC7CPTAcUGPWAwzHkONg3MfJTsnaGjlCOPxLT3+C5H9sj+LMBH3o"
    "kj1C8wDXK1CxyGfGrckciFCFsPeMWEJVFrY23UxtpiEO8AlzUQ/h3ovC3xdPoq9ljZERXd"
    "qXQs+Zu2Tfo4/Z7ZMRJmAN7y94SVL3lHHwTf5UHQjIn2aySioIeFg8AZSCTAfiFEF+EHbT"
    "v2sxBCjp2ahHS0xCsuvBDe9gSBS1RECk5RObmqgTFG9jbPK3IyP0GWw79jE/F7x30xOmVo"
    "45KlPbJ2VO/FjMZZQJ7FLM9PMaI2mCj4bIx6ox4CAE5M+u0v7yTid12d7t0rzPb5ATF2+V"
    "wpBWvmCNuL54QpkuE5ES785CwyC6uFhJ8y13+4zGYII9Qymiw6g2+dFEx+3QPsuZxat90D"
    "17s41JwJPA9cYKOH598nCetahHIT15lZ/L0ewSon3xLzVjD59XXddLr1YPq/xFCqSZgg6S"
    "Ig3kRgdvLJcpwuhsYzZJ3g9r4xcoOzZu54krj4krMsQdNmpvc+2cJdAnaUt7f/haLnBrxO"
    "JPx/viCW+xyUgecz/MfJCi8tKGW1bvVCGhNQV6d7tjt11e0UzgfwCR2L7HOEMS77Y+oLN1"
    "AGtRb4NceKnEilXqY79bBvp9Lw9MtPX3GFgATJ4dYIENICVI4MtYAlnx0855/alHA5gKwx"
    "d4QZqH4gG2C0CJZcjoSCGmSKR8HQJMMCMaSujp+4XgG4Rs9topiPPEPVdmk06dkmdMQZ9f"
    "jsLbBthnW85FNcjUwj4W2Udw4BCdcu4d/dNMfiwA7znCE9mNwc3+U8h8LeLpt2klDPcdvm"
    "eKfwDuz72FgsHx/jEVomb9fdHe5mng/zSGWOiiTqOrj1IeyrS6xq3iyeWGKFBvL0MqxqKh"
    "/jNJnODLKv5dS0/XtGLSJ+51hb4mmfoGk1GvgFQ11rKLbpeHRObWwheG50ZFKPQBQGYHiQ"
    "PBeQE8+xABmAdU08hjyydLjcJsERauu1HFEaVCk4zVsVY0qDXNHpJTEpDidLYb7TVK2e8b"
    "exuXiJ59RA05VPWB/Z5J54G1MycCM/rWqke7ZCM/ovyZQV16+OmmtXdpmFb4EHw0slXHxN"
    "0ebFv6N9r4HFyvdALqeM74iSkSlD1mZW937B/iK2CYmdgu/sINnek9gxPKE+oPhgWOV3nc"
    "d0tP/zQ8OahR/VoevIEk1OzbqQJtInj+TkiZQpJbamaDRXt4embZy7HxmYtvEoPzAGVw1L"
    "Sy0teVCaZFeojbPdw3iyDE5viW0K+0vPQCFalJiiylBRYplsD/MD1xo4vcDrF0dOgD9AhB"
    "4XF8yXQv4JzbfgOkpZMuQu0ZPcZaemfjVi1S7EiksuC+WUG0kafYiWJN2YzSTwfVnVhzSh"
    "LvqgUPRBVyfap9urVl2/B9VVq1h1nQ5axdqPiqV9EQ7AwP7OnjrfStSl1P1+mbZEoaWaki"
    "QqhWLzBmqEXg9HwcWMnIFiI4xVYUfI4JPpkZdCn3GJBzGxfBwksllCnQLxYwxhsaDuhHMp"
    "y5HS6FDqIfP8fxEqn74KSpx6rPwrOv9elK+bweD8/Gpwen55Pby4uhpen65PgPytsqPg1b"
    "uf4DRIHecHHVR/cMfw9xOC+mRsjTcsFWNlkqYefexp942GTcLtLwKypyye54MKrD0fFLIW"
    "bmVLeUAZEVmKyZIkngmaNqMJvUikQndkhf6CXOzhJQvhW85hmwHujDzCx/RYFEbuW+Q5AC"
    "V52eaRfe0/SDp8xPy8FkcAbijaEQAIw6oGANYBWzQSdKcRpF2m4uAQpFi5UJzjBJkOAGnb"
    "/LYke10yjeovHpkRftwYUjyhoGW/DFlIJVt100RbMYZfiLdOygRlJ2wCfssONcgJ+uggz3"
    "ng+j8/JcXJGK0vJnFn27kbbWZtmZm1LTp8B7ickCHCb0JJqEvSPKlYB8lOTrCJXQhlOAlh"
    "v3G0YcWsH8dPq5z34UswZcQHX9jb9+/HXFj7+PHN+y8naNRjSzbqIb4pkHDzeIG+fPgi0g"
    "dOhdeGiXC4ofCnt2CnlsRs1Nz5E4uiHlnCnHljE68ka6nw+8zR7Q9mGyouhx8hf3aUmwOj"
    "GbX4TPITA5v8h/CNZlxVExMTv1R+1nfso+E9IB6LjYkNHJVB1WUeF1L6PTpexPvvwfpd6K"
    "wNWtBvVtD/JM7Gwvp0ydulIn10xirUpAPHx6QiALsc75beQ1qrB4/6PrFjgx6DqEWBfeHw"
    "gI9OuqjsHAU4DFAxiZzfzDBQX+E9nfFbK75eXqDJxOUbNB9yMkGjYHB2M0BHhoX5pxWmCR"
    "axMqtj3i4aO9V0fZWYk8lLSCosHoKCmXKGqRXwU8ENfAZPICrr8XdIjihK7GEEOKnHb+B7"
    "TgMTw79+0d+MXx/ZkwkAgdgHSNVnnEw8oOiU9wT5iGEseIQTdJt9UtCHHhYOI4hv94yM7K"
    "PJJHrBMZejqTWZHKMF55eLGYgiU2I59lwUn4hePipmQUFO4WcZZShmEJ7zr7qy2XWT+i35"
    "ntk85alnk1lmwV6rjbKtNMp218ol0n6ZxAzcENw/CgJqXnCZ/hsKbIuwcLtxPccMDP4pi2"
    "+J8Q/IJPwL5rIU156ogYoTF9fX9Z6tbq3R4TtmMNZ2+EbY2n4j8Q57kyhUMOqFyudJeJSO"
    "eLtRL1ZET2KFLrwcugyeQJH71aiX25Bq6E8bqJsxUIO8Gz03ex5nQzr51yJMCXwU2pZBMv"
    "PFqUHMOYkTTEDsewQ1kW++5BxqcBxt2NaGbW3Y7iYekpIGk4qd4kRnaQ9nqntvsAcFG/le"
    "yJ8rTrVhQ2GJSGlHR6D9O1CeCFR6QIpDdECyDT+2sy4vrwgCUVE1EiT7UzROFRfQx0Ckku"
    "aTHUE7zOG9eugohmDuqAWZpZfUfBahOysUlRrFTFS4Cd9Tsp5q7rvpzEktrCggOa8jCE/V"
    "ABmR9dEGolv/hlIAIY6Xm8LqZPuuIBCBdVO1Uh8pqp1mrW1qatMVwoBjY9+5I5JaNlsYvS"
    "FrMad7n7FtOksR7COe+sUafU6A16J2k4/56yAHVA2Db062gwCwhkT8HvXDIgue85DfBxsZ"
    "Yc96bhocV5Wks8TaibDNwg7UERkTz3O8/EQXB/CnqToQ27DvIP71sbqDCpOl1R9Ymz+w2I"
    "1sbErLbm73llsTtgMw2qkU0uvoXUIjL7bAx3y1kS35ZcrCuNvwvPS5chDhfML27Nhh8cyN"
    "KTh16Nbf/RMAWS3x+AAHQz51U/KTh+VOH5kW/fKUWlHb8XzduJLrB5gcn4mqZniJ1r08W4"
    "du8/kRUdoP3048wlc089ePFSPMI7AAEtcf9QpK4dU8Bjh9RNWesWU5DywMLA/YIhQHw+76"
    "oBmLcrCCI+DowFwYxrENAlHn4i/hmrFrrHmMqUd/xh1qh4aWOjRo63ZDWUrT34Gqya5Wd5"
    "GnZm3D0IHYy3aSZtOUhwPHf5fC7PooUZzkJJ1WV9o2wy2RPH/hm+7M8Za3Iscl/ReO5iEn"
    "gMoblsqhbkQyxjmaClmLfPzNxSuRVDWiZ6GzsDPjRC7FDlSED5WQPopwdCQQsNBBmD8QCH"
    "r8IwB9RJatqIkhdCRiuyIR+RyriiJrihbXsd5RCBlU8ccZFLvjDHLeOKlI4aosThG11zW4"
    "NVlaYKNRsg5F7TsoRlepS1JclSRXkwRMzEqsXRN0kLdnVRbuWfHCPcsvXO0cpgXYvQiwrw"
    "GYEfJWoegaN6kmtBqJ1pXQUwjHAszRDr1yGBGl/I7+8Q/IF+U59xSwxr+sE1uYdE794xdC"
    "kDwbPhN/ciK+NqEdZVL0tOYxRnZoEBfBagCcTia//gIrCqLgTgeX6PObr79+/vju40+Qjt"
    "Nm1Axt5JSxAEThRFyegFipgFbn2IXglseKw+HLKe3Na4rOyRS1HHvFUrKwLd9jK5CchWWY"
    "dJqutV54LcSm27Z9cv2VSi1PmRYVN89NYzVVf+nY/sJa8f3n8vz6OkwhPApurm/MUTAk+B"
    "I9LEgcGGybkDlYuPU4lin2ryP+RJEbT8D3oB/iLEHSZMX7GvYRe+DTa68t2gPrUl6Lt8Fo"
    "GfCp8rHMCYsYdIktOeNztFmZNSQ+iTrplsT645vX7z7cvj86u+wPMhk04om5ENxv2bb3zr"
    "6H9GJl+17cpNrGRxOtt+98kOVAtA8DgaNOhHhFTHQ05ecqcjzEN9PjPnhsU58hSK5+ybeo"
    "mzNjxn+fm3yjurqBK5dXZDgKrqdkgO5sMIVTX7Lt7WdMyZ73O5fPLIt4480WFVn4x3Hgv0"
    "ZJnwglDfUJlXNmQ6HPmQog6XqdK7A4TdVmvEkkOhA7CAhTXEtcuo7PdcwVRJy+jKo4CMU1"
    "3ALkmRJUO9h3Yers7lVdLc0QarvC9k8mYpr4U53XMVmbP5pdQdomYqqnwWqnpZ2l29vK3l"
    "PC/frXdcgx1WWdptKrutqq7mRKEOGsalBsTSbo6PzsGIT1ycTxTGpjbyUuDiRwR3WyPQca"
    "horHDhaiFKE2ELXOQJSq/g3giMqnuCZosazEv6l/8H/PPnwQ1hH0esG/JRHbH1pcCsFE8X"
    "KyT/Sx3ZV+umUaYvzlXhV+uFe5xDyAc43xEsxkilBZllQjZRKkLM9rLmbtxOiITnO5Cpd3"
    "4bDmbgXu/uGNXbyyHKwkkqWp2iyY7exzU0nwLdExzvJKhrEgxt1Y2WssRdVFXjcgvI495R"
    "TsGyJd8F6l4L0VkLE6UJ0ha3GmjNZgFHy4GfWWYS0g21HaQ/Kk3eN4/Q6+B5IbyXa8SJhR"
    "UZNCqj4UTfSt1TjMa8QfRfzMq0Hbm+95k4e0qEr5JtcEB5w9AAwy4j2EDTgyDoeTxNDM8V"
    "Ak2bLjvviTz80zi/iQtU7IEUxklE8bjjfGYrkBqOHxnjhRZsCUpLGoeYt3z94ouBoOgNun"
    "Zxf89/UlAW7jCyivAIiFQK1fiAzofOE/h5oP4/CPPsCPH399/z6KpoqODdl20NQge95E+H"
    "Ty/QszRynNV5qqAzl/9oD6A89c4lFHSdFMU7X4q9uR1TWgfy3z3fpMzNcJabNX4sOVbdqv"
    "5MsF2Z6MLNlWpy6+RxE84AfRdHiV9pUKgdvL08tZch+DNsNhlA5n7Y8l3Qfr6lfHqLbL+6"
    "oF+lbLGN6wutVmf6yn43P9LlNPCNm0mtONuUtp5zTtnNY5Nx7tnKad07q3qqlNfYp9WQ7g"
    "YlaniDrI6ZqzO4TQibIhNEPWQT7Xj2/pRBrJnbmKJD0olqQHOUn6e7RB1GF/bgTJB96OY7"
    "REcU6SdHpqap8anXBml6k4OH9i8s2lvLsdpjlNqfNitnmWwYnS3LFcQ5JSz3KbZxnMLOoY"
    "YZqqe/a6epT7lpnsvnCZXxQ1D1+lwFqXaNWvZKhjaYIKGWcEZPEDJDa4IuZMGMzOUs4F4G"
    "KCUWgQfoEcl9h9xJ/EouCWAi4J5+fQcnaV7OG4jxid21GThCXuanrFfw8vTk1pIponfhpp"
    "roYEbBZaxXWCBp3GtmO7Y6qqtLLHyCO9RdrN4JqDxQ4BHerBvrof5L4GmLMlJ/tnYkA1xd"
    "VrwEolZ3rqfulp7kUt17BrtaybURVlH8o62uSZqKwMPTA0p/eQ2jJO3AYZ3onNhQSAz0UF"
    "IOKjwO0nqtpjG/3tw+3r3And0Dgj+8jgl54z4t1Tg7DnkDUPSPnbnrir45doMgmY0GIgIj"
    "TsSYxDfbTA8Ld3H/YoMtNxBtom55XBB9J+Pi08xFtcc+jw2JyACeicMAlEUHy6bCg65yzV"
    "QIViDal+DzBMdNKoznGCTMNsbZvflgiJXwxsv+a9fBFCvURKTDcoFRMZbzo2eNtqIuIoGM"
    "4wiX2kh+eX4v/TIdQkZQvHhWxzUTpM6BTFdej6KNq8whKRIvMcby5zy65/AC23tUtuM5yl"
    "i+2VmtyWJqpHbusAlxNchX1FDdNKkHQQc9Gimz7aD/JoL8B+1vcqHOiVMZ9biPGdnZ7GwU"
    "9X16dnL9BkEpVrgUR2M/oNYsbXwaFITG8IzoicU5vkdyEBpPBn2OKjwS8u0UqtNHsbVx//"
    "bTv+n7L6WhOsFdH2HrZNZynSLAC6OZk8Z8//A579P2Ftng2u0ZT6rI9+/fz+GcMzcgwirS"
    "h5yb9Y2/HRlKB5QBiTRW03McDei+61ROrrFlonYHA1piZJdmJpy2CFulnaxTy37Qgg2Cm9"
    "ZY2JLfeUyOMTSCShOetFQl5BRz7+hqhtWIFJzGORYcVf52mZTH7/90hwasS7HEWvPer9+c"
    "/JJH8gNDNEwzkLeYOlkof3mkC7dqeUpzpcu7XPb1d1WW2G+H7m1yP3zt1OU5ym1LPc5lkW"
    "N0UWt/wsl+ZGTRO2Oz9q75Y/7DPxsKKCLg0dgAzscqUWLjiBH3rmhHagsFCuBFrauZsnyc"
    "Mqpog/napUnCA7ELm4jk93J7nTxNRa7cDjFJ1mcjmTw3Jj452csqS0+yt/vCPitySiavjD"
    "wmEERdmMBD7N/8Qe4boY7DIAtohghCTcPbwYXvfRuswt6HG8jbASOZ4ELm9+uKatk5EBbK"
    "oKAGbp2rwqns72qw2TXRUDW2SY/EAYw/NC22R8u7/VPLlMtFSILovIkO+s5TeEpyDO4Xg/"
    "jDbBULLj+54JGYtF4kaI+aL+sUhim2jjEddalQWRNTuotk22yzZZlsmwkLmliQy1keqFtv"
    "01xNaZ5yzHsKcoogIpunaDAnWc83UWTXHMVZ7ZX8m3gjUct++EabBMlHrz96/lFoq1JPX+"
    "08ef4uZZs4WWar8TqTaTVW43/Bpr8Lqt89sireVzKJ31CrSW+PZ2rcVLtNyqtfy2wKAhhI"
    "6LLJguqc/X3guhHswGUHvUPB0FFwRf8EuDs5vB+k6I2wzPrq7Q803zgTkQyShMdBSmUzxO"
    "3L2eGVdQnuVsltdknvJBtms3v2ekvKgME2/1u/D7iy4n9vN/aoVo386aqmK7+Sjnso7L7F"
    "oVaoStvnNHlEoBrQla7lYc7ojI5QfcDwyJp0ZHsE1nnH37cd6Ce+LRGaRLANelsL0zgxwJ"
    "Udyc3LjQzDB7js9pY9m/OtbB+tjui1JufNr6UU23PvLI/xJD3Ardsszc9CpTbymwW2HWzo"
    "odw89yjuHa3bar7rZtY7b2Z+2wP6sutqBLiDx5BcamaohQBtUUpdUuS5F+CbXG+1XwfsE/"
    "bJp84+FM5IzbYXfJkXdw2Vdb92ULv2DlT7F9FzuGqbM+S605X4XzZImppcLsNUH3+DusVH"
    "tkWFJ8ZJjTU5X3kS7vHHUfmJB2VE0q2VC0l70CpIl9kpzZjBoUW8+inQ2Fb7BJmgkwDnrA"
    "TNwgJuLCPjUJ+o28BmsAOMEj6suBoAbG2DMKFAFQih7IKSIdFZ0XhdSrrXe40nojx+4mWE"
    "eyciuG+ciWrxbxy0R8kQRLHTnOkLV3hZek1Bv1Rj10BKlBMLsjJoD7AX8NjzIBFtuMeAIb"
    "nnHpDuoeiE0d9n7ieSKxCLUhZQ9wgl9xvMlEErqw/+H3jF9vHkB5/ayp2rt8dtwgG0i+5t"
    "g+NnxlhC9L115W925R9LAIHjaR+WqO76P4HjdgC8TwikEcEHw37DgK7IGvSebIXkeXpVN9"
    "UeUovCg+CSW4usShtaSIq8yNtUXTuuMXdDGswtZhMVuHOn3hd+Nvp8u8fa+zrBpQmaPTum"
    "6oE7TIZfULBPH2ChxWw5v9re6qbN2uQojdOnjtZkggXpjcXL1A1Geh1ODY67DhdUYpWM/E"
    "64u/oaHzYEuCjmUCSaNjSYuvpd3nBE91+TWdAVy6bx0emzdsVVWNOuz20IBS8h3nt0ALvv"
    "VaIvky1M2Kckysc1AcgQpJWB+JMpjGKLg8O509TwYLCGgnysqzNb1FA6Pp/Ata5j7oSKZb"
    "4lFjIZMJozulAiHetNkmDBZPrM5V0C4h6p54jKpZ5BIkHTzzB8MqkBlvVeKrkQPN4KNS4H"
    "DUvIPcbcSRFMBpInPsKvahTpDs34v6aQ7K2vyln/Qw+/P/A54vXlQ="
)
