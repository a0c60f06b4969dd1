"""进项 use confirmation (用途确认/勾选) on input_invoice, and the input_transfer_out table, for both dialects.

Existing rows keep ``use`` = '' (not yet confirmed) and ``deductible_tax`` 0: they were
recorded before 用途确认 existed and count in no period until they are confirmed.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
ALTER TABLE "input_invoice" ADD "qr_kind" VARCHAR(4) NOT NULL DEFAULT '';
ALTER TABLE "input_invoice" ADD "total" VARCHAR(40);
ALTER TABLE "input_invoice" ADD "item_category" VARCHAR(24) NOT NULL DEFAULT '';
ALTER TABLE "input_invoice" ADD "item_names" VARCHAR(400) NOT NULL DEFAULT '';
ALTER TABLE "input_invoice" ADD "not_deductible_code" VARCHAR(32) NOT NULL DEFAULT '';
ALTER TABLE "input_invoice" ADD "deductible_tax" VARCHAR(40) NOT NULL DEFAULT 0;
ALTER TABLE "input_invoice" ADD "use" VARCHAR(12) NOT NULL DEFAULT '';
ALTER TABLE "input_invoice" ADD "use_period" VARCHAR(8);
ALTER TABLE "input_invoice" ADD "use_reason" VARCHAR(32) NOT NULL DEFAULT '';
ALTER TABLE "input_invoice" ADD "use_confirmed_at" TIMESTAMP;
CREATE INDEX IF NOT EXISTS "idx_input_invoi_use_per_3f1c2a" ON "input_invoice" ("use_period");
CREATE TABLE IF NOT EXISTS "input_transfer_out" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "company_id" INT NOT NULL,
    "input_invoice_id" INT,
    "number" VARCHAR(24) NOT NULL DEFAULT '',
    "period" VARCHAR(8) NOT NULL,
    "tax" VARCHAR(40) NOT NULL,
    "reason" VARCHAR(32) NOT NULL,
    "created_by_id" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* 进项转出 declared in a period. */;
CREATE INDEX IF NOT EXISTS "idx_input_trans_company_5b7e0d" ON "input_transfer_out" ("company_id");
""",
    "postgres": """
ALTER TABLE "input_invoice" ADD COLUMN "qr_kind" VARCHAR(4) NOT NULL DEFAULT '';
ALTER TABLE "input_invoice" ADD COLUMN "total" DECIMAL(16,2);
ALTER TABLE "input_invoice" ADD COLUMN "item_category" VARCHAR(24) NOT NULL DEFAULT '';
ALTER TABLE "input_invoice" ADD COLUMN "item_names" VARCHAR(400) NOT NULL DEFAULT '';
ALTER TABLE "input_invoice" ADD COLUMN "not_deductible_code" VARCHAR(32) NOT NULL DEFAULT '';
ALTER TABLE "input_invoice" ADD COLUMN "deductible_tax" DECIMAL(16,2) NOT NULL DEFAULT 0;
ALTER TABLE "input_invoice" ADD COLUMN "use" VARCHAR(12) NOT NULL DEFAULT '';
ALTER TABLE "input_invoice" ADD COLUMN "use_period" VARCHAR(8);
ALTER TABLE "input_invoice" ADD COLUMN "use_reason" VARCHAR(32) NOT NULL DEFAULT '';
ALTER TABLE "input_invoice" ADD COLUMN "use_confirmed_at" TIMESTAMPTZ;
CREATE INDEX IF NOT EXISTS "idx_input_invoi_use_per_3f1c2a" ON "input_invoice" ("use_period");
CREATE TABLE IF NOT EXISTS "input_transfer_out" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "company_id" INT NOT NULL,
    "input_invoice_id" INT,
    "number" VARCHAR(24) NOT NULL DEFAULT '',
    "period" VARCHAR(8) NOT NULL,
    "tax" DECIMAL(16,2) NOT NULL,
    "reason" VARCHAR(32) NOT NULL,
    "created_by_id" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_input_trans_company_5b7e0d" ON "input_transfer_out" ("company_id");
COMMENT ON TABLE "input_transfer_out" IS '进项转出 declared in a period.';
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztfWt32ziS9l/B0Ze2zyiOLVu+JDt7jpNO92Q7l94kvT2zrTkSREIS1hTJEKQdzbz931"
    "8USEq8gBQhkzLFoD+kZRIFkAUQqHrq9u/e0jGJxU5uDcMJbL/3Av27Z+Ml4T+yt/qoh113"
    "cwMu+HhqibY40WjKfA8b0NcMW4zwSyZhhkddnzo2v2oHlgUXHYM3pPZ8cymw6deAjH1nTv"
    "wF8fiNP/7JL1PbJN8Ii/9078YzSiwz9bDUhLHF9bG/csW1t7b/k2gIo03HhmMFS3vT2F35"
    "C8det6bh48+JTTzsE+je9wJ4fHi66EXjNwqfdNMkfMQEjUlmOLD8xOtOx5trvfH4w8cv48"
    "9vvozHPQUGGY4NzOWPysTbz+ERng3OLq4urs8vL655E/GY6ytXf4ZDbxgTEgr2fPjS+1Pc"
    "xz4OWwgeb5jqcv6QPF9fL7AnZ+yaIMNb/tBZ3sacbC9zl/jb2CL23F8AR09LOPk/t59e/+"
    "3209Hg9BgGdPjyDz+LD9GdgbgFzE4wFzP24HjmeIHZQonJWcJ6mB1f2HB78/nun93DYRV+"
    "D4fFDId7aY6TJaaWCqfXBDtxOFqsbWXwRSUGX5Qw+CLLYJMy18Krsfhbgc9Zug4u6Msq7L"
    "4s5vZljtmUjZmPZ7M8o185jkWwXXD2JcgyfJ5yuqYYvb7SAKdLOPvq48d30POSsa+WuPD2"
    "S4bFv71/9ebT0ZngPG9EfZI8HDf8nvG9gJhjy5lTmykIGzm67XJHXUw/bbXcsWGt5Rh3nE"
    "VcgJTtzz9yrvh0SeTszdJmuGtGxCfxj8PbuEtY+eXt+zefv9y+/zW1xn+8/fIG7gzE1VXm"
    "6tFlZpNZd4J+f/vlbwj+RP/78cMbwU2H+XNPjLhp9+V/e/BMOPCdse08jLGZ5El8Ob6Umm"
    "nf8d0xI4ZHfJUDIkPWveO4/uNBsIzY8PIS1aj0iMiS6mNC4ZhgSwYr1bHN8YxrwY6nyHwp"
    "vZ4BhRnguwTwZIwlW0z5WZKmrOEkaZtM2qWjZK0GGwtsz3ea74Iu9MS3euKNwPOI7fN5XL"
    "rYXo2VoD858U4iedsEihqEcoBXZ3dSLDDDuDzLf3I8Quf2L2QlOP+WPxy2DZk+HwHLrzc9"
    "HRan/4wXVXx184gefliD0wVrjTOCvz4JTy/+KOjDb+/e9QTrp9i4e8B8PyqYgyVZTonHFt"
    "SVKKCvIuKffvlELCzeqZD179cdHe5elmN/apOY8ofjnTyST78TrpP4r8K+usQqWG3OwEms"
    "stT6y99aDpbZK9jGc/FKMDaMFBuMApP6nG/U/hvBaSuNvEW/1LIEbeGApvZ4EbfeZmLqfV"
    "kQ5NgEec4DOqImOjtGPp9JdMcPFcZ/EiR6/IEhCzMf8a/UW52gW9clYqpR4MJhzxD1EbWh"
    "fS/D7/pHGNmiDSfg72Yz/nr8XfqIOYhPX7SVoAePi70eQ3x1BTA+kGPbRAa2bcdHM8e724"
    "zdF7fwyA73GzPxJIgyZPJrhuDzSa+vjW9tM74x8lWyedF5IWMjgs7AizeDwfn51eD0/PJ6"
    "eHF1Nbw+XbM4f6uM16/e/gzsTgmsEhCSfxzKtrgUkTZbVMClBMfEHiQV3MsWeI60Q2L7Hh"
    "Z7TrgvFjkbFw/ewCwWigbh3QpiAVk33CoRhCfvM8e2Vi/Qw8JBJj+0H/iJ3ef/En5W+gvP"
    "CeYL/hc1FnCA2jaxTnLn/iP6qfmELftUOnbI7uUoKD6K1ZElDSQdAJAk4HU1+ChJ0qHTpz"
    "ZL7m6Y3D6wuMNTDRJcDQ8RFcE0QdJBsfS6glR6XSiUXmdl0lDXVmHvhqKD3G3AGI29uaLF"
    "f02xPwb3enth79mgyvLlrQoZLO5lXO+IL3Vu/K/PHz8UON2tKbJiCjV89P+QRVljyEHvP2"
    "aBLT4hNA2o5VObncCw/9nUDJQwHDiUklhiPh+9v/17dgpev/v4KiuKQAevsl4A+wRvsodf"
    "ExK7wDsB6AihRXRkOB55bjpL/sfzBEZ74q6OXyDOHhrClwBGuh65p07AUAxwin6wbUpB1b"
    "oHGdn+gm4uOw+2uHUi7C4AoVpkjo0VALlM4Ks+4auSzPjQGygVkW/8cyCm0ONaAVfB+6q7"
    "jieJtBfV9oNLlcGat+W8bQkGFZueJQBUwipdjD4ljOA63OnA1KpimEc1bKHD4Qpnp1XinX"
    "irYhn1NBfx5PMRZAu3TAv4JkcFdEBZPqCMM8vFK+KN76ityuU0YRcX9GWV9ZxFIxPL+TLL"
    "bo/MFUGDDcUeddqLwX602kGV5Vy8mnOQjGly9YqNlUNQc4Sdww8GlfbmQcnePMjvzVNs34"
    "0TUdxV2Z2l09yuwm1sWc4DMcWGK3FRKwZtcoTtwG5gvM5gN9ELjIFxKp9Clq57OmD9hyi1"
    "7x1qkLFFl1RmZCUGXWKrQK3J0ma/hZD4JOrk8Jhfwuwf37x++/72Hedof5AJiInn4SK361"
    "DGAi7lqao5GbLO7fDnVUSX82LZ5TwvvLiu59xja+yRrwH1lAPwpPQ6BkzHgGkPDqICIabO"
    "Gb5WHhkN8FZ0crhTXh4xER2nj+cR9NJVJukInFJWNYrZB8x3lgImz4P28b1+KWqfbLXdYR"
    "QxfE9MruSsiId86lsEHY2Ca3NgjoILcnU6Ci6H0xv+7wAbo2B4c35xDAEYiB/Zxh1y+T+c"
    "hxIH0vr6lRgQ/sh4U8VSW4Sk/lMbGJ7QwPBU3nEV9o/DY7O223w/dpsWaYv122001K2h7u"
    "5ym/L1yQVdmaVsW566DZ3GPhSwjz2nuWz1im4iy6UIQwzYTuhSllbjS4eMLzWp7v6Ev956"
    "Pg1fOqfwJu72y1TeGf46xomGFbTeBbHcZwa4y5I4a8FnQkyusc48Z4mESy60eQ5qznM+wM"
    "kKL62XSGQVRcSMMhJ4fP2GHrRLmQ7c0Cg1u9SVGEW66ZVUlwdtiQ7MGTN3PEkCoZJgpgRN"
    "F5W22s2q/CWZakhTkqaDTG7Gj8NmD0SS4fEL+VYUQLqm6ASPyw77N3//kjrnc74Z67P+3c"
    "cPP8fNsw4baYbfkRUk7FPymUnSaHeZ8inZJdRpZTv2aqk0JUkaPSW1T4nNt5+xelBrhqyD"
    "/ktNoKOhCKrq4pGg0uCGArgRpk3bRfVOU2rFu3WKt2yap4rGshydTtLRquRPP1ErfNM8oh"
    "He6ZeiGZs2FYAMH38DfCDwbLCvD69vCP/39NwYBVf4lCDHQ2BjvzjlV2c3V+HVUXBzfX3B"
    "f89iqzvkeHSJRx3zJaASHjEgk2LYL+Pyw9JFk8k98RgfdzKRQR1P9hwV3APAUCe+DfhURO"
    "/aRUC7CHTPRSC5zlWM2OtvowvKeqM5dKLdQ4G/GwrN3W3cZT72A4mKXczdDUWbudszPTzz"
    "+4gF0yVk3jD7CBsGccUvyOhBHjjP+8gmxGTjJX9ej/JhgYA3A3tBH4UFtvrIxTSfUaSB/v"
    "eM5UZnusJxkKDYXzLgswM5CWZ0HngyL+ditCpB0g6wqlOpkqjtBr7SfGwo9HTUPh0uXgn+"
    "5OajNBYvQfXoKLyd5qWpXOR1x+BxdljYI+aYYUu2C5VyOU+smV3KbK79mtIoXoAKC3icoC"
    "kDCdsjQ9XC3tsvb3K49ox4JKrgU1XqTBF1z4BQf4IxjxiEP5Uaj9ckmsPbObwkjOG50ipO"
    "kHTOJXJYyQY2LLGBDfM2sDhoVhWuz9HtT185IPBKBzPvcqQdrM1LmzY7N82tsr69uSciYr"
    "fABBfe7m+3w43JuuVWaxzv1FuFhc1Ezl7kzBCOrFd99ED9BYKlCeic73jCtTc6hNEoGJye"
    "XaA74or6ZnxQL29la6B/Xa3lQKu1RKtTSRBJ0WgDWl4G0SVwOnMY6RI4jX4pXTXVtSa44U"
    "AMYge0ZDVE0jxEogu0PLmZq1Va2K94tSzVw+IG/QqamJtoq+sRHNY2rBWZ/SoyS3nej1LD"
    "64boaQyuT2QU3MXmuuR7h5of4IZCi7+V6g7s3WLYZmGtfoMh+PntAMInyDTooUGP7oMeLR"
    "Gn35pk6To+sY3VJ2I4XlowLWxUKlbTTfOxt2m/PejIRpNJYqxnv5DVZCLMDVBKkK9hl88D"
    "QdRHrueYgQF+xYwvLWJGRgreKkrEKwklqrv3CgFCd2SlI4J0RFBHtqxMKgkVGSpq3kURtY"
    "l6xDM+PvFcj6rlWMyQdZDb9curcR0Utd03RaQ3CMkGEZ+nKphtkkajtrWgttoT7rFTcRAK"
    "Wlu0CYgtiotYyBSJ5P1yHQJajmmi6Vb1YRRcz8wpxP5f3YyC4bl5Ngqubi6vX3AZPxbckR"
    "N4KBLvkAB27sNYRtBSIH2i4wk5/39uv0T+T3lFosFxKqgUBudVT3xMUAJDaxdau+ielUG1"
    "BK+uvKuAgMcbSFXmxu07h32fValcd1Zcue4sV7ku2pMVmLuh6ODaHVRKH16SPTyvrEExRe"
    "WgxDTVdx2WyIhl7VDEMkPWva2gidSGEdPU67/kCDvH7wbKwGjHhEYdE/hiVGRuRKE5u4Wz"
    "8OpjVaEsRdS57aF+oZfr3IHhU2lqjtJMs2nCPSabjfU3hWxQP66fFU1XiPoMgWIkLJx8FS"
    "4ZOppMRGkIURUiRFji96N8oa5ElYjJ5PglelgIAAKFpcFT8Ecjo4xsURiKIWojHGVqRCZx"
    "iW0y5IDlNmBkMnku/j8O70d5Gp8kkS5zAk8tt8OGos2Sfs+1sD9zvCV6juABTf5/unQdz+"
    "c/vnr8H9ec8X+dGdz5trRyy2OXDvaZC04H2+tg+7bJDQdhYkhVSPHGqhhdgqS98krvy4Kg"
    "//6EQkAf/jVMdHR+1kfngz465f8/vRAhz4NLNDzjv24ujDOoPkxmvPHwfDgKhtMh5CKe4k"
    "HYSR9dQsPrwQBDcuIr/u/19UWYvngK5oPhkJ+Eo96oB8ehHW2a4HDkBD7kLc4bINr6kKXb"
    "eBUsqBgKyiFBvuNjSTxQuUYS0zxaJ9mPP2IPKlrP1jmthxenfLavp/gMMmGHc39zdcmn8O"
    "YMbFA31zeRYYkad8RnfMY+QN5rMWOOba1QqiUIbJt02fzCA/EImtN7IrV5PeGTNKyAgdQ6"
    "3qWwVo6wxRvb7wvshx6MQkbHnMFcTjepzSd4MulzAZvYPvF8zmWIhQovmZhaqzEj3j01CA"
    "uv+Y7Fhfdofzl+mVspTQ00ssX2I5K5e7w77K3Q3HG4egDLJybdvg81AErDMoA/lMKW01Tt"
    "XTk7qvAXlRDVixJE9SKPqNrORpW01EGTAvL28p5/TKBhI8oQf3a0eXZ0hBE8PiRqKdKwj/"
    "uJA1t0kt/WG+i/dFWcVzG5nReb3M5zJrfEfKpDlHnig8gIKgRAMS2iOgbnPZyVLJwJKI8r"
    "dsno5RwbHUXH8AvhkRL4cZnQoqP7WC5yNj5iw+d8IHNGLN4tAqkfYpt2B5DmB8DN0zModn"
    "J9SYRQdvEi/DDhk14RX5yvYmbEaXo5mA7h38tzuLHZEsXNC3JqJpvIBMG9jLlnw/0GVFRc"
    "IeNHlmHYrkjU4Mcjvt4IU+WyGMhTz87OJpNjIafxt0APmPEv1Z5Rb8k/VWq/EHc233MEzg"
    "JYW6CP1tv9PgFBmEWPYKZW7S9N1epNIvuBofC5wwO+Ilif+myjF+dyuuSk2MN4exYxYKrX"
    "q3eX/JIS+hrwzZbFRB46vNkaD+r7UJCR+E6LO/1yr+l1G53IZF8rv3knY5OMF5gtVM6nFF"
    "E9x1MTTO59/tvts8HwEhRNkAkcmzyD/U8cFi/FJXFsUJ8RawaKKls4DwAiGgT5ThyTyxe9"
    "JK1pzX3vO7e9I3NWKHEJcaQ+Cq0yL7fGH0RbgZu0ApNvLuXH8Q6yUppSW4FbJyZlBOMdag"
    "wzXWC4/OsRHNpJzdDaxSF8NtpH5vuY5vbGBh7c9phTznNszvP4J8cjdG7/QlaC1W/5Q2F5"
    "aa1IwX696enAWPxnvIziq5sN3MMPaz09s7o4B/h7k9Bs8vr28+vbH9/0/nwy2KM4ZrxSuL"
    "hCoPgtEnVtUWD71EIiOsx8Gap94R/Cq5lz0ye2j2yoaYGMBbbnhKEj4b4C98O84xIEtP7u"
    "tyMy2SjxdMgbv8bbZ9tEidMld+Tt1+5TNCpzryGgfUFAOiC6QSygjSUH9rp4G+YvZWOPyG"
    "r6lMXdbIj2GHOzvrJf0bbGuBTHo3NqY0tN6sxQNaSUH96GnMxmFR7dY3BjUWOujFTDHnkW"
    "7z15QpafTytBNOykapE5NlbKLpMZsu5VzK3fl6gFOSpaxnG1FBXRbqmOjqUINQTaZmxsGq"
    "x2yEKSpuqibtNEGpKQa+pZSLJ07fVxa00SkpBl/Dvgnwobu5xdO6zvHHkHGV+N82WsL+D9"
    "FNt3Y2wY8mQw21ifpdacr855rrC7xJN60ZYq+hJqrfEraPwh/8hSWh5v24Jfk3VvpQ8rqV"
    "DDEh1qmFOiQqbtuK93eT+v+yA9tDR1hy0hHmKiuv1BMU0t7p3FxCL6Du4rDUgrEfd2FRQL"
    "yDXvq/De9UTRDNuwAv6Q8oDdUmFR3kGrs7K1TFwURvzxTtkys6Q6syNJfguSnJmCYTtkzk"
    "zSaS5X4fIuHNbcrZKdlKuI3p3KCbmh6N6heF7pUDwvORTP8+mHwGyhrutkyDrH6/rjeO+J"
    "R2erse/cEaVQ7yxd14zNF1UC6i+KI+ovciH1cQ7QsUf42zJfUa0sIG8t33sfAw8lip6iO7"
    "JCcRYs4ZjKJwPFb/UCAhEhX0JcK6jP27s+wobnMAbVgDxKJLl6mhpkz2GNX72xi1eWg1Wz"
    "Ryao2rvZiVwYNoa/sAVJGqOnjtIjM0iGcj2ArDf42kBY5LxYT1pUCYqIgrRLeZ6NGvve4h"
    "dRCWgqAT7O8siHsSDGnbIPSpqqvXPfGodLj5hxwgmxWsa2oybAScnby/jeLfJEXhmx04XJ"
    "ZUbBFYHspsPp8CqZpyhMZirSVmau8Suzs0v4Pbs6jrKiRf76AX9YSXz5/obds6Skng7nEF"
    "LhtAkJg28s5Jl66Yc8aed4Xv+eOKOWsg/6mqbdBune2xAPNcPiCeKpRZq+8MjnHHeQ5UBl"
    "aMR3KhOL/I58FT2ziO8LCZH5BMuy/tXZ8ZOgnVA/gr/LGIs8Y0o6SI6yvR9Z73fqLxB2Xc"
    "+555KhE+VXCx8dPWDqg2oAGRoxn0dzyWfzaBQCCKMeZPGE2Qt/8dkb9SQroZER9pnlLZ7P"
    "Qt2juCq1hFQXp059oHUWp9YZWXq6LkdLEPOD86sOXHPHaU5T6mlu9TTr1BI6tcR+P5vHpJ"
    "b4xNf7p7evv5TllkjkDrsnMHReU4vofvrlE7FwgVCeThnxBrrqEM/TAX3UlhWc2IFN76h9"
    "wBt6nkt7yFPyGnxgRCKOonQlcYt+hawlYyPReGv2ko82QZ7zIIw7YQQs6F6MgEEHHa0I9t"
    "BfEChqlG9Jxy8RtizHECsBoMU5di3CGJoSA0cZ7tNWpjp7H9mhdYrLkFDrBS04K4gNRR4Z"
    "NUlouuI6IozAX9pmkT4J9gzPsSzeD580UWYKUb9iJpTCxCThO6hgABuK9iZQfWKArThliY"
    "WZP77HViCruErnhWJKmm5/YopiDQ5VGeVmMDg/vxqcnl9eDy+urobXp2thJX+rTGp59fZn"
    "EFxS81IgyTxpKqfw8C3eINeH8/btkaybbt0cwUS6oMx3vBWk/cX2xjwTKbJ9xILpkvriZ4"
    "howa/Q5NIXQCYxo6pTUgtsvd3XnGy77MvqWLKlPXxRZfubuoqtVesDUK357uJ4aop1kkQn"
    "dpFgjwts20QpOjFB0sGQoppNG+rGracwau2Nu03UmPOl0bXFJqMNhbYU1W4pisVCtUyTKS"
    "KNfm5HPxMpVR+JfiYyuB4Yi6uin+nV1cLEugLjK1bGYghwuy5mxS1rrS/0R3K18e+fik7+"
    "+RhN6HtRgxrLObuehuqsTZLoLVaW41AxyEdnMlDLZODyBwArtiqfs3Rd5HcTDv2Q+UHVfz"
    "VJ00U+31Rh800xl29yGQtcYiiZLaL27XVY3DVQrVpJ+ZKK8rnSnjZVyv4Qt+8ca+vPcvI1"
    "wLZPfYn3RGlkdpLs0cHZLQPWKsRmDy7619ULmvPVOBYpMRSZnCbUbC5n807JMnSajOopBv"
    "irq0fBJIm6KEbUHgGzQx4SnYGk0gJel0/YQWWW0rbYitT7CKFAubjH+OnjWrtTKyAIsCKI"
    "aDQczyOGL4tpf2RnDavrGmnWSLNGmisize8JeAuyBXV7EqA5cbdfhjMv0+1qRpkTHt1x8j"
    "4NMj8lyKyLnDdaeKvbmaV6o2A4Oz0dBVc3l9ej4IJMMYqQXMSlh01mHAK5UChD4eYSOuOx"
    "l4gsXX+F/ioaemROmU9AFoEXz4sqDY+1Z5cGHQ+47STuiDebOORU/dmSRFqAlbm06QA8HY"
    "DXLsWgSm1nydZQA29vNz11lLfpHbFNStevnmMGhjTOIr7VL1O33ESjCnWzGb7nQktEhBwP"
    "AsPuucwTx2gxkR4GYNk+gnUgQrkCFmALCXODLIdWLX2WaXvRtAn2aG3vKbW9Fh+bh8dm7V"
    "W0L68i7eWyBy+XQ7ICHmwWPO3v0lxVH+2l1aSXlvZzadzPRVfnefLqPCL5QcB2AmaztBqa"
    "bR0025IMDZ+I+TqR37snAQ+yTfplIEI2YXg1NGGGXYqdHxhX7d0wm0Ime/bw3Dxb21tmhP"
    "++PL2cSbJqp+wvySoIUdEDyEsKDcLabT+wHAjxdI8ysoVzS2Q6QkeplP1wQplgPJpMMvnY"
    "JxORJlzk/C9NKP7YpDkaBmkEBtk5N39defm3izJ11EUpX5zxxxKvd5nNVZl+z3ZUyiVMin"
    "3HUzKwJ4n2KP+Hm46qkf33hQOpvyH3N1QnsF9EmxdAtaKysSRbdCWSfeZIgF12vJM7n4RS"
    "Y5B5yTWqi7oTwiul1UwuqvW+E49lpJrFknXsYz9QyxK4pmgzzitSl8UnJZd04am5vGk4Hj"
    "mJd7f1QZoU/T9Dw2M+pJMpCkSIScx+bu9vaJyRHe0ScTZ+saD74XGyvhi26aOoB8i4ZmGX"
    "68RQeediNjS45EBuZsd95JF75w7ue2QGSvP2E2lQpRTaoLgU2iBXCm3nAjBPVPzlgF0hC7"
    "LlFmfwWRO0I4EPjNeZBD66Ym+j4XRh0cwdSmlIKLWXmkRGCHEZdf7m6Foc5/VkzAUwcSdF"
    "LU+o2ZtnL/nmUr4172BfSFNq60LrrAvav/+7m+b4RFGf5jRlDdPcsn3z0Ge5JabC3wnXQ/"
    "1XVKjXPYmhMN2gX2YmfCAGbzqeJtrWHN4JYwMzXGJzCUD7+j6lkSuai6qgRtS8zWBGb9Rb"
    "uqMe+ityZjNqUGyhKDAAHU0d/xiqWy6pTfmriFbw+5nrOXMPL/Omrcf1tWf4JPqiFOZzQ9"
    "HmKd0Rn7qsAgVeFkOBlzkokL+no8jhBElDJuBOcVhLxJ2VlXTEazPHe0lkpo4e7EL04K1t"
    "8yczRHG2nkS4T90vle1Z4LqO549xlqJCUOEouDJmU3C4M2ejYHh2CVa6iwv8MowAnEyWwF"
    "xiwzoCxzef8Ru26TxEtjuGLGdObSYCAx886hNJpqnmhtnuXfcH2Ig9P4bOiG2Kn//UCsk+"
    "FRKf+mq5ZtYEHZRgG4mTmzqmJFb/C/lW5JMSte8Ef8uEqDd//1JuRF3LUO8+fvg5bp61rO"
    "YcVTZbioo4myLU0myrpdn4qFCc4gSZnuBWT3BC5shPcmmwVYZyj1FW6ysHG2blBlOLssVO"
    "aECW9mBMJ1wENj088xHXRaiF1u/xEjm2tdr8jZIyPJd2PYLYwnmwwXmb2DPHMyJvuYx8XW"
    "/nHf7mYzxJ1X0kR6eBCllqLo3zdfXgbIlN9CdCTOipJ0FM1vf6VdCSWbJ1rbZQbfp8StNn"
    "ezHoOqL6TtFfEePHN5quEEahAwAKGPEEkOYEPtRFX1szJ5PQFDiZHOelhsd11fBJ0kajZ2"
    "7+9pTUowF73BPlAmub2bPmRXvH30Nlycbt24zBQZZCPuCyj1gwnxMGlyHGZ+laOJr01K6y"
    "vfm+S6+QbxJptBgYjdu3eVLaDIy2LoKvjmPXIwah9xCyZliYMcrfjv+m9j2s8Dn2+RxANJ"
    "trieszx7KcB4iJC1ygcBgxcx9KPV3u+WPSCt5On9ohKHgpjyjX3HGa05R6mls3zQp6fMIU"
    "cg+IoQQkj+h++uUTsdbph+S+JrF2/uaeHCRWVuRx8uc+4I6QaSWYx5qr1YGPMbmv7CjyBh"
    "sLFB7VyFhge07CTE1xX4j6IPMJZw6RYsnHs1lUhuMHhmzHl6SfrqtTDcG0DIJRPjX0adHS"
    "0yLt3ek7niqutiHRgEEeMJh5znKsrjNlyDqXxbYBEMDZgc0pok7AAU2zGY5kFawlbt+BFb"
    "xvpGUtxSltyBkqbcTe7m2ftBM+0t0+aaA8MCZX9bfPLLA2Odx/cHw6o4ZQUz+6/sdAqlBJ"
    "WvWraFV2gm7suP7YCao64YcmNihdiH1kOqDYoAcMhjnPwaaBmY+SvTN0lHLkkZj2Ht/lyB"
    "7ZnwT4yDtxhPoFpkGudoHDkE+NOxK5EGHrAa+YsCRqbayN2lhbDOId4LIGwr8Dnbclnk5f"
    "xB4rO6KiO5WOJX/Ttkkfpz8yO0bCDMBb/pGw8iXv6IPguzwImjHRfolEFPSwcBA4A4kE2C"
    "+E6CL8oG3HfhZCyLFTk5COlnjFhRfC254gcImKSMEpKidXNTDGyN7meUVO5ifIcvh3bCJ+"
    "77gvRqcMbVyytEfWjuq9mNE4C8izmOX5KUbUBhMFn41Rb9RDAMCJSb/99a1E/K6r0717hd"
    "k+PyDGLp8rpWDNHGF78ZwwRTI8J8KFn5xFZmG1kPBT5voPl9kMYYRaRpNFZ/Ctk4LJr3uA"
    "PZdT67Z74HoXh5ozgeeBC2z08Pz7JGFdi1Bu4jozi7/XI1jl5Fti3gomv76um063Hkz/jx"
    "hKNQkTJF0ExJsIzE4+WY7TxdB4hqwT3N43Rm5w1swdTxIXX3KWJWjazPTeR1u4S8CO8tPt"
    "f6PouQGvEwn/ny+I5T4HZeD5DH89WeGlBaWs1q1eSGMC6up0z3anrrqdwvkAPqFjkX2OMM"
    "Zlf0x94QbKoNYCv+ZYkROp1Mt0px727VQann756SuuEJAgOdwaAUJagMqRoRaw5LOD5/xT"
    "mxIuB5A15o4wA9UPZAOMFsGSy5FQUINM8SgYmmRYIIbU1fET1ysA1+i5TRTzkWeo2i6NJj"
    "3bhI44ox6fvQW2zbCOl3yKq5FpJLyN8s4hIOHaJfy7m+ZYHNhhnjOkB5Ob47uc51DY22XT"
    "ThLqOW7bHO8U3oF9HxuL5eNjPELL5O26u8PdzPNhHqnMUZFEXQe33od9dYlVzZvFE0us0E"
    "CeXoZVTeVjnCbTmUH2tZyatn/PqEXE7xxrSzztEzStRgM/Y6hrDcU2HY/OqY0tBM+Njkzq"
    "EYjCAAwPkucCcuI5FiADsK6Jx5BHlg6X2yQ4Qm29liNKgyoFp3mrYkxpkCs6vSQmxeFkKc"
    "x3mqrVM/5TbC5e4jk10HTlE9ZHNrkn3saUDNzIT6sa6Z6t0Iz+SzJlxfWro+balV1m4Vvg"
    "wfBSCRdfU7R58e9o32tgsfI9kMsp4zuiZGTKkLWZ1b1fsb+IbUJip+A7O0i29yR2DE+oDy"
    "g+GFb5XecxHe3//NCwZuFHdeg6skSTU7MupIn0ySM5eSJlSomtKRrN1e2haRvn7kcGpm08"
    "yg+MwVXD0lJLSx6UJtkVauNs9zCeLIPTW2Kbwv7SM1CIFiWmqDJUlFgm28P8wLUGTi/w+s"
    "WRE+APEKHHxQXzpZB/QvMtuI5Slgy5S/Qkd9mpqV+NWLULseKSy0I55UaSRh+iJUk3ZjMJ"
    "fF9W9SFNqIs+KBR90NWJ9un2qlXX70F11SpWXaeDVrH2o2JpX4QDMLC/tafOtxJ1KXW/X6"
    "YtUWippiSJSqHYvIEaodfDUXAxI2eg2AhjVdgRMvhkeuSl0Gdc4kFMLB8HiWyWUKdA/BhD"
    "WCyoO+FcynKkNDqUesg8/1eEyqevghKnHiv/is6/F+XrZjA4P78anJ5fXg8vrq6G16frEy"
    "B/q+woePX2ZzgNUsf5QQfVH9wx/P2EoD4ZW+MNS8VYmaSpRx972n2jYZNw+4uA7CmL5/mg"
    "AmvPB4WshVvZUh5QRkSWYrIkiWeCps1oQi8SqdAdWaG/IBd7eMlC+JZz2GaAOyOP8DE9Fo"
    "WR+xZ5DkBJXrZ5ZF/7D5IOHzE/r8URgBuKdgQAwrCqAYB1wBaNBN1pBGmXqTg4BClWLhTn"
    "OEGmA0DaNr8tyV6XTKP6q0dmhB83hhRPKGjZL0MWUslW3TTRVozhV+KtkzJB2QmbgN+yQw"
    "1ygj44yHMeuP7PT0lxMkbri0nc2XbuRptZW2ZmbYsO3wEuJ2SI8JtQEuqSNE8q1kGykxNs"
    "YhdCGU5C2G8cbVgx68fx0yrnffgcTBnxwRf29t27MRfWPnx48+7zCRr12JKNeohvCiTcPF"
    "6gz+8/i/SBU+G1YSIcbij86S3YqSUxGzV3/sSiqEeWMGfe2MQryVoq/D5zdPuD2YaKy+FH"
    "yJ8d5ebAaEYtPpP8xMAm/yF8oxlX1cTExC+Vn/Ud+2h4D4jHYmNiA0dlUHWZx4WUfo+OF/"
    "H+e7B+Fzprgxb0mxX0P4qzsbA+XfJ2qUgfnbEKNenA8TGpCMAux7ul95DW6sGjvk/s2KDH"
    "IGpRYF84POCjky4qO0cBDgNUTCLnNzMM1Fd4R2f81oqvlxdoMnH5Bs2HnEzQKBic3QzQkW"
    "Fh/mmFaYJFrMzqmLeLxk41XV8l5mTyEpIKi4egYKacYWoF/FRwA5/BE4jKevwdkiOKEnsY"
    "AU7q8Rv4ntPAxPCvX/Q349dH9mQCQCD2AVL1GScTDyg65T1BPmIYCx7hBN1mnxT0oYeFww"
    "ji2z0jI/toMolecMzlaGpNJsdowfnlYgaiyJRYjj0XxSeil4+KWVCQU/hZRhmKGYTn/Kuu"
    "bHbdpH5Lvmc2T3nq2WSWWbDXaqNsK42y3bVyibRfJjEDNwT3j4KAmhdcpv+GAtsiLNxuXM"
    "8xA4N/yuJbYvwDMgn/grksxbUnaqDixMX1db1nq1trdPiOGYy1Hb4RtrbfSLzD3iQKFYx6"
    "ofJ5Eh6lI95u1IsV0ZNYoQsvhy6DJ1DkfjXq5TakGvrTBupmDNQg70bPzZ7H2ZBO/rUIUw"
    "IfhbZlkMx8cWoQc07iBBMQ+x5BTeSbLzmHGhxHG7a1YVsbtruJh6SkwaRipzjRWdrDmere"
    "G+xBwUa+F/LnilNt2FBYIlLa0RFo/w6UJwKVHpDiEB2QbMOP7azLyyuCQFRUjQTJ/hSNU8"
    "UF9CEQqaT5ZEfQDnN4rx46iiGYO2pBZuklNZ9F6M4KRaVGMRMVbsL3lKynmvtuOnNSCysK"
    "SM7rCMJTNUBGZH20gejWv6EUQIjj5aawOtm+KwhEYN1UrdRHimqnWWubmtp0hTDg2Nh37o"
    "ikls0WRm/IWszp3idsm85SBPuIp36xRp8T4LWo3eRj/jrIAVXD4JuT7SAArCERv0f9sMiC"
    "5zzk98FGRtiznpsGx1Ul6SyxdiJss7ADdUTGxPMcLz/RxQH8aaoOxDbsO4h/fazuoMJkaf"
    "UH1uYPLHYjG5vSspvbveXWhO0AjHYqhfQ6epfQyIst8DFfbWRLfpmyMO42PC99rhxEOJ+w"
    "PTt2WDxzYwpOHbr1d/8EQFZLPD7AwZBP3ZT87GG500emRb88pVbUdjxfN67k+gEmx2eiqh"
    "leonUvz9ah23x+RJT2w7cTj/AVzfz1Y8UI8wgsgMT1R72CUng1jwFOH1G1Z2xZzgMLA8sD"
    "tgjFwbC7PmjGohys4Ag4OjAXhnFsg0DUufhLuGbsGmseY+rRn3GH2qGhpQ4N2rrdUJbS9H"
    "egarKr1V3kqVnbMHQg9rKdpNk05eHA8d+lMLs+ShQnOUmn1ZW2zXBLJM9f+aY7c7zlrchx"
    "Sf+Fo3nICaDyhqVyqBuRjHGOpkLWIh9/c/FKJFWN6FnoLOzMOJFLsQMV4UMlpI8iHB0JBC"
    "x0EOYPBIIe/whAH5FlK2piCB2J2K5IRD7HqqLImqLFdax3FEIGVfxxBsXuOIOcN04qUrgq"
    "i1NE7XUNbk2WFtholKxDUfsOitFV6pIUVyXJ1SQBE7MSa9cEHeTtWZWFe1a8cM/yC1c7h2"
    "kBdi8C7GsAZoS8VSi6xk2qCa1GonUl9BTCsQBztEOvHEZEKb+jf/wD8kV5zj0FrPEv68QW"
    "Jp1T//iFECTPhs/En5yIr01oR5kUPa15jJEdGsRFsBoAp5PJb7/CioIouNPBJfr05stvnz"
    "68/fAzpOO0GTVDGzllLABROBGXJyBWKqDVOXYhuOWx4nD4ckp785qiczJFLcdesZQsbMv3"
    "2AokZ2EZJp2ma60XXgux6bZtn1x/pVLLU6ZFxc1z01hN1V86tr+wVnz/uTy/vg5TCI+Cm+"
    "sbcxQMCb5EDwsSBwbbJmQOFm49jmWK/euIP1HkxhPwPeiHOEuQNFnxvoZ9xB749Npri/bA"
    "upTX4m0wWgZ8qnwsc8IiBl1iS874HG1WZg2JT6JOuiWx/vjm9dv3t++Ozi77g0wGjXhiLg"
    "T3W7btvbXvIb1Y2b4XN6m28dFE6+07H2Q5EO3DQOCoEyFeERMdTfm5ihwP8c30uA8e29Rn"
    "CJKrX/It6ubMmPHf5ybfqK5u4MrlFRmOguspGaA7G0zh1Jdse/sZU7Ln/cHlM8si3nizRU"
    "UW/nEc+K9R0idCSUN9QuWc2VDoc6YCSLpe5wosTlO1GW8SiQ7EDgLCFNcSl67jcx1zBRGn"
    "L6MqDkJxDbcAeaYE1Q72XZg6u3tVV0szhNqusP2TiZgm/lTndUzW5o9mV5C2iZjqabDaaW"
    "ln6fa2sveUcL/+dR1yTHVZp6n0qq62qjuZEkQ4qxoUW5MJOjo/OwZhfTJxPJPa2FuJiwMJ"
    "3FGdbM+BhqHisYOFKEWoDUStMxClqn8DOKLyKa4JWiwr8W/qH/y/Z+/fC+sIer3g35KI7Q"
    "8tLoVgong52Sf62O5KP90yDTH+cq8KP9yrXGIewLnGeAlmMkWoLEuqkTIJUpbnNRezdmJ0"
    "RKe5XIXLu3BYc7cCd796YxevLAcriWRpqjYLZjv73FQSfEt0jLO8kmEsiHE3VvYaS1F1kd"
    "cNCK9jTzkF+4ZIF7xXKXhvBWSsDlRnyFqcKaM1GAUfbka9ZVgLyHaU9pA8afc4Xr+D74Hk"
    "RrIdLxJmVNSkkKoPRRN9azUO8xrxRxE/82rQ9uZ73uQhLapSvsk1wQFnDwCDjHgPYQOOjM"
    "PhJDE0czwUSbbsuC/+5HPzzCI+ZK0TcgQTGeXThuONsVhuAGp4vCdOlBkwJWksat7i3bM3"
    "Cq6GA+D26dkF/319SYDb+ALKKwBiIVDrFyIDOl/4z6Hmwzj8ow/w44ff3r2LoqmiY0O2HT"
    "Q1yJ43ET6dfP/CzFFK85Wm6kDOnz2g/sAzl3jUUVI001Qt/up2ZHUN6F/LfLc+EfN1Qtrs"
    "lfhwZZv2K/lyQbYnI0u21amL71EED/hBNB1epX2lQuD28vRyltzHoM1wGKXDWftjSffBuv"
    "rVMart8r5qgb7VMoY3rG612R/r6fhcv8vUE0I2reZ0Y+5S2jlNO6d1zo1HO6dp57TurWpq"
    "U59iX5YDuJjVKaIOcrrm7A4hdKJsCM2QdZDP9eNbOpFGcmeuIkkPiiXpQU6S/h5tEHXYnx"
    "tB8oG34xgtUZyTJJ2emtqnRiec2WUqDs6fmHxzKe9uh2lOU+q8mG2eZXCiNHcs15Ck1LPc"
    "5lkGM4s6Rpim6p69rh7lvmUmu89c5hdFzcNXKbDWJVr1KxnqWJqgQsYZAVn8AIkNrog5Ew"
    "azs5RzAbiYYBQahF8gxyV2H/EnsSi4pYBLwvk5tJxdJXs47iNG53bUJGGJu5pe8d/Di1NT"
    "mojmiZ9GmqshAZuFVnGdoEGnse3Y7piqKq3sMfJIb5F2M7jmYLFDQId6sK/uB7mvAeZsyc"
    "n+2cD2a97LZzFfkkM93aD0PGe86djgbaud4vwIm2ESu78Mzy/Fv6dDKDfFFo4LiUSiTEfQ"
    "6brqfR9Fqn5Y/UckFeHNZR439Q+gXW/ada4aztLF9kqtDFCaqJ6slx3gcoKrsK+oiSsJkg"
    "4epw3UDdZAZ1fBkTYd7WACLTrVI/PotgM9blZBLYcT9/Q09mu9uj49e4EmkygTN+QomdFv"
    "EA609vtHYnrF32E6gU1ek5AAsrMybPHR4FfAiFQB39u4+vhv2/H/lIU1mmCtCKTyooLo2P"
    "OhltFk8pw9/w949v+EtXk2uEZT6rM++u3Tu2cMz8gxiLSimhH/Ym3HR1OC5gFhTBaQ08QA"
    "e6+n0hKp74ndJGsW+5jvePLCj4VMTZLsxNK2gfg1s7SLKcza4Ru2U+aiGnMW7SlG8yNIJG"
    "LrZS8S8go68vE3RG3DCkxiHovgWX8dgjuZ/PHvkeDUiHc5il571Pvzn5OJpKxzI0M0nI6G"
    "N1gqOe+sCbTXTkp5qsNrR7tzdFWXzQTm7oJXJMj0/LZ5fj1y79ztNMVpSj3LbZ5lcVMk6M"
    "jPcmnaqzRhu1Nf9W75wz4TDyuKo9EwitrALldq4YIT+GE5oNAOFNZAk0BLO3fzJCm2xBTx"
    "p1OVihNkByIX1/Hp7iR3mphaqx14nKLTTC5nclhJYowNAeGqIRJS2v1VttsR8VsSURDyYe"
    "EwgqJAdYFP8z+xR7guBrsMgC3CzywJdw8vhtd9tK5gBnoclD0HK5HjSeDy5odr2joZGcCm"
    "qgBglq7Nq+LpbL/aMNlVMbBFhsn3hDE8L7RNxrf7W82Ty0RLBcfhiAz5zlp+Q3gK4hyO98"
    "NoEwwlO77vmZCMTuTkAXde6h+L/GSJNh5xrVWZf3Czg2rbZLtsk2VJagqZW5qjRhupXmjb"
    "X0NsnXnOcgx7iiIqkKJrNyhQxzlfZz5sx1zlmf2FfCtYw3H7TpgGy0SpN3//Um6hWEtS7z"
    "5++DlunjVbaKn2O5FqMwlDdsOvsQav2zq/LdJaPoXSWa9Aa4lvb9davETLrVrL7wsMGkLo"
    "uMiC6ZL6fO29EOrBbABlpczTUXBB8AW/NDi7GazvhLjN8OzqCj3fNB+YAxFnaKKjMFPOce"
    "Lu9cy4gszbZ7O8JvOUD7Jdu/kjI+VFGfZ5qz+E3190ObGf/1MrRPt21lQV281HOZd1XGbX"
    "qlAjbPWdO6KU5X1N0HK34nBHRC4/4H5gSDw1OoJtOuPs24caDoAx3ROPzqghshNH7Z0Zwn"
    "YcNyc3LjQzzL6rhbewoksd62B9bPdFlQ4+bf2oXEcfeeT/iCFuhW5ZZm56lam31E6rMGtn"
    "xY7hZznHcO1u21V327YxW/uzdtifVefR1dmhn7y4TlPpoSmDQjnSQkalSL+EWuP9Kni/4B"
    "82Tb7xcCZyxu2wu+TIO7jsq637soVfsPKn2L6LHcPUWZ+l1pyvwnmyxFRSlLuY2WuC7vF3"
    "WCmt9LAkr/Qwp6cq7yNd3jnqPjAho5SaVLKhaC97BUgT+yQ5sxk1KLaeRTsbCt8APSxIVH"
    "kMPJYeMBM3iIm4sE9Ngn4nr8EaAE7wiPpyIKiBMfaMAkUAlKIHcopIR0XnRSH1QpodLqLZ"
    "yLG7CdaRrNyKYT6y5atF/DIRXyTBUkeOM2TtXeElKfVGvVEPHUFqEMzuiAngfsBfw6NMgM"
    "U2I57AhmdcuoOUtmJTh72feJ5ILEJtSNkDnOBXHG8ykYQu7H/4PePXmwdQXj9rqvYunx03"
    "yAaSrzm2jw1fGeHL0rWX1b1bFD0sgodNZL6a4/sovscN2AIxvGIQBwTfDdRmF4E98DXJHN"
    "nr6LJ0qi+qHIUXxSehBFeXOLSW1OeSubG2aFp3/IIuhlXYOixm61CnL/xu/O10BY/vdZZV"
    "AypzdFrXDXWCFrmsfoYg3l6Bw2p4s7/VXZWt21UIsVsHr90MCcQLk5urF4j6LJQaonr2Qu"
    "aOM0rBeiZeX/wNDZ0HWxJ0LBNIGh1LWlcj7T4neKora+gM4NJ96/DYvGGrqmrUYbeHBpSS"
    "7zi/BVrwrdcSyZcpW+eYWOegOAIVkrA+EhWOjFFweXY6e54MFhDQTpSVZ2t6iwZG0/kXtM"
    "x90JFMb2038L942GYz4n0MpOFMuTalQiKF1mM/aj52goqRTRDlY0659HZ9dQO/Lw0IEpph"
    "LsNBjwgSkHIFIwC3YkBosY0I9izKv+2wehP/rLGPbAdZjj3nV78G2KKcDUzAURL8uNHxRr"
    "wTz1hgRtADsX3I88DHujQuAbEenoOAeT3jIw4GN324yb+hpetDQgdGl67oyHy25MImHwiS"
    "z0OSMcz4WMyHgKrTweXxCXrrI8pG/AM0LOyFjzmZhE8HubthwIsLGOTsir+iCb8vhzc3EJ"
    "d1bUCJuunAOOPPcnl9CoXmzKsrndpey7XfjVwbblU72vXzpBrxkKgOysVgH1kIts3Q+6CS"
    "z1eJy1fe40tXOmwwzoWLABK5uyzIJaLQES4kyfK80nsYTj876Le3IcIo6qgkZeBx+PyMi2"
    "WhdwFXPp/Def88PElCSZNOKefd6mSFl5YsO3/tve+7VovO1qjRgpbtXxotqI4W3HLhwVj0"
    "JBhBdKdfhgzgTZttaEDxxGrVtF2q6T3xGFU7yhMkbT7Ld47sqOJgw1uVRHbkXGzgo1LgcN"
    "S8g9xtJOwUXNmILAysOOI6QbL/mOunOShri65+0sPsz/8PiqbXww=="
)
