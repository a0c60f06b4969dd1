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
    "eJztfet32ziS77+Co/uh7TOKY8mWX9nZc5x0uie38+hN3Nsz25ojQSQkYU2RDEHa0czt//"
    "2iQFLiW4RM0hSD/pCWSRRAFkCg6levf/dWlk4MdnKraZZnur0b9O+eiVeE/0je6qMetu3t"
    "Dbjg4pkh2uJIoxlzHaxBX3NsMMIv6YRpDrVdapn8qukZBly0NN6QmovtJc+kXz0yca0FcZ"
    "fE4Tf++Ce/TE2dfCMs/NO+n8wpMfTYw1IdxhbXJ+7aFtfeme5PoiGMNptoluGtzG1je+0u"
    "LXPTmvqPvyAmcbBLoHvX8eDx4emCFw3fyH/SbRP/ESM0Opljz3AjrzubbK/1JpOPn+4mX9"
    "7eTSY9CQZplgnM5Y/KxNsv4BFeDAfnl+dXZxfnV7yJeMzNlcs//aG3jPEJBXs+3vX+FPex"
    "i/0WgsdbptqcPyTN1zdL7GQzdkOQ4C1/6CRvQ062l7kr/G1iEHPhLoGjpwWc/O/bz2/+dv"
    "v5aHh6DANafPn7n8XH4M5Q3AJmR5iLGXu0HH2yxGwpxeQkYTXMDi9sub39fJtn92hUht+j"
    "UT7D4V6c42SFqSHD6Q3BXhwOFmtbGXxeisHnBQw+TzJYp8w28Hoi/pbgc5Kugwv6ogy7L/"
    "K5fZFiNmUT5uL5PM3o15ZlEGzmnH0RsgSfZ5yuLkZvrtTA6QLOvv706T30vGLsqyEuvLtL"
    "sPi3D6/ffj4aCM7zRtQl0cNxy+853wuIPjGsBTWZhLCRotstd1TF9NNWyx1b1hqWds9ZxA"
    "XIrP35R84Vl65INnuTtAnu6gHxSfjj8DbuAlbevfvw9svd7YdfY2v8x9u7t3BnKK6uE1eP"
    "LhKbzKYT9Pu7u78h+BP9z6ePbwU3LeYuHDHitt3d//TgmbDnWhPTepxgPcqT8HJ4KTbTru"
    "XaE0Y0h7gyB0SCrMXHce8LwfxzR0e3b7+8+PnNhz7SLIe8ZMR5oBphL/kr6ISvVT7Uib1G"
    "X8Q7vba+Hd+g6ZSY2uBm7A1PhxfT6UkvsToq7rp5+UvMIjFhPjK0tcJTK0mqTi6Jk4utGH"
    "w8lqlP5lwxtxxJ5mfSqxmQmAH+JQJPJjhj1ys+3uKUFRxubROTu3S6bTRzbYnNxV7zndOF"
    "mvhWT7zmOQ4/evk8rmxsridSaGQ28V5aQssk1yr0BEB85/eZ8GSCcWmW/8TlI7owfyFrwf"
    "l3/OGwqWVBDAHW/Wbb02Fx+s9wUYVXt4/o4McNXp6z1jgj+OsT//Tij4I+/vb+fU+wfoa1"
    "+0fM96OcOViR1Yw4bEntDJ34dUD80y+fiYHFO+Wy/sOmo8Pdy1Lsj20SM/5wvJMn8ul3wt"
    "Uk97XfV5dYBavNGlqRVRZbf+lbq+EqeQWbeCFeCcaGkUIblqdTl/ONmn8jOG44ym7RLzR2"
    "QVs4oKk5WYatd1m9endLgiyTIMd6REdUR4Nj5PKZRPf8UGH8J0Gixx8YMjBzEf9KnfUJur"
    "VtIqYaeTYc9gxRF1ET2qf0w8pHGJuiDSfg72Yy/nr8XfqIWVzzNIOtBD06XOx1GOKry4Px"
    "gRybOtKwaVoumlvO/XbsvriFx6a/3+iRJ0GUIZ1f0wSfhYqq7IHtsgcy8jVj86KLXMYGBJ"
    "1BPK+Hw7Ozy+Hp2cXV6PzycnR1umFx+lYRr1+/+xnYHRNYM3BR/nFImwdjRMqSUsKSIjgm"
    "9qBMwb1ogadIOyS2N7DYU8J9vshZu3jwFmYxVzTw75YQC8im4U6JwD95X1imsb5Bj0sL6f"
    "zQfuQndp//S/hZ6S4dy1ss+V9UW8IBaprESOPCT+in4hO26FPp2CHbyFGQfxTLI0sKSDoA"
    "IEnA63LwUZSkQ6dPZcbl/TC5JrC4w1MNIlz1DxEZwTRC0kGx9KqEVHqVK5ReJWVSX9eWYe"
    "+WooPcrV7od7GzkHRC2FA0x+BerxH2DoZlli9vlctgcS/hDUjcTH/L//vl08ccP8ANRVJM"
    "oZqL/h8yKKsNOej9x9wzxSeEZh41XGqyExj2P+uagQKGA4diEkvI56MPt39PTsGb959eJ0"
    "UR6OB10gugSfAmefjVIbELvBOADh9aREfCHUa3VvyPlxGM9sReH98gzh7qw5cARtoOeaCW"
    "x1AIcIp+sKlngqpVDzI23SXdXrYeTXHrRNhdAEI1yAJrawBymcBXXcJXJZnzobdQKiLf+O"
    "dA9ExnnmeBq+B95b3Zo0QtduxqzcEly2DF22LetgSDCk3PGQBUxCqdjz5FjOAqAuvA1Kp8"
    "mEc2kqLDERSD0zIhWLxVvox6mgrCcvkIWQu3SAv4lo0KVMbjKkSj30T3CK8sc4Gwxx/UoY"
    "zoyN8lKOFCh2ms0RFGNnbAZRj5D4TEYwTmX7SiC0e4IxwDrkwN3mFKPqptpLHpkAWF9SCE"
    "8kdMXQbWZNGez4KN18Th0lM4JvYFL2xasHOhFV4jzcB0JdozPt9AhN79WML5ufJYP3hGCL"
    "txpT7mOFWDSmfgECCp+QhROW9ikDVHlueExgd0RBnji2Bwhv7PSDioB2NOp0iEcohZo+aD"
    "RbXwSZJSeT1DjU3bwC5fZytwcphTZwUOEUKgNzltMNK/iD6dvuJ/M88mDl/v8LewtmwWYG"
    "z18kcS/hSRdchXNIt+MHwo5p6gT/C1YDP9KYGDBH8Ptnv9Di7KbJRJmDuyT15krl+HzIlD"
    "Av85qTUco1Ry6G4Zf7vK9nAhThGrkKg2m3zCbWxyT01ZSSRO2EWhr/KtDLZlOWB9S9HgEX"
    "w+bAb5HZYRdfIlndTGpev802AT6cwRKcLOYezDUvrLsEB/Gab1lxk27yeR5Ctl2Z2kU9wu"
    "w21sGNYjP1Zhw81w4843bKQI22HfgPE6Y98IXmDiSGpZSbruyafVH6K+tkQmBl3RLPmUaH"
    "SFjRzoL0mb/BZ84pOgk8NjfgGzf3z75t2H2/eco/1hImg0nIfz1K4j1D5HOqlKgqxzO/xZ"
    "GdHlLF92OUsLL7btWA/Y4PrqV4860kHqmfQqTlrFSSuVl8iY2WLnDF8rT4yYeyc6OdwpL4"
    "4qDI7Tp/MIeukqk1SUaiGrarVre8y1VsKUnDZsh/f6hZbtaKvdQRWI4QeicyVnTRzkUtcg"
    "6GjsXelDfeydk8vTsXcxml3zf4dYG3uj67PzY2FW4ke2do9s/g/nYUaQRXX9ZhjZ/0h4HI"
    "dSW2Bt/Kcywj+jEf65PMibsRU/mwu58m34/nwbnhEPrNymr6BuBXV3ltuUr08u6GZZynal"
    "l93SKexDAvtoODt1q1d0HcmpRai+x/ZCl5K0Cl86ZHypTnX3J/z11nGp/9IphTdyt1+k8s"
    "7x1wmONCyh9S6JYb/QIKSEhJl9vhDwS0Nzx1r5qWKhzUtQc17yAU7WeGW8QiIZOCJ6kLXH"
    "4evXjzJZZenANY1Ssdt5gVGkQum2RdUpqvJAK9CBOWMWlpORZK8g4DdC00WlrXKzKn9JJh"
    "v2G6XpIJPr8eMw2SPJyIJ8R77lJVnYUHSCx0WH/du/38XO+ZRvxuasf//p489h86TDRpzh"
    "92QNSW2lfGaiNMpdpnhK9gkHXpuWuV5JTUmURk1J5VNi8u1nIp/4IUHWQf+lOtBRXwSVdf"
    "GIUClwQwLc8FOL7qN6xymV4t06xTtrmmeSxrIUnUpk1aoEiT9Rw3/TNKLh3+kXohnbNiWA"
    "DIiO49us55hgXx9dXRP+7+mZNvYu8SlBloPAxn5+yq/Ory/9q2Pv+urqnP+eh1Z3yINsE4"
    "da+itAJRyiQbZhv1/G5YeVjabTB+IwPm5WrZ1nfI4S7gFgqBPfBnwqonflIqBcBLrnIhBd"
    "5zJG7M230QVlvdY8c8HuIcHfLYXi7i7uQvC+l6Fi53N3S9Fm7vZ0B8/dPmLebAXZqfQ+wp"
    "pGbPELsl6RR87zPjIJ0dlkxZ/XgbJ0QMCbgb2gj/y6mH1kY5rOulVD/w1jucGZLnEcRCia"
    "S5g/OJCTYE4XnpPl5ZyPVkVI2gFWdSqdIDVtz5Wajy2Fmo7Kp8PGa8Gf1HwUxuJFqJ4chb"
    "fXvNRVr6PqGDzODgM7RJ8wbGTtQoVcThMrZhcym2u/emYUL0CFOTyO0BSBhO2RoSph7+3d"
    "2xSuvUeWHpWgRzJBj0M0wp9KjscbEsXh3RxeEcbwQmoVR0g65xI5KmUDGxXYwEZpG1gYNC"
    "sL16fomtNXDgi8UsHM+xxpB2vzUqbNzk1zq6xvbx+IiNjNMcH5t/u77XATsmm50xrHO3XW"
    "fvFPGuaxxIH1qo8eqbtEsDQBnXMtR7j2BocwGnvD08E5uie2qAHKB3XSVrYa+lcVzQ60ol"
    "mwOqUEkRiNMqClZRBVJq4zh5EqE1frl9JVU11rghsOxCB2QEtWQST1QySqiNmzm7lapYX9"
    "iterQj0sbNAvoYnZkbaqZs9hbcNKkWlWkVll5/0oNLxuiZ7H4PpMRsF9bK4rvnfI+QFuKZ"
    "T4W6ruQOMWwzYLa9UbDMHPbw8QPkKmQA8FenQf9GiJOP1OJyvbcomprT8TzXLigmluo0Kx"
    "mm6bT5xt+91BR1DZKzLWi1/IejoV5gaoDcbXsM3ngSDqItuxdE8Dv2LGlxbRAyPFpoIYyQ"
    "glqrr3EgFC92StIoJURFBHtqxEKgkZGSpo3kURdVgmWIW3yhdSh6mAlTkfnzi2Q+VyLCbI"
    "Osjt6uXVsA6K3O4bI1IbRMYGEZ6nMphtlEahtpWgtsoT7qlTcRAKWlu0CYgtCotYZCkS0f"
    "vFOgS0nNBI053qw9i7musziP2/vB57ozN9MPYury+ubqCOb9CTX5E4KOQrgJ0HP5YRtBRI"
    "nxgUtv7v27vA/ymtSNQ4TgmVQuO86omPCUpgKO1CaRfdszLIluBVlXclEPBwAynL3LB957"
    "DvQZnKdYP8ynWDVOW6YE+WYO6WooNrd1gqfXhB9vC0sgbFFKWDEuNU33VYIiOGsUcRywRZ"
    "97aCOlIbBkyTr/+SIuwcv2soA6McE2p1TOCLUZK5AYXi7A7OwqtPZIWyGFHntofqhV6uc3"
    "uaSzNTcxRmmo0TNphsNtTfJLJB/bh5VjRbI+oyBIqRsHDyVbhi6Gg6FaUhRFUIH2EJ34/y"
    "hboWVSKm0+NX6HEpAAjklwaPwR+1jDI2RWEohqiJcJCpEenEJqbOkAWWW4+R6fSl+P/Evx"
    "/kaXyWRLrM8hy53A5bijZL+j3bwO7cclboJYIH1Pn/6cq2HJf/+Orwf2x9zv+15nDn28pI"
    "LY99OmgyF5wKtlfB9m2TGw7CxBCrkOJMZDG6CEl75ZXe3ZKg//qMfEAf/tV0dHQ26KOzYR"
    "+d8v+fnouQ5+EFGg34r+tzbQDVh8mcNx6djcbeaDaCXMQzPPQ76aMLaHg1HGJITnzJ/726"
    "OvfTF8/AfDAa8ZNw3Bv34Dg0g00THI4sz4W8xWkDRFsfsnAbL4MF5UNBKSTItVycEQ9UrJ"
    "GENE/WSZrxR+xBRev5Jqf16PyUz/bVDA8gE7Y/99eXF3wKrwdgg7q+ug4MS1S7Jy7jM/YR"
    "8l6LGbNMY41iLUFg26bL5hceiUPQgj6QTJvXMz5JzQoYSK2TfQprpQhbvLH9vsSu78EoZH"
    "TMGczldJ2afIKn0z4XsInpEsflXIZYKP+SjqmxnjDiPFCNMP+aaxlceA/2l+NXqZVS10Bj"
    "U2w/Ipm7w7vDzhotLIurB7B8QtLd+1ANoDQsA/hDKmw5TtXelbOnCn9eClE9L0BUz9OIqm"
    "ltVUlDHjTJIW8v7/nHBBo2ogzxZ0fbZ0dHGMHjQ6KWPA37uB85sEUn6W29hv4LV8VZGZPb"
    "Wb7J7SxlcovMpzxEmSY+iIygQgAU0yKqY3Dew1nJ/JmA8rhilwxezjLRUXAM3wiPFM8Ny4"
    "TmHd3H2SJn7SPWfM57Wc6I+buFl+mH2KbdAaT5IXDzdADFTq4uiBDKzm/8DxM+6TVxxfkq"
    "ZkacphfD2Qj+vTiDG9stUdw8J6d6tEmWINjImA0b7regouQKmTyxDMNuRaICPx7x9QaYKp"
    "fFQJ56MRhMp8dCTuNvgR4x41+qOafOin+q1LwRd7bfcwDOAlibo49W232TgCDMokMwk6v2"
    "F6dq9SaR/MCQ/9z+AV8SrI99tsGLczk946RoYLyGRQyY6s3q3Se/ZAZ9Bfhmy2IiDx3ebI"
    "0H9YMvyGT4Tos7/WKv6U0blcikqZVfv5OxTiZLzJYy51OMqJrjqQ4m97787fbFcHQBiibI"
    "BJZJXsD+Jw6LV+KSODaoy4gxB0WVLa1HABE1glwrjMnliz4jrWnFfTed297KclYocAmxMn"
    "0UWmVebo0/iLIC12kFJt9syo/jPWSlOKWyArdOTEoIxnvUGGaqwHDx1yM4tJeaobSLQ/hs"
    "lI/M9zHN7Y0NPLjtMaWcp9ic5vFPlkPowvyFrAWr3/GHwtmltQIF+822pwNj8Z/hMgqvbj"
    "dwBz9u9PTE6uIc4O9NfLPJm9svb25/fNv789lgj/yY8VLh4hKB4rdI1LVFnulSA4noMP2V"
    "r/b5fwivZs5Nl5guMqGmBdKW2FwQho6E+wrc9/OOZyCg1Xe/G5FJRonHQ974Nd4+2SZInJ"
    "5xJ7v9xn2KBmXuFQTUFASkAqJrxALaWHKg0cVbM38pmzgkq6ZPUdzNlqjBmJvNlWZF2wrj"
    "UiyHLqiJDTmpM0FVk1J+eBtyNJuVf3RPwI1FjrlZpAr2SLO48eQJSX4+rwRRs5OqQRZYW0"
    "u7TCbIulcxt3pfohbkqGgZx+VSVAS7pTw6FiNUEGibsbGZt94jC0mcqou6TR1pSHyuyWch"
    "SdK118etNUlIfJbx74B/Kmxic3btsb5T5B1kfDnOF7E+h/czbN5PsKZlJ4PZxfokteJ8ec"
    "5zhd0mTqYXbaGin0GtNH4Jjd/nH1lllsfbteA3ZN1b6aNSKtSoQIcapZQon2l77utd3s+r"
    "PkgPLU3dYUuIh5iorjkopq7FvbeYmEffwX2lBmkl4N6+gmIOueJ9Gd7bjiiaYWqGxx8yO2"
    "C3UFjM7qDVWdlaJi4KI/5kr2yZSVKV2ZFEv4WMnJmCYXtkzozSKS6X4fI+HFbcLZOdlKuI"
    "zr3MCbml6N6heFbqUDwrOBTP0umHwGwhr+skyDrH6+rjeB+IQ+friWvdE6lQ7yRd14zN52"
    "UC6s/zI+rPUyH1YQ7QiUP42zJXUq3MIW8t33ufPAdFip6ie7JGYRYs4ZjKJwOFb3UDgYiQ"
    "LyGsFdTn7W0XYc2xGINqQA4lGbl66hqk4bDGr87ExmvDwrLZIyNU7d3sRC4ME8Nf2IAkjc"
    "FTB+mRGSRDuRpC1ht8pSEscl5sJi2oBEVEQdpVdp6NCvve4RdRCmgqAD4GaeRDWxLtXtoH"
    "JU7V3rlvjcOlQ/Qw4YRYLRPTkhPgMsnby/jeLXJEXhmx0/nJZcbeJYHspqPZ6DKap8hPZi"
    "rSViau8SvzwQX8nl8eB1nRAn99jz9sRnx5c8M2LCnJp8M5hFQ4bULC4BvzeSZf+iFN2jme"
    "V78nzqkh7YO+oWm3Qbr3zsdDdb94gnhqkabPP/I5xy1kWFAZGvGdSscivyNfRS8M4rpCQm"
    "QuwVlZ/6rs+FnQTqgfwd9lgkWeMSkdJEXZ3o+s9zt1lwjbtmM9cMnQCvKr+Y+OHjF1QTWA"
    "DI2Yz6O+4rN5NPYBhHEPsnjC7Pm/+OyNexkroZYRmszyFs5nru6RX5U6g1QVp459oFUWp1"
    "YZWXqqLkdLEPOD86v2bH3PaY5Tqmlu9TSr1BIqtUSzn81TUkt85uv987s3d0W5JSK5wx4I"
    "DJ3W1AK6n375TAycI5THU0a8ha46xPN4QB81swpO7MGm99Q84A09zaUG8pS8AR8YkYgjL1"
    "1J2KJfImvJRIs03pm95JNJkGM9CuOOHwELuhcjYNBBR2uCHfQXBIoa5VvS8SuEDcPSxEoA"
    "aHGBbYMwhmZEw0GG+7iVqcrex6ZvneIyJNR6QUvOCmJCkUdGdeKbrriOCCPwlzZZoE+CPc"
    "OxDIP3wydNlJlC1C2ZCSU3MYn/DjIYwJaivQlUnxlgy09ZYmDmTh6w4WVVXKWLXDElTtec"
    "mCJZg0NWRrkeDs/OLoenZxdXo/PLy9HV6UZYSd8qklpev/sZBJfYvORIMs+aysk/fPM3yM"
    "3hvHt7JJumOzdHMJEuKXMtZw1pf7G5Nc8EimwfMW+2oq746SNa8Ms3ufQFkEn0oOpUpgW2"
    "2u4rTrZd9GV1LNlSA19U0f4mr2Ir1foAVGu+u1iOnGIdJVGJXTKwxyU2TSIVnRgh6WBIUc"
    "WmDXnj1nMYtRrjbh015tzM6Np8k9GWQlmKKrcUhWKhXKbJGJFCP3ejn5GUqk9EPyMZXA+M"
    "xWXRz/jqamFiXYHx5StjIQS4WxczwpaV1hf6I7ra+PdPRSf/fIom9L2oQbXlnN1MQ3nWRk"
    "nUFpuV41AyyEdlMpDLZGDzBwArtiyfk3Rd5HcdDv2Q+UHWfzVK00U+X5dh83U+l69TGQts"
    "okmZLYL27XVY3DdQrVxJ+YKK8qnSniaVyv4Qtu8ca6vPcvLVw6ZL3QzvicLI7CjZk4OzWw"
    "aslYjNHp73r8oXNOercSJSYkgyOU6o2FzM5r2SZag0GeVTDPBXl4+CiRJ1UYyoPAJmjzwk"
    "KgNJqQW8KZ+wh8qcSdtiK1LvE4QCpeIew6cPa+3ODI8gwIogolGzHIdoblZM+xM7q1ldV0"
    "izQpoV0lwSaf5AwFuQLandywCaI3f7RTjzKt6uYpQ54tEdJu9TIPNzgsyqyHmthbe6nVmq"
    "N/ZG89PTsXd5fXE19s7JDKMAyUVcethmxiGQC4Uy5G8uvjMee4XIynbX6K+ioUMWlLkEZB"
    "F48bSoUvNYDbs0qHjAXSdxR7zZxCEn688WJVICbJZLmwrAUwF47VIMytR2ztgaKuDt7ban"
    "jvI2viO2Sen61bF0T8uMswhv9YvULTvSqETdbIYfuNASECHLgcCwBy7zhDFaTKSHAVi2j2"
    "AdiFAuj3nYQMLckJVDq5I+i7S9YNoEe5S295zaXouPzcNjs/IqasqrSHm5NODlckhWwIPN"
    "gqf8Xeqr6qO8tOr00lJ+LrX7uajqPM9enUckP/DYXsBsklZBs62DZluSoeEz0d9E8nv3Ms"
    "CDZJN+EYiQTBheDk2YY5ti6wfGVXvbz6aQyJ49OtMHG3vLnPDfF6cX84ys2jH7S7QKQlD0"
    "APKSQgO/dtsPLAVCPN+jjE3h3BKYjtBRLGU/nFA6GI+m00Q+9ulUpAkXOf8LE4o/NWmOgk"
    "FqgUH2zs1fVV7+3aJMFXVRihdn+LGE6z3L5ipN37AdlXIJk2LXcqQM7FGiBuV/f9ORNbL/"
    "vrQg9Tfk/obqBOZNsHkBVCsqG2dkiy5F0mSOBNhlJ3u582VQKgwyLbkGdVH3QngzaRWT82"
    "q978XjLFLF4ox17GLXk8sSuKFoM84rUpeFJyWXdOGpubypWQ45CXe3zUEaFf2/QMNjPqSV"
    "KApEiE70fmrvr2mcsRnsEmE2frGg+/5xsrnot+mjoAfIuGZgm+vEUHnnfD7SuORArufHfe"
    "SQB+se7jtkDkrz7hNpWKYU2jC/FNowVQpt7wIwz1T85YBdIXOy5eZn8NkQtCOBD4zXmQQ+"
    "qmJvreF0ftHMPUppZFAqL7UMGcHHZeT5m6JrcZzXszEXwMS9FLU0oWJvmr3km0351ryHfS"
    "FOqawLrbMuKP/+726awxNFfprjlBVMc8v2zUOf5ZaYCn8nXA91X1OhXvcyDIXxBv0iM+Ej"
    "0XjTySzStuLwThgbmGETk0sAytf3OY1cwVyUBTWC5m0GM3rj3soe99BfkTWfU41iAwWBAe"
    "hoZrnHUN1yRU3KX0W0gt8vbMdaOHiVNm09ra+G4ZPgi5KYzy1Fm6d0T3zqogwUeJEPBV6k"
    "oED+npYkhyMkNZmAO8VhJRF3VlZSEa/1HO8FkZkqerAL0YO3psmfTBPF2XoZwn3sfqFszz"
    "zbthx3gpMUJYIKx96lNp+Bw50+H3ujwQVY6c7P8Ss/AnA6XQFziQnrCBzfXMZvmLr1GNju"
    "GDKsBTWZCAx8dKhLMjJN1TfMbu+6P8BG7LghdEZMXfz8p1JImlRIXOrK5ZrZEHRQgq0lTm"
    "5m6Rmx+nfkW55PStC+E/wtEqLe/v2u2Ii6kaHef/r4c9g8aVlNOapstxQZcTZGqKTZVkuz"
    "4VEhOcURMjXBrZ7giMyRnuTCYKsEZYNRVpsrBxtmZXszg7LlXmhAkvZgTCdcBNYdPHcR10"
    "WogTbv8QpZprHe/o2iMjyXdh2C2NJ6NMF5m5hzy9ECb7mEfF1t5x3+5kM8SdZ9JEWngIqs"
    "1FwK5+vqwdkSm+hPhOjQUy8DMdnc65dBS+bR1pXaQpXp8zlNn+3FoKuI6jtFf0WMH99otk"
    "YY+Q4AyGPEEUCa5blQF31jzZxOfVPgdHqclhqe1lXNJ0kbjZ6p+WsoqUcN9rhnygXWNrNn"
    "xYv2nr+HzJIN27cZg4MshXzAVR8xb7EgDC5DjM/KNnAw6bFdZXfzpkuvkG8Z0mg+MBq2b/"
    "OktBkYbV0EXxXHrkM0Qh8gZE0zMGOUvx3/Tc0HWOEL7PI5gGg22xDX55ZhWI8QE+fZQGEx"
    "oqc+lGq6bPhjUgreXp/aISh4MY8oW99zmuOUappbN80SenzEFPIAiGEGSB7Q/fTLZ2Js0g"
    "9l+5qE2vnbB3KQWFmex8mfTcAdPtMKMI8NV8sDHxPyUNpR5C3Wlsg/qpG2xOaC+Jmawr4Q"
    "dUHmE84cIsWSi+fzoAzHDwyZlpuRfrqqThUE0zIIRvrUUKdFS0+LuHenazmyuNqWRAEGac"
    "Bg7liribzOlCDrXBbbGkAAaw82x4g6AQfUzWY4kmWwlrB9B1Zw00jLRoqT2pATVMqIvdvb"
    "PmonfKK7fdRAeWBMLutvn1hgbXK4/2i5dE41oaZ+st1PXqZCldGqX0arMiN0E8t2J5ZX1g"
    "nfN7FB6ULsIt0CxQY9YjDMORbWNcxcFO2doaOYI0+Gae/pXY7NsflZgI+8E0uoX2Aa5GoX"
    "OAy5VLsngQsRNh7xmglLotLG2qiNtcUg3gEuKyD8O9B5W+LpdCf22KwjKrhT6lhyt23r9H"
    "H6I7FjRMwAvOUfEStf9I46CL7Lg6AeE+1dIKKgx6WFwBlIJMC+EaKL8IM2LfOFDyGHTk1C"
    "OlrhNRdeCG97gsAlKiAFp6iUXFXDGGNzl+cVOVmcIMPi37GO+L3jvhidMrR1yVIeWXuq92"
    "JGwywgL0KWp6cYURNMFHw2xr1xDwEAJyb99td3GeJ3VZ027hVmuvyAmNh8rqSCNVOE7cVz"
    "/BTJ8JwI535yBpn71UL8T5nrP1xm04QRahVMFp3Dt05yJr/qARoup9Zt98DNLg41ZzzHAR"
    "fY4OH590n8uha+3MR1ZhZ+r0ewysm3yLzlTH51Xdedbt2b/S/RpGoSRki6CIjXEZgdfbIU"
    "p/Oh8QRZJ7jdNEaucdYsLCcjLr7gLIvQtJnpvU+mcJeAHeWn2/9CwXMDXicS/r9cEsN+Cc"
    "rAyzn+erLGKwNKWW1a3WTGBFTVacN2p666ncL5AD6hE5F9jjDGZX9MXeEGyqDWAr9mGYET"
    "aaaX6V49NO1U6p9+6enLrxAQITncGgFCWoDKkb4WsOKzgxf8U5sRLgeQDeaOMAPVD2QDjJ"
    "beisuRUFCDzPDYG+lklCOGVNXxM9crANfohUkk85EnqNoujUY924SOOKcOn70lNnW/jlf2"
    "FJcjU0h4G+WdQ0DClUv4dzfNoTiwxzwnSA8mN8d3Oc++sLfPph0lVHPctjneK7wDuy7Wlq"
    "unx3j4lsnbTXeHu5mnwzximaMCiboKbn3w++oSq+o3i0eWWK6BPL4My5rKJzhOpjKDNLWc"
    "6rZ/z6lBxO8Uaws87SM0rUYDv2Coaw3FNi2HLqiJDQTPjY506hCIwgAMD5LnAnLiWAYgA7"
    "CuicOQQ1YWl9sycITKei1GlIZlCk7zVvmY0jBVdHpFdIr9yZKY7zhVq2f8p9BcvMILqqHZ"
    "2iWsj0zyQJytKRm4kZ5WOdKGrdCM/itjyvLrVwfNlSt7loVviYejCylcfEPR5sW/p32vhs"
    "XK90Aup0zuiZSRKUHWZlb3fsXuMrQJiZ2C7+wg2T6Q0DE8oj6g8GBYp3edp3TU/PmhYM3c"
    "j+rQdeQMTU7OuhAnUidPxskTKFNSbI3RKK7uDk3bOnc/MTBt61F+YAwuG5YWW1rZQWkZu0"
    "JlnO0expNkcHxLbFPYX3wGctGiyBSVhooiy2R3mB+41sDpBV6/OHAC/AEi9Li4oL8S8o9v"
    "vgXXUcqiIXeRnrJddirqVyFW7UKsuOSylE65EaVRh2hB0o35PAO+L6r6ECdURR8kij6o6k"
    "RNur0q1fV7UF2VilXV6aBUrGZULOWLcAAG9nfmzPpWoC7F7veLtCUKLeWUJFEpFOvXUCP0"
    "ajT2zudkAIqNMFb5HSGNT6ZDXgl9xiYOxMTycZDIZgl1CsSPCYTFgrrjz2VWjpRah5IPme"
    "f/ilD5+FVQ4uRj5V/TxfeifF0Ph2dnl8PTs4ur0fnl5ejqdHMCpG8VHQWv3/0Mp0HsOD/o"
    "oPqDO4a/nxDUZ2NruGHJGCujNNXoY8+7b9RsEm5/EZCGsnieDUuw9myYy1q4lSzlAWVEsl"
    "JMFiTxjNC0GU3oBSIVuidr9BdkYwevmA/fcg6bDHBn5BA+psOCMHLXIC8BKEnLNk/sq/kg"
    "af8R0/OaHwG4pWhHACAMKxsAWAVsUUvQnUKQ9pmKg0OQQuVCco4jZCoApG3z25LsddE0qr"
    "86ZE74caNl4gk5LftFyEIs2aodJ9qJMfxKnE1SJig7YRLwW7aoRk7QRws51iPX//kpKU7G"
    "YH2xDHe2vbtRZtaWmVnbosN3gMsRGcL/JqSEuijNs4p1kOzkBOvYhlCGEx/2mwQbVsj6Sf"
    "i00nkfvngzRlzwhb19/37ChbWPH9++/3KCxj22YuMe4psC8TePG/TlwxeRPnAmvDZ0hP0N"
    "hT+9ATt1RsxGxZ0/syjqkBXMmTPR8TpjLeV+nym65mC2keRy+BHyZwe5OTCaU4PPJD8xsM"
    "5/CN9oxlU1MTHhS6Vnfc8+at4DwrHYhJjA0SyousjjIpO+QceLcP89WL8LlbVBCfr1Cvqf"
    "xNmYW58uertQpA/OWImadOD4GFUEYJfj3dIHSGv16FDXJWZo0GMQtSiwL+wf8MFJF5Sdow"
    "CHASqWIefXMwzUV3hP5/zWmq+XGzSd2nyD5kNOp2jsDQfXQ3SkGZh/Wn6aYBErsz7m7YKx"
    "Y003V4k+nb6CpMLiISiYKeeYGh4/FWzPZfAEorIef4foiKLEHkaAkzr8Bn7gNDAx/OsX/c"
    "359bE5nQIQiF2AVF3GycQDik55T5CPGMaCRzhBt8knBX3ocWkxgvh2z8jYPJpOgxeccDma"
    "GtPpMVpyftmYgSgyI4ZlLkTxieDlg2IWFOQUfpZRhkIG4QX/qkubXbep36LvmcxTHnu2LM"
    "ss2GuVUbaVRtnuWrlE2i+d6J7tg/tHnkf1cy7Tf0OeaRDmbze2Y+mexj9l8S0x/gHphH/B"
    "XJbi2hPVUH7i4uq6btjq1hodvmMGY2WHr4Wt7TcS77E3iUIF456vfJ74R+mYtxv3QkX0JF"
    "To/Mu+y+AJFLlfj3upDamC/pSBuh4DNci7wXOzl2E2pJN/Lf2UwEe+bRkkM1ecGkRfkDDB"
    "BMS+B1AT+eZmnEM1jqMM28qwrQzb3cRDYtJgVLGTnOgk7eFMde8tdqBgI98L+XOFqTZMKC"
    "wRKO3oCLR/C8oTgUoPSLGPDmRsw0/trMvLK4BAZFSNCElzisap5AL66IlU0nyyA2iHWbxX"
    "Bx2FEMw9NSCz9IrqLwJ0Z42CUqOYiQo3/ntmrKeK+647c1ILKwpknNcBhCdrgAzI+mgL0W"
    "1+QykAH8dLTWF5sqYrCARg3Uyu1EeMaq9Za5uaWneFMODYxLXuSUYtmx2M3pK1mNO9z9jU"
    "rZUI9hFPfbNBnyPgtajd5GL+OsgCVUPjm5NpIQCsIRG/Q12/yIJjPab3wVpGaFjPjYPjsp"
    "J0klg5EbZZ2IE6IhPiOJaTnuj8AP44VQdiG5oO4t8cq3uoMEla9YG1+QML3cgmembZzd3e"
    "chvCdgBGe5VCehO8i2/kxQb4mK+3siW/TJkfd+ufly5XDgKcT9ieLdMvnrk1BccO3eq7fw"
    "YgqyUeH+BgyKduRn52cLbTR6JFvzilVtB2stg0LuX6ASbHF6KqGV6hTS8vNqHbfH5ElPbj"
    "txOH8BXN3M1jhQjzGCyAxHbHvZxSeBWPAU4fQbVnbBjWI/MDyz229MVBv7s+aMaiHKzgCD"
    "g6MBuGsUyNQNS5+Eu4Zuwbax5i6sGfYYfKoaGlDg3Kul1TltL4dyBrsqvUXeS5WVszdCD2"
    "sr2k2Tjl4cDx36UwuzlKJCc5SqfUlbbNcEskz1/5pju3nNWtyHFJ/4WDeUgJoNkNC+VQOy"
    "CZ4BRNiaxFLv5m47VIqhrQM99Z2JpzIptiCyrC+0pIHwU4OhIImO8gzB8IBD3+EYA+kpWt"
    "qI4hVCRiuyIR+RzLiiIbihbXsd5TCBmW8ccZ5rvjDFPeOLFI4bIsjhG11zW4NVlaYKORsg"
    "4F7TsoRpepS5JflSRVkwRMzFKs3RB0kLeDMgt3kL9wB+mFq5zDlADbiAD7BoAZIW/liq5h"
    "k3JCqxZpXQo9hXAswBxN3yuHEVHK7+gf/4B8UY71QAFr/MsmsYVOF9Q9vhGC5GD0QvzJif"
    "jahHaUZaKnFY8xNn2DuAhWA+B0Ov3tV1hREAV3OrxAn9/e/fb547uPP0M6TpNR3beRU8Y8"
    "EIUjcXkCYqUCWl1gG4JbnioO+y8ntTdvKDonU1Ry7OVLycK2/IANL+MsLMKk43St9cJrIT"
    "bdtu2T66800/KUaFFy89w2llP1V5bpLo01338uzq6u/BTCY+/66lofeyOCL9DjkoSBwaYO"
    "mYOFW49l6GL/OuJPFLjxeHwP+iHMEpSZrLipYZ+wBz6/9tqiPbAq5TV/GwyWAZ8qF2c5YR"
    "GNrrCRzfgUbVJm9YlPgk66JbH++PbNuw+3748GF/1hIoNGODHngvst2/bemQ+QXqxo3wub"
    "lNv4aKT17p0PshyI9n4gcNCJEK+Ijo5m/FxFloP4ZnrcB49t6jIEydUv+BZ1PdDm/PeZzj"
    "eqy2u4cnFJRmPvakaG6N4EUzh1M7a9ZsbM2PP+4PKZYRBnst2iAgv/JAz8VyjpM6Gkvj4h"
    "c85sKdQ5UwIk3axzCRbHqdqMN4lEB2IHAWGKa4kr23K5jrmGiNNXQRUHobj6W0B2pgTZDp"
    "ouTJ3cvcqrpQlCZVfY/ckETBN/yvM6JGvzR7MvSFtHTPXMW++1tJN0ja3shhLuV7+ufY7J"
    "Lus4lVrV5VZ1J1OCCGdVjWJjOkVHZ4NjENanU8vRqYmdtbg4zIA7ypM1HGjoKx57WIhihM"
    "pA1DoDUaz6N4AjMp/ihqDFshL/pv7B/3vx4YOwjqA3S/4tidh+3+KSCyaKl8v6RJ/aXeGn"
    "W6Qhhl/uZe6He5lKzAM41wSvwEwmCZUlSRVSloGUpXnNxay9GB3QKS6X4fI+HFbcLcHdr8"
    "7ExmvDwlIiWZyqzYLZ3j43pQTfAh1jkFYytCXR7ifSXmMxqi7yugbhdeJIp2DfEqmC9zIF"
    "7w2PTOSB6gRZizNltAaj4MPNqbPyawGZltQekibtHserd/A9kNxIpuUEwoyMmuRT9aFoom"
    "usJ35eI/4o4mdaDdrdvOFNHtKiSuWb3BAccPYAMMiI9xA24MA47E8SQ3PLQYFky4774k8+"
    "Ny8M4kLWOiFHMJFRPm443hqLsw1ANY/3zIkyPSYljQXNW7x79sbe5WgI3D4dnPPfVxcEuI"
    "3PobwCIBYCtb4RGdD5wn8JNR8m/h99gB8//vb+fRBNFRwbWdtBXYM0vInw6eT7F2aWVJqv"
    "OFUHcv40gPoDz2ziUEtK0YxTtfir25PVFaB/LfPd+kz0NxFps1fgw5Vs2i/lywXZnrQk2U"
    "6nLr5HETzkB9FsdBn3lfKB24vTi3l0H4M2o1GQDmfjj5W5D1bVr4pRbZf3VQv0rZYxvGZ1"
    "q83+WM/H5+pdpp4Rsmk1p2tzl1LOaco5rXNuPMo5TTmndW9VU5O6FLtZOYDzWR0j6iCnK8"
    "7u4EMn0obQBFkH+Vw9vqUSaUR35jKS9DBfkh6mJOnv0QZRhf25FiQfeDsJ0RLJOYnSqamp"
    "fGpUwpl9puLg/InJN5vy7vaY5jilyovZ5lkGJ0p9z3INUUo1y22eZTCzyGOEcaru2euqUe"
    "5bZrL7wmV+UdTcf5Uca12kVb+UoY7FCUpknBGQxQ+Q2OCS6HNhMBvEnAvAxQQj3yB8gyyb"
    "mH3En8Sg4JYCLglnZ9Byfhnt4biPGF2YQZOIJe5ydsl/j85P9cxENM/8NJm5GiKwmW8VVw"
    "kaVBrbju2OsarS0h4jT/QWaTeDKw4WOwR0qAf7ajPIfQUwZ0tO9s9Eg2qK6zeAlWac6bH7"
    "hae5E7TcwK7lsm4GVZRdKOtokheisjL0wNCCPkBqyzBxG2R4JyYXEgA+FxWAiIs8ux+pao"
    "9N9LcPt29SJ3RN44zNI41fesmI80A1wl5C1jwg5W97Yq+PX6Hp1GNCi4GIUL8nMQ510RLD"
    "386D36PITMcZaOqcVxofSPn5tPAQb3HNocNjcwQmoAvCMiCC/NNlS9E5Z6kaKhQrSPV7gG"
    "GCk0Z2jiNkCmZr2/y2REj8omHzDe/lixDqM6TEeINCMZHxphONty0nIo690RyT0Ed6dHYh"
    "/j0dQU1StrRsyDYXpMOETlFYh66Pgs3LLxEpMs/x5llu2dUPoOS2dsltmrWysbmWk9viRN"
    "XIbR3gcoSrsK/IYVoRkg5iLkp0U0f7QR7tOdjP5l6JA7005nMLMb7z09Mw+Ony6nRwg6bT"
    "oFwLJLKb028QM74JDkVien1wRuSc2ia/8wkghT/DBh8NfnGJNtNK09i46vhv2/H/nNXX6m"
    "CtiLZ3sKlbK5FmAdDN6fQle/kf8Oz/CWtzMLxCM+qyPvrt8/sXDM/JMYi0ouQl/2JNy0Uz"
    "ghYeYSwraruOARovutcSqa9baJ2AweWYGiXZi6UtgxWqZmkX89y2I4Bgr/SWFSa2bCiRxy"
    "eQSHxz1k1EXkFHLv6GqKkZnk70Y5Fhxd3kaZlO//j3WHBqzLscB6897v35z+k0fSDUM0TN"
    "OQt5g5WUh/eGQLl2x5SnKly7lc9vV3VZZYb4fubXIQ/W/V5THKdUs9zmWRY3RRa39CwX5k"
    "aNE7Y7P2rvlj/sC/GwooIu9R2ANGxzpRYuWJ7re+b4diC/UG4GtLR3N8+Sh1VMEX86Wak4"
    "QnYgcnEVn+5ecqeOqbHeg8cxOsXkYib75cYmezllZdI2V/54T8RvRUTV8MelxQgKshkJfJ"
    "r/iR3CdTHYZQBsEcEIUbh7dD666qNNmVvQ43gbYSWynAy4vP7h6rZOBgawmSwAmKRr86p4"
    "PtuvMkx2VQxskWHyA2EML3Jtk+Ht/k7z5CrSUiK6LCBDrrWR3xCegTiHw/0w2AR9yY7vez"
    "pkLBaJGyHmi7rHIoltpI1DbGNdFERW76DKNtku22RRJsNc5hYmMlRGqhtl+6uJrXPHWk1g"
    "T5FEBWJ07QYFqjjnqyyaYunrNLPvyLecNRy274RpsEiUevv3u2ILxUaSev/p489h86TZQk"
    "m134lUm8gqtx9+jRV43db5bZHW8tmXzno5Wkt4e7fW4kRa7tRafl9i0BB8x0XmzVbU5Wvv"
    "RqgH8yHUHtVPx945wef80nBwPdzc8XGb0eDyEr3cNh/qQ5GMQkdHfjrF48jdq7l2CeVZBv"
    "O0JvOcD7Jbu/kjIeUFZZh4qz+E319wObKf/1MpRE07a8qK7fqTnMs6LrMrVagWtrrWPZEq"
    "BbQhaLlbsb8jIpsfcD8wJJ4aHcE2nXD27Yd5Cx6IQ+eQLgFcl/z21hxyJARxc9nGhXqGaT"
    "g+p41l/6pYB5tjuy9KufFp6wc13frIIf9LNHHLd8vSU9MrTb2jwG6JWRvkO4YPUo7hyt22"
    "q+62bWO28mftsD+rKragSog8ewXGumqIUAbVFDOrXRYi/RnUCu+XwfsF/7Cu842HM5Ezbo"
    "/dJUXewWVfbt0XLfyclT/D5n3oGCbP+iS14nwZzpMVpoYMszcE3ePvqFTtkVFB8ZFRSk+V"
    "3ke6vHNUfWBC2lE5qWRL0V72CpAm9Emy5nOqUWy8CHY25L/BNmkmwDjoETNxg+iIC/tUJ+"
    "h38gasAeAEj6ibDQTVMEbDKFAAQEl6IMeIVFR0WhSSr7be4UrrtRy722CdjJVbMswna/kq"
    "Eb9IxBdJsOSR4wRZe1d4QUq9cW/cQ0eQGgSze6IDuO/x13AoE2CxyYgjsOE5l+6g7oHY1G"
    "HvJ44jEotQE1L2ACf4FcuZTjNCF5ofvmH8evsA0utnQ9Xe5bPnBllD8jXLdLHmSiN8Sbr2"
    "srp3i4KHRfCwkcxXC/wQxPfYHlsihtcM4oDgu2HHQWAPfE1ZjuxVdFk41edljsLz/JMwA1"
    "fPcGgtKOKa5cbaomnd8ws6H5Vh6yifrSOVvvC78bdTZd6+11mWDahM0Sld19cJWuSy+gWC"
    "eHs5Dqv+zf5Od1W2aVcixG4TvHY9IhAvTK4vbxB1mS81WOYmbHiTUQrWM3H64m9oaD2aGU"
    "HHWQJJrWNlFl+Lu88JnqryayoDeOa+dXhs3rJVVjXqsNtDDUrJd5zfAi351muI5MtQNyvI"
    "MbHJQXEEKiRhfSTKYGpj72JwOn8ZDRYQ0E6QlWdneosaRlP5F5TMfdCRTO9M23PvHGyyOX"
    "E+eZnhTKk2hUIihdYTN2g+sbySkU0Q5aPPuPR2dXkNvy80CBKaYy7DQY8IEpByBcMDt2JA"
    "aLGJCHYMyr9tv8Qn/6yxi0wLGZa54Fe/etignA1MwFEZ+HGt4415J462xIygR2K6kOeBj3"
    "WhXQBiPToDAfNqzkccDq/7cJN/QyvbhYQOjK5s0ZH+YsWFTT4QJJ+HJGOY8bGYCwFVp8OL"
    "4xP0zkWUjfkHqBnY8R9zOvWfDnJ3w4Dn5zDI4JK/og6/L0bX1xCXdaVBHePZUBvwZ7m4Oo"
    "VqxPrlpUptr+Ta70au9beqPe36aVKFeGSoDh5IX1LKw4aic9D7sJTPV4HLV9rjS5XDrjHO"
    "hYsAGXJ3UZBLQKEiXEiU5Wml9zCcfvbQb299hFHUUYnKwBP/+RlUiBbeBVBRGs77l/5J4k"
    "uadEY579Yna7wysrLzV95707VaVLZGhRa0bP9SaEF5tOCWCw/aspeBEQR3+kXIAN622YUG"
    "5E+sUk3bpZo+EIdRuaM8QtLms3zvyI4yDja8VUFkR8rFBj4qCQ4HzTvI3VrCTsGVjWSFge"
    "VHXEdImo+5fp6DsrLo6mc9zP78/w2HrcU="
)
