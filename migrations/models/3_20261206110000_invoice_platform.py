"""The sandbox invoicing platform's books (platform_* tables) and what fapiao keeps of an
issued invoice from the platform (request id, QR payload, 校验; 确认单编号), for both dialects."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "platform_authorization" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tax_id" VARCHAR(20) NOT NULL,
    "reference" VARCHAR(32) NOT NULL UNIQUE,
    "code" VARCHAR(8) NOT NULL,
    "state" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* A taxpayer's authorisation of fapiao's channel, pending until the code is entered. */;
CREATE INDEX IF NOT EXISTS "idx_platform_au_tax_id_b961bb" ON "platform_authorization" ("tax_id");
CREATE TABLE IF NOT EXISTS "platform_counter" (
    "series" VARCHAR(8) NOT NULL PRIMARY KEY,
    "last_value" BIGINT NOT NULL
) /* One row per number series (YY + province + channel digit): the 15-digit sequence is */;
CREATE TABLE IF NOT EXISTS "platform_credit" (
    "tax_id" VARCHAR(20) NOT NULL PRIMARY KEY,
    "monthly_total" VARCHAR(40) NOT NULL
) /* A taxpayer's monthly 授信额度 when the sandbox was told one (else the rules' default). */;
CREATE TABLE IF NOT EXISTS "platform_invoice" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(20) NOT NULL UNIQUE,
    "request_id" VARCHAR(64) NOT NULL /* The issuer's idempotency key; unique per seller. */,
    "seller_tax_id" VARCHAR(20) NOT NULL,
    "seller_name" VARCHAR(100) NOT NULL,
    "buyer_tax_id" VARCHAR(20) NOT NULL,
    "buyer_name" VARCHAR(100) NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* ``special`` (31) or ``ordinary`` (32). */,
    "issued_at" TIMESTAMP NOT NULL,
    "month" VARCHAR(7) NOT NULL /* ``YYYY-MM`` in China time: the 授信额度 month. */,
    "total_amount" VARCHAR(40) NOT NULL,
    "total_tax" VARCHAR(40) NOT NULL,
    "total" VARCHAR(40) NOT NULL,
    "qr_payload" VARCHAR(120) NOT NULL,
    "check_code" VARCHAR(16) NOT NULL,
    "is_red" INT NOT NULL,
    "blue_number" VARCHAR(20),
    "confirmation_no" VARCHAR(32),
    "status" VARCHAR(16) NOT NULL /* normal, partly_red, fully_red. */,
    "lines" JSON NOT NULL /* The lines as issued (strings for Decimals), for red-letter checks and 全量查询. */,
    "use" VARCHAR(16) /* 用途确认 by the buyer: deduct \/ not_deduct, or NULL until confirmed. */,
    "use_reason" VARCHAR(100) NOT NULL,
    "use_period" VARCHAR(7),
    CONSTRAINT "uid_platform_in_seller__163d22" UNIQUE ("seller_tax_id", "request_id")
) /* An invoice the platform issued (blue or red), as its 全量发票查询 knows it. */;
CREATE INDEX IF NOT EXISTS "idx_platform_in_seller__c1eb7c" ON "platform_invoice" ("seller_tax_id");
CREATE INDEX IF NOT EXISTS "idx_platform_in_buyer_t_571ead" ON "platform_invoice" ("buyer_tax_id");
CREATE INDEX IF NOT EXISTS "idx_platform_in_month_0caeef" ON "platform_invoice" ("month");
CREATE TABLE IF NOT EXISTS "platform_red_confirmation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "confirmation_no" VARCHAR(32) NOT NULL UNIQUE,
    "request_id" VARCHAR(64) NOT NULL,
    "blue_number" VARCHAR(20) NOT NULL,
    "seller_tax_id" VARCHAR(20) NOT NULL,
    "seller_name" VARCHAR(100) NOT NULL,
    "buyer_tax_id" VARCHAR(20) NOT NULL,
    "buyer_name" VARCHAR(100) NOT NULL,
    "initiator" VARCHAR(8) NOT NULL,
    "reason_code" VARCHAR(16) NOT NULL,
    "state" VARCHAR(24) NOT NULL,
    "lines" JSON NOT NULL,
    "line_indexes" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP,
    "decided_at" TIMESTAMP,
    "red_number" VARCHAR(20)
) /* 红字发票信息确认单 on the platform. */;
CREATE INDEX IF NOT EXISTS "idx_platform_re_request_58bf5e" ON "platform_red_confirmation" ("request_id");
CREATE INDEX IF NOT EXISTS "idx_platform_re_blue_nu_eff309" ON "platform_red_confirmation" ("blue_number");
CREATE INDEX IF NOT EXISTS "idx_platform_re_seller__9bea68" ON "platform_red_confirmation" ("seller_tax_id");
CREATE INDEX IF NOT EXISTS "idx_platform_re_buyer_t_e81b21" ON "platform_red_confirmation" ("buyer_tax_id");
CREATE TABLE IF NOT EXISTS "platform_statistics" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tax_id" VARCHAR(20) NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "state" VARCHAR(8) NOT NULL,
    CONSTRAINT "uid_platform_st_tax_id_614f4b" UNIQUE ("tax_id", "period")
) /* A buyer's 统计确认 for a period: open, applied (申请统计), signed (确认签名). */;

ALTER TABLE "invoice" ADD "platform_request_id" VARCHAR(64);
CREATE UNIQUE INDEX IF NOT EXISTS "uid_invoice_platform_request_id" ON "invoice" ("platform_request_id");
ALTER TABLE "invoice" ADD "qr_payload" VARCHAR(120) NOT NULL DEFAULT '';
ALTER TABLE "invoice" ADD "check_code" VARCHAR(16) NOT NULL DEFAULT '';
ALTER TABLE "red_confirmation" ADD "confirmation_no" VARCHAR(32);
CREATE INDEX IF NOT EXISTS "idx_red_confirmation_no" ON "red_confirmation" ("confirmation_no");
ALTER TABLE "red_confirmation" ADD "initiator" VARCHAR(8) NOT NULL DEFAULT 'seller';
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "platform_authorization" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "tax_id" VARCHAR(20) NOT NULL,
    "reference" VARCHAR(32) NOT NULL UNIQUE,
    "code" VARCHAR(8) NOT NULL,
    "state" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_platform_au_tax_id_b961bb" ON "platform_authorization" ("tax_id");
COMMENT ON TABLE "platform_authorization" IS 'A taxpayer''s authorisation of fapiao''s channel, pending until the code is entered.';
CREATE TABLE IF NOT EXISTS "platform_counter" (
    "series" VARCHAR(8) NOT NULL PRIMARY KEY,
    "last_value" BIGINT NOT NULL
);
COMMENT ON TABLE "platform_counter" IS 'One row per number series (YY + province + channel digit): the 15-digit sequence is';
CREATE TABLE IF NOT EXISTS "platform_credit" (
    "tax_id" VARCHAR(20) NOT NULL PRIMARY KEY,
    "monthly_total" DECIMAL(16,2) NOT NULL
);
COMMENT ON TABLE "platform_credit" IS 'A taxpayer''s monthly 授信额度 when the sandbox was told one (else the rules'' default).';
CREATE TABLE IF NOT EXISTS "platform_invoice" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "number" VARCHAR(20) NOT NULL UNIQUE,
    "request_id" VARCHAR(64) NOT NULL,
    "seller_tax_id" VARCHAR(20) NOT NULL,
    "seller_name" VARCHAR(100) NOT NULL,
    "buyer_tax_id" VARCHAR(20) NOT NULL,
    "buyer_name" VARCHAR(100) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "issued_at" TIMESTAMPTZ NOT NULL,
    "month" VARCHAR(7) NOT NULL,
    "total_amount" DECIMAL(16,2) NOT NULL,
    "total_tax" DECIMAL(16,2) NOT NULL,
    "total" DECIMAL(16,2) NOT NULL,
    "qr_payload" VARCHAR(120) NOT NULL,
    "check_code" VARCHAR(16) NOT NULL,
    "is_red" BOOL NOT NULL,
    "blue_number" VARCHAR(20),
    "confirmation_no" VARCHAR(32),
    "status" VARCHAR(16) NOT NULL,
    "lines" JSONB NOT NULL,
    "use" VARCHAR(16),
    "use_reason" VARCHAR(100) NOT NULL,
    "use_period" VARCHAR(7),
    CONSTRAINT "uid_platform_in_seller__163d22" UNIQUE ("seller_tax_id", "request_id")
);
CREATE INDEX IF NOT EXISTS "idx_platform_in_seller__c1eb7c" ON "platform_invoice" ("seller_tax_id");
CREATE INDEX IF NOT EXISTS "idx_platform_in_buyer_t_571ead" ON "platform_invoice" ("buyer_tax_id");
CREATE INDEX IF NOT EXISTS "idx_platform_in_month_0caeef" ON "platform_invoice" ("month");
COMMENT ON COLUMN "platform_invoice"."request_id" IS 'The issuer''s idempotency key; unique per seller.';
COMMENT ON COLUMN "platform_invoice"."kind" IS '``special`` (31) or ``ordinary`` (32).';
COMMENT ON COLUMN "platform_invoice"."month" IS '``YYYY-MM`` in China time: the 授信额度 month.';
COMMENT ON COLUMN "platform_invoice"."status" IS 'normal, partly_red, fully_red.';
COMMENT ON COLUMN "platform_invoice"."lines" IS 'The lines as issued (strings for Decimals), for red-letter checks and 全量查询.';
COMMENT ON COLUMN "platform_invoice"."use" IS '用途确认 by the buyer: deduct / not_deduct, or NULL until confirmed.';
COMMENT ON TABLE "platform_invoice" IS 'An invoice the platform issued (blue or red), as its 全量发票查询 knows it.';
CREATE TABLE IF NOT EXISTS "platform_red_confirmation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "confirmation_no" VARCHAR(32) NOT NULL UNIQUE,
    "request_id" VARCHAR(64) NOT NULL,
    "blue_number" VARCHAR(20) NOT NULL,
    "seller_tax_id" VARCHAR(20) NOT NULL,
    "seller_name" VARCHAR(100) NOT NULL,
    "buyer_tax_id" VARCHAR(20) NOT NULL,
    "buyer_name" VARCHAR(100) NOT NULL,
    "initiator" VARCHAR(8) NOT NULL,
    "reason_code" VARCHAR(16) NOT NULL,
    "state" VARCHAR(24) NOT NULL,
    "lines" JSONB NOT NULL,
    "line_indexes" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "decided_at" TIMESTAMPTZ,
    "red_number" VARCHAR(20)
);
CREATE INDEX IF NOT EXISTS "idx_platform_re_request_58bf5e" ON "platform_red_confirmation" ("request_id");
CREATE INDEX IF NOT EXISTS "idx_platform_re_blue_nu_eff309" ON "platform_red_confirmation" ("blue_number");
CREATE INDEX IF NOT EXISTS "idx_platform_re_seller__9bea68" ON "platform_red_confirmation" ("seller_tax_id");
CREATE INDEX IF NOT EXISTS "idx_platform_re_buyer_t_e81b21" ON "platform_red_confirmation" ("buyer_tax_id");
COMMENT ON TABLE "platform_red_confirmation" IS '红字发票信息确认单 on the platform.';
CREATE TABLE IF NOT EXISTS "platform_statistics" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "tax_id" VARCHAR(20) NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "state" VARCHAR(8) NOT NULL,
    CONSTRAINT "uid_platform_st_tax_id_614f4b" UNIQUE ("tax_id", "period")
);
COMMENT ON TABLE "platform_statistics" IS 'A buyer''s 统计确认 for a period: open, applied (申请统计), signed (确认签名).';

ALTER TABLE "invoice" ADD COLUMN "platform_request_id" VARCHAR(64) UNIQUE;
ALTER TABLE "invoice" ADD COLUMN "qr_payload" VARCHAR(120) NOT NULL DEFAULT '';
ALTER TABLE "invoice" ADD COLUMN "check_code" VARCHAR(16) NOT NULL DEFAULT '';
ALTER TABLE "red_confirmation" ADD COLUMN "confirmation_no" VARCHAR(32);
CREATE INDEX IF NOT EXISTS "idx_red_confirmation_no" ON "red_confirmation" ("confirmation_no");
ALTER TABLE "red_confirmation" ADD COLUMN "initiator" VARCHAR(8) NOT NULL DEFAULT 'seller';
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXWtz2ziW/SsofRmnRnFs2fIj2d0qJ+30ZDuP3sS7PTWtKRoiIQlrimATpB3tbv/3xQ"
    "VJiW8TMilTDL50OyQuSB2AwL3nPvC/gyWziM0Pr0yTBY4/eI3+d+DgJRF/ZG8N0QC77uYG"
    "XPDx1JZtcaLRlPseNqGvGbY5EZcswk2Puj5ljrjqBLYNF5kpGlJnvrkUOPSPgBg+mxN/QT"
    "xx4/d/isvUsch3wuN/unfGjBLbSr0steDZ8rrhr1x57YPjv5cN4WlTw2R2sHQ2jd2Vv2DO"
    "ujUNX39OHOJhn0D3vhfA68PbRT80/kXhm26ahK+YkLHIDAe2n/i5U2NzbWAYn7/cGN+ubw"
    "xjoACQyRwAV7wql79+Dq/wcnR8en56cXJ2eiGayNdcXzn/M3z0BphQUMLz+Wbwp7yPfRy2"
    "kBhvQHUFPiSP67sF9oqBXQtksBUvncU2RrK74C7xd8MmztxfAKJHFUj+19XXd3+7+nowOn"
    "oBD2Ri+oefxefozkjeArAT4GLOH5hnGQvMF0ogZwWbATu+sEF78/nuHu7xuA7e43E54HAv"
    "jThZYmqrIL0W2ArhaLJ2FeDTWgCfVgB8mgXYoty18cqQ/1bAOSvXwwl9Vgfus3K0z3JgU2"
    "5wH89meaDfMmYT7JTsfQmxDM5TIdcW0OsrLSBdgezbL18+Qs9Lzv+w5YUPNxmI//PT2+uv"
    "B8cSedGI+iS5OW7wnom1gFiGzebU4QrKRk7ucb2jKdCPOq13bKC1mXknIBIKZNH6/JNAxa"
    "dLUgxvVjaDrhUJH8Z/7N/CXQHlzYdP199urj79mprjP13dXMOdkby6ylw9OMssMutO0G8f"
    "bv6G4J/oH18+X0s0Gffnnnzipt3NPwbwTjjwmeGwBwNbSUziy/Gl1Ej7zHcNTkyP+CobRE"
    "asf9tx89uDhIw48OMLTKPKLSIrqrcJhW2CLznMVOZYxkxYwcxTBL9QXo+AwgiIVQIwMXDB"
    "ElO9l6QlG9hJuqaT9mkrWZvB5gI7863Gu6QLPfCdHngz8Dzi+GIcly52VoYS9VcsvJVK3j"
    "WFogGlHOjV2V0hF5gBLg/5e+YROnd+ISuJ/Afxctgxi+z5iFh+t+lpv5D+M55U8dXNK3r4"
    "YU1Ol8w1AYT4+STcvcSroM//+fHjQEI/xebdAxbrUckYLMlySjy+oG6BAfo2En7/y1diY/"
    "mbSqH/tO5of9eyHPypRWIqXk508kScfiPCJvHfhn31CSqYbWzEErMsNf/yt5ajZfYKdvBc"
    "/iR4NjwpdhgFFvUFbtT5G8FpL01xi2GlZwnawgZNHWMRt37MxTS4WRDEHII89oAOqIWOXy"
    "BfjCS6E5sKF38SJHv8C0c25j4SX6m3OkRXrkvkUKPAhc2eI+oj6kD7QQbv5p8wcWQbISB+"
    "m8PFzxO/ZYg4Q2L4oqUEPXhC7fU4ErMrgOeDOHYsZGLHYT6aMe9u8+yhvIUnTrjeWIk3QZ"
    "QjS1wzJc6Hg6F2vnXN+cbJHwWLF52XAhsJ9IZevByNTk7OR0cnZxfj0/Pz8cXRGuL8rSqs"
    "3374GeBOKawFJKT4OJR9cSkh7baowUtJxOQaVKi4V03wnGiP1PYdTPaccl+ucrauHlzDKJ"
    "aqBuHdGmoBWTd8VCMId96XzLFXr9HDgiFLbNoPYsceiv8SsVf6C48F84X4FzUXsIE6DrEP"
    "c/v+E/ppeIet+lR6tsnuZCso34rVmSVNJO0BkSTpdTX6KCnSo92nMU/udpzcLri4/TMNEq"
    "iGm4iKYpoQ6aFaelFDK70oVUovsjppaGurwLuR6CG6LTijsTdX9PivJXYH8GCwE3iPR3Wm"
    "r2hVCrC8lwm9I35hcOO/f/vyuSTobi2RVVOo6aP/QzblrTEHg3+ZBY78hNA0oLZPHX4Ij/"
    "23tkagAnBAKKWxxDgffLr6e3YI3n388jarikAHb7NRALskb7KbXxsau+Q7gegIqUV0YDKP"
    "vLLYUvzjVYKjPXRXL14jAQ8N6UsgI12P3FMWcBQTnLIf7FiFpGrTD5k4/oJuLrMHR946lH"
    "4XoFBtMsfmCohcLvlVn4hZSWbi0RsqFZHv4nMglrTjOkFXwe9VDx1PCukoqsc3LlWANbbV"
    "2HaEg4pdzwUEVMIrXc4+JZzgOt1pz8yqcppHNW2hx+kKx0d18p1Eq3Id9SiX8eSLJxRN3C"
    "or4HsxK6ATyvIJZQIsF6+IZ9xRRxXltGAfJ/RZnfmcZSMT0/ksC7dH5oqkwUZihzbt6Wg3"
    "Vu2oznQun805SsayhHnFDeUU1Jxg7/iDUa21eVSxNo/ya/MUO3dGIou7LtxZOY12HbSxbb"
    "MHYskFtyBErZy0yQl2g7uB5/WGu4l+gAHAqXwKWbn+2YDNb6LUuWfUJIZNl7TIyUpMusR2"
    "iVmTlc1+C6HwYdTJ/oFfAfZP1+8+fLr6KBAdjjIJMfE4nOZWHcp5ILQ8VTMnI9a7Ff6kju"
    "pyUq67nOSVF9f12D22DY/8EVBPOQGvUF7ngOkcMB3BQVQoxNQ+I+bKE7MBPshO9nfIqzMm"
    "ou306RhBL30FSWfgVELVKmcfcJ8tJU2eJ+3je8NK1j7Z6vGAUcTxPbGEkbMiHvKpbxN0MA"
    "kurJE1CU7J+dEkOBtPL8V/R9icBOPLk9MXkICBxJZt3iFX/EdgWBBA2ly/BQ6E3zPRVLHW"
    "FjGp/9QOhmd0MDxXdFyN9WP/YNZ+mx/Hb9Mha7F5v42mujXV3V+0qZifQtEt8pQ9VqduI6"
    "e5DwXuY8dlLjs9o9uocinTEAO+FbuUldX80j7zS22au+/xH1eeT8MfnTN4E3eHVSbvDP9h"
    "4ETDGlbvgtjuSxPCZUlcteAbIZawWGceWyIZkgttXoGZ80o84HCFl/YbJKuKImJFFQk8MX"
    "/DCNplkQ3c0lMaDqmrcIr0MyqpqQjaChtYADNnXkEBoYpkpoRMH422xt2q4kdy1ZSmpEwP"
    "QW4njsPhD6SgwuMN+V6WQLqW6AXGVZv99d9vUvt8LjZjvdd//PL557h5NmAjDfgdWUHBPq"
    "WYmaSMDpepHpJtUp1WDnNWS6UhScroIWl8SByx/BjqSa0ZsR7GL7XBjoYqqGqIR0JKkxsK"
    "5EZYNm0b0zstqQ3vzhneRcM8VXSW5eR0kY5OFX96T+3wl+YZjfDOsJLN2LSpQWT4+DvwA4"
    "HngH99fHFJxH+PTsxJcI6PCGIeAh/76ZG4Ors8D69OgsuLi1Px9yz2ukONR5d4lFlvgJXw"
    "iAmVFMN+udAfli66vb0nHhfPvb0tojqe7T1qhAeAo05+G/CpyN51iIAOEehfiEBynqs4sd"
    "ffRh+M9VZr6ESrhwK+GwmN7mPoch/7QYGJXY7uRqLL6A4sD8/8IeLBdAmVN6whwqZJXPkX"
    "VPQgDwLzIXIIsbixFO/rUfFYEBDNwF8wROEBW0PkYpqvKNJC/zvmcqM9XWE7SEjsrhjw8Z"
    "7sBDM6D7yiKOdytioh0g2yqlelkqjjBr7SeGwk9HA0PhwuXkl8cuNRmYuXkHpyFt5W49JW"
    "LfKmc/AEHDb2iGVwbBetQpUo54U12JVgC+vXKsziBaqwBOOETBVJ2B0dqhF4r26uc7z2jH"
    "gkOsGnrtaZEuqfA6H5AmMeMYl4KzWM1yIa4ccRXhLO8VxpFidEehcSOa7lAxtX+MDGeR9Y"
    "nDSrStfn5HZnr+wReaWTmbfZ0vbW56Vdm70b5k55367viczYLXHBhbeHj/vhDLJu+ag3Tn"
    "TqrcKDzWTNXsRmCEfeqyF6oP4CwdQEds5nngztjTZhNAlGR8en6I648nwz8VAv72VroX99"
    "WsuentYSzU4lRSQlox1oeR1EH4HTm81IH4HT6pfSV1ddZ5Ib9sQhtkdTVlMk7VMk+oCWZ3"
    "dzdcoK+xWvlpV2WNxgWMMScxNt9XkE+7UMa0Nmt4bMsrjuR6XjdSP0PA7XZ3IKbuNzXYq1"
    "Qy0OcCOh1d9a5w7s3GPYZWWteYchxPltQcInxDTpoUmP/pMeHVGnP1hk6TKfOObqKzGZl1"
    "ZMSxtVqtV009zwNu0fTzpy0O1t4lkvfyGr21vpboCjBMUcdsU4EER95HrMCkyIK+ZiahEr"
    "clKIVlEh3oJUoqZ7r5EgdEdWOiNIZwT1ZMnKlJJQ0aGi5n1UUds4j3gmnk8816NqNRYzYj"
    "1Eu3l9NT4HRW31TQnpBaJggYj3UxXONimjWdtGWFsdCffUodgLA60r1gTkFsWHWBQZEsn7"
    "1TYEtDRooumj5sMkuJhZU8j9P7+cBOMT63gSnF+eXbwWOn6suCMWeChS75Akdu7DXEawUq"
    "B8IvOknv9fVzdR/FPekGjxOTVMClNgNZAfExyBoa0LbV30z8ugegSvPnlXgQGPF5C64Mbt"
    "e8d9H9c5ue64/OS649zJddGarADuRqKHc3dUq3x4RfXwvLEGhykqJyWmpX7otERObHuLQy"
    "wzYv1bCtoobRiBpn7+S06wd3i3cAyMDkxoNTBBTEZFcCMJjewjyMJPN1SVspRQ75aH5pVe"
    "YXMHpk8LS3NUVppNC+6w2Gxsv+1trVnOAk+t/MFGoofKcMMlzXTOuM4Z79r2p5lyFab8Pl"
    "w5Czjy+JzsKnZ83UYHrO/XIlNFJlvEWGC+UGXn1kLdPVBp8O1vVy9H4zPILAe/B3PIS1gA"
    "Ebz/G3kJ/kLUF8bvDFGO+II9OKKdSZDP4tgrMekL0tcb7nvXNYxYkVJaofqzQl20DzpSC2"
    "S3VpNaVJPId5eK7XgLNSktqdWkzqlJqdI6fJuzJLg+SKL669nyENRmzz/tGMZ9+my0Eflj"
    "DHN3Y0D2bnnMGec5mPMYv2ceoXPnF7KSUH8QL4WLS6hGBva7TU97BvGf8TSKr24WcA8/rO"
    "30zOwSCIjfTUKe9t3Vt3dXP10P/nw22qM8NrBWWKBCQOAVkucXoMDxqY1kFID1JjT7wn+A"
    "SShsQ8cnjo8cqF2GzAV25oSjA+bYK3k/rC/zouhsoqa7f5yRyUYDpkMbxDXRPtsmKpBTcK"
    "e4vc/80DFHo+OMNAW0KwpIB761yAV0sbTU851V3jy+lBvqJ3luhPRBngrOVebROXWwraZ1"
    "ZqRaMsr3b0FOZi2FW7cx89hSDdwiUU175CHeeZBsFs/n1SBajpC1yRybK+V4ooxY/05GaD"
    "7YuwOxyB1DXC0UOVot1dmxlKCmQLvMjU2D1RbR5mmpPto2bYSbh6ipR5tn5XoXTdp8sHkI"
    "mfgOxKfCDVfAtcX8zon3EPh6yFdBX4L9FDt3BjbN4qD/x6DPSmvk6yMvDHaXeLyognSloV"
    "8grS1+BYs/xI8sC8sgPzbh12L9m+njWibUuMKGGueMqBC0Ldf1Pq/nTW+k+5aOuN8a4j4m"
    "JO6Oimlrcm+tJpbJ93BdaUFbidDbVlEsEdfY18He9WRxNMe0A/GSRmHuaKWyWNyBzr6rry"
    "5KJ76xVVZ0VlRn8JLkt1CQGy0B2yJDOimnUa6D8jYIa3TrZKELE9G7U9khNxL92xRPam2K"
    "JxWb4kkOYem2ULd1MmK9w/qkjmPupNwxd5JzzN0Tj85Whs/uSAFJVY50Vq5vzubTOinop+"
    "U56Ke5JHSP4EIisGrRwMXk3/5P5FY0aY9YRoiZeomQvGjvMG8+iG1GbeUYtrVMtwntwYfQ"
    "nrIQdRBG8q2R0D6jAqQCcYZsBhXE0T2jFrwdOhCz6KVNfF9cpGIgCLYKIqGb7PhZrCWXOB"
    "Yc/IVl+WeVrywv2d2PbPAbHGOBXddj99hGTIwM5D6Hr44eMPXFL5GlabEYR2spRvNgEiog"
    "E9HbZACjF/4lRm8yKJgJrTxhl3VV4vF08cpmuGAlKK9eXiCqi5inPtAmi5jrjO6BLnzTEY"
    "t77+KyAtfacpjTknqYOz3MOjVVp6bu9rN5SmrqVzHfv354d1OVm5qoPXJP4NF5Sy2Se//L"
    "V2LjEqU8nXJ6fU/2clqXYZ5OCKAOaQamj9TZ4wU9j9IO8pzfgQ9NJvKWpTvHLYY1sp4NM9"
    "H40eznLw5BHntArrCwwwwasL24+B/kH68I9tBf4aTDeyqWpBdvELZtZsqZACWy5ti1Cedo"
    "SkwchCcypQy9RnufOGENLqFDwkHsaCGgIA4HYoBaJCzQJWxEeIL40Q6P7Ek4utFjti36EY"
    "MWHtJI/ZqZ1KWJzeFvUOEANhLdLcD2zARbecqzjblv3GM7KKrMS+elakpabndqylG7Osrl"
    "aHRycj46Ojm7GJ+en48vjtbKSv5Wldby9sPPoLikxqVbJ88mN9/yBXK9OT++PJJ100cXxx"
    "uxpCwonO66grKBm4ObXqPIkB0iHkyX1Jd/howW/BUmHw0lkUksNAlGR6Oz3OrYfPcNF+us"
    "+rJ6VqxhB19U1fqmbmJr03oPTGt9Cnrz3OMCOw5Rym5IiPQwJLlh14a6c+s5nFo7Q7f5wB"
    "OL+IXZOeUuo42E9hQ17inSJzvvhP1MlGR7IvuZqAC3ZxDXZT/Ts6uDhfkkx1dujMUU4OO2"
    "mB23bPR8gt+Ts018/1R2os/Afc6adethqA9tUkQvsUU1khSDhHUmpFompCteALzYqjhn5f"
    "qId61EyOOKTMjjfCokZI6qxq8mZfqI82UdmC/LUb7MZTy6xFRyW0TtuxuwuG2ge50ZfFo+"
    "gfPZMeJXKmWPxu17B23zWdJ/BNjxqV8QPVGZ2ZUUe3JyV8eItRq5XaPT4UXt3C6YjYZMqV"
    "UEOS2oYa6GWR9BrA/K3VsHvT7puf0JvC6/vIXJXCjbYS/S4AukAnkyJyjyfEMYT/z28Vl9"
    "UzsgCLgiRH1kMs8jps/zaSVP7axlc10zzZpp1kxzTab5E4FoQb6g7qCAaE7cHVbxzMt0u4"
    "ZZ5kREd1z8R5PMz0ky60NSd3BIqk766nnIklzJVIOWkkJaSymKW9JZVjrLqlvaX50DAAuW"
    "hgawvdr01FNs0ytilzTrXz1mBWZhMH18q1KndhONahyuyPG9sMgjIcQ8yP65FzZHnIjDZQ"
    "0Q4N6GCOaBzNcJeIBtJDnlohMVG+mzSqWPhk3Co1X651TpO7xt7h/MOnRkV6EjOpRhB6EM"
    "++Tq2dtSZzqoob3S7zoUp81QHB3M0Howgy7h/uwl3GWGe8C3Imazspqa7Rw125E0/K/Ees"
    "ecGfWWOBqBHHmQbTKsIhGg7KyZbf0omzAJzgkeTYLxdHwu/ntiHYsrl2cXk+B0RsTfZ0dn"
    "M3Hl4oxMgospPoU24/Fr9LAgTuj7h7OXoLQIRpGNiBjcEVdcG/sz5i0hKmAZcAgNkK+HcI"
    "6AeJ7XmDiJYqgeEV+XuAuEB3XQ+QgtWODxIZAh8IT4vo1dDqVW4NXGpngRcjl78dTaJ5ro"
    "aIHogLAUY6sQkQJJTXnkN8rorJ6tCKVCWQ1y2fmDW2FcJKohLpjHPvYDtcpTa4ku00pxZW"
    "TYrC7HR0diHx1PL8WWNRuPxX+Pz+C/swvx3wtrZMV3N7vsi2G8VxIL+hifmOa6D2s2yrT1"
    "yH8TU9bVkXukldkjocE9uwuvn53CJg4v9SKnDOzNW++YN9r6PIJnOotgjyNzSoo3lheUWA"
    "t0o54EPK839ST0AVStZneEds0Wld0LJHU8TYF6AXPO2gLfnFyH0w6eDVygPbay8fKCGt48"
    "vOS7S8XSvAUTmpbUPGjneFAdifzDDXO8o6gPc1qygWHu2Lq576PcEafGb0TYof5bKg34QY"
    "FLI91gWOXQeCCmaGpME20bzjaCZwMYLnGEBqCjEp+TrI/Goi6pETXvMpkxmAyW7mSA/hWx"
    "2YyaFNsoCmFGB1Pmv4DD1pbUoeKnyFbw90vXY3MPL/MOsqf1tWP6JPqiFMZzI9HlId2Snz"
    "o7rQHw2WkpwHArF4zDFBFOiDRywG7PEdYacW91JZ2b1872XpFDpvOc+pDndOU44s1MeVbQ"
    "oEC5T92v1O154LrM8w2claiR/jQJzs3ZFCKGrJn0B4Kr7vQUvwlzlW5vlwAucWAe3d7K3K"
    "UHMeTsAXlkFkDsjs3m1OEyhenBoz4pKHzS3mMejxL6HdzLnh9TZ8Sx5J//1AbJLg0Sn/pq"
    "pQ/WAj3UYFvJ6JkyqyCr+IZ8Lwtnidr3At8qJer67zfVTtS1DvXxy+ef4+ZZz2ouxmWzpK"
    "iosylBrc12WpuNtwrFIU6I6QHu9AAndI78IFemhWQkd5gPsr6ytwkhbjC1KV9sxQZkZffG"
    "dSJUYMvDMx8JW4TaaP073iDm2KvNv1FShxfarkcQX7AHB+LmiTNjnkmsIv262c57/M3HfJ"
    "Jq+EhOThMVRUWENM/X142zIz7R94RY0NOggDFZ3xvWYUtmydaN+kK16/M5XZ/d5aD3D+bn"
    "r3PTNUdZw7Deid+hQovF7bvM2kAFLvHAJRwOPZ8TDpeHMpHUxtGgpzNUHm2+69rx5HuB/l"
    "JOpcXtuzwoXabSOpcu1sBCPfCISag8Dd20MedU/Do4Gd25hxk+x74YA8iGcm15fcZsmz2I"
    "a0bgggTjxMp9KM10qcvy7sOntg8mQSqGxrW2HOa0pB7mzg2zguWXIM/vgWMqoFUjufe/fC"
    "X2urRGcXRCbM9d35O9ZFfKYhT+3IWBHIJWYSWvUa1vKhvkvnZowTU2FyjcqhEccD8ncMAJ"
    "RnFfiPqg80n3P1QEEU1nMxQeiPAXjhzmF5RWbapTbbR3zGhX3jX0btHR3SIdD+gzT5WJ2Y"
    "howiBPGMw8tjTUbaaMWO8qNLZAArAtYE4J9YIOaBtm2JJVuJa4fQ9m8K6ZlrUWp7QgZ6S0"
    "2/Px+OykZ+mJAdpJl9aegVw3QjszwboUov2Z+XRGTWmmfnH9L0GhQVXQaljHqnIScgZzfY"
    "MFdcO2Q3cVFzYO9pHFwLBBD9jx0dRj2DIx91Gyd44OUqEfLwpCSJ7c5cSZOF8l+Sg6YdL8"
    "Crg0uyDExKfmHYmCTrD9gFcccSGnrbEuWmNdcaH2AGVNhP8ANm9HYmNu5BpbtEVFd2ptS/"
    "6mbZtRMb9nVoyEG0C0/D3h5Uve0RvBD7kRtOOivYlUFPSwYAhy5uFobj88lVtGzjrMeRlS"
    "yHF9AKkdLfFKKC9wPndej2qoTx3N08TACt3TDDxP6JnrOubrGufhMidUXB4P04EAHUI50A"
    "xObIMhKtCTm+267VK8wRTKsaowWAmRPvJXbWTeJd8sh3Q5k5UR6wXau6a0hC1K5swrSHws"
    "n+FJmS6DPvjiSO8mrCjvr/4DRe8N5rVYTjzyakFs9xXs3a9m+I/DFV7a6PZ20+r17W3B+t"
    "VUpzumifsaJQb7A4RwGbK8EOF8KLYN6suoLbHLQDgXZ3YU81UYFLZVD7uOAQt3v/zwlZeA"
    "TojsbxFoqS3AIUYQrCB0PDE6wnLjaEqEHkDWFBnCHEqig26A0SIQ9p0sm06mGGqsk3GJGt"
    "JUx89ckBoiGecOUSw4m5HqujaaDESRpsGMemL0FtixbGkhFA9xPTFNXHVR39kH4kpHcP5w"
    "wxyrA1uMc0Z0b5Kvf8hxDpW9bRbtpKAe466N8VbR2Nj3sblYPj0kO3QkXK2729/FPB+VnS"
    "oNEmnUTaD1KeyrT1C178VKTLFSf1Z6Gtb1bBk4LaZTv3c1ndp2V82oTeTfOWgrAmMTMp1m"
    "A79hh/oUjlRjHp1TB9sI3hsdWNQjEDQNHB5URwTmxGM2MAMwr4nHkUeWTOhtBTxCY71WM0"
    "qjizqU0uiinFOCe39mlmiL4nCwFMY7LdXpEX/vsaWkcpZ4Tk00XfmED5FD7omHZvE9QCM/"
    "rGqiOy4Gzen/FAxZ+dmmUXMdeVrk4Vvg0fhMiRdfS3R58m/p32thsoo1UOgpxh1RcjJlxL"
    "oM9eBX7C9in5BcKcTKDprtPYnjOBPmA4o3hlV+1XlKR7vfPzStWfpR7buNXGDJqXkX0kJ6"
    "5ynYeSJjSgnWlIxG9fFMkk0s5hPzSDYBoHsGcN0sktTUKs4hKVgVGkO2fxxPFuD0ktilLJ"
    "30CJSyRYkhqk0VJabJ41k5EFoDuxeiDsJREOBfIKFGqAvWG6n/hO5bJhpSnsyQSfRUHLLT"
    "UL+aseoWYyU0l4VyhnxSRm+iFTnys1kBfV9V1jstqKt6K1T11sdP7DLsVZuuP4Lpqk2spn"
    "YHbWLtxsTSsQh74GD/4EzZ9wpzKXV/WGUtUWipZiTJo+CwdQmHwF2MJ8HpjByDYSOdVWFH"
    "yBSD6ZE30p5xiYdY4IvnIFl8Dh3c3so/xDyEg+I4CseyqKRBq49Sz3CFU7EhszV9FYw49d"
    "TWt3T+oxhfl6PRycn56Ojk7GJ8en4+vjha7wD5W1VbwdsPP8NukNrO9zoHdu+24R8nBfXZ"
    "YI0XLBVnZVKmGXvsedeNll3C3a/Zv6OieyejGtCejEqhhVvZyvtQ9b+oIlxFzb2ETJfZhE"
    "GkUqE7skJ/RS728JKH9K1A2OHAOyOPiGd6PEoj923yCoiSvG7zxL52nyQdvmJ+XMszADcS"
    "3UgAhMeqJgA2QVu0knSnGaRthmLvGKTYuFAc44SYTgDp2vh2pNhUsurhrx6ZEbHdmIV8Qk"
    "nLYRWzkKqN6KaFHuUYfiXey7i4DlSJdwjELTNqkkP0mSGPPQj7X+yScmeM5lfBqfXbd6Pd"
    "rB1zs3bFhu8BygkdIvwmlJS6pMyzqnVQ7OQQW9iFVIbDkPYzogUrht6I31a57sO3YMqJD7"
    "GwVx8/GkJZ+/z5+uO3QzQZ8CWfDJBYFEi4eLxG3z59k9W/pjJqw0I4XFDE29uwUhfkbDTc"
    "+TOroh5Zwph5hoVXBXOp9PvMye2OZhsrToefoNxtVJsDoxm1xUiKHQNb4g8ZG82FqSYHJv"
    "5R+VHfso+W14D4WdwgDiBaRFVXRVwUyu8w8CJef/c27kJXbdCKfruK/he5N5YeJ5W8XanS"
    "R3uswhFSEPiYNARglRPd0nsoa/XgUd8nTuzQ45C1KLkvHG7w0U4XnRJFgQ4DVqxAz2/nMV"
    "AO/SOdiVsrMV9eo9tbVyzQ4pG3t2gSjI4vR+jAtLH4tCw0XYklHXJlVi9Eu+jZqabrq8S6"
    "vX2D8MSRL0HBTTnD1A7EruAGPoc3kAdhid+QfKI8EQsj4Ek9cQPfCxkYGPH1y/5m4vrEub"
    "0FIhD7QKn6XIjJF5Sdip64EIRnwSscoqvsm4I99LBgnCCx3HMycQ5ub6MfaAg9mtq3ty/Q"
    "QuDlYg6qyJTYzJnLWvHRj49qz1PQU8ReRjmKAcJz8VXXdrtuSr8lf2e2rHDq3Yo8s+Cv1U"
    "7ZTjpl++vlkmW/LGIFbkjuHwQBtU6FTv8dBY5NeLjcuB6zAlN8yvJb4uIDsoj4goUuJawn"
    "akI4Q0nRuOa63rHXrTM2fM8cxtoP3wqs3XcSb7E2kcM50Ayh8XkYbqUT0W4yiA3Rw9igCy"
    "+HIYOHcCb1ajLILUgN9Kcd1O04qEHfjd6bv4qrIR3+zyIsCXwQ+pZBM/PlrkGsOYkLTEDu"
    "e0Q1ke9+wT7U4nO0Y1s7trVju598SEobTBp2igOdld2foR5cYw/OVxNroXivuNSGAwdLRE"
    "Y7OgDrn8HpImDSA1McsgMFy/BTO+vz9IooEBVTIyGyO0PjSHECfQ5kKWkx2BG1w5no1UMH"
    "MQVzR22oLL2k1suI3Vmh6GRADJXA4rlRMJ8a7rvtykkdPFGgYL+OKDxVB2QkNkQbim79Nx"
    "wFEPJ4uSGsL7brEwQism6qdtRHSmqrUeuamdoyyyIRM3x2RwrOsnkE6I1Yh5EefMWOxZYy"
    "2Ue+9es1+5wgr+XZTT4WPwcxMDVMsTg5DAFhDYX4PeqHhyx47CG/DrbyhB3buWlyXFWTzg"
    "rrIMIuKztwjohBPI95+YEuT+BPS/Ugt2HXSfzrbXULEyYrqz+wLn9gcRiZYTGngDl8PFpu"
    "LdgNwmiro5DeRb8ldPJiG2LMVxvdUlymPMy7DfdLXxgHEc8nfc9MOuCXCVdwatNtvvtnIL"
    "I6EvEBAYZi6KbkZw8XB31kWgyrS2pFbY35unGt0A9wOb6Up5rhJVr38nKdui3GR2ZpP3w/"
    "9IiY0dxfv1bMME/AA0hcfzIoOQqv4WdA0Mdv5F04BW32wMPE8oAvQnUw7G4IljHB5gJJRC"
    "DQgbvwGOaYBLLO5b9kaMa2ueYxpx79M+5QBzR0NKBBe7dbqlKa/g5UXXaNhos8N7QtUwdy"
    "LdtKm01L7g8d/0Mqs+utRHGQk3LaXOnaCHdE87wiHjUXRRpndKdS08SbNvpQn/3ascs1I2"
    "Gi8cKT1ct374RID3fu0XhcY+sWrUr3bnkvE10pPioFhKPmPUS3lRgheZi1o37+tfNM518/"
    "z0bZDxrlz/8HBGZ8RA=="
)
