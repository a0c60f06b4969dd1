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
    "eJztXetz27h2/1cw+rL2VHFsWfIjaTvjZJ296eaxTXy7d7rakSESklBTJJcg7ai3+d+LA5"
    "ISHyBNyKRMMfiSyCQOCB6AwDm/8/pnb+mYxGJHV4bhBLbfe4X+2bPxkvAf2Vt91MOuu7kB"
    "F3w8tURbnGg0Zb6HDehrhi1G+CWTMMOjrk8dm1+1A8uCi47BG1J7vrkU2PSvgEx8Z078Bf"
    "H4jT/+5JepbZJvhMV/uneTGSWWmRosNeHZ4vrEX7ni2nvbfycawtOmE8OxgqW9aeyu/IVj"
    "r1vTcPhzYhMP+wS6970Ahg+ji140fqNwpJsm4RATNCaZ4cDyE687nWyu9SaTT59vJl+vby"
    "aTngKDDMcG5vKhMvH2cxjCi8HJ8Hx4cXo2vOBNxDDXV86/h4/eMCYkFOz5dNP7Lu5jH4ct"
    "BI83THU5f0ier28X2JMzdk2Q4S0fdJa3MSfby9wl/jaxiD33F8DR4xJO/tfVl7d/u/pyMD"
    "g+hAc6fPmHn8Wn6M5A3AJmJ5iLGXtwPHOywGyhxOQsYT3Mji9suL35fHfP7tGoCr9Ho2KG"
    "w700x8kSU0uF02uCrTgcLda2MnhYicHDEgYPsww2KXMtvJqIvxX4nKXr4II+q8Lus2Jun+"
    "WYTdmE+Xg2yzP6jeNYBNsFZ1+CLMPnKadritHrKw1wuoSzbz5//gA9Lxn7yxIX3t9kWPz3"
    "j2+uvxycCM7zRtQnycNxw+8Z3wuIObGcObWZgrCRo3tc7qiL6cetljs2rLUc446ziAuQsv"
    "35Z84Vny6JnL1Z2gx3zYj4KP6xfxt3CStv3n+8/npz9fG31Br/+ermGu4MxNVV5urBWWaT"
    "WXeCfn9/8zcEf6L//vzpWnDTYf7cE0/ctLv57x6MCQe+M7Gdhwk2kzyJL8eXUjPtO747Yc"
    "TwiK9yQGTIuncc1388CJYRG15eohqVHhFZUn1MKBwTbMlgpTq2OZlxLdjxFJkvpdczoDAD"
    "fJcAnkywZIspP0vSlDWcJG2TSbt0lKzVYGOB7flW813QhZ74Vk+8EXgesX0+j0sX26uJEv"
    "QnJ95KJG+bQFGDUA7w6uxOigVmGJdn+TvHI3Ru/0pWgvPv+eCwbcj0+QhYfrvpab84/T1e"
    "VPHVzRA9/LAGpwvWGmcEf30Snl58KOjT3z986AnWT7Fx94D5flQwB0uynBKPLagrUUDfRM"
    "Tvfv1CLCzeqZD1H9cd7e9elmN/apOY8sHxTp7Ip98J10n8N2FfXWIVrDZn4CRWWWr95W8t"
    "B8vsFWzjuXgleDY8KTYYBSb1Od+o/TeC01YaeYt+qWUJ2sIBTe3JIm79mImpd7MgyLEJ8p"
    "wHdEBNdHKIfD6T6I4fKoz/JEj0+BNDFmY+4l+ptzpCV65LxFSjwIXDniHqI2pD+16G3/U/"
    "YWyLNpyAv5vN+Ovxd+kj5iA+fdFWgh48LvZ6DPHVFcDzgRzbJjKwbTs+mjne3ebZfXELj+"
    "1wvzETI0GUIZNfMwSfj3p9bXxrm/GNkb8kmxedFzI2IugMvHg5GJyeng+OT88uRsPz89HF"
    "8ZrF+VtlvH7z/hdgd0pglYCQ/ONQtsWliLTZogIuJTgm9iCp4F62wHOkHRLbd7DYc8J9sc"
    "jZuHhwDbNYKBqEdyuIBWTd8FGJIDx5Xzi2tXqFHhYOMvmh/cBP7D7/l/Cz0l94TjBf8L+o"
    "sYAD1LaJdZQ795/QT80nbNmn0rFDdidHQfFRrI4saSBpD4AkAa+rwUdJkg6dPrVZcrfD5H"
    "aBxe2fapDganiIqAimCZIOiqUXFaTSi0Kh9CIrk4a6tgp7NxQd5G4DxmjszRUt/muK3TG4"
    "19sJe08GVZYvb1XIYHEv43pHfKlz4398/fypwOluTZEVU6jho/9DFmWNIQe9f50FtviE0D"
    "Sglk9tdgSP/femZqCE4cChlMQS8/ng49U/slPw9sPnN1lRBDp4k/UC2CV4kz38mpDYBd4J"
    "QEcILaIDw/HIS9NZ8j9eJjDaI3d1+Apx9tAQvgQw0vXIPXUChmKAU/SDbVMKqtb9kLHtL+"
    "jmsvNgi1tHwu4CEKpF5thYAZDLBL7qE74qyYw/egOlIvKNfw7EFHpcK+AqeF911/Ekkfai"
    "evzgUmWw5m05b1uCQcWmZwkAlbBKF6NPCSO4DnfaM7WqGOZRDVvocLjCyXGVeCfeqlhGPc"
    "5FPPn8CbKFW6YFfJOjAjqgLB9Qxpnl4hXxJnfUVuVymrCLC/qsynrOopGJ5XyWZbdH5oqg"
    "wYZihzrtcLAbrXZQZTkXr+YcJGOaXL1iE+UQ1Bxh5/CDQaW9eVCyNw/ye/MU23eTRBR3VX"
    "Zn6TS3q3AbW5bzQEyx4Upc1IpBmxxhO7AbeF5nsJvoBSbAOJVPIUvXPR2w/kOU2vcONcjE"
    "oksqM7ISgy6xVaDWZGmz30JIfBR1sn/ML2H2z9dv33+8+sA52h9kAmLieRjmdh3KWMClPF"
    "U1J0PWuR3+tIroclosu5zmhRfX9Zx7bE088ldAPeUAPCm9jgHTMWDag4OoQIipc4avlSdG"
    "A7wXnezvlJdHTETH6dN5BL10lUk6AqeUVY1i9gHznaWAyfOgfXyvX4raJ1s97jCKGL4nJl"
    "dyVsRDPvUtgg7GwYU5MMfBkJwfj4Oz0fSS/zvAxjgYXZ4ODyEAA/Ej27hDLv+H81DiQFpf"
    "vxIDwh8Zb6pYaouQ1D+1geEZDQzP5R1XYf/YPzZru82PY7dpkbZYv91GQ90a6u4utylfn1"
    "zQlVnKHstTt6HT2IcC9rHjNJetXtFNZLkUYYgB2wpdytJqfGmf8aUm1d13+K8rz6fhS+cU"
    "3sTdfpnKO8N/TXCiYQWtd0Es94UB7rIkzlrwlRCTa6wzz1ki4ZILbV6CmvOSP+BohZfWay"
    "SyiiJiRhkJPL5+Qw/apUwHbugpNbvUlRhFuumVVJcHbYkOzBkzdzxJAqGSYKYETReVttrN"
    "qvwlmWpIU5Kmg0xuxo/DZg9EkuHxhnwrCiBdU3SCx2WH/fU/blLnfM43Y33Wf/j86Ze4ed"
    "ZhI83wO7KChH1KPjNJGu0uUz4l24Q6rWzHXi2VpiRJo6ek9imx+fYzUQ9qzZB10H+pCXQ0"
    "FEFVXTwSVBrcUAA3wrRp26jeaUqteLdO8ZZN81TRWJaj00k6WpX86R21wjfNIxrhnX4pmr"
    "FpUwHI8PE3wAcCzwb7+ujikvB/j0+NcXCOjwlyPAQ29uExvzq7PA+vjoPLi4sh/z2Lre6Q"
    "49ElHnXM14BKeMSATIphv4zLD0sX3d7eE4/x597eyqCOZxtHBfcAMNSJbwM+FdG7dhHQLg"
    "LdcxFIrnMVI/b62+iCst5oDp1o91Dg74ZCc/cx7jIf+4FExS7m7oaizdztmR6e+X3EgukS"
    "Mm+YfYQNg7jiF2T0IA+c531kE2KyyZKP16P8sUDAm4G9oI/CAlt95GKazyjSQP87xnKjM1"
    "3hOEhQ7C4Z8MmenAQzOg88mZdzMVqVIGkHWNWpVEnUdgNfaT42FHo6ap8OF68Ef3LzURqL"
    "l6B6chTeVvPSVC7yumPwODss7BFzwrAl24VKuZwn1swuZTbXfk1pFC9AhQU8TtCUgYTtka"
    "FqYe/VzXUO154Rj0QVfKpKnSmi7hkQ6k8w5hGD8FGp8XhNojn8OIeXhDE8V1rFCZLOuUSO"
    "KtnARiU2sFHeBhYHzarC9Tm63ekrewRe6WDmbY60vbV5adNm56a5Vda363siInYLTHDh7f"
    "7jdrgJWbd81BrHO/VWYWEzkbMXOTOEI+tVHz1Qf4FgaQI65zuecO2NDmE0DgbHJ0N0R1xR"
    "34w/1Mtb2RroX1dr2dNqLdHqVBJEUjTagJaXQXQJnM4cRroETqNfSldNda0JbtgTg9geLV"
    "kNkTQPkegCLc9u5mqVFvYbXi1L9bC4Qb+CJuYm2up6BPu1DWtFZreKzFKe96PU8Loheh6D"
    "6zMZBbexuS753qHmB7ih0OJvpboDO7cYtllYq99gCH5+W4DwCTINemjQo/ugR0vE6fcmWb"
    "qOT2xj9YUYjpcWTAsblYrVdNN84m3aPx50ZKPb28SzXvxKVre3wtwApQT5Gnb5PBBEfeR6"
    "jhkY4FfM+NIiZmSk4K2iRLySUKK6e68QIHRHVjoiSEcEdWTLyqSSUJGhouZdFFGbqEc848"
    "8nnutRtRyLGbIOcrt+eTWug6K2+6aI9AYh2SDi81QFs03SaNS2FtRWe8I9dSr2QkFrizYB"
    "sUVxEQuZIpG8X65DQMsJTTR9VH0YBxczcwqx/+eX42B0ap6Mg/PLs4tXXMaPBXfkBB6KxD"
    "skgJ37MJYRtBRIn+h4Qs7/r6ubyP8pr0g0+JwKKoXBedUTHxOUwNDahdYuumdlUC3Bqyvv"
    "KiDg8QZSlblx+85h3ydVKtedFFeuO8lVrov2ZAXmbig6uHYHldKHl2QPzytrUExROSgxTf"
    "VDhyUyYllbFLHMkHVvK2gitWHENPX6LznCzvG7gTIw2jGhUccEvhgVmRtRaM4+wll49Ymq"
    "UJYi6tz2UL/Qy3XuwPCpNDVHaabZNOEOk83G+tve5pplTuCppT/YUHRQGK45pZmOGdcx42"
    "07/jRSroKU34c7pwQjj+tkl6Hj6zbaYX2/NpkyMNkkkwVmC1V0bk3U3oJKva9/u3oxGJ1B"
    "ZDnYPRybvIANEMH4X4tL8AtRnyu/M0QZYgvnwebtDIJ8J/a94oteEr5ec9+7zmHkyITSEt"
    "HfkcqiXZCRGgC7tZjUoJhEvrmUH8dbiElpSi0mtU5MSqXWYdvUkmC6kET517NlEdR665+2"
    "jMdd+my0EvljTHN7fUD2bnvMKec5Nud5/M7xCJ3bv5KVYPV7PigsT6EaKdhvNz3tGYu/x8"
    "sovrrZwD38sNbTM6uLc4C/Nwlx2rdXX99e/Xzd+/5ssEexb2Alt0AFh8ArJOoXoMD2qYWE"
    "F4D5OlT7wj9AJeS6oe0T20c25C5DxgLbc8LQgWNbK3E/zC9zKKtNVHf3jyMyWW/AtGsDv8"
    "bbZ9tECXIkd+TtfccPDXM0KmekIaBdQUDa8a1BLKCNqaWer1Z5/fylbKJeyXNDpAt5KhhX"
    "HY/OqY0tNakzQ9WQUr5/G3Iyaik8uiczz1mqMVdGqmGPPIt37iSb5efzShANe8haZI6Nlb"
    "I/UYase5UR6nf2boEvcss4ruaKHO2W6uhYilBDoG3GxqbBagtv8zRVF3WbJtzNQ66pe5tn"
    "6TrnTVq/s3nIMv4d8E+FTVzOri3Wd468g4yvxvky1hfwfortuwk2DLnT/2Osz1JrzlfnPF"
    "fYXeIxWQbpUkVfQq01fgWNP+QfWUrTID+24Ndk3Vvpo0oq1KhEhxrllKiQaVvu613ez+s+"
    "SPctHHG/JcR9DEjcHRTT1OLeWkwsou/gvtKAtBJxb1tBsYBc874K711PJEezDSvgg5xIY0"
    "dLhUV5Bzr6rrq4KIz4k62iorOkOoKXJL8FSWy0YNgWEdJJOs3lKlzehsOau1Wi0LmK6N2p"
    "nJAbiu4diqeVDsXTkkPxNMdhYbZQ13UyZJ3j9WkVw9xpsWHuNGeYuycena0mvnNHJCBVMa"
    "ezdF0zNg+rhKAPi2PQh7kgdI9gKRBYtmlgOfi3/wu5EUnaI+Yk5Jl6ipA8aed4Xr8T24xa"
    "yj5sa5p2A9q996E+ZSJqI4zEqBGXPqMEpJzjDrIcyCCO7h1qwujQAV9FLyzi+/wi5RNBsC"
    "nxhK6z42fRllxim1D4C4v0zypfWZ6yvR9Z73coY4Fd13PusYUcPjMQ+xwOHT1g6vM3Ealp"
    "MZ9Hc8ln82AcCiBj3tu4B7MX/uKzN+5JVkIjT9hlXpV4Pl28shws2QmKs5dLSHUS89QHWm"
    "cScx3R3dOJb1qice+dX1bgmltOc5pST3Orp1mHpurQ1N1+Nk8JTf3C1/uX929vymJTE7lH"
    "7gk8Oq+pRXTvfv1CLFwglKdDTq/vyV4u6yKepwMCqE3qYdMHau/xhp7n0g7inN+CDU0E8h"
    "aFO8ct+hWinidGovGj0c+fbYI85wG5XMMOI2hA92L8P4g/XhHsoX+BSof3lG9Jh68RtizH"
    "ECsBUmTNsWsRxtCUGDgIKzKlFL1aex/bYQ4uLkNCIXa04KwgNgNggJokTNDFdUR4An9pm0"
    "X6JJRu9BzL4v3wSQuLNFK/YiR1YWBz+A4qGMCGor0J2J4ZYCsOebYw8yf32ApkmXnpvFBM"
    "SdPtTkw5blZGuRwMTk/PB8enZxej4fn56OJ4Lazkb5VJLW/e/wKCS2pe2lV5Nnn4Fm+Q68"
    "P58e2RrJs+ujne8C1lQaG66wrSBm4KN71CkSLbRyyYLqkvfoaIFvwKg4/6AsgkJhoHg+PB"
    "WW53rL/7mpN1ln1ZHUvWsIMvqmx/U1extWq9B6q1roJeP/a4wLZNlKIbEiQddEmu2bShbt"
    "x6DqPWzrhbv+OJSXxpdE6xyWhDoS1FtVuKdGXnnaCfiZRsT0Q/Exng9ozFVdHP9OpqYWI+"
    "gfEVK2MxBPi4LmbFLWutT/BHcrXx75+KTnQN3OfMWbeehuqsTZLoLVaWI0nRSVhHQqpFQr"
    "p8AGDFVuVzlq6L/K4UCHlSEgl5kg+FhMhRVf/VJE0X+XxZhc2XxVy+zEU8usRQMltE7dvr"
    "sLito3uVFTwsXsD56Bj+lkrRo3H7zrG2/ijpvwJs+9SXeE+URnYlyZ4c3NUyYK1CbNdg2L"
    "+oHNsFq3EiQmoVmZwm1GwuZ7MuQawL5e6tgV5Xem5+Aa/TL2+hMktpW2xF6n2GUCBPxARF"
    "lm9w44lHH9fqm1oBQYAVIeojw/E8YvgsH1by1M4aVtc10qyRZo00V0SaPxLwFmQL6vYkQH"
    "Pibr8MZ16m29WMMic8uuPkPxpkfk6QWRdJ3UGRVB301XGXJbGTqTotJYm0lCLzW9JRVjrK"
    "ql3SX5UCgJKtoQbeXm166ihv0ztimyTr3zzHDAypM318q1SmdhONKhRXZPiea+QREXI8iP"
    "655zpHHIjDRA4QwN76CNaBiNcJWIAtJDBlWUXFWvosE+mjaRPs0SL9c4r0LT4294/N2nVk"
    "V64j2pVhB64M+2Tq2dtUZ9qpobnU79oVp0lXHO3M0Lgzg07h/uwp3EWEe8C2AmaztBqabR"
    "0025Iw/C/EfOvYM+otcTQDOfAg26RfBiJA2lkj2/pRNGEcnBM8GAej6eic/3tqnvArl2cX"
    "42A4I/z32fHZjF+5OCPj4GKKh9BmNHqFHhbEDm3/UHsJUotgFOmIyIE7/IprYX/meEvwCl"
    "gGDFwDxPAQzgEQzzOMsZ1IhuoR/nXxuwB4UBudD9DCCTzWBzAEnhDft7DLINUKDG1k8IGQ"
    "y9nhU3OfaKCjAaAD3FImW7mISCg15JE/KKNaPVsBSlJazeSi+oNb8VhGqlksWcc+9gO1zF"
    "NrijbDSnFmZDisLkfHx/wcHU0v+ZE1G434vydn8O/sgv97YQ7M+O7mlD3sx2clMaGP0alh"
    "rPswZ4NMW4/8DzFEXh1xRpqZMxIa3Dt34fWzIRziMKjDnDCwN6PeMW60dT2CZ6pFsMeeOQ"
    "XJG4sTSqwJ2pFPAp7XmXwSugBVo9EdoV6zRWZ3CaX2p5GIF7DmzC34m6NrcdjBszEXYI+t"
    "dLw8oWZvnr3km0v51rwFEpqm1Dho63BQ7Yn8w01zfKKoT3OasoZpbtm+ue+z3BKjxu+E66"
    "H+GyoU+J7EpJFu0C8zaDwQgzedTBNta442gmcDM1xicwlAeyU+J1gfzUVVUCNq3mYwozfu"
    "Ld1xD/0bcmYzalBsociFGR1MHf8Qiq0tqU35q4hW8PuF6zlzDy/zBrKn9bVj+CT6ohTmc0"
    "PR5indEp86G1Zg8NmwkMFwK+eM4yhyOEFSS4HdjnNYS8SdlZV0bF4zx3tJDJmOc+pCnNOV"
    "bfORGaJWUE8i3Kful8r2LHBdx/MnOEtRIfxpHJwbsyl4DJkzYQ8EU91wiF+HsUq3t0tgLr"
    "FhHd3eitilBz7lzgPyyCwA3x3LmVObiRCmB4/6RJL4pLnHPO4l9AeYlz0/hs6IbYqff2qF"
    "ZJcKiU99tdQHa4IOSrCNRPRMHVMSVXxDvhW5s0TtO8HfMiHq+h835UbUtQz14fOnX+LmWc"
    "tqzsdls6WoiLMpQi3NtlqajY8KxSlOkOkJbvUEJ2SO/CSXhoVkKHcYD7K+srcBIW4wtShb"
    "bIUGZGn3xnTCRWDTwzMfcV2EWmj9Hq+RY1urzd8oKcNzadcjiC2cBxv85ok9czyDmDL5ut"
    "7OO/zNx3iSqvtIjk4DFbIkQhrn6+rB2RKb6DtCTOipJ0FM1vf6VdCSWbJ1rbZQbfp8TtNn"
    "ezHo/WPz8+e5aZuhrGa23vH3UIHF4vZtRm0gAxd/4BKKQ8/nhMHlvggktXA06ekIlUeb7z"
    "p3PPkmkV+KobS4fZsnpc1QWuvCxWrYqHseMQgV1dANCzNG+dtBZXT7Hlb4HPt8DiAayrXE"
    "9ZljWc4DvzYJXKBwGDFzH0o9Xeq0vPvwqe2DSpDyoXHNLac5TamnuXXTrKD5JcDze8CYJL"
    "BqRPfu1y/EWqfWkHsnxPrc9T3ZS3SlyEfh+y4U5JBpJVrymqvVVeUJua/sWnCNjQUKj2oE"
    "Be7nBAqcYBT3hagPMp8w/0NGEN50NkNhQYSfGLIdX5Jata5OtdLeMqVd+dTQp0VLT4u0P6"
    "DveKpIzIZEAwZ5wGDmOcuJus6UIetchsYGQABnCzaniDoBBzTNZjiSVbCWuH0HVvCukZa1"
    "FKe0IWeotNnzcf/spGXpiQ7aSZPWnjG5qod2ZoG1yUX7k+PTGTWEmvrZ9T8HUoVK0qpfRa"
    "uyE3QTx/UnTlDVbTs0VzGu42AfmQ4oNugB2z6aeg42Dcx8lOydoYOU68ehxIXkyV2O7bH9"
    "RYCPvBNHqF8BE2oXuJj41LgjkdMJth7wiiHG6bQ21kZtrC0m1A5wWQPhP4DO2xLfmBuxx8"
    "qOqOhOpWPJ37Rt0ivmj8yOkTAD8JZ/JKx8yTv6IPghD4JmTLQ3kYiCHhYOgph5KM3th1W5"
    "hees7dgvQgg5zg8gpKMlXnHhBepz5+WomvrU3jx1TCyXPY3A87icuc5jvs5xHm5zXMRl8T"
    "QdcKaDKweaQcU2mCKJnFxv102n4g2mkI5VBcFKkHQRv2oi8i45shyni5GsDFknuL1rSIvr"
    "omTueJLAx+IVnqRpM9N7n21h3YQd5d3Vf6Jo3KBe8+3EIy8XxHJfwtn9cob/OlrhpYVubz"
    "etXt3eSvavujrdMUzcVS8xOB/AhWsi0gsRxvr82KC+8Nripwy4czHHiny+pE5hW/Wwax+w"
    "8PTLT19xCugEyf4mgRbSAhQxAmcFLuPx2eGaG0NTwuUAsobIEGaQEh1kA4wWAdfvRNp0Ms"
    "WQY52MCsSQujp+5oTU4Mk4t4liwtkMVdul0aQjilANZtTjs7fAtmkJDUE+xdXINHDVRnln"
    "H4Ar7cH5w01zLA5sMc8Z0r0Jvv4h5zkU9rbZtJOEeo7bNsdbeWNj38fGYvl0l+zQkHC17m"
    "5/N/O8V3YqNUgkUdfBrY9hX11iVfNWrMQSK7RnpZdhVcvWBKfJdOj3rpZT0+aqGbWI+J1j"
    "bYljbIKm1WjgV2xTn0JJNcejc2pjC8G40YFJPQJO04DhQXZEQE48xwJkANY18RjyyNLhcp"
    "sER6it13JEaXBRBVIaXBRjSnDve2aLNikOJ0thvtNUrZ7xd56zFFDOEs+pgaYrn7A+ssk9"
    "8dAsvgfcyE+rGumOk0Ez+r+SKSuubRo1156nMgvfAg9GZ0q4+JqizYt/S/teA4uV74FcTp"
    "ncESUjU4aszazu/Yb9RWwTEjsF39lBsr0nsR9nQn1A8cGwyu86T+lo9+eHhjULP6p915El"
    "mpyadSFNpE8eyckTKVNKbE3RaK4+Hkmy8cV8YhzJxgF0zxhcNYoktbTkMSSSXaE2znYP48"
    "kyOL0ltilKJz0DhWhRYooqQ0WJZfJ4VA641sDphaiNcOQE+BME1HBxwXwt5J/QfOvwhpQl"
    "I2QSPclddmrqVyNW7UKsuOSyUI6QT9LoQ7QkRn42k8D3ZWm904Q6q7dCVm9dfmKXbq9adf"
    "0RVFetYtV1OmgVazcqlvZF2AMD+3t76nwrUZdS9/tl2hKFlmpKkigFh81LKAJ3MRoHwxk5"
    "AcVGGKvCjpDBJ9Mjr4U+4xIPOYHPn4NE8jl0cHsrfvB1CIXiGArnUpbSoNFHqUe4QlVsiG"
    "xNXwUlTj209Q2d/yjK1+VgcHp6Pjg+PbsYDc/PRxfH6xMgf6vsKHjz/hc4DVLH+V7HwO7d"
    "MfzjhKA+G1vjDUvFWJmkqUcfe959o2GTcPtz9u8o6d7poAJrTweFrIVb2cz7kPVflhGuJO"
    "degqbNaEIvEqnQHVmhf0Eu9vCShfAt57DNAHdGHuHP9FgURu5b5CUAJXnZ5ol97T5IOhxi"
    "fl6LIwA3FO0IAITHqgYA1gFbNBJ0pxGkbaZi7xCkWLlQnOMEmQ4Aadv8tiTZVDLr4W8emR"
    "F+3BhSPKGgZb8MWUjlRnTTRI9iDL8R70WcXAeyxNsE/JYdapAj9MlBnvPA9X9+SoqTMVpf"
    "kqr123ejzawtM7O2RYfvAJcTMkT4TSgJdUmaZxXrINnJETaxC6EMRyHsN4k2rJj1k3i0yn"
    "kfvgZTRnzwhb368GHChbVPn64/fD1C4x5bsnEP8U2BhJvHK/T141eR/WsqvDZMhMMNhY/e"
    "gp1aErNRc+fPLIp6ZAlz5k1MvJKspcLvM0e3O5htpLgcfoZ0t1FuDoxm1OIzyU8MbPIfwj"
    "eacVVNTEz8UvlZ37KPhveA+FlsQmzgqAyqLvO4kNLv0PEi3n/31u9CZ23Qgn6zgv5ncTYW"
    "lpNK3i4V6aMzVqGEFDg+JhUB2OV4t/Qe0lo9eNT3iR0b9BhELQrsC4cHfHTSRVWiKMBhgI"
    "pJ5PxmHgPp0D/QGb+14uvlFbq9dfkGzR95e4vGweDkcoAODAvzT8tE0xXf0iFWZnXI20XP"
    "TjVdXyXm7e1rhMe2GAQFM+UMUyvgp4Ib+AxGIAph8XdIPlFUxMIIcFKP38D3nAYmhn/9or"
    "8Zvz62b28BCMQ+QKo+42RigKJT3hPjhPAsGMIRusqOFPShh4XDCOLbPSNj++D2NnrBCZej"
    "qXV7e4gWnF8uZiCKTInl2HORKz56+Sj3PAU5hZ9llKGYQXjOv+rKZtdN6rfke2bTCqfGJr"
    "PMgr1WG2VbaZTtrpVLpP0yiRm4Ibh/EATUHHKZ/hsKbIuwcLtxPccMDP4pi2+J8Q/IJPwL"
    "5rIU156oAe4MBUnj6ut6x1a31ujwHTMYazt8I2xtv5F4i72JHM0BZgiVz6PwKB3zduNerI"
    "gexQpdeDl0GTyCmtSrcS+3IdXQnzZQN2OgBnk3Gjd7GWdDOvrfRZgS+CC0LYNk5otTg5hz"
    "EieYgNj3CGoi33zJOdTgc7RhWxu2tWG7m3hIShpMKnaKE52l3Z+p7l1jD+qr8b2QjytOtW"
    "FDYYlIaUcHoP07UF0EVHpAikN0QLINP7WzLi+vCAJRUTUSJLtTNI4VF9CnQKSS5pMdQTvM"
    "4b166CCGYO6oBZmll9R8EaE7KxRVBsSQCSxeG5L1VHPfTWdOamFFAcl5HUF4qgbIiKyPNh"
    "Dd+jeUAghxvNwUVifbdQWBCKybqpX6SFFtNWttU1MbRlkExya+c0cktWweYfSGrMWc7n3B"
    "tuksRbCPGPWrNfqcAK9F7SYf89dBDqgaBt+cbAcBYA2J+D3qh0UWPOchvw828oQd67lpcF"
    "xVks4SayfCNgs7UEdkQjzP8fITXRzAn6bqQGzDroP418fqFipMllZ/YG3+wGI3sonp2BLk"
    "8HFvuTVhOwCjrUohvY3eJTTyYgt8zFcb2ZJfpiyMuw3PS58rBxHOJ2zPjjDALxOm4NShW3"
    "/3zwBktcTjAxwM+dRNyS8eljt9ZFr0y1NqRW0n83XjSq4fYHJ8Iaqa4SVa9/JiHbrN50dE"
    "aT98O/IIX9HMXw8rRpjHYAEkrj/uFZTCq/kZ4PTxO3kbLkHLeWBhYHnAFqE4GHbXB82YYG"
    "OBBEfA0YG58BjHNghEnYu/hGvGtrHmMaYe/Rl3qB0aWurQoK3bDWUpTX8Hqia7Wt1Fnpu1"
    "DUMHYi/bSppNU+4PHP9DCrPro0RxkpN0Wl1p2wy3RfI0sP2W9/LVx8LhPS94phqUy5286c"
    "TgbatJnONgNMMkzBLEf5+eiX+PR6AusIXj/sQQte8h+g9Bp2uvhT6KDMeh9AZiHjTPi5tN"
    "PEAHGrYr0PC5nOm6yOVklXe+r6gJcAkSLbxVsftotxl9tDd/tPOfhac63KtwoMfNKmUaHM"
    "2Oj8fB+eXZBf/34vgEwnCEzky821t0MKPfwKot6tUEK36wiukNK9UsodkhciBcxvHMkADQ"
    "HIYt/jT4FbCitIM7eq4+/tt2/JtKnsFx+5aHo3iRQRt7Iur89vYle/mvMPZ/h7V5MrhAU+"
    "qzPvr7lw8vGJ6RQxBp4T5YtW3Hh+jzeUAg6kselFL3A3ZtLG+L1Jc/Kffv60qXXlOs25Qk"
    "0VEpP0ZUypYydJWKcsX15HLV5MJzWyI8E4MusVUA4K+JsnJzSHUUUbdm4fY+g0Qitl72Ki"
    "GvoAMff0PUNqzAJOahCN+FuxDCA2HDf/xzLDgVRvGENOPe9z9vbyVmuUYeUV2o//n67fuP"
    "Vx8OTs76g0z6hXhdDHNRILyBWhDImmB/TfqtjQEh31zKb2+hzKYpNUzdNl02lfmEbZf2hG"
    "mvqb2YX4/cO3dbTXGaUs9ym2dZ3KSMBRLFuTRzVJqw3bW6eld8sC/EYEUmliiZjIFdrtTC"
    "BScIw1sjO1CYW0YCLW3dzbPkphJTxEenKhUnyPZELq7j091K7jQxtVZb8DhFp5lczmTxxX"
    "mTrXy0pLRtdtUSgNySiFC+MF4lcnwU+DT/E3uE62KwywDYwreZNNw9Go4u+ojwgYSbE9fj"
    "eBthJXK8gqQ0zT6uaetkZACbqgKAWbo2r4rns/1qw2RXxcAWGSZLqqElb/cfNU8q1kIT1j"
    "++X8X+5r6zlt8QnoI4h+P9MNoEQ8mO73smGYH/0GiEZo6HqH/YB5thoo1IkiMzT+7modo2"
    "2S7bZDSjamdUmkgbqdqTPq3jbA0rcfM9RREVSNG1GxSo45zXBbz3M/ZXS7WdlWp1+aVuz2"
    "+LtJYvoXTWK9Ba4tuPay1eouWjWsvvIro1clxkwXQJCdLNV0I9mA3GwdmpeTwOhgQP4+Tl"
    "8Z0QtxmdnJ+jl5vmA5P/e05ME7I9YubYh4m7FzPjnLc5P5nlNZnnHEiViNy0lBdlj/oT8o"
    "wDShVdTuznarG5WiGqwVlTVWw3n+Rc1nGZXatCzYQwqybjeloart25FYc7InL5AfcTlIGA"
    "XFgHsE1nnH37cZENSEiXKNIhcmfNIG9gFDcnNy4085gdx+e0MVthHetgfWz3EVjKRL5BYT"
    "LjFzzyP8QQt0K3rHy6QmXq8qyFVRzDT4odw09yjuHa3bar7rZtY7b2Z+2wP6vQcCbiL4XN"
    "JE3VwS2lkXT+Idd8/hy1gOMsXQcSIqa5PajC7EExrwcFrKZs4hKPa9uKSL+EWuP9Kni/4B"
    "82Tb7xcCYupKkJH1vvOfIOLvtq675s4Res/Cm272LHMHXWZ6k156twniyxLJ9xSdW4mKB7"
    "/B1V0VJ5q2L+jnJ6qvI+0uWdo+4D03GJrSaVbCjay14B0sQ+Sc5sRg2KrRfRzobCN0APCx"
    "I6uwOMI3Knww1iIi7sU5OgKOmmKHNKfTkQ1MAzdowCRQCUogdyikhHRcuKmGOp/Fn8XW0o"
    "2vtdtenY3QTryLLMVgvzkS1fLeKXifgiCZY6cpwha+8KL0mpN+6Ne+gAUoNgdkdMAPcD/h"
    "oeZQIsthnx/E1BG3QgNnVRYNDzRGIRakPKHuCEqHEQZ2KumNGvqcfvGL/eDEB5/XSpMkTj"
    "ydcc28eGr4zwZenay+reFYoGi2CwicxXc3wfxfeILOkMrxjEAcF3ww6jwB74mmSO7HV0WT"
    "rVwypH4bD4JJTg6hKH1uIJpjI31hZN65Zf0HBUha2jYraOdPrCH8bfLl0yx+CK2HYFc5KU"
    "2qtyH2ZZNaAyR6d13VAnaJHL6lcI4u0VOKyGN/uPuquydbsKIXbr4LXLEYF4YXJ5/gpRn4"
    "VSg2Ovw4bXGaVgPROvL/6Ghs6DLQk6lgkkjT5L4nKa9TEVPP1Th9npDOBdc4JUVY067PbQ"
    "gFLyA+e3QAu+9Voi+TKU4YpyTKxzUByACklYHzbl4bExDs5Ojmcvk8ECAtqJsvI8mt6iga"
    "fp/Ata5t7rSKYr4lFjIZMJozulAiHetHlMGCyeWJ2roF1C1D3xGFWzyCVIOnjmD0ZVIDPe"
    "qsRXIweawUelwOGoeQe524gjKYDTRObYVVLud0Oyey/q5zkou1E69/v/A3G8Ar8="
)
