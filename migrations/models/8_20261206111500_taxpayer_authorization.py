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
    "eJztfetz2ziW77+C0v3Qdo3i2LLlV3a2ykknPbmdR2/i3p7Z1pQEkZCENUWyCdKOZm7/7x"
    "cHfIhvETIpUQzyISWTOAB5AALn/M7r372lpRODndxpmuWZbu8W/btn4iXhP9K3+qiHbXt9"
    "Ay64eGqItjjWaMpcB2vQ1wwbjPBLOmGaQ22XWia/anqGARctjTek5nx9yTPpHx4Zu9acuA"
    "vi8Bu//5NfpqZOvhEW/mk/jGeUGHriYakOY4vrY3dli2vvTfedaAijTceaZXhLc93YXrkL"
    "y4xaU//x58QkDnYJdO86Hjw+PF3wouEb+U+6buI/YoxGJzPsGW7sdafj9bXeePzp8/3469"
    "v78bgnwSDNMoG5/FGZePs5PMKLwdnF1cX1+eXFNW8iHjO6cvWnP/SaMT6hYM+n+96f4j52"
    "sd9C8HjNVJvzh2T5+maBnXzGRgQp3vKHTvM25GR7mbvE38YGMefuAjh6WsLJ/7778uZvd1"
    "+OBqfHMKDFl7//WXwK7gzELWB2jLmYsSfL0ccLzBZSTE4T1sPs8MKa2+vPd/fsHg6r8Hs4"
    "LGY43EtynCwxNWQ4HRFsxeFgsbaVwReVGHxRwuCLNIN1ymwDr8bibwk+p+k6uKAvq7D7sp"
    "jblxlmUzZmLp7Nsox+bVkGwWbB2RcjS/F5yumaYnR0pQFOl3D29efPH6DnJWN/GOLC+/sU"
    "i3/9+Prtl6MzwXneiLokfjiu+T3jewHRx4Y1pyaTEDYydJvljrqYftpquWPNWsPSHjiLuA"
    "CZtz//yLni0iXJZ2+aNsVdPSA+CX8c3sZdwsr79x/ffr2/+/hLYo3/eHf/Fu4MxNVV6urR"
    "ZWqTiTpBv72//xuCP9H/fP70VnDTYu7cESOu293/Tw+eCXuuNTatpzHW4zwJL4eXEjPtWq"
    "49ZkRziCtzQKTIWnwc974SzD93dHT39uuLn9587CPNcshLRpxHqhH2kr+CTvha5UOd2Cv0"
    "VbzTa+vb8S2aTIipnd2OvMHp4HIyOemlVkfNXe9e/hKzSEyYjxxtrfTUSpOqk0vi5GJLBh"
    "+PZerjGVfMLUeS+bn0agYkZoB/icCTMc7Z9cqPtyRlDYdb28TkLp1ukWauLbA532q+C7pQ"
    "E9/qidc8x+FHL5/HpY3N1VgKjcwn3kpLaJnkWoeeAIjv7CEXnkwxLsvyd1w+onPzZ7ISnH"
    "/PHw6bWh7EEGDdb9Y9HRan/wwXVXh1/YgOforw8oK1xhnBX5/4pxd/FPTp1w8feoL1U6w9"
    "PGG+HxXMwZIsp8RhC2rn6MSvA+J3P38hBhbvVMj6j1FHh7uXZdif2CSm/OF4J8/k02+Eq0"
    "nua7+vLrEKVps1sGKrLLH+sreWg2X6CjbxXLwSjA0jhTYsT6cu5xs1/0Zw0nCU36JfauyC"
    "tnBAU3O8CFtvsnr17hcEWSZBjvWEjqiOzo6Ry2cSPfBDhfGfBIkef2DIwMxF/Ct1Vifozr"
    "aJmGrk2XDYM0RdRE1on9EPax9hZIo2nIC/m8n46/F36SNmcc3TDLYS9ORwsddhiK8uD8YH"
    "cmzqSMOmabloZjkP67H74hYemf5+o8eeBFGGdH5NE3wWKqqyB7bLHsjIHzmbF50XMjYg6A"
    "zieTMYnJ9fDU7PL6+HF1dXw+vTiMXZW2W8fv3+J2B3QmDNwUX5xyFtHkwQKUtKBUuK4JjY"
    "g3IF97IFniHtkNi+g8WeEe6LRc7GxYO3MIuFooF/t4JYQKKGGyUC/+R9YZnG6hY9LSyk80"
    "P7iZ/Yff4/4Welu3Asb77gf1FtAQeoaRIjiws/o5+aT9iyT6Vjh+xOjoLio1geWVJA0gEA"
    "SQJel4OP4iQdOn1qMy5vh8ntAos7PNUgxlX/EJERTGMkHRRLrytIpdeFQul1Wib1dW0Z9q"
    "4pOsjd+oV+FztzSSeEiGJ3DO71dsLes0GV5ctbFTJY3Et5AxI319/y/379/KnADzCiSIsp"
    "VHPR/0MGZY0hB73/mHmm+ITQ1KOGS012AsP+Z1MzUMJw4FBCYgn5fPTx7u/pKXjz4fPrtC"
    "gCHbxOewHsErxJH35NSOwC7wSgw4cW0ZFwh9GtJf/jZQyjPbFXx7eIs4f68CWAkbZDHqnl"
    "MRQCnKIfbOq5oGrdg4xMd0HXl60nU9w6EXYXgFANMsfaCoBcJvBVl/BVSWZ86DWUisg3/j"
    "kQPdeZZy9wFbyvvDd7nKjFjl2tObhkGax4W87blmBQoek5B4CKWaWL0aeYEVxFYB2YWlUM"
    "88hGUnQ4guLstEoIFm9VLKOeZoKwXD5C3sIt0wK+5aMCtfG4DtHoV9E9wkvLnCPs8Qd1KC"
    "M68ncJSrjQYRordISRjR1wGUb+AyHxGIH5Fy3p3BHuCMeAK1ODd5iRjxobaWQ6ZE5hPQih"
    "/AlTl4E1WbTns2DjFXG49BSOiX3BC5sW7FxoiVdIMzBdivaMzzcQofc/VnB+rj3WD54Rwm"
    "5cqY85SbVDpTNwCJDUfISoXDQxyJohy3NC4wM6oozxRXB2jv7PUDioB2NOJkiEcohZo+aj"
    "RbXwSdJSeTNDjUzbwC5fZ0twcphRZwkOEUKgNzltMNK/iD6ZvOJ/M88mDl/v8LewtkQLML"
    "F6+SMJf4rYOuQrmsU/GD4Uc0/QZ/hasJn9lMBBgr8H27x+zy6rbJRpmDu2T17mrl+HzIhD"
    "Av85qTWcoFRy6GYZf73KtnAhzhCrkKg2m3zCbWz8QE1ZSSRJ2EWhr/atDLZlOWB9TbHDI/"
    "hisBvkd1BF1CmWdDIbl67zT4ONpTNHZAg7h7EPKukvgxL9ZZDVX6bYfBjHkq9UZXeaTnG7"
    "CrexYVhP/FiFDTfHjbvYsJEhbId9A8brjH0jeIGxI6llpem6J5/Wf4j62hIZG3RJ8+RTot"
    "ElNgqgvzRt+lvwiU+CTg6P+SXM/vHtm/cf7z5wjvYHqaDRcB4uMruOUPsc6aQqKbLO7fDn"
    "VUSX82LZ5TwrvNi2Yz1ig+urf3jUkQ5Sz6VXcdIqTlqpvETGzJY4Z/haeWbE3HvRyeFOeX"
    "lUYXCcPp9H0EtXmaSiVEtZ1ahd22OutRSm5KxhO7zXL7Vsx1ttDqpADD8SnSs5K+Igl7oG"
    "QUcj71of6CPvglydjrzL4fSG/z/A2sgb3pxfHAuzEj+ytQdk8/84D3OCLOrrN8fI/nvK4z"
    "iU2gJr4z+VEX6PRvh9eZDvxla8Nxdy5dvw/fk27BEPrN2mr6BuBXV3ltuUr08u6OZZyjal"
    "l13TKexDAvvYcXbqVq/oJpJTi1B9j22FLqVpFb50yPhSk+ruO/zHneNS/6UzCm/sbr9M5Z"
    "3hP8Y41rCC1rsghv1Cg5ASEmb2+UrALw3NHGvpp4qFNi9BzXnJBzhZ4aXxColk4IjoQdYe"
    "h69fP8pkmacDNzRKzW7nJUaRGqXbFlWnqMsDrUQH5oyZW05Okr2SgN8YTReVttrNqvwlmW"
    "zYb5ymg0xuxo/DZE8kJwvyPflWlGQhougEj8sO+7d/v0+c8xnfjOis//D5009h87TDRpLh"
    "D2QFSW2lfGbiNMpdpnxKtgkHXpmWuVpKTUmcRk1J7VNi8u1nLJ/4IUXWQf+lJtBRXwSVdf"
    "GIUSlwQwLc8FOLbqN6JymV4t06xTtvmqeSxrIMnUpk1aoEie+o4b9pFtHw7/RL0Yx1mwpA"
    "BkTH8W3Wc0ywrw+vbwj///RcG3lX+JQgy0FgY7845VdnN1f+1ZF3c319wX/PQqs75EG2iU"
    "Mt/RWgEg7RINuw3y/j8sPSRpPJI3EYHzev1s4en6OCewAY6sS3AZ+K6F25CCgXge65CMTX"
    "uYwRO/o2uqCsN5pnLtg9JPi7plDc3cRdCN73clTsYu6uKdrM3Z7u4JnbR8ybLiE7ld5HWN"
    "OILX5B1ivyxHneRyYhOhsv+fM6UJYOCHgzsBf0kV8Xs49sTLNZtxrof8dYbnCmSxwHMYrd"
    "Jcw/O5CTYEbnnpPn5VyMVsVI2gFWdSqdIDVtz5WajzWFmo7ap8PGK8GfzHyUxuLFqJ4dhb"
    "fVvDRVr6PuGDzODgM7RB8zbOTtQqVczhIrZpcym2u/em4UL0CFBTyO0ZSBhO2RoWph7939"
    "2wyuvUWWHpWgRzJBj0M0wp9KjscRieLwZg4vCWN4LrWKYySdc4kcVrKBDUtsYMOsDSwMmp"
    "WF6zN0u9NXDgi8UsHM2xxpB2vzUqbNzk1zq6xvbx+JiNgtMMH5t/ub7XBjErXcaI3jnTor"
    "v/gnDfNY4sB61UdP1F0gWJqAzrmWI1x7g0MYjbzB6dkFeiC2qAHKB3WyVrYG+lcVzQ60ol"
    "mwOqUEkQSNMqBlZRBVJq4zh5EqE9fol9JVU11rghsOxCB2QEtWQSTNQySqiNnezVyt0sJ+"
    "watlqR4WNuhX0MTsWFtVs+ewtmGlyOxWkVnm5/0oNbyuifZjcN2TUXAbm+uS7x1yfoBrCi"
    "X+Vqo7sHOLYZuFtfoNhuDntwUIHyNToIcCPboPerREnH6vk6VtucTUVl+IZjlJwbSwUalY"
    "TdfNx866/eagI6jsFRvrxc9kNZkIcwPUBuNr2ObzQBB1ke1YuqeBXzHjS4vogZEiqiBGck"
    "KJ6u69QoDQA1mpiCAVEdSRLSuVSkJGhgqad1FEHVQJVuGtioXUQSZgZcbHJ47tULkciymy"
    "DnK7fnk1rIMit/smiNQGkbNBhOepDGYbp1GobS2orfKEe+5UHISC1hZtAmKLwiIWeYpE/H"
    "65DgEtxzTWdKP6MPKuZ/oUYv+vbkbe8Fw/G3lXN5fXt1DHN+jJr0gcFPIVwM6jH8sIWgqk"
    "TwwKW//33X3g/5RVJBocp4JKoXFe9cTHBCUwlHahtIvuWRlkS/CqyrsSCHi4gVRlbti+c9"
    "j3WZXKdWfFlevOMpXrgj1Zgrlrig6u3UGl9OEl2cOzyhoUU5QOSkxSfddhiYwYxhZFLFNk"
    "3dsKmkhtGDBNvv5LhrBz/G6gDIxyTGjUMYEvRknmBhSKsxs4C68+lhXKEkSd2x7qF3q5zu"
    "1pLs1NzVGaaTZJuMNks6H+drC5ZpnlOXLpD9YUHRSGa05ppmLGVcx4244/hZTLIOWP/s6Z"
    "g5GHdbLL0PGojXJYP6xNpgxM1sl4gdlCFp2LiNpbUKn39W93LwbDS4gsB7uHZZIXsAEieP"
    "5X4hL8QtTlyu8MUYbYwnoyeTuNINcKfa/4os8JX6+5713nMLLyhNIS0d/KlUW7ICM1AHYr"
    "MalBMYl8syk/jrcQk5KUSkxqnZiUSK3DtqklwVQhifKvZ8siqPXWP20Zj7v02Sgl8vuY5v"
    "b6gBzc9phRzjNszvL4neUQOjd/JivB6vf8oXB+CtVAwX6z7unAWPxnuIzCq+sN3MFPkZ6e"
    "Wl2cA/y9iY/Tvrn7+ubux7e9P/cGexT7BlZyC5RwCLxDon4B8kyXGkh4AeivfLXP/wNUQq"
    "4bmi4xXWRC7jKkLbA5JwwdWaaxEvf9/DLHebWJ6u5+MyKT9gZMujbwa7x9uk2QICfnTn57"
    "13J9wxwNyhkpCGhXEJByfGsQC2hjaqn91Sqvn7+UjeUrea6JVCFPCeOq5dA5NbEhJ3WmqB"
    "pSyg9vQ45HLflH93jmWEs55uaRKtgjy+KdO8mm+blfCaJhD1mDzLG2kvYnSpF1rzJC/c7e"
    "LfBFbhnH5VyRg91SHh1LECoItM3Y2NRbbeFtnqTqom7ThLu5zzV5b/M0Xee8Set3NvdZxr"
    "8D/qmwsc3ZtcX6zpB3kPHVOF/G+gLeT7H5MMaalu/0v4n1aWrF+eqc5wq7TRyWl0G6VNHP"
    "oVYav4TG7/OPLHPTIG9a8BFZ91b6sJIKNSzRoYYZJcpn2pb7epf387oP0kMLRzxsCfEQAx"
    "J3B8U0tbi3FhOL6Du4rzQgrQTc21ZQLCBXvK/Ce9sRydFMzfD4Q45zY0dLhcX8DlT0XXVx"
    "URjxx1tFRadJVQQviX8LObHRgmFbREjH6RSXq3B5Gw4r7laJQucqovMgc0KuKbp3KJ5XOh"
    "TPSw7F8wyHhdlCXtdJkXWO1+dVDHPnxYa584xh7pE4dLYau9YDyQGpijmdpuuasfmiSgj6"
    "RXEM+kUmCN02sDuznOXYIfxtmSupVhaQt5bvvc+eg2LJ7dEDWSHsxhLD88lA4VvdQiAiso"
    "kT5oTs+1VyseZYjEHWR4cSlnUrbWqQHYc1/uFAXS3DwlJLIknV3s2ud8+nw8TwFzbQf31B"
    "wVOLcgLg1jvyLq8HZyPvBl9rCDMxfeGkBRk/iSg8sMyugJr73uAXUQloKgE+zrLIh7Yg2o"
    "O0D0qSqr1z3xqHS4fgXDtMmcyG820vh8/eRoAMh+hjn2fyGZqypJ3jef1LekYNaRfiiKbd"
    "9sTeex/O4nu4iTAST4248h/s2JzjFjIsKOCA+Emuw9OhI76KXhjEdcUBz1yC9ZxAlDo73g"
    "tYZRNTh7qLWGTflxIhM5Tt/ch6v0EVIWzbjvXID3aLzwyc3P6joydMXZDsIDM45vOoL/ls"
    "Ho18/W/Eexv1YPb8X3z2Rr2cldDICLtMaxXOZ6HoWFw8IodU1ZBIfKB11pBQCTV6Ku9YSw"
    "DPg3OL9Wx9y2lOUqppbvU0q8wAKjPAbj+b52QG+MLX+5f3b+7LUgPEUj89Ehg6q6kFdO9+"
    "/kIMXCCUJyP+30JXHeJ5Mh6LmqQeNn2g5gFv6Fku7SDNxBtwYRB5FIqyTYQt+hWSToy1WO"
    "ONySc+mwQ51pPA5v0ARtC9GAE8Hh2tCHbQX6DQ7CPlW9LxK4QNw9LESoAMhXNsG4QxNCUa"
    "9vyCeEkjQZ29j0zfuMBlyCWkqlhwVhCTATBAdeJbHriOCCPwlzZZoE8CHO1YhsH74ZPm18"
    "ilbsVEFoV5Jfx3kMEA1hTtzX+5Z4CtOOOEgZk7fsSGl5cYnc4LxZQk3e7ElNNmZZSbweD8"
    "/Gpwen55Pby4uhpen0bCSvZWmdTy+v1PILgk5qVdhb/jh2/xBhkdzpu3RxI13bg5goVrQa"
    "G49gqytq7r5t2iQJHtI+ZNl9QVP31EC375sZ99AWQSHY28wengMteAVm/3NedKLvuyOpYr"
    "ZwdfVNn+Jq9iK9X6AFRrvrtYjpxiHSdReTlysMcFNk0iFVwWI+lgREjNpg1549Y+jFo742"
    "79fn86cXODI4tNRmsKZSmq3VIUioVyiQITRAr93Ix+xjJiPhP9jCXgPDAWV0U/k6urhXlR"
    "BcZXrIyFEOBmXcwIW9ZaHub3+Grj3z8VnagS5PtMGRpNQ3XWxknUFpuXok4yRkMFossFot"
    "v8AcCKLcvnNF0X+d2EPzYE7sv6r8Zpusjnmypsvinm8k0m4NwmmpTZImjfXofFbeOMqqzg"
    "i+IFnA1O5G8pFbwftu8ca+tPUvGHh02XujneE6WBtXGyZ8fWtgxYqxBaO7joX1cOrYXVOB"
    "YZDSSZnCRUbC5ns6oAr+qUH6yBPiGrSa5hlUCi2gKOst9voTLn0rbYitT7DKFAjogJCizf"
    "Iko0ePqwVOrU8AgCrAhRF2mW4xDNzQtJfmZnDavrCmlWSLNCmisizR8JeAuyBbV7OUBz7G"
    "6/DGdeJtvVjDLHPLrD3GsKZN4nyKxqVDdaN6nbiYF6I284Oz0deVc3l9cj74JMMQqQXMSl"
    "h3ViEwKpLChD/ubiO+OxV4gsbXeF/ioaOmROmUtAFoEXz4oqDY+1Y5cGFQ+46STuiDebOO"
    "Rk/dniREqAzXNpUwF4KgCvXYpBldK8OVtDDby9W/fUUd4md8Q2KV2/OJbuablxFuGtfpm6"
    "ZccaVSh7zPAjF1oCImQ5EBj2yGWeMEaLifQwAMv2EawDEcrlMQ8bSJgb8mod19JnmbYXTJ"
    "tgj9L29qnttfjYPDw2K6+iXXkVKS+XHXi5HJIV8GCz4Cl/l+aKsigvrSa9tJSfS+N+Lqq4"
    "yt6Lq4jkBx7bCphN0ypotnXQbEsyNHwh+hvLnFFniYMZyIAH6Sb9MhABMhJr6dYb0YSRd0"
    "XwYOQNp8Mr/v+5fhYZV2aE/748vZzxK9eXZORdT/EFtBkOb9HTgvj2FlEVEbLOYBToiL4l"
    "hl+JkpZTFy09Bl4j4vEQzrHr7OMxRmYsT25QpUAAHtREVwO0sDyH9QEM8e1F/n0D2wyy8M"
    "CjDTX+IORmdvzctDgK6GgE6Fh/DXwHkJELc0hrqVvRCOTRy34Z/Mrs7BJ+z65Cy2j4HeRZ"
    "VaXpd2wppVyGpNi1HCkTepxohxK+X1xQ1oz+28KC5N6Q3ZtvVNS8RX4/sP+I3S0nH3Qlkl"
    "1mQQAnwfFWDns5lAplzMqmQeHKrTDcXFrF5KJi3FvxOI9UsThnHbvY9eTyAEYUbUZywzz1"
    "IB/eDMFV6XI4vQG3JThUh2eX8P/smv9/rQ/08O76+D3uh+Ip39SP4ADWtKgPfTZItXXI/x"
    "JNZDkTYqmeEkuhwaP14F+/vIDTHR7qOHOSHMxT76UGzxbVYfZUGeaA/SQLUukWp/eJCNqR"
    "3QfG60x2H1WNtdFYOx9K2KLORg6lcmHLES9gzelb8DdD1+IgsL0xF5DGrXS8LKFib5a95J"
    "tN+da8hfEhSalMD60zPSjn/+9umsMTRX6ak5Q1THPL9s1Dn+WW2BF/I1wPdV9TocD3cqyI"
    "yQb9MhviE9F40/E01rbm2E8YG5hhE5NLAMoReJ/2sWAuqoIaQfM2gxm9UW9pj3ror8iaza"
    "hGsYGCqAF0NLXcYyh9uaQm5a8iWsHvF7ZjzR28zFrFntfXjuGT4IuSmM81RZundEt8qv6K"
    "9/w9LUkOx0gash53isNKIu6srKTCYZs53kvCNlVoYRdCC+9Mkz+ZJiq39XKE+8T9Utmeeb"
    "ZtOe4YpykqRByOvCttNgUnPX0m7IFgqru4wK/88MDJZAnMJSaso8lEhAs+8Sm3npBDZh64"
    "yxnWnJpMRA0+OdQlOWmomhtms2Pe72BedtwQOiOmLn7+Uykku1RIXOrKJaKJCDoowTYSRD"
    "e19JxA/nvyrcidJWjfCf6WCVFv/35fbkSNZKgPnz/9FDZPW1YzPi7rLUVGnE0QKmm21dJs"
    "eFRITnGMTE1wqyc4JnNkJ7k0EitFucMQrOjKwcZg2d7UoGyxFRqQpj0Y0wkXgXUHz1zEdR"
    "FqoOg9XiHLNFbrv1FchufSrkMQW1hPJvh9E3NmORrR8+Trejvv8Dcf4kmy7iMZOgVU5OXt"
    "UjhfVw/OlthE3xGiQ0+9HMQkutevgpbM4q1rtYUq0+c+TZ/txaDrCAg8RX9FjB/faLpCGP"
    "kOAMhjxBFAmuW5UDQ9smZOJr4pcDI5zkoNz+uq4ZOkjUbPzPztKONHA/a4PSUKa5vZs+ZF"
    "+8DfQ2bJhu3bjMFBCkM+4LKPmDefEwaX+yIS38DBpCfjjTY233VdFvItRxotBkbD9m2elD"
    "YDo60L/qvj2HWIRugjxLVpBmaM8rfjv6n5CCt8jl0+BxDbZhvi+swyDOuJXxt7NlBYjOiZ"
    "D6WeLnf8MSkFb6tP7RAUvIRHlK1vOc1JSjXNrZtmCT0+Zgp5BMQwByQP6N79/IUYUW6ifF"
    "+TUDt/+0gOEisr8jj5cxdwh8+0Eswj4mp14GNMHis7irzF2gL5RzXSFticEygehlHYF6Iu"
    "yHzCmQMyyvCms1lQo+MHhkzLzclNXVenCoJpGQQjfWqo06Klp0XSu9O1HFlcbU2iAIMsYD"
    "BzrOVYXmdKkXUuxW0DIIC1BZsTRJ2AA5pmMxzJMlhL2L4DK3jXSEskxUltyCkqZcTe7G0f"
    "txM+090+bqA8MCZX9bdPLbA2Odx/slw6o5pQUz/b7mcvV6HKadWvolWZMbqxZbtjy6vqhO"
    "+b2KCuIXaRboFig54wGOYcC+saZi6K987QUcKRJ8e09/wuR+bI/CLAR96JJdQvMA1ytQsc"
    "hlyqPZDAhQgbT3jFhCVRaWNt1MbaYhDvAJcVEP4d6Lwt8XS6F3ts3hEV3Kl0LLnrtk36OP"
    "2e2jFiZgDe8veYlS9+Rx0E3+VB0IyJ9j4QUdDTwkLgDCRyZ98K0UX4QZuW+cKHkEOnJiEd"
    "LfGKCy+Etz1B4BIVkIJTVEauamCMkbnJ84qczE+QYWmQNpXfO+6L0SlDa5cs5ZG1pXovZj"
    "TMAvIiZHl2ihE1wUTBZ2PUG/UQAHBi0u9+eZ8jftfV6c69wkyXHxBjm8+VVLBmhrC9eI6Y"
    "G/GcCBd+cgaZuWgGpVLFp8z1Hy6zacIItQwmi87gWycFk1/3ADuutdZt98BoF+fKrOY5Dr"
    "jAhpVloqozvtzEdWYWfq9HsMrJt9i8FUx+fV03nandm0K2bpkvPUbSRUC8icDs+JNlOF0M"
    "jafIOsHtXWPkGmfN3HJy4uJLzrIYTZuZ3vtsCncJ2FHe3f0XCp4b8Dq+nTjk5YIY9ktQBl"
    "7O8B8nK7w0uMC4bnWbGxNQV6c7tjt11e0UzgfwCR2L7HOEMS77Y+oKN1B+yoB/KLOMwIk0"
    "18t0qx527VTqn37Z6SuuEBAjOdwaAUJagLKSvhaw5LOD5/xTmxIuB5AIc0eYgeoHsgFGC2"
    "/J5UioqkGmGEpwkGGBGFJXx3uuVwCu0XOTSOYjT1G1XRqNe7YJHXFGHT57C2zqfgmw/Cmu"
    "RqaQ8DbKO4eAhCuX8O9umkNxYIt5TpEeTG6O73KefWFvm007TqjmuG1zvFV4B3ZdrC2Wz4"
    "/x8C2Td1F3h7uZZ8M8EpmjAom6Dm599PvqEquaN4vHllihgTy5DKuaysc4SaYyg+xqOTVt"
    "/55Rg4jfGdaWeNrHaFqNBn7FUBIbKm5aDp1TExsInhsd6dQhEIUBGB4kzwXkxLEMQAZgXR"
    "OHIYcsLS635eAItfVajigNqtSq5q2KMaVBpl71kugU+5MlMd9JqlbP+LvQXLzEc6qh6col"
    "rI9M8kictSkZuJGdVjnSHVuhGf1XzpQVl74OmitX9jwL3wIPhpdSuHhE0ebFv6V9r4HFyv"
    "dALqeMH4iUkSlF1mZW937B7iK0CYmdgu/sINk+ktAxPKY+oPBgWGV3ned0tPvzQ8GahR/V"
    "oevIOZqcnHUhSaROnpyTJ1CmpNiaoFFc3RyatnbufmZg2tqj/MAYXDUsLbG08oPScnaF2j"
    "jbPYwnzeDkltimsL/kDBSiRbEpqgwVxZbJ5jA/cK2B0wu8fnHgBPgDROhxcUF/JeQf33wL"
    "rqOUxUPuYj3lu+zU1K9CrNqFWHHJZSGdciNOow7RkqQbs1kOfF9W9SFJqIo+SBR9UNWJdu"
    "n2qlTX70F1VSpWXaeDUrF2o2IpX4QDMLC/N6fWtxJ1KXG/X6YtUWgppySJSqFYv4EaodfD"
    "kXcxI2eg2Ahjld8R0vhkOuSV0Gds4kBMLB8HiWyWUKdA/BhDWCyoO/5c5uVIaXQo+ZB5/r"
    "8IlU9eBSVOPlb+NZ1/L8rXzWBwfn41OD2/vB5eXF0Nr0+jEyB7q+woeP3+JzgNEsf5QQfV"
    "H9wx/P2EoO6NreGGJWOsjNPUo4/td99o2CTc/iIgO8rieT6owNrzQSFr4Va6lAeUEclLMV"
    "mSxDNG02Y0oReIVOiBrNBfkI0dvGQ+fMs5bDLAnZFD+JgOC8LIXYO8BKAkK9s8s6/dB0n7"
    "j5id1+IIwDVFOwIAYVjZAMA6YItGgu4UgrTNVBwcghQqF5JzHCNTASBtm9+WZK+Lp1H9xS"
    "Ezwo8bLRdPKGjZL0MWEslW7STRRozhF+JESZmg7IRJwG/Zoho5QZ8s5FhPXP/np6Q4GYP1"
    "xXLc2bbuRplZW2ZmbYsO3wEux2QI/5uQEuriNHsV6yDZyQnWsQ2hDCc+7DcONqyQ9ePwaa"
    "XzPnz1poy44At79+HDmAtrnz69/fD1BI16bMlGPcQ3BeJvHrfo68evIn3gVHht6Aj7Gwp/"
    "egN26pyYjZo737Mo6pAlzJkz1vEqZy0Vfp8Zut3BbEPJ5fAj5M8OcnNgNKMGn0l+YmCd/x"
    "C+0YyramJiwpfKzvqWfTS8B4RjsTExgaN5UHWZx0Uu/Q4dL8L992D9LlTWBiXoNyvofxZn"
    "Y2F9uvjtUpE+OGMlatKB42NcEYBdjndLHyGt1ZNDXZeYoUGPQdSiwL6wf8AHJ11Qdo4CHA"
    "aoWI6c38wwUF/hA53xWyu+Xm7RZGLzDZoPOZmgkTc4uxmgI83A/NPy0wSLWJnVMW8XjJ1o"
    "Gl0l+mTyCpIKi4egYKacYWp4/FSwPZfBE4jKevwd4iOKEnsYAU7q8Bv4kdPAxPCvX/Q349"
    "dH5mQCQCB2AVJ1GScTDyg65T1BPmIYCx7hBN2lnxT0oaeFxQji2z0jI/NoMglecMzlaGpM"
    "JsdowfllYwaiyJQYljkXxSeClw+KWVCQU/hZRhkKGYTn/KuubHZdp36Lv2c6T3ni2fIss2"
    "CvVUbZVhplu2vlEmm/dKJ7tg/uH3ke1S+4TP8NeaZBmL/d2I6lexr/lMW3xPgHpBP+BXNZ"
    "imtPVEPFiYvr63rHVrfW6PAdMxgrO3wjbG2/kXiLvUkUKhj1fOXzxD9KR7zdqBcqoiehQu"
    "df9l0GT6DI/WrUy2xINfSnDNTNGKhB3g2em70MsyGd/GvhpwQ+8m3LIJm54tQg+pyECSYg"
    "9j2Amsg3N+ccanAcZdhWhm1l2O4mHpKQBuOKneREp2kPZ6p7b7EDBRv5XsifK0y1YUJhiU"
    "BpR0eg/VtQnghUekCKfXQgZxt+bmddXl4BBCKjasRIdqdonEouoE+eSCXNJzuAdpjFe3XQ"
    "UQjBPFADMksvqf4iQHdWKCg1ipmocOO/Z856qrnvpjMntbCiQM55HUB4sgbIgKyP1hBd9B"
    "tKAfg4XmYKq5PtuoJAANZN5Up9JKi2mrW2qalNVwgDjo1d64Hk1LLZwOg1WYs53fuCTd1a"
    "imAf8dS3EfocA69F7SYX89dBFqgaGt+cTAsBYA2J+B3q+kUWHOspuw82MsKO9dwkOC4rSa"
    "eJlRNhm4UdqCMyJo5jOdmJLg7gT1J1ILZh10H80bG6hQqTplUfWJs/sNCNbKznlt3c7C0X"
    "EbYDMNqqFNKb4F18Iy82wMd8tZYt+WXK/Lhb/7x0uXIQ4HzC9myZfvHMtSk4cejW3/0egK"
    "yWeHyAgyGfuin5ycH5Th+pFv3ylFpB2/E8alzJ9QNMji9EVTO8RFEvL6LQbT4/Ikr76duJ"
    "Q/iKZm70WCHCPAILILHdUa+gFF7NY4DTR1DtGRuG9cT8wHKPLXxx0O+uD5qxKAcrOAKODs"
    "yGYSxTIxB1Lv4SrhnbxpqHmHrwZ9ihcmhoqUODsm43lKU0+R3ImuxqdRfZN2sbhg7EXraV"
    "NJukPBw4/rsUZqOjRHKS43RKXWnbDLdE8vyFb7ozy1neiRyX9F84mIeMAJrfsFQOtQOSMc"
    "7QVMha5OJvNl6JpKoBPfOdha0ZJ7IptqAivK+E9FGAoyOBgPkOwvyBQNDjHwHoI3nZipoY"
    "QkUitisSkc+xrCgSUbS4jvWWQsigij/OoNgdZ5DxxklECldlcYKova7BrcnSAhuNlHUoaN"
    "9BMbpKXZLiqiSZmiRgYpZibUTQQd6eVVm4Z8UL9yy7cJVzmBJgdyLAvgFgRshbhaJr2KSa"
    "0KrFWldCTyEcCzBH0/fKYUSU8jv6xz8gX5RjPVLAGv8SJbbQ6Zy6x7dCkDwbvhB/ciK+Nq"
    "EdZbnoac1jjEzfIC6C1QA4nUx+/QVWFETBnQ4u0Ze3979++fT+00+QjtNkVPdt5JQxD0Th"
    "WFyegFipgFbn2IbglueKw/7LSe3NEUXnZIpajr1iKVnYlh+x4eWchWWYdJKutV54LcSm27"
    "Z9cv2V5lqeUi0qbp7rxnKq/tIy3YWx4vvP5fn1tZ9CeOTdXN/oI29I8CV6WpAwMNjUIXOw"
    "cOuxDF3sX0f8iQI3Ho/vQT+EWYJykxXvathn7IH7115btAfWpbwWb4PBMuBT5eI8Jyyi0S"
    "U28hmfoU3LrD7xSdBJtyTWH9++ef/x7sPR2WV/kMqgEU7MheB+y7a99+YjpBcr2/fCJtU2"
    "PhprvXnngywHor0fCBx0IsQroqOjKT9XkeUgvpke98Fjm7oMQXL1S75F3ZxpM/77XOcb1d"
    "UNXLm8IsORdz0lA/Rggimcujnb3m7GzNnzfufymWEQZ7zeogIL/zgM/Fco6Z5QUl+fkDln"
    "1hTqnKkAkkbrXILFSao2400i0YHYQUCY4lri0rZcrmOuIOL0VVDFQSiu/haQnylBtoNdF6"
    "ZO717V1dIUobIrbP5kAqaJP+V5HZK1+aPZFqRtIqZ66q22Wtppup2t7B0l3K9/Xfsck13W"
    "SSq1qqut6k6mBBHOqhrFxmSCjs7PjkFYn0wsR6cmdlbi4iAH7qhOtuNAQ1/x2MJClCBUBq"
    "LWGYgS1b8BHJH5FCOCFstK/Jv6B//34uNHYR1Bbxb8WxKx/b7FpRBMFC+X94k+t7vST7dM"
    "Qwy/3KvCD/cqk5gHcK4xXoKZTBIqS5MqpCwHKcvymotZWzE6oFNcrsLlbTisuFuBu384Yx"
    "uvDAtLiWRJqjYLZlv73FQSfEt0jLOskqEtiPYwlvYaS1B1kdcNCK9jRzoF+5pIFbyXKXhv"
    "eGQsD1SnyFqcKaM1GAUfbkadpV8LyLSk9pAsafc4Xr+D74HkRjItJxBmZNQkn6oPRRNdYz"
    "X28xrxRxE/s2rQ5uY73uQhLapUvsmI4ICzB4BBRryHsAEHxmF/khiaWQ4KJFt23Bd/8rl5"
    "YRAXstYJOYKJjPJJw/HaWJxvAGp4vD0nyvSYlDQWNG/x7tkbeVfDAXD79OyC/76+JMBtfA"
    "HlFQCxEKj1rciAzhf+S6j5MPb/6AP8+OnXDx+CaKrg2MjbDpoaZMebCJ9Ovn9hZkml+UpS"
    "dSDnzw5Qf+CZTRxqSSmaSaoWf3VbsroG9K9lvltfiP4mJm32Sny40k37lXy5INuTlibb6N"
    "TF9yiCB/wgmg6vkr5SPnB7eXo5i+9j0GY4DNLhRP5YuftgXf2qGNV2eV+1QN9qGcMbVrfa"
    "7I+1Pz7X7zK1R8im1ZxuzF1KOacp57TOufEo5zTlnNa9VU1N6lLs5uUALmZ1gqiDnK45u4"
    "MPnUgbQlNkHeRz/fiWSqQR35mrSNKDYkl6kJGkv0cbRB3250aQfODtOERLJOckTqempvap"
    "UQlntpmKg/MnJt9syrvbYpqTlCovZptnGZwo9S3LNcQp1Sy3eZbBzCKPESapumevq0e5b5"
    "nJ7iuX+UVRc/9VCqx1sVb9SoY6liSokHFGQBY/QGKDK6LPhMHsLOFcAC4mGPkG4Vtk2cTs"
    "I/4kBgW3FHBJOD+HlrOreA/HfcTo3AyaxCxxV9Mr/nt4carnJqLZ89Pk5mqIwWa+VVwlaF"
    "BpbDu2OyaqSkt7jDzTW6TdDK45WOwQ0KEe7Ku7Qe5rgDlbcrJ/IRpUU1y9Aaw050xP3C89"
    "zZ2gZQS7Vsu6GVRRdqGso0leiMrK0ANDc/oIqS3DxG2Q4Z2YXEgA+FxUACIu8ux+rKo9Nt"
    "HfPt69yZzQDY0zMo80fuklI84j1Qh7CVnzgJS/7Ym9On6FJhOPCS0GIkL9nsQ41EULDH87"
    "j36PIjMdZ6Cpc15pfCDl59PCQ7zFNYcOj80xmIDOCcuBCIpPlzVF55ylGqhQrCDV7wGGCU"
    "4a2TmOkSmYrW3z2xIh8auGzTe8l69CqM+REpMNSsVExpuONd62mog48oYzTEIf6eH5pfj/"
    "dAg1SdnCsiHbXJAOEzpFYR26Pgo2L79EpMg8x5vnuWXXP4CS29olt2nW0sbmSk5uSxLVI7"
    "d1gMsxrsK+IodpxUg6iLko0U0d7Qd5tBdgP9G9Cgd6ZcznDmJ8Z6enYfDT1fXp2S2aTIJy"
    "LZDIbka/Qcx4FByKxPT64IzIObVOfucTQAp/hg0+GvziEm2ulWZn46rjv23H/z6rrzXBWh"
    "Ft72BTt5YizQKgm5PJS/byP+DZ/xPW5tngGk2py/ro1y8fXjA8I8cg0oqSl/yLNS0XTQma"
    "e4SxvKjtJgbYedG9lkh93ULrBAwux9Q4yVYsbRmsUDdLu5jnth0BBFult6wxseWOEnl8Bo"
    "nEN2fdxuQVdOTib4iamuHpRD8WGVbcKE/LZPL7v0eCUyPe5Sh47VHvz39OJtkDoZkhGs5Z"
    "yBsspTy8IwLl2p1Qnupw7VY+v13VZZUZ4vuZX4c8Wg9bTXGSUs1ym2dZ3BRZ3LKzXJobNU"
    "nY7vyovTv+sC/Ew4oKutR3ANKwzZVauGB5ru+Z49uB/EK5OdDS1t3sJQ+rmCL+dLJScYzs"
    "QOTiOj7dreROHVNjtQWPE3SKyeVM9suNjbdyysql3V354y0RvyURVcOfFhYjKMhmJPBp/i"
    "d2CNfFYJcBsEUEI8Th7uHF8LqPojK3oMfxNsJKZDk5cHnzwzVtnQwMYFNZADBN1+ZVsT/b"
    "rzJMdlUMbJFh8iNhDM8LbZPh7f5G8+Qy1lIiuiwgQ64VyW8IT0Gcw+F+GGyCvmTH9z0dMh"
    "aLxI0Q80XdY5HENtbGIbaxKgsia3ZQZZtsl22yLJNhIXNLExkqI9Wtsv01xNaZYy3HsKdI"
    "ogIJunaDAnWc83UWTbH0VZbZ9+RbwRoO23fCNFgmSr39+325hSKSpD58/vRT2DxttlBS7X"
    "ci1aayym2HX2MFXrd1fluktXzxpbNegdYS3t6stTixlhu1lt8WGDQE33GRedMldfnauxXq"
    "wWwAtUf105F3QfAFvzQ4uxlEd3zcZnh2dYVerpsP9IFIRqGjIz+d4nHs7vVMu4LyLGezrC"
    "azzwfZrN38npLygjJMvNXvwu8vuBzbz/+pFKJdO2vKiu36s5zLOi6zK1WoEba61gORKgUU"
    "EbTcrdjfEZHND7gfGBJPjY5gm045+/bDvAWPxKEzSJcArkt+e2sGORKCuLl840Izw+w4Pq"
    "eNZf/qWAfRsd0Xpdz4tPWDmm595JD/JZq45btl6ZnplabeUGC3wqydFTuGn2Ucw5W7bVfd"
    "bdvGbOXP2mF/VlVsQZUQ2XsFxqZqiFAG1RRzq12WIv051Arvl8H7Bf+wrvONhzORM26L3S"
    "VD3sFlX23dly38gpU/xeZD6Bgmz/o0teJ8Fc6TJaaGDLMjgu7xd1ip9siwpPjIMKOnSu8j"
    "Xd456j4wIe2onFSypmgvewVIE/okWbMZ1Sg2XgQ7G/LfYJ00E2Ac9ISZuEF0xIV9qhP0G3"
    "kD1gBwgkfUzQeCGhhjxyhQAEBJeiAniFRUdFYUkq+23uFK640cu+tgnZyVWzHMJ2/5KhG/"
    "TMQXSbDkkeMUWXtXeElKvVFv1ENHkBoEsweiA7jv8ddwKBNgscmII7DhGZfuoO6B2NRh7y"
    "eOIxKLUBNS9gAn+BXLmUxyQhd2P/yO8ev1A0ivn4iqvctnyw2ygeRrlulizZVG+NJ07WV1"
    "7w4FD4vgYWOZr+b4MYjvsT22QAyvGMQBwXfDjoPAHvia8hzZ6+iydKovqhyFF8UnYQ6unu"
    "PQWlLENc+NtUXTuuUXdDGswtZhMVuHKn3hd+Nvp8q8fa+zLBtQmaFTuq6vE7TIZfUrBPH2"
    "ChxW/Zv9je6qLGpXIcQuCl67GRKIFyY3V7eIusyXGiwzChuOMkrBeiZOX/wNDa0nMyfoOE"
    "8gaXSs3OJrSfc5wVNVfk1lAM/dtw6PzWu2yqpGHXZ7aEAp+Y7zW6AF33oNkXwZ6mYFOSai"
    "HBRHoEIS1keiDKY28i7PTmcv48ECAtoJsvJsTG/RwGgq/4KSuQ86kumOOFRb5MmEwZ1SgR"
    "Cv22wSBosnVuUqaJcQ9UgcRuUscjGSDp75g2EVyIy3KvHVyIBm8FFJcDho3kHuNuJICuA0"
    "yXPsKvahjpHs3ot6Pwdlbf7Sez3M/vz/SuSffw=="
)
