"""Scan invoicing, for both dialects."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "scan_card" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "company_id" INT NOT NULL UNIQUE,
    "card_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "scan_code" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "company_id" INT NOT NULL,
    "store_id" INT,
    "kind" VARCHAR(8) NOT NULL,
    "amount" VARCHAR(40),
    "items" JSON NOT NULL,
    "expires_at" TIMESTAMP,
    "used_at" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "auto_issue" INT NOT NULL,
    "auto_cap" VARCHAR(40),
    "daily_cap" VARCHAR(40),
    "issuer_account_id" INT NOT NULL,
    "created_by_id" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_scan_code_company_b922d8" ON "scan_code" ("company_id");
CREATE TABLE IF NOT EXISTS "scan_message" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "request_id" INT NOT NULL,
    "company_id" INT NOT NULL,
    "from_shop" INT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "read_at" TIMESTAMP
);
CREATE INDEX IF NOT EXISTS "idx_scan_messag_request_414ef8" ON "scan_message" ("request_id");
CREATE INDEX IF NOT EXISTS "idx_scan_messag_company_6e2ee0" ON "scan_message" ("company_id");
CREATE TABLE IF NOT EXISTS "scan_request" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code_id" INT NOT NULL,
    "company_id" INT NOT NULL,
    "token" VARCHAR(64) NOT NULL UNIQUE,
    "status" VARCHAR(12) NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "items" JSON NOT NULL,
    "buyer_name" VARCHAR(100) NOT NULL,
    "buyer_tax_id" VARCHAR(20) NOT NULL,
    "buyer_is_person" INT NOT NULL,
    "buyer_address_phone" VARCHAR(200) NOT NULL,
    "buyer_bank_account" VARCHAR(200) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "phone" VARCHAR(20) NOT NULL,
    "openid" VARCHAR(64) NOT NULL,
    "invoice_id" INT,
    "reason" VARCHAR(200) NOT NULL,
    "auto_issued" INT NOT NULL,
    "card_status" VARCHAR(12) NOT NULL,
    "card_error" VARCHAR(64) NOT NULL,
    "contact_name" VARCHAR(40) NOT NULL,
    "ip" VARCHAR(45) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "decided_by_id" INT
);
CREATE INDEX IF NOT EXISTS "idx_scan_reques_code_id_9c156c" ON "scan_request" ("code_id");
CREATE INDEX IF NOT EXISTS "idx_scan_reques_company_c21252" ON "scan_request" ("company_id");
CREATE INDEX IF NOT EXISTS "idx_scan_reques_status_3bbf59" ON "scan_request" ("status");
CREATE INDEX IF NOT EXISTS "idx_scan_reques_company_f434ad" ON "scan_request" ("company_id", "status");
CREATE INDEX IF NOT EXISTS "idx_scan_reques_code_id_6f667e" ON "scan_request" ("code_id", "created_at");
CREATE TABLE IF NOT EXISTS "scan_store" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "company_id" INT NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "issuer_account_id" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_scan_store_company_cad48c" UNIQUE ("company_id", "name")
);
CREATE INDEX IF NOT EXISTS "idx_scan_store_company_2393ea" ON "scan_store" ("company_id");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "scan_card" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "company_id" INT NOT NULL UNIQUE,
    "card_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "scan_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "company_id" INT NOT NULL,
    "store_id" INT,
    "kind" VARCHAR(8) NOT NULL,
    "amount" DECIMAL(16,2),
    "items" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "auto_issue" BOOL NOT NULL,
    "auto_cap" DECIMAL(16,2),
    "daily_cap" DECIMAL(16,2),
    "issuer_account_id" INT NOT NULL,
    "created_by_id" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_scan_code_company_b922d8" ON "scan_code" ("company_id");
CREATE TABLE IF NOT EXISTS "scan_message" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "request_id" INT NOT NULL,
    "company_id" INT NOT NULL,
    "from_shop" BOOL NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "read_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_scan_messag_request_414ef8" ON "scan_message" ("request_id");
CREATE INDEX IF NOT EXISTS "idx_scan_messag_company_6e2ee0" ON "scan_message" ("company_id");
CREATE TABLE IF NOT EXISTS "scan_request" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code_id" INT NOT NULL,
    "company_id" INT NOT NULL,
    "token" VARCHAR(64) NOT NULL UNIQUE,
    "status" VARCHAR(12) NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "amount" DECIMAL(16,2) NOT NULL,
    "items" JSONB NOT NULL,
    "buyer_name" VARCHAR(100) NOT NULL,
    "buyer_tax_id" VARCHAR(20) NOT NULL,
    "buyer_is_person" BOOL NOT NULL,
    "buyer_address_phone" VARCHAR(200) NOT NULL,
    "buyer_bank_account" VARCHAR(200) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "phone" VARCHAR(20) NOT NULL,
    "openid" VARCHAR(64) NOT NULL,
    "invoice_id" INT,
    "reason" VARCHAR(200) NOT NULL,
    "auto_issued" BOOL NOT NULL,
    "card_status" VARCHAR(12) NOT NULL,
    "card_error" VARCHAR(64) NOT NULL,
    "contact_name" VARCHAR(40) NOT NULL,
    "ip" VARCHAR(45) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "decided_by_id" INT
);
CREATE INDEX IF NOT EXISTS "idx_scan_reques_code_id_9c156c" ON "scan_request" ("code_id");
CREATE INDEX IF NOT EXISTS "idx_scan_reques_company_c21252" ON "scan_request" ("company_id");
CREATE INDEX IF NOT EXISTS "idx_scan_reques_status_3bbf59" ON "scan_request" ("status");
CREATE INDEX IF NOT EXISTS "idx_scan_reques_company_f434ad" ON "scan_request" ("company_id", "status");
CREATE INDEX IF NOT EXISTS "idx_scan_reques_code_id_6f667e" ON "scan_request" ("code_id", "created_at");
CREATE TABLE IF NOT EXISTS "scan_store" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "company_id" INT NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "issuer_account_id" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_scan_store_company_cad48c" UNIQUE ("company_id", "name")
);
CREATE INDEX IF NOT EXISTS "idx_scan_store_company_2393ea" ON "scan_store" ("company_id");
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztfWtz2ziW9l9B6UvbNYpjy5Zv2dkqJ530ZDuX3sS9PbOtKRkiIQlrimQTpB3NvP3fXx"
    "yQlHgBKUImZYpBPqRkEgckD27nPOf2797CMYnFjm4Mwwlsv3eN/t2z8YLwH9lbfdTDrru+"
    "ARd8PLFEW5xoNGG+hw3oa4otRvglkzDDo65PHZtftQPLgouOwRtSe7a+FNj0j4CMfWdG/D"
    "nx+I3f/8kvU9sk3wiL/3Tvx1NKLDP1stSEZ4vrY3/pimvvbf+daAhPm4wNxwoW9rqxu/Tn"
    "jr1qTcPXnxGbeNgn0L3vBfD68HbRh8ZfFL7pukn4igkak0xxYPmJz52M19d64/Gnz7fjr2"
    "9vx+OeAoMMxwbm8ldl4utn8AovBidnF2eXp+dnl7yJeM3VlYs/w0evGRMSCvZ8uu39Ke5j"
    "H4ctBI/XTHU5f0ier2/m2JMzdkWQ4S1/6SxvY062l7kL/G1sEXvmz4GjxyWc/J+bL2/+dv"
    "PlYHB8CA90+PQPl8Wn6M5A3AJmJ5iLGXt0PHM8x2yuxOQsYT3Mji+sub1evrtn93BYhd/D"
    "YTHD4V6a42SBqaXC6RXBVhyOJmtbGXxWicFnJQw+yzLYpMy18HIs/lbgc5augxP6vAq7z4"
    "u5fZ5jNmVj5uPpNM/o145jEWwXnH0JsgyfJ5yuKUavrjTA6RLOvv78+QP0vGDsD0tceH+b"
    "YfGvH1+//XJwIjjPG1GfJA/HNb+nfC8g5thyZtRmCsJGjm6z3FEX049bLXesWWs5xj1nER"
    "cgZfvzj5wrPl0QOXuztBnumhHxUfxj/zbuElbevv/49uvtzcdfUnP8x5vbt3BnIK4uM1cP"
    "zjObzKoT9Nv7278h+BP97+dPbwU3HebPPPHEdbvb/+3BO+HAd8a28zjGZpIn8eX4Umqkfc"
    "d3x4wYHvFVDogMWfeO4/qPB8EyYsPHS1Sj0iMiS6qPCYVjgi0YzFTHNsdTrgU7niLzpfR6"
    "BBRGgO8SwJMxlmwx5WdJmrKGk6RtMmmXjpKVGmzMsT3barwLutAD3+qBNwLPI7bPx3HhYn"
    "s5VoL+5MRbieRtEyhqEMoBXp3eS7HADOPyLH/neITO7J/JUnD+PX85bBsyfT4Clt+se9ov"
    "Tv8ZT6r46voVPfy4AqcL5hpnBP98Ep5e/FXQp18/fOgJ1k+wcf+I+X5UMAYLspgQj82pK1"
    "FAX0fE737+QiwsvqmQ9R9XHe3vXpZjf2qTmPCX4508kU+/Ea6T+K/DvrrEKphtzsBJzLLU"
    "/MvfWgwW2SvYxjPxSfBseFJsMApM6nO+UftvBKetNPIW/VLLErSFA5ra43ncepOJqXc7J8"
    "ixCfKcR3RATXRyiHw+kuieHyqM/yRI9PgDQxZmPuKr1FseoRvXJWKoUeDCYc8Q9RG1oX0v"
    "w+/6nzCyRRtOwL/NZvzz+Lf0EXMQH75oK0GPHhd7PYb47Arg+UCObRMZ2LYdH00d73797L"
    "64hUd2uN+YiTdBlCGTXzMEn496fW18a5vxjZE/JJsXnRUyNiLoDLx4NRicnl4Mjk/PL4dn"
    "FxfDy+MVi/O3ynj9+v1PwO6UwCoBIfniULbFpYi02aICLiU4JvYgqeBeNsFzpB0S23cw2X"
    "PCfbHI2bh48BZGsVA0CO9WEAvIquFGiSA8eV84trW8Ro9zB5n80H7kJ3af/0/4WenPPSeY"
    "zflf1JjDAWrbxDrKnftP6KfmE7ZsqXTskN3JUVB8FKsjSxpI2gMgScDravBRkqRDp09tlt"
    "ztMLldYHH7pxokuBoeIiqCaYKkg2LpZQWp9LJQKL3MyqShrq3C3jVFB7nbgDEaezNFi/+K"
    "YncM7vV2wt6TQZXpy1sVMljcy7jeEV/q3PhfXz9/KnC6W1FkxRRq+Oj/IYuyxpCD3n9MA1"
    "ssITQJqOVTmx3BY/+zqREoYThwKCWxxHw++Hjz9+wQvPnw+XVWFIEOXme9AHYJ3mQPvyYk"
    "doF3AtARQovowHA88tJ0FvyPlwmM9shdHl4jzh4awpcARroeeaBOwFAMcIp+sG1KQdW6Hz"
    "Ky/TldX3YebXHrSNhdAEK1yAwbSwBymcBXfcJnJZnyR6+hVES+8eVATKHHtQKugu9Vdx1P"
    "Emkvqs0HlyqDNW/LedsSDCo2PUsAqIRVuhh9ShjBdbjTnqlVxTCPathCh8MVTo6rxDvxVs"
    "Uy6nEu4snnT5BN3DIt4JscFdABZfmAMs4sFy+JN76ntiqX04RdnNDnVeZzFo1MTOfzLLs9"
    "MlMEDdYUO9Rpzwa70WoHVaZz8WzOQTKmydUrNlYOQc0Rdg4/GFTamwcle/MgvzdPsH0/Tk"
    "RxV2V3lk5zuwq3sWU5j8QUG67ERa0YtMkRtgO7ged1BruJPmAMjFNZClm67umA9R+i1H5w"
    "qEHGFl1QmZGVGHSBrQK1JkubXQsh8VHUyf4xv4TZP7598/7jzQfO0f4gExATj8NZbtehjA"
    "VcylNVczJkndvhT6uILqfFsstpXnhxXc95wNbYI38E1FMOwJPS6xgwHQOmPTiICoSYOmf4"
    "XHliNMB70cn+Dnl5xER0nD6dR9BLV5mkI3BKWdUoZh8w31kImDwP2sf3+qWofbLVZodRxP"
    "ADMbmSsyQe8qlvEXQwCi7NgTkKzsjF8Sg4H06u+P8DbIyC4dXp2SEEYCB+ZBv3yOX/cR5K"
    "HEjr61diQPg9400VS20RkvpPbWB4RgPDc3nHVdg/9o/N2m7z/dhtWqQt1m+30VC3hrq7y2"
    "3K5ycXdGWWsk156tZ0GvtQwD52nOay1TO6iSyXIgwxYFuhS1lajS/tM77UpLr7Dv9x4/k0"
    "/Oicwpu42y9Teaf4jzFONKyg9c6J5b4wwF2WxFkLvhJico116jkLJFxyoc1LUHNe8gccLf"
    "HCeoVEVlFEzCgjgcfnb+hBu5DpwA09pWaXuhKjSDe9kuryoC3RgTljZo4nSSBUEsyUoOmi"
    "0la7WZV/JFMNaUrSdJDJzfhx2OyRSDI83pJvRQGkK4pO8LjssH/799vUOZ/zzVid9R8+f/"
    "opbp512Egz/J4sIWGfks9Mkka7y5QPyTahTkvbsZcLpSFJ0ughqX1IbL79jNWDWjNkHfRf"
    "agIdDUVQVRePBJUGNxTAjTBt2jaqd5pSK96tU7xlwzxRNJbl6HSSjlYlf3pHrfBL84hGeK"
    "dfimas21QAMnz8DfCBwLPBvj68vCL8/+NTYxRc4GOCHA+Bjf3smF+dXl2EV0fB1eXlGf89"
    "ja3ukOPRJR51zFeASnjEgEyKYb+Myw8LF93dPRCP8efe3cmgjmd7jwruAWCoE2sDloroXb"
    "sIaBeB7rkIJOe5ihF7tTa6oKw3mkMn2j0U+Lum0NzdxF3mYz+QqNjF3F1TtJm7PdPDU7+P"
    "WDBZQOYNs4+wYRBX/IKMHuSR87yPbEJMNl7w9/UofywQ8GZgL+ijsMBWH7mY5jOKNND/jr"
    "Hc6ExXOA4SFLtLBnyyJyfBlM4CT+blXIxWJUjaAVZ1KlUStd3AVxqPNYUejtqHw8VLwZ/c"
    "eJTG4iWonhyFt9W4NJWLvO4YPM4OC3vEHDNsyXahUi7niTWzS5nNtV9TGsULUGEBjxM0ZS"
    "Bhe2SoWth7c/s2h2tPiUeiCj5Vpc4UUfcMCPUnGPOIQfhbqfF4RaI5vJnDC8IYninN4gRJ"
    "51wih5VsYMMSG9gwbwOLg2ZV4foc3e70lT0Cr3Qw8zZH2t7avLRps3PD3Crr29sHIiJ2C0"
    "xw4e3+ZjvcmKxabrTG8U69ZVjYTOTsRc4U4ch61UeP1J8jmJqAzvmOJ1x7o0MYjYLB8ckZ"
    "uieuqG/GH+rlrWwN9K+rtexptZZodioJIikabUDLyyC6BE5nDiNdAqfRldJVU11rghv2xC"
    "C2R1NWQyTNQyS6QMuzm7lapYX9gpeLUj0sbtCvoIm5iba6HsF+bcNakdmtIrOQ5/0oNbyu"
    "iZ7H4PpMRsFtbK4Lvneo+QGuKbT4W6nuwM4thm0W1uo3GIKf3xYgfIJMgx4a9Og+6NEScf"
    "q9SRau4xPbWH4hhuOlBdPCRqViNV03H3vr9puDjmx0d5d41oufyfLuTpgboJQgn8MuHweC"
    "qI9czzEDA/yKGZ9axIyMFLxVlIhXEkpUd+8VAoTuyVJHBOmIoI5sWZlUEioyVNS8iyJqE/"
    "WIp/z5xHM9qpZjMUPWQW7XL6/GdVDUdt8Ukd4gJBtEfJ6qYLZJGo3a1oLaak+4pw7FXiho"
    "bdEmILYoLmIhUySS98t1CGg5pommG9WHUXA5NScQ+39xNQqGp+bJKLi4Or+85jJ+LLgjJ/"
    "BQJN4hAew8hLGMoKVA+kTHE3L+/9zcRv5PeUWiwedUUCkMzqueWExQAkNrF1q76J6VQbUE"
    "r668q4CAxxtIVebG7TuHfZ9UqVx3Uly57iRXuS7akxWYu6bo4NwdVEofXpI9PK+sQTFF5a"
    "DENNV3HZbIiGVtUcQyQ9a9raCJ1IYR09Trv+QIO8fvBsrAaMeERh0T+GRUZG5EoTm7gbPw"
    "6WNVoSxF1LntoX6hl+vcgeFTaWqO0kyzacIdJpuN9be9zTXLnMBTS3+wpuigMFxzSjMdM6"
    "5jxtt2/GmkXAUpfwh3TglGHtfJLkPHV220w/p+bTJlYLJJxnPM5qro3IqovQWVel//dvNi"
    "MDyHyHKwezg2eQEbIIL3fyUuwS9Efa78ThFliM2dR5u3Mwjyndj3ik96Sfh6zX3vOoeRIx"
    "NKS0R/RyqLdkFGagDs1mJSg2IS+eZSfhxvISalKbWY1DoxKZVah21TS4LpQhLlq2fLIqj1"
    "1j9tGY+7tGy0Evl9DHN7fUD2bnvMKec5Nud5/M7xCJ3ZP5OlYPV7/lJYnkI1UrDfrHvaMx"
    "b/GU+j+Op6A/fw40pPz8wuzgH+3STEad/cfH1z8+Pb3p/PBnsU+wZWcgtUcAi8QaJ+AQps"
    "n1pIeAGYr0K1L/wDVEKuG9o+sX1kQ+4yZMyxPSMMHTi2tRT3w/wyh7LaRHV3vxmRyXoDpl"
    "0b+DXePtsmSpAjuSNv7zt+aJijUTkjDQHtCgLSjm8NYgFtTC31fLXK6+cvZWP1Sp5rIl3I"
    "U8G46nh0Rm1sqUmdGaqGlPL925CTUUvh0T2ees5CjbkyUg175Fm8cyfZLD+fV4Jo2EPWIj"
    "NsLJX9iTJk3auMUL+zdwt8kVvGcTVX5Gi3VEfHUoQaAm0zNjYJllt4m6epuqjbNOFuHnJN"
    "3ds8S9c5b9L6nc1DlvF1wJcKG7ucXVvM7xx5BxlfjfNlrC/g/QTb92NsGHKn/02sz1Jrzl"
    "fnPFfYXeIxWQbpUkVfQq01fgWNP+QfWUjTIG+a8Cuy7s30YSUValiiQw1zSlTItC339S7v"
    "53UfpPsWjrjfEuI+BiTuDoppanJvLSYW0XdwX2lAWom4t62gWECueV+F964nkqPZhhXwlx"
    "xLY0dLhUV5Bzr6rrq4KIz4462iorOkOoKXJNeCJDZaMGyLCOkkneZyFS5vw2HN3SpR6FxF"
    "9O5VTsg1RfcOxdNKh+JpyaF4muOwMFuo6zoZss7x+rSKYe602DB3mjPMPRCPTpdj37knEp"
    "CqmNNZuq4Zm8+qhKCfFcegn+WC0F0L+1PHW4w9wr+W+YpqZQF5a/ne+xx4KJHcHt2TJcJ+"
    "IjE8HwwUf9U1BCIil3hxTsh+WCUXG57DGGR99ChhebfSph6y47DGPzyoq2U5WGlKpKnau9"
    "n1bvlw2Bj+whb67y8oemtRTgDcekfB+eXgZBRc4UsDYSaGLx60KOMnEYUHFvkZUHPfG/wi"
    "KgFNJcDHSR75MObEuFf2QUlTtXfsW+Nw6REstcOUyWxYbnvZf/Y2AmR4xByHPFPP0JQn7R"
    "zP65/SU2opuxCvaNptT+y9D+EsvofbCCPx1ogr/9GOzTnuIMuBAg6In+QmvB064LPohUV8"
    "XxzwzCfYlASi1Nnxs4BVLrFNqLuIRfZ9JREyR9neRdb7DaoIYdf1nAd+sDt8ZODkDl8dPW"
    "Lqg2QHmcExH0dzwUfzYBTqfyPe26gHoxf+4qM36klmQiNP2GVaq3g8C0XH4uIRElJdQyK1"
    "QOusIaETavR03rGWAJ575xYbuOaWw5ym1MPc6mHWmQF0ZoDdLpunZAb4wuf7l/dvbstSAy"
    "RSPz0QeHReU4vo3v38hVi4QChPR/y/ha46xPN0PBa1ST1s+kDtPd7Q81zaQZqJN+DCIPIo"
    "FGWbiFv0KySdGBuJxhuTT3y2CfKcR4HNhwGMoHsxAng8OlgS7KG/QKHZB8q3pMNXCFuWY4"
    "iZABkKZ9i1CGNoQgwchAXx0kaCOnsf2aFxgcuQC0hVMeesIDYDYICaJLQ8cB0RnsA/2maR"
    "PglwtOdYFu+HD1pYI5f6FRNZFOaVCL9BBQNYU7Q3/+UzA2zFGScszPzxA7YCWWJ0OisUU9"
    "J0uxNTjpuVUa4Gg9PTi8Hx6fnl8OziYnh5vBJW8rfKpJbX738CwSU1Lu0q/J08fIs3yNXh"
    "vHl7JKumGzdHsHDNKRTXXkLW1nXdvGsUKbJ9xILJgvriZ4howa8w9rMvgExiolEwOB6cSw"
    "1o9XZfc67kspXVsVw5O1hRZfubuoqtVes9UK357uJ4aop1kkTn5ZBgj3Ns20QpuCxB0sGI"
    "kJpNG+rGrecwau2Mu/X7/ZnElwZHFpuM1hTaUlS7pSgWC9USBaaINPq5Gf1MZMR8IvqZSM"
    "C5Zyyuin6mZ1cL86IKjK9YGYshwM26mBW3rLU8zO/J2cbXPxWd6BLkz5kydDUM1VmbJNFb"
    "rCxFnWKMhg5EVwtEd/kLgBVblc9Zui7yuwl/bAjcV/VfTdJ0kc9XVdh8Vczlq1zAuUsMJb"
    "NF1L69DovbxhlVmcFnxRM4H5zIv1IpeD9u3znW1p+k4o8A2z71Jd4TpYG1SbInx9a2DFir"
    "EFo7OOtfVg6thdk4FhkNFJmcJtRsLmezrgCv65TvrYE+JaspzmGdQKLaBF5lv99CZZbStt"
    "iK1PsMoUCeiAmKLN8iSjR6+7hU6sQKCAKsCFEfGY7nEcOXhSQ/sbOG1XWNNGukWSPNFZHm"
    "jwS8Bdmcuj0J0Jy42y/DmRfpdjWjzAmP7jj3mgaZnxNk1jWqG62b1O3EQL1RMJweH4+Ci6"
    "vzy1FwRiYYRUgu4tLDOrEJgVQWlKFwcwmd8dgrRBauv0R/FQ09MqPMJyCLwIfnRZWGn7Vj"
    "lwYdD7jpJO6IN5s45FT92ZJEWoCVubTpADwdgNcuxaBKaV7J1lADb2/WPXWUt+kdsU1K1y"
    "+eYwaGNM4ivtUvU7fcRKMKZY8ZfuBCS0SEHA8Cwx64zBPHaDGRHgZg2T6CeSBCuQIWYAsJ"
    "c4Os1nEtfZZpe9GwCfZobe85tb0WH5v7x2btVbQrryLt5bIDL5d9sgLubRY87e/SXFEW7a"
    "XVpJeW9nNp3M9FF1d59uIqIvlBwLYCZrO0GpptHTTbkgwNX4j5xrGn1FvgaARy4EG2Sb8M"
    "RICMxEa29UY0YRRcEDwYBcPJ8IL/f2qerIwrU8J/nx+fT/mVy3MyCi4n+AzaDIfX6HFOQn"
    "uLqIoIWWcwinTE0BLDr6ySllMfLQIGXiPi9RCW2HWe4zVGdiJPblSlQAAe1EYXAzR3Ao/1"
    "AQwJ7UXhfQu7DLLwwKsNDf4i5Gp6+NS0OBroaAToWK8GvgOoyIUS0lrqVjQCefTyK4NfmZ"
    "6cw+/pRWwZjdeBzKqqTL9jSynlMiTFvuMpmdCTRDuU8MPigqpm9N/mDiT3huzefKOi9jUK"
    "+4H9R+xuknzQlUh2mQUBnATHWznsSSg1ypiXTaPClVthuFJazeSiYtxb8VhGqlksmcc+9g"
    "O1PIArijYjuXGeepAPr4bgqnQ+nFyB2xIcqsOTc/h/esn/vzQHZnx3ffwe9mPxlG/qB3AA"
    "G8aqD3M6yLT1yP8RQ2Q5E2KpmRFLocGDcx9ePz+D0x1e6jB3kuzNWz9LDZ4tqsM8U2WYPf"
    "aTLEilW5zeZ0XQjuw+8LzOZPfR1VgbjbULoYQt6mxIKLULm0S8gDlnbsHfHF2Lg8CejbmA"
    "NG6l4+UJNXvz7CXfXMq35i2MD2lKbXponelBO/9/d8Mcnyjqw5ymrGGYW7Zv7vsot8SO+B"
    "vheqj/mgoFviexIqYb9MtsiI/E4E3Hk0TbmmM/4dnADJfYXALQjsDPaR+LxqIqqBE1bzOY"
    "0Rv1Fu6oh/6KnOmUGhRbKIoaQAcTxz+E0pcLalP+KaIV/H7hes7Mw4u8Vexpfe0YPolWlM"
    "J4rinaPKRb4lP1V7zn3+kocjhB0pD1uFMc1hJxZ2UlHQ7bzPFeErapQwu7EFp4Y9v8zQxR"
    "ua0nEe5T90tlexa4ruP5Y5ylqBBxOAoujOkEnPTMqbAHgqnu7Ay/CsMD7+4WwFxiwzy6ux"
    "Phgo98yJ1H5JFpAO5yljOjNhNRg48e9YkkDVVzj9nsmPc7mJc9P4bOiG2Kn//UCskuFRKf"
    "+mqJaFYEHZRgGwmimzimJJD/lnwrcmeJ2neCv2VC1Nu/35YbUVcy1IfPn36Km2ctqzkfl/"
    "WWoiLOpgi1NNtqaTY+KhSHOEGmB7jVA5yQOfKDXBqJlaHcYQjW6srexmC5wcSibL4VGpCl"
    "3RvTCReBTQ9PfcR1EWqh1Xe8Qo5tLdd/o6QMz6VdjyA2dx5t8Psm9tTxDGLK5Ot6O+/wmo"
    "/xJFX3kRydBipkebs0ztfVg7MlNtF3hJjQU0+CmKzu9augJdNk61ptodr0+Zymz/Zi0HUE"
    "BB6jvyLGj280WSKMQgcAFDDiCSDNCXwomr6yZt7dhabAu7vDvNTwtK4aPknaaPTMjd+OMn"
    "40YI97pkRhbTN71jxp7/l3qEzZuH2bMThIYcgfuOgjFsxmhMHlvojEt3A06Ol4o43Nd12X"
    "hXyTSKPFwGjcvs2D0mZgtHXBf3Ucux4xCH2AuDbDwoxR/nX8N7UfYIbPsM/HAGLbXEtcnz"
    "qW5Tzya+PABQqHETO3UOrpcseLSSt4Wy21fVDwUh5RrrnlMKcp9TC3bpgV9PiEKeQBEEMJ"
    "SB7Rvfv5C7FWuYnkviaxdv72gewlVlbkcfLnLuCOkGklmMeKq9WBjzF5qOwo8hYbcxQe1c"
    "iYY3tGoHgYRnFfiPog8wlnDsgow5tOp1GNjh8Ysh1fkpu6rk41BNMyCEb51NCnRUtPi7R3"
    "p+94qrjamkQDBnnAYOo5i7G6zpQh61yK2wZAAGcLNqeIOgEHNM1mOJJVsJa4fQdm8K6Rlp"
    "UUp7QhZ6i0EXuzt33STvhEd/ukgXLPmFzV3z4zwdrkcP/J8emUGkJN/ez6nwOpQiVp1a+i"
    "VdkJurHj+mMnqOqEH5rYoK4h9pHpgGKDHjEY5jwHmwZmPkr2ztBBypFHYtp7epcje2R/Ee"
    "Aj78QR6heYBrnaBQ5DPjXuSeRChK1HvGTCkqi1sTZqY20xiHeAyxoI/w503pZ4Ot2KPVZ2"
    "REV3Kh1L/rptkz5Ov2d2jIQZgLf8PWHlS97RB8F3eRA0Y6K9jUQU9Dh3EDgDidzZ10J0EX"
    "7QtmO/CCHk2KlJSEcLvOTCC+FtjxC4REWk4BSVk6saeMbI3uR5RY5mR8hyDEibyu8d9sXT"
    "KUNrlyztkbWlei9GNM4C8iJmeX6IEbXBRMFHY9Qb9RAAcGLQb355LxG/6+p0515hts8PiL"
    "HLx0opWDNH2F48R4yNeE+EC5ecRaY+mkKpVLGUuf7DZTZDGKEW0WDRKax1UjD4dT9gx7XW"
    "uu0euNrFuTJrBJ4HLrBxZZlV1ZlQbuI6M4vX6wHMcvItMW4Fg19f101nag8mkK1bZaUnSL"
    "oIiDcRmJ18sxyni6HxDFknuL1rjNzgrJk5niQuvuQsS9C0mem9z7Zwl4Ad5d3Nf6PovQGv"
    "49uJR17OieW+BGXg5RT/cbTEC4sLjOtW19KYgLo63bHdqatup3A+gE/oWGSfI4xx2R9TX7"
    "iB8lMG/EOZY0VOpFIv06162LVTaXj65YevuEJAgmR/awQIaQHKSoZawIKPDp7xpTYhXA4g"
    "K8wdYQaqH8gGGM2DBZcjoaoGmWAowUGGBWJIXR0/c70CcI2e2UQxH3mGqu3SaNKzTeiIU+"
    "rx0Ztj2wxLgMmHuBqZRsLbKO/sAxKuXcK/u2GOxYEtxjlDuje5Ob7LcQ6FvW027SShHuO2"
    "jfFW4R3Y97ExXzw9xiO0TN6sutvfzTwf5pHKHBVJ1HVw62PYV5dY1bxZPDHFCg3k6WlY1V"
    "Q+xmkynRlkV9Opafv3lFpE/M6xtsTTPkHTajTwK4aS2FBx0/HojNrYQvDe6MCkHoEoDMDw"
    "IHkuICeeYwEyAPOaeAx5ZOFwuU2CI9TWazmiNKhSq5q3KsaUBrl61QtiUhwOlsJ4p6laPe"
    "LvYnPxAs+ogSZLn7A+sskD8damZOBGfljVSHdshWb0X5IhKy59HTXXruwyC98cD4bnSrj4"
    "iqLNk39L+14Dk5XvgVxOGd8TJSNThqzNrO79gv15bBMSOwXf2UGyfSCxY3hCfUDxwbDM7z"
    "pP6Wj354eGNQsX1b7ryBJNTs26kCbSJ4/k5ImUKSW2pmg0VzeHpq2du58YmLb2KN8zBlcN"
    "S0tNLXlQmmRXqI2z3cN4sgxOb4ltCvtLj0AhWpQYospQUWKabA7zA9caOL3A6xdHToA/QI"
    "QeFxfMV0L+Cc234DpKWTLkLtGT3GWnpn41YtUuxIpLLnPllBtJGn2IliTdmE4l8H1Z1Yc0"
    "oS76oFD0QVcn2qXbq1ZdvwfVVatYdZ0OWsXajYqlfRH2wMD+3p4430rUpdT9fpm2RKGlmp"
    "IkKoVi8wpqhF4OR8HZlJyAYiOMVWFHyOCD6ZFXQp9xiQcxsfw5SGSzhDoF4scYwmJB3QnH"
    "UpYjpdFHqYfM8/9FqHz6Kihx6rHyr+nse1G+rgaD09OLwfHp+eXw7OJieHm8OgHyt8qOgt"
    "fvf4LTIHWc73VQ/d4dw99PCOqzsTXesFSMlUmaevSx5903GjYJt78IyI6yeJ4OKrD2dFDI"
    "WriVLeUBZURkKSZLkngmaNqMJvQikQrdkyX6C3KxhxcshG85h20GuDPyCH+mx6Iwct8iLw"
    "Eoycs2T+xr90HS4Svmx7U4AnBN0Y4AQHisagBgHbBFI0F3GkHaZij2DkGKlQvFMU6Q6QCQ"
    "to1vS7LXJdOo/uKRKeHHjSHFEwpa9suQhVSyVTdNtBFj+IV4q6RMUHbCJuC37FCDHKFPDv"
    "KcR67/81NSnIzR/GISd7atu9Fm1paZWduiw3eAywkZIlwTSkJdkuZZxTpIdnKETexCKMNR"
    "CPuNow0rZv04flvlvA9fgwkjPvjC3nz4MObC2qdPbz98PUKjHluwUQ/xTYGEm8c1+vrxq0"
    "gfOBFeGybC4YbC396CnVoSs1Fz588sinpkAWPmjU28lMylwvWZo9sdzDZUnA4/Qv7sKDcH"
    "RlNq8ZHkJwY2+Q/hG824qiYGJv6o/Khv2UfDe0D8LDYmNnBUBlWXeVxI6XfoeBHvv3vrd6"
    "GzNmhBv1lB/7M4Gwvr0yVvl4r00RmrUJMOHB+TigDscrxb+gBprR496vvEjg16DKIWBfaF"
    "wwM+OumisnMU4DBAxSRyfjOPgfoKH+iU31ry+XKN7u5cvkHzR97doVEwOLkaoAPDwnxphW"
    "mCRazM8pC3i56darq6Ssy7u1eQVFi8BAUz5RRTK+Cnghv4DN5AVNbj35B8oiixhxHgpB6/"
    "gR84DQwMX/2ivym/PrLv7gAIxD5Aqj7jZOIFRae8J8hHDM+CVzhCN9k3BX3oce4wgvh2z8"
    "jIPri7iz5wzOVoat3dHaI555eLGYgiE2I59kwUn4g+PipmQUFO4WcZZShmEJ7xVV3Z7LpO"
    "/Zb8zmye8tS7ySyzYK/VRtlWGmW7a+USab9MYgZuCO4fBAE1z7hM/w0FtkVYuN24nmMGBl"
    "/KYi0xvoBMwlcwl6W49kQNVJy4uL6ud2x1a40O3zGDsbbDN8LW9huJt9ibRKGCUS9UPo/C"
    "o3TE2416sSJ6FCt04eXQZfAIitwvR73chlRDf9pA3YyBGuTd6L3Zyzgb0tG/5mFK4IPQtg"
    "ySmS9ODWLOSJxgAmLfI6iJfPMl51CDz9GGbW3Y1obtbuIhKWkwqdgpDnSWdn+GuvcWe1Cw"
    "ke+F/L3iVBs2FJaIlHZ0ANq/A+WJQKUHpDhEByTb8FM76/L0iiAQFVUjQbI7ReNYcQJ9Ck"
    "QqaT7YEbTDHN6rhw5iCOaeWpBZekHNFxG6s0RRqVHMRIWb8Dsl86nmvpvOnNTCigKS8zqC"
    "8FQNkBFZH60hutVvKAUQ4ni5IaxOtusKAhFYN1Er9ZGi2mrU2qamNl0hDDg29p17Iqlls4"
    "HRa7IWc7r3BdumsxDBPuKtr1focwK8FrWbfMw/Bzmgahh8c7IdBIA1JOL3qB8WWfCcx/w+"
    "2MgTdqznpsFxVUk6S6ydCNss7EAdkTHxPMfLD3RxAH+aqgOxDbsO4l8dq1uoMFlavcDavM"
    "BiN7KxKS27udlbbkXYDsBoq1JIb6JvCY282AIf8+VatuSXKQvjbsPz0ufKQYTzCduzY4fF"
    "M9em4NShW3/3zwBktcTjAxwM+dBNyE8eljt9ZFr0y1NqRW3Hs1XjSq4fYHJ8Iaqa4QVa9f"
    "JiFbrNx0dEaT9+O/IIn9HMX71WjDCPwAJIXH/UKyiFV/MzwOkjqvaMLct5ZGFgecDmoTgY"
    "dtcHzViUgxUcAUcH5sJjHNsgEHUu/hKuGdvGmseYevRn3KF2aGipQ4O2bjeUpTS9DlRNdr"
    "W6izw3axuGDsRetpU0m6bcHzj+uxRmV0eJ4iAn6bS60rYRbonk+QvfdKeOt7gROS7pv3A0"
    "DjkBVN6wVA51I5IxztFUyFrk428uXoqkqhE9C52FnSkncil2oCJ8qIT0UYSjI4GAhQ7C/I"
    "VA0OOLAPQRWbaiJh6hIxHbFYnIx1hVFFlRtLiO9ZZCyKCKP86g2B1nkPPGSUUKV2Vxiqi9"
    "rsGtydICG42SdShq30ExukpdkuKqJLmaJGBiVmLtiqCDvD2pMnFPiifuSX7iaucwLcDuRI"
    "B9A8CMkLcKRde4STWh1Ui0roSeQjgWYI526JXDiCjld/CPf0C+KM95oIA1/mWV2MKkM+of"
    "XgtB8mT4QvzJifjchHaUSdHTmp8xskODuAhWA+D07u7XX2BGQRTc8eAcfXl7++uXT+8//Q"
    "TpOG1GzdBGThkLQBROxOUJiJUKaHWGXQhueao4HH6c0t68ouicTFHLsVcsJQvb8gO2AslZ"
    "WIZJp+la64XXQmy6bdsn11+p1PKUaVFx81w3VlP1F47tz60l33/OTy8vwxTCo+Dq8socBU"
    "OCz9HjnMSBwbYJmYOFW49jmWL/OuBvFLnxBHwP+iHOEiRNVryrxz5hD3x+7bVFe2Bdymvx"
    "NhhNAz5UPpY5YRGDLrAlZ3yONiuzhsRHUSfdklh/fPvm/cebDwcn5/1BJoNGPDBngvst2/"
    "be2w+QXqxs34ubVNv4aKL15p0PshyI9mEgcNSJEK+IiQ4m/FxFjof4ZnrYB49t6jMEydXP"
    "+RZ1dWJM+e9Tk29UF1dw5fyCDEfB5YQM0L0NpnDqS7a93TxTsuf9zuUzyyLeeL1FRRb+cR"
    "z4r1HSZ0JJQ31C5ZxZU+hzpgJIuprnCixOU7UZbxKJDsQOAsIU1xIXruNzHXMJEaevoioO"
    "QnENtwB5pgTVDnZdmDq7e1VXSzOE2q6weclETBN/qvM6JmvzotkWpG0ipnoSLLea2lm6nc"
    "3sHSXcr39ehxxTndZpKj2rq83qTqYEEc6qBsXW3R06OD05BGH97s7xTGpjbykuDiRwR3Wy"
    "HQcahorHFhaiFKE2ELXOQJSq/g3giMpSXBG0WFbia+of/N+Ljx+FdQS9mfO1JGL7Q4tLIZ"
    "goPk62RJ/aXenSLdMQ45V7UbhwL3KJeQDnGuMFmMkUobIsqUbKJEhZntdczNqK0RGd5nIV"
    "Lm/DYc3dCtz9wxu7eGk5WEkkS1O1WTDb2uemkuBbomOc5JUMY06M+7Gy11iKqou8bkB4HX"
    "vKKdjXRLrgvUrBeysgY3WgOkPW4kwZrcEo+OOm1FuEtYBsR2kPyZN2j+P1O/juSW4k2/Ei"
    "YUZFTQqp+lA00beW4zCvEX8V8TOvBm1uvuNNHtKiKuWbXBHscfYAMMiI7xA24Mg4HA4SQ1"
    "PHQ5Fkyw774k8+Ni8s4kPWOiFHMJFRPm04XhuL5Qaghp/3zIkyA6YkjUXNW7x79kbBxXAA"
    "3D4+OeO/L88JcBufQXkFQCwEan0tMqDzif8Saj6Mwz/6AD9++vXDhyiaKjo2ZNtBUw/Z8S"
    "bCh5PvX5g5Smm+0lQdyPmzA9QfeOYSjzpKimaaqsWrbktW14D+tcx36wsx3ySkzV6JD1e2"
    "ab+SLxdkezKyZBuduvgeRfCAH0ST4UXaVyoEbs+Pz6fJfQzaDIdROpyVP5Z0H6yrXx2j2i"
    "7vqxboWy1jeMPqVpv9sZ6Pz/W7TD0jZNNqTjfmLqWd07RzWufceLRzmnZO696spjb1KfZl"
    "OYCLWZ0i6iCna87uEEInyobQDFkH+Vw/vqUTaSR35iqS9KBYkh7kJOnv0QZRh/25ESQfeD"
    "uO0RLFMUnS6aGpfWh0wplthmLv/InJN5fy7rYY5jSlzovZ5lEGJ0pzy3INSUo9ym0eZTCz"
    "qGOEaaru2evqUe5bZrL7ymV+UdQ8/JQCa12iVb+SoY6lCSpknBGQxQ+Q2OCCmFNhMDtJOR"
    "eAiwlGoUH4GjkusfuIv4lFwS0FXBJOT6Hl9CLZw2EfMTqzoyYJS9zF5IL/Hp4dm9JENM/8"
    "NtJcDQnYLLSK6wQNOo1tx3bHVFVpZY+RJ3qLtJvBNQeL7QM61IN9dTfIfQ0wZ0tO9q8Gtt"
    "/wXr6K8ZIc6ukGpec5403HBm9b7RTnR9gUk9j9ZXh6Lv4/HkK5KTZ3XEgkEmU6gk5XVe/7"
    "KFL1w+o/IqkIby7zuKn/Adr1pl3nquEsXGwv1coApYnqyXrZAS4nuAr7ipq4kiDp4HHaQN"
    "1gDXR2FRxp09EOJtCiUz0yj2460ONmFdRyOHGPj2O/1ovL45NrdHcXZeKGHCVT+g3CgVZ+"
    "/0gMr/g7TCewzmsSEkB2VoYt/jT4FTAiVcB39lx9/Lft+H/OwhpNsFYEUnlRQXTs+VDL6O"
    "7uJXv5H/Du/wlz82RwiSbUZ33065cPLxiekkMQaUU1I75ibcdHE4JmAWFMFpDTxAN2Xk+l"
    "JVLfM7tJ1iz2Md/x5IUfC5maJNmKpW0D8WtmaRdTmLXDN2yrzEU15izaUYzmZ5BIxNbLrh"
    "PyCjrw8TdEbcMKTGIeiuBZfxWCe3f3+79HglMj3uUo+uxR789/3t1Jyjo38oiG09HwBgsl"
    "550VgfbaSSlPdXjtaHeOruqymcDcbfCKBJke3zaPr0cenPuthjhNqUe5zaMsbooEHflRLk"
    "17lSZsd+qr3g1/2RfiZUVxNBpGURvY5UotXHACPywHFNqBwhpoEmhp626eJcWWGCL+dqpS"
    "cYJsT+TiOpbuVnKniam13ILHKTrN5HImh5UkxtgQEK4aIiGl3V1luy0RvwURBSEf5w4jKA"
    "pUF/g0/xN7hOtisMsA2CL8zJJw9/BseNlHqwpmoMdB2XOwEjmeBC5v/nFNWycjA9hEFQDM"
    "0rV5Vjyf7VcbJrsqBrbIMPmRMIZnhbbJ+HZ/o3lykWip4DgckSHfWclvCE9AnMPxfhhtgq"
    "Fkx/c9E5LRiZw84M5L/UORnyzRxiOutSzzD272odo22S7bZFmSmkLmluao0Uaqa237a4it"
    "U89ZjGFPUUQFUnTtBgXqOOfrzIftmMs8s2/Jt4I5HLfvhGmwTJR6+/fbcgvFSpL68PnTT3"
    "HzrNlCS7XfiVSbSRiyHX6NNXjd1vFtkdbyJZTOegVaS3x7s9biJVpu1Fp+m2PQEELHRRZM"
    "FtTnc+9aqAfTAZSVMo9HwRnBZ/zS4ORqsLoT4jbDk4sL9HLdfGAORJyhiQ7CTDmHibuXU+"
    "MCMm+fTPOazHO+yGbt5veMlBdl2Oetfhd+f9HlxH7+T60Q7dpZU1VsN5/kXNZxmV2rQo2w"
    "1XfuiVKW9xVBy92Kwx0RufyA+4Eh8dboALbpjLNvH2o4AMb0QDw6pYbIThy1d6YI23HcnN"
    "y40Mxjdl0tvIUVXeqYB6tjuy+qdPBh60flOvrII/9HDHErdMsyc8OrTL2hdlqFUTspdgw/"
    "yTmGa3fbrrrbto3Z2p+1w/6sOo+uzg797MV1mkoPTRkUypEWMipF+iXUGu9XwfsF/7Bp8o"
    "2HM5EzbovdJUfewWlfbd6XTfyCmT/B9n3sGKbO+iy15nwVzpMFppKi3MXMXhF0j7/DSmml"
    "hyV5pYc5PVV5H+nyzlH3gQkZpdSkkjVFe9krQJrYJ8mZTqlBsfUi2tlQ+AXocU6iymPgsf"
    "SImbhBTMSFfWoS9Bt5A9YAcIJH1JcDQQ08Y8coUARAKXogp4h0VHReFFIvpNnhIpqNHLvr"
    "YB3JzK0Y5iObvlrELxPxRRIsdeQ4Q9beGV6SUm/UG/XQAaQGweyemADuB/wzPMoEWGwz4g"
    "lseMqlO0hpKzZ12PuJ54nEItSGlD3ACX7F8e7uJKELu3/8jvHr9Qsoz58VVXunz5YbZAPJ"
    "1xzbx4avjPBl6drL6t4Nil4WwcsmMl/N8EMU3+MGbI4YXjKIA4J1A7XZRWAPrCaZI3sdXZ"
    "YO9VmVo/Cs+CSU4OoSh9aS+lwyN9YWDeuWK+hsWIWtw2K2DnX6wu/G305X8PheR1k1oDJH"
    "p3XdUCdokcvqVwji7RU4rIY3+xvdVdmqXYUQu1Xw2tWQQLwwubq4RtRnodQQ1bMXMnecUQ"
    "rmM/H64m9o6DzakqBjmUDS6LOkdTXS7nOCp7qyhs4ALt239o/Na7aqqkYddntoQCn5jvNb"
    "oDnfei2RfJmyVY6JVQ6KA1AhCesjUeHIGAXnJ8fTl8lgAQHtRFl5Nqa3aOBpOv+Clrn3Op"
    "LphnjUmMtkwuhOqUCI1202CYPFA6tzFbRLiHogHqNqFrkESQfP/MGwCmTGW5X4auRAM1hU"
    "ChyOmneQu404kgI4TWSOXcU+1AmS3XtRP89BWZu/9LMeZn/+f6yoyX0="
)
