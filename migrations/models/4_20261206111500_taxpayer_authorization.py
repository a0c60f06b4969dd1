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


async def _sqlite(db: BaseDBAsyncClient) -> str:
    _, rows = await db.execute_query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'company'")
    table_sql = str(rows[0]["sql"])
    _, index_rows = await db.execute_query(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'company' AND sql IS NOT NULL")
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
    "eJztfetz27iS77+C0v1wnFrFsWXLj+TeW+VknJncyWM28dk5taNTEkRCEtYUySFIKzp753"
    "/fbpCU+DYpkzLF4Esik2gQbIBA969f/91bWjozxPGNplme6fZek//umXTJ4EfyVp/0qG1v"
    "b+AFl04N2ZZGGk2F61AN+5pRQzC4pDOhOdx2uWXCVdMzDLxoadCQm/PtJc/kf3ps7Fpz5i"
    "6YAzf++Cdc5qbOvjMR/mnfj2ecGXpssFzHZ8vrY3dty2sfTPe9bIhPm441y/CW5raxvXYX"
    "lrlpzf3hz5nJHOoy7N51PBw+ji540fCN/JFum/hDjNDobEY9w4287nS8vdYbjz9/uRt/u7"
    "0bj3sVGKRZJjIXhirk289xCC8Hp+eX51dnF+dX0EQOc3Pl8i//0VvG+ISSPZ/ven/J+9Sl"
    "fgvJ4y1TbeAPS/P13YI62YzdECR4C4NO8jbkZHuZu6TfxwYz5+4COXpSwMn/uPn67pebr0"
    "eDkxf4QAuWv/9ZfA7uDOQtZHaEuVSIleXo4wUVi0pMThLWw+zwwpbb2893/+weDsvwezjM"
    "Zzjei3OcLSk3qnB6Q7ATh4PF2lYGn5di8HkBg8+TDNa5sA26Hsu/K/A5SdfBBX1Rht0X+d"
    "y+SDGbi7Fw6WyWZvRbyzIYNXPOvghZgs9ToGuK0ZsrDXC6gLNvv3z5iD0vhfjTkBc+3CVY"
    "/PdPb2+/Hp1KzkMj7rLo4bjl9wz2AqaPDWvOTVFB2EjRPS531MX0k1bLHVvWGpZ2DywCAT"
    "Jrf/4JuOLyJctmb5I2wV09ID4Ofxzexl3AyrsPn26/3d18+i22xn+6ubvFOwN5dZ24enSR"
    "2GQ2nZDfP9z9QvBP8p9fPt9KblrCnTvyidt2d//ZwzFRz7XGprUaUz3Kk/ByeCk2067l2m"
    "PBNIe5VQ6IBFmLj+PeN0bhcydHN7ffXv787lOfaJbDXgnmPHCNiVfwCjqDtQqPOrbX5Jt8"
    "p7fW9xevyWTCTO309cgbnAwuJpPjXmJ11Nz1/uUvOYvMxPnI0NYKT60kqTq5KpxcYinw47"
    "FMfTwDxdxyKjI/k17NQIUZgC8ReTKmGbte8fEWp6zhcGubmNyl022jmWsLas53mu+cLtTE"
    "t3riNc9x4OiFeVza1FyPK6GR2cQ7aQktk1zr0BMQ8Z3dZ8KTCcalWf4e5CM+N39la8n5Dz"
    "A4ampZEEOAdb/b9nRYnP4rXFTh1e0QHbra4OU5aw0YAa/P/NMLhkI+//3jx55k/ZRq9ysK"
    "+1HOHCzZcsocseB2hk78NiB+/+tXZlD5Trms/7Tp6HD3shT7Y5vEFAYHnTyRT78zUJPct3"
    "5fXWIVrjZrYEVWWWz9pW8tB8vkFWrSuXwlfDY+KbRheTp3gW/c/IXRuOEou0W/0NiFbfGA"
    "5uZ4EbZ+zOrVu1swYpmMONaKHHGdnL4gLswkuYdDRcBPRmSPfxPEoMIl8JU662NyY9tMTj"
    "XxbDzsBeEu4Sa2T+mHtT9hZMo2QADvZgp4PXiXPhEWaJ5msJWQlQNiryMIrC4Pn4/k1NSJ"
    "Rk3TcsnMcu63z+7LW3Rk+vuNHhkJ4YLocE2TfJYqqrIHtsseKNifGZsXn+cyNiDoDOJ5PR"
    "icnV0OTs4urobnl5fDq5MNi9O3inj99sPPyO6YwJqBi8LHUdk8GCNSlpQSlhTJMbkHZQru"
    "RQs8RdohsX0Piz0l3OeLnI2LB7c4i7migX+3hFjANg0flQj8k/elZRrr12S1sIgOh/YKTu"
    "w+/MvgrHQXjuXNF/AX1xZ4gJomM9K48BP6qfmELfpUOnbI7uUoyD+KqyNLCkg6ACBJwuvV"
    "4KMoSYdOn9qMy7thcvvA4g5PNYhw1T9EqgimEZIOiqVXJaTSq1yh9Copk/q6dhX2bik6yN"
    "36hX6XOvOKTggbiv0xuNfbC3tPB2WWL7TKZbC8l/AGZG6mv+X/+/blc44f4IYiKaZwzSX/"
    "nxhcNIYc9P73zDPlJ0SmHjdcbopjfOz/bWoGChiOHIpJLCGfjz7d/CM5Be8+fnmbFEWwg7"
    "dJL4B9gjfJw68JiV3inQh0+NAiOZLuMLq1hD9eRTDaY3v94jUB9nAfvkQw0nbYA7c8QUKA"
    "U/ZDTT0TVK37ISPTXfDtZWtlylvH0u6CEKrB5lRbI5ArJL7qMliVbAaP3kKphH2Hz4Hpmc"
    "48zwJX4ftW92aPErXYsas1B1dVBiveFvO2JRhUaHrOAKAiVul89CliBFcRWAemVuXDPFUj"
    "KTocQXF6UiYEC1rly6gnqSAsF56QtXCLtIDv2ahAbTyuQzT6u+ye0KVlzgn1YKAOF0wn/i"
    "7BGQgdprEmR5TY1EGXYeIPiMhhBOZfsuRzR7ojvEBcmRvQYUo+auxJI9Nhc47rQQrlK8pd"
    "gdZk2R5mwaZr5oD0FD6T+oIXNS3cuciSrolmUL6U7QXMNxKRDz+VcH6uPdYPx4hhN26ljz"
    "lOtUelM3AIqKj5SFE5b2KINSOW54TGB3LEhYBFcHpG/tdQOqgHz5xMiAzlkLPGzQeLa+FI"
    "klJ5M48ambZBXVhnS3RymHFniQ4RUqA3gTZ40r+YPpm8gb+FZzMH1jv+La0tmwUYW70wJO"
    "lPEVmHsKJF9IOBRwn3mHzBr4Wa6U8JHSTgPcTj6/f0osxGmYS5I/vkReb6ddiMOSzwn6u0"
    "hmOUSg59XMbfrrIdXIhTxCokqs0mn3AbG99zs6okEifsotBX+1aG23I1YH1Lsccj+HywH+"
    "R3UEbUyZd0UhuXrsOnIcaVM0ekCDuHsQ9K6S+DAv1lkNZfptS8H0eSr5Rld5JOcbsMt6lh"
    "WCs4VnHDzXDjzjdspAjbYd/A53XGvhG8wNipqGUl6bonn9Z/iPraEhsbfMmz5FOm8SU1cq"
    "C/JG3yW/CJj4NODo/5Bcz+6fbdh083H4Gj/UEiaDSch/PUriPVPqdyUpUEWed2+LMyostZ"
    "vuxylhZebNuxHqgB+uqfHncqB6ln0qs4aRUnrVReVsXMFjtnYK08MWLug+zkcKe8OKowOE"
    "6fziPspatMUlGqhaxq1K7tCddaSlNy2rAd3usXWrajrR4PqiCCPjAdlJw1c4jLXYORo5F3"
    "pQ/0kXfOLk9G3sVweg3/Dqg28obXZ+cvpFkJjmztntjwD/AwI8iivn4zjOx/JDyOQ6ktsD"
    "b+Uxnhn9EI/1we5PuxFT+bC7nybfjxfBueEQ+s3aavoG4FdXeW2xzWJwi6WZayx9LLbukU"
    "9lEB+9hzdupWr+gmklPLUH1P7IQuJWkVvnTI+FKT6u57+ueN43L/pVMKb+Ruv0jlndE/xz"
    "TSsITWu2CG/VLDkBIWZvb5xtAvjcwca+mnisU2r1DNeQUPOF7TpfGGyGTghOlB1h4H1q8f"
    "ZbLM0oEbekrNbucFRpEapdsWVaeoywOtQAcGxswtJyPJXkHAb4Smi0pb7WZVeElRNew3St"
    "NBJjfjx2GKFcvIgnzHvuclWdhQdILHRYf97T/uYud8yjdjc9Z//PL557B50mEjzvB7tsak"
    "tpV8ZqI0yl2meEp2CQdem5a5XlaakiiNmpLap8SE7WdcPfFDgqyD/ktNoKO+CFrVxSNCpc"
    "CNCuCGn1p0F9U7TqkU79Yp3lnTPK1oLEvRqURWrUqQ+J4b/pumEQ3/Tr8Qzdi2KQFkYHQc"
    "bLOeY6J9fXh1zeDfkzNt5F3SE0Ysh6CN/fwErs6uL/2rI+/66uocfs9CqzvmQbaZwy39Da"
    "ISDtMw27DfrwD5YWmTyeSBOQKem1Vr5xnHUcI9AA118tvAT0X2rlwElItA91wEouu8ihF7"
    "8210QVlvNM9csHtU4O+WQnH3Me5i8L6XoWLnc3dL0Wbu9nSHztw+Ed50idmp9D6hmsZs+Q"
    "uzXrEV8LxPTMZ0MV7CeB0sS4cE0AztBX3i18XsE5vydNatBvrfM5YbnOkVjoMIxf4S5p8e"
    "yEkw43PPyfJyzkerIiTtAKs6lU6Qm7bnVpqPLYWajtqnw6ZryZ/UfBTG4kWonhyFt9O8NF"
    "Wvo+4YPGCHQR2mjwU1snahQi6niRWzC5kN2q+eGcWLUGEOjyM0RSBhe2SoWth7c3ebwrV3"
    "yNKjEvRUTNDjMI3BqKrxeEOiOPw4h5dMCDqvtIojJJ1ziRyWsoENC2xgw7QNLAyarQrXp+"
    "j2p68cEHilgpl3OdIO1ualTJudm+ZWWd9uH5iM2M0xwfm3+4/b4cZs0/JRaxx06qz94p88"
    "zGNJA+tVn6y4uyC4NBGdcy1HuvYGhzAZeYOT03Nyz2xZAxQe6qStbA30ryqaHWhFs2B1Vh"
    "JEYjTKgJaWQVSZuM4cRqpMXKNfSldNda0JbjgQg9gBLVkFkTQPkagiZs9u5mqVFvYbXS8L"
    "9bCwQb+EJmZH2qqaPYe1DStFZr+KzDI770eh4XVL9DwG12cyCu5ic13C3lHND3BLocTfUn"
    "UH9m4xbLOwVr/BEP38dgDhI2QK9FCgR/dBj5aI0x90trQtl5na+ivTLCcumOY2KhSr+bb5"
    "2Nm2fzzoCCt7RZ718le2nkykuQFrg8EatmEeGOEusR1L9zT0KxawtJgeGCk2FcRYRihR3b"
    "2XCBC6Z2sVEaQigjqyZSVSSVSRoYLmXRRRB2WCVaBVvpA6SAWszOD5zLEdXi3HYoKsg9yu"
    "X14N66BU231jRGqDyNggwvO0CmYbpVGobS2orfKEe+pUHISC1hZtAmOLwiIWWYpE9H6xDo"
    "EtxzzS9FH1YeRdzfQpxv5fXo+84Zl+OvIury+uXmMd36AnvyJxUMhXAjsPfiwjaimYPjEo"
    "bP0fN3eB/1NakWjwOSVUCg141ZMfE5bAUNqF0i66Z2WoWoJXVd6tgICHG0hZ5obtO4d9n5"
    "apXHeaX7nuNFW5LtiTKzB3S9HBtTsolT68IHt4WlnDYoqVgxLjVD90WKJghrFDEcsEWfe2"
    "giZSGwZMq17/JUXYOX43UAZGOSY06pgAi7EicwMKxdlHOIuvPq4qlMWIOrc91C/0gs7taS"
    "7PTM1RmGk2TrjHZLOh/nawuWaF5TnV0h9sKTooDNec0kzFjKuY8bYdfwopr4KUP/g7ZwZG"
    "HtbJLkLHN22Uw/phbTJFYLLOxgsqFlXRuQ1Rewsq9b79cvNyMLzAyHK0e1gme4kbIMHxv5"
    "GX8BfhLii/M8IFEQtrZUI7jRHXCn2vYNFnhK/X3Pe+cxhZWUJpgehvZcqiXZCRGgC7lZjU"
    "oJjEvtscjuMdxKQ4pRKTWicmxVLriF1qSQhVSKL469mxCGq99U9bxuMufTZKifwxprm9Pi"
    "AHtz2mlPMUm9M8fm85jM/NX9lasvoDDIpmp1ANFOx3254OjMV/hcsovLrdwB262ujpidUF"
    "HID3Zj5O++7m27ubn257fz0b7JHvG1jKLbCCQ+ANkfULiGe63CDSC0B/46t9/h+oEoJuaL"
    "rMdImJucuItqDmnAlyZJnGWt7388u8yKpNVHf3jyMySW/AuGsDXIP2yTZBgpyMO9ntXcv1"
    "DXM8KGekIKB9QUDK8a1BLKCNqaWer1Z5/fzlYly9kueWSBXyrGBctRw+5yY1qkmdCaqGlP"
    "LD25CjUUv+0T2eOdayGnOzSBXskWbx3p1kk/x8XgmiYQ9Zg82ptq7sT5Qg615lhPqdvVvg"
    "i9wyjldzRQ52y+roWIxQQaBtxsam3noHb/M4VRd1mybczX2uVfc2T9J1zpu0fmdzn2XwHc"
    "CnIsY2sGuH9Z0i7yDjy3G+iPU5vJ9S835MNS3b6f8x1iepFefLcx4Udps5IiuDdKGin0Gt"
    "NP4KGr/PP7bMTIP82ILfkHVvpQ9LqVDDAh1qmFKifKbtuK93eT+v+yA9tHDEw5YQDzEgcX"
    "9QTFOLe2cxMY++g/tKA9JKwL1dBcUccsX7Mry3HZkczdQMDwY5zowdLRQWsztQ0XflxUVp"
    "xB/vFBWdJFURvCz6LWTERkuG7RAhHaVTXC7D5V04rLhbJgodVETnvsoJuaXo3qF4VupQPC"
    "s4FM9SHJZmi+q6ToKsc7w+K2OYO8s3zJ2lDHMPzOGz9di17lkGSJXP6SRd14zN52VC0M/z"
    "Y9DPU0HoDqOZQGDRpkGzwb/DX8iNSNIO08c+z6qnCEmTdo7n9TuxzbhR2YdtQ9NuQLv3wd"
    "endMJNQokcNQHpM0hAChy3iGFhBnHyYHEdR0eOYBW9NJjrwkUOE8GonuEJXWfHz6It2czU"
    "sfAXlemfq3xlacr2fmS937GMBbVtx3qgBrFgZjD22R86WVHuwpvI1LQU5lFfwmwejXwBZA"
    "S9jXo4e/4vmL1RL2MlNPKEfeZVCefTpmvDohk7QX728gxSlcQ89oHWmcRcRXT3VOKblmjc"
    "B+eX5dn6jtMcp1TT3OppVqGpKjR1v5/NU0JTv8J6//rh3V1RbGok98gDw0enNbWA7v2vX5"
    "lBc4TyeMjp7QM7yGWdx/N4QAA3WT1s+sjNA97Q01zaQ5zzO7ShyUDevHDnsEW/RNTzWIs0"
    "fjT6+YvJiGOtiA0ath9Bg7qXgP8w/njNqEP+DSsdPnDYkl68IdQwLE2uBEyRNae2wYQgU6"
    "ZRz6/IFFP0au19ZPo5uECGxELsZAGsYKZAYIDrzE/QBToiPgFe2hSBPomlGx3LMKAfmDS/"
    "SCN3S0ZS5wY2++9QBQPYUrQ3AdszA2z5Ic8GFe74gRpeVmZePs8VU+J0+xNTTpqVUa4Hg7"
    "Ozy8HJ2cXV8Pzycnh1shFW0reKpJa3H35GwSU2L+2qPBs9fPM3yM3h/Pj2yDZNH90c72BL"
    "WXCs7rrGtIHbwk2vSaDI9onwpkvuyp8+ooW//OCjvgQymU5G3uBkcJHaHevvvuZknUVfVs"
    "eSNezhiyra36qr2Eq1PgDVWlVBrx97XFDTZJWiGyIkHXRJrtm0Ud249RxGrb1xt37HE525"
    "mdE5+SajLYWyFNVuKVKVnfeCfkZSsj0R/YxkgDswFpdFP+Orq4WJ+STGl6+MhRDg47qYEb"
    "astT7BH9HVBt8/l52oGrjPmbNuMw3lWRslUVtsVo6kik7CKhKyWiSkDQNAK3ZVPifpusjv"
    "UoGQpwWRkKfpUEiMHK3qvxql6SKfr8uw+Tqfy9epiEebaZXMFkH79jos7uroXmYFn+cv4H"
    "R0DLxlpejRsH3nWFt/lPSfHjVd7mZ4TxRGdkXJnhzc1TJgrURs1+C8f1U6tgtX41iG1FZk"
    "cpxQsbmYzaoEsSqUe7AGelXpufkFvEm/vIPKnEnbYitS7wuGAjkyJiiwfKMbTzj6sFbf1P"
    "AYQayIcJdoluMwzRXpsJKndtawuq6QZoU0K6S5JNL8iaG3oFhwu5cBNEfu9otw5mW8Xc0o"
    "c8SjO0z+o0Dm5wSZVZHUPRRJVUFfHXdZkjtZVaelKJGSUrL8llSUlYqyapf0V6YAYMbWUA"
    "Nvb7Y9dZS38R2xTZL1b46le1qmM314q1CmtiONShRXFPQBNPKAiFgORv88gM4RBuIImQME"
    "sbc+wXUg43U84VGDSEw5q6JiLX0WifTBtEn2KJH+OUX6Fh+bh8dm5TqyL9cR5cqwB1eGQz"
    "L1HGyqM+XU0Fzqd+WK06QrjnJmaNyZQaVwf/YU7jLC3RM7AbNJWgXNtg6abUkY/lemv7PM"
    "GXeWNJiBFHiQbNIvAhEw7ayWbP0omjDyLhkdjLzhdHgJ/57pp3Dl+uJq5J3PGPy+OLmYwZ"
    "WrCzbyrqb0HNsMh6/JasFM3/aPtZcwtQglgY5ILLwDV2yDujPLWaJXwNIT6Bogh0doCoB4"
    "nmGMzEgyVIfB1wV3EfDgJrkckIXlOaKPYAg+IbxvUFtgqhUc2lCDgbDr2Yun5j5RQEcDQA"
    "e6pYx3chHJoFSQR/qgDGr17AQoZdIqJufVH9yJx1mkisUZ69ilrlct89SGos2wUpgZGQ+r"
    "6+HJCZyjw+k1HFmz4RD+Pb3Af2dX8O+VPtDDu9tT9kU/PCuZjn0MzzRt04c+GyTaOuy/mC"
    "bz6sgzUk+ckdjgwbr3r1+c4yGOg3qREgYOZtR7xo12rkfwTLUIDtgzJyd5Y35CiQ1BO/JJ"
    "4PM6k09CFaBqNLrD12t2yOyeQan8aTLEC1xz+g78TdG1OOzg2ZiLsMdOOl6aULE3zV723e"
    "awNe+AhMYpFQ7aOhxUeSL/cNMcnijVpzlOWcM0t2zfPPRZbolR43cGeqj7lksFvpdh0og3"
    "6BcZNFZMg6bjaaRtzdFG+Gxkhs1MkACUV+JzgvXBXJQFNYLmbQYzeqPe0h71yP8h1mzGNU"
    "4NErgwk6Op5b7AYmtLbnJ4FdkKf7+0HWvu0GXaQPa0vvYMnwRfVIX53FK0eUp3xKcuzksw"
    "+OI8l8F4K+WMY1XkcISklgK7Heewkog7Kyup2LxmjveCGDIV59SFOKcb04SRabJWUC9DuI"
    "/dL5TthWfbluOOaZKiRPjTyLvUZlP0GNJn0h6Iprrzc/rGj1WaTJbIXGbiOppMZOzSCqbc"
    "WhGHzTz03TGsOTeFDGFaOdxlGYlPmnvM415Cf6B52XFD6IyZuvz5T6WQ7FMhcblbLfXBhq"
    "CDEmwjET1TS8+IKr5j3/PcWYL2neBvkRB1+4+7YiPqRob6+OXzz2HzpGU15eOy3VKqiLMx"
    "QiXNtlqaDY+KilMcIVMT3OoJjsgc6UkuDAtJUO4xHmRz5WADQmxvanCx2AkNSNIejOkERG"
    "DdoTOXgC7CDbJ5jzfEMo319m8SleFB2nUYEQtrZaLfPDNnlqMxPUu+rrfzDn/zIZ5U1X0k"
    "RaeAiqwkQgrn6+rB2RKb6HvGdOypl4GYbO71y6Als2jrWm2hyvT5nKbP9mLQh8fm589z0z"
    "ZDWc1svYf3qAKLhe3bjNpgBi544BKLQ8/nTODlvgwkNWgw6fEIlUeb7zt3PPueIb/kQ2lh"
    "+zZPSpuhtNaFi9WwUfccpjEuq6FrBhWCw9thZXTzAVf4nLowBxgNZRvy+swyDGsF18aejR"
    "SWYHrqQ6mnS5WW9xA+tUNQCWI+NLa+4zTHKdU0t26aK2h+EfD8ATGmDFg1oHv/61dmbFJr"
    "ZHsnhPrc7QM7SHQlz0fhr30oyD7TCrTkDVfLq8pj9lDateCWagviH9UEC9zPGRY4oSTsi3"
    "AXZT5p/seMINB0NiN+QYS/CWJabkZq1bo6VUp7y5T2yqeGOi1aelrE/QFdy6mKxGxJFGCQ"
    "BgxmjrUcV9eZEmSdy9DYAAhg7cDmGFEn4ICm2YxHchWsJWzfgRW8b6RlI8VV2pATVMrs+b"
    "h/dtSy9EQH7ahJ68CYXNZDO7HA2uSi/dly+YxrUk39YrtfvEyFKqNVv4xWZUboxpbtji2v"
    "rNu2b64SoONQl+gWKjZkRU2XTB2L6hoVLon2LshRzPXjRYYLyZO7HJkj86sEH6ETS6pfnp"
    "BqF7qYuFy7Z4HTCTVWdC2IADqljbVRG2uLCbUDXFZA+A+g87bEN+ZO7rFZR1Rwp9Sx5G7b"
    "NukV80dix4iYAaDlHxErX/SOOgh+yIOgGRPtXSCikNXCIhgzj6W5Xb8qt/ScNS3zpQ8hh/"
    "kBpHS0pGsQXrA+d1qOqqlP5c1Tx8SC7Kl5jgNy5iaP+SbHub/NgYgrwmk6AqajKweZYcU2"
    "nKIMObnerptOxetNMR1rFQQrQtJF/KqJyLvoyFKczkeyEmSd4Pa+IS3QRdnccjICH/NXeJ"
    "SmzUzvfTGldRN3lPc3/06CcaN6DduJw14tmGG/wrP71Yz+ebymS4NMJttWryeTjP2rrk73"
    "DBN31UsMzwd04RrL9EJMiD4cG9yVXltwyqA7l7CMwOcr0ylspx727QPmn37p6ctPAR0hOd"
    "wk0FJawCJG6KwAMh7MDmhugkwZyAFsA5ERKjAlOsoGlCw80O9k2nQ2pZhjnQ1zxJC6On7m"
    "hNToyTg3WcWEswmqtkujUUcUqRrMuAOzt6CmbkgNIXuKy5Ep4KqN8s4hAFfKg/OHm+ZQHN"
    "hhnhOkBxN8/UPOsy/s7bJpRwnVHLdtjnfyxqauS7XF8uku2b4h4WbT3eFu5mmv7FhqkECi"
    "roNbn/y+usSq5q1YkSWWa8+KL8Oylq0xjZOp0O99LaemzVUzbjD5O8XaAsfYCE2r0cBv1O"
    "Qux5JqlsPn3KQGwXGTI507DJ2mEcPD7IiInDiWgcgArmvmCOKwpQVyWwaOUFuvxYjS4KoM"
    "pDS4yseU8N5fiS1a59SfrArzHadq9Yy/d6ylhHKWdM41Ml27TPSJyR6YQ2bhPeRGelqrke"
    "45GbTg/8qYsvzapkFz5XmaZeFb0MHwohIuvqFo8+Lf0b7XwGKFPRDklPE9q2RkSpC1mdW9"
    "36i7CG1CcqeAnR0l2wcW+nFG1AcSHgzr9K7zlI72f34oWDP3ozp0HTlDk6tmXYgTqZMn4+"
    "QJlKlKbI3RKK4+Hkmy9cV8YhzJ1gH0wBhcNooktrSyY0gydoXaONs9jCfJ4PiW2KYonfgM"
    "5KJFkSkqDRVFlsnjUTnoWoOnF+EmoYET4N8woAbEBf2NlH98860FDbmIRshEesp22ampX4"
    "VYtQuxAsllUTlCPkqjDtGCGPnZLAO+L0rrHSdUWb0rZPVW5Sf26faqVNcfQXVVKlZdp4NS"
    "sfajYilfhAMwsH8wp9b3AnUpdr9fpC1xbFlNSZKl4Kh+jUXgroYj73zGTlGxkcYqvyOiwW"
    "Q67I3UZ2zmEMtz4TlEJp8jR5OJ/AHrEAvFCeLPZVZKg0YfVT3CFatiY2Rr/CoqcdVDW9/y"
    "+Y+ifF0PBmdnl4OTs4ur4fnl5fDqZHMCpG8VHQVvP/yMp0HsOD/oGNiDO4Z/nBDUZ2NruG"
    "FVMVZGaerRx55332jYJNz+nP17Srp3NijB2rNBLmvxVjLzPmb9z8oIV5BzL0LTZjShF4hU"
    "5J6tyb8Rmzp0KXz4FjhsCsSdicPgmY4Iwshdg71CoCQt2zyxr/0HSftDTM9rfgTglqIdAY"
    "D42KoBgHXAFo0E3SkEaZepODgEKVQuKs5xhEwFgLRtfluSbCqa9fA3h80YHDdaJp6Q07Jf"
    "hCzEciPacaJHMYbfmPMyTK6DWeJNhn7LFtfYMflsEcdagf4Pp6Q8GYP1lVG1fvdulJm1ZW"
    "bWtujwHeByRIbwv4lKQl2U5lnFOkx2ckx1amMow7EP+42DDStk/TgcbeW8D9+8qWAu+sLe"
    "fPw4BmHt8+fbj9+OyagnlmLUI7ApMH/zeE2+ffoms39NpdeGTqi/ocDoDdypM2I2au78mU"
    "VRhy1xzpyxTtcZayn3+0zR7Q9mG1ZcDj9hutsgNwclM27ATMKJQXX4IX2jBahqcmLCl0rP"
    "+o59NLwHhM8SY2YiR7Og6iKPi0z6PTpehPvvwfpdqKwNStBvVtD/Is/G3HJS0duFIn1wxl"
    "YoIYWOj1FFAHc56JY/YFqrlcNdl5mhQU9g1KLEvqh/wAcnXVAliiMchqhYhpzfzGMwHfpH"
    "PoNba1gvr8lkYsMGDY+cTMjIG5xeD8iRZlD4tHQyXcOWjrEy6xfQLnh2rOnmKtMnkzeEjk"
    "w5CI5myhnlhgengu25AkcgC2HBO0SfKCtiUYI4qQM36APQ4MTA1y/7m8H1kTmZIBBIXYRU"
    "XQFkcoCyU+hJACE+C4dwTG6SI0V9aLWwBCOw3Qs2Mo8mk+AFxyBHc2MyeUEWwC+bChRFps"
    "ywzLnMFR+8fJB7nqOcAmcZFyRkEJ3DV13a7LpN/RZ9z2Ra4djYsiyzaK9VRtlWGmW7a+WS"
    "ab90pnu2D+4feR7Xz0Gm/04802DC325sx9I9DT5l+S0J+IB0Bl8wyFKgPXEN3RlyksbV1/"
    "WerW6t0eE7ZjBWdvhG2Np+I/EOexM7niPM4Cufx/5ROoJ2o16oiB6HCp1/2XcZPMaa1OtR"
    "L7Uh1dCfMlA3Y6BGeTcYt3gVZkM6/tfCTwl85NuWUTJz5anB9DkLE0xg7HsANbHvbsY51O"
    "BzlGFbGbaVYbubeEhMGowqdhUnOkl7OFPdu6UO1leDvRDGFabaMLGwRKC0kyPU/i2sLoIq"
    "PSLFPjqQsQ0/tbMuL68AAqmiakRI9qdonFRcQJ89mUoaJjuAdoQFvTrkKIRg7rmBmaWXXH"
    "8ZoDtrElQGpJgJLFwbGeup5r6bzpzUwooCGed1AOFVNUAGZH2yheg2v7EUgI/jpaawPNm+"
    "KwgEYN20WqmPGNVOs9Y2NbVhlEVybOxa9yyjls0jjN6StZjTva/U1K2lDPaRo369QZ8j4L"
    "Ws3eRSeB1ioaqhweZkWgQBa0zE73DXL7LgWKv0PtjIE/as58bB8aqSdJJYORG2WdjBOiJj"
    "5jiWk57o/AD+OFUHYhv2HcS/OVZ3UGGStOoDa/MHFrqRjXXLzEAOH/eW2xC2AzDaqRTSu+"
    "BdfCMvNdDHfL2VLeEyF37crX9euqAcBDiftD1b0gC/jJiCY4du/d0/A5DVEo8PdDCEqZuy"
    "nx2a7fSRaNEvTqkVtB3PN41LuX6gyfGlrGpGl2TTy8tN6DbMj4zSXn0/dhisaOFuhhUizC"
    "O0ADLbHfVySuHV/Ax0+vidvfOXoGGthB9Y7omFLw763fVRM2ZUWxDJEXR0EDY+xjI1hlHn"
    "8i/pmrFrrHmIqQd/hh0qh4aWOjQo63ZDWUrj30FVk12t7iLPzdqGoQO5l+0kzcYpDweO/y"
    "GF2c1RUnGSo3RKXWnbDLdE8vzKNETD1u/gzyy5M3a/UOp0gpawAvUK+VsDKxh6/ILk9lJa"
    "xrAHQeagSJjbGu+YhRMWNLoMW46U4JhLPLsf8UqgJvnl0827TLmzgeeMTL+Cs2DOA9eYeK"
    "XBfSSFtz221y/ekMnE8yu7+dmMsCf5HO5Kv1wk3IYICWCgqQOvMEe/impUUY17Lo39bCKj"
    "zudMZBxv+dLilqK9fsWtEROVg05nhYhYXNpuxUc9VXq0vfPbEiHxhjlcW2SJh8GdQsGQbt"
    "uoyo+HdUbni0Ig6YsgV2zZQztC0kF4ZzAclji4oVXuyS3vJUJw4KOqwOGgeQe524gjOVbY"
    "DEJjS9sHtyT7tww+z0HZDVvbX/8DinxSRg=="
)
