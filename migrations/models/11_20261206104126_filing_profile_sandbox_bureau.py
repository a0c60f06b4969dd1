"""The company's filing profile (纳税期限, CIT inputs asked once) and the sandbox tax bureau's records, for both dialects."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "company_tax_profile" (
    "company_id" INT NOT NULL PRIMARY KEY,
    "vat_period" VARCHAR(8),
    "employees" INT,
    "assets" VARCHAR(40),
    "restricted_industry" INT,
    "prior_losses" VARCHAR(40),
    "updated_by_id" INT,
    "updated_at" TIMESTAMP NOT NULL
) /* What the returns ask once and remember per company. */;
CREATE TABLE IF NOT EXISTS "sandbox_bureau_counter" (
    "name" VARCHAR(32) NOT NULL PRIMARY KEY,
    "value" BIGINT NOT NULL
) /* Gapless counters of the sandbox bureau (申报序号), advanced by one UPDATE … RETURNING. */;
CREATE TABLE IF NOT EXISTS "sandbox_bureau_submission" (
    "reference" VARCHAR(32) NOT NULL PRIMARY KEY,
    "submission_key" VARCHAR(128) NOT NULL UNIQUE,
    "taxpayer_id" VARCHAR(20) NOT NULL,
    "tax_type" VARCHAR(8) NOT NULL,
    "period" VARCHAR(8) NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "moving" INT NOT NULL,
    "record" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* One submission the sandbox bureau received, with its whole history (``record``, JSON). */;
CREATE INDEX IF NOT EXISTS "idx_sandbox_bur_moving_e36b09" ON "sandbox_bureau_submission" ("moving");
CREATE INDEX IF NOT EXISTS "idx_sandbox_bur_taxpaye_ae0e5f" ON "sandbox_bureau_submission" ("taxpayer_id", "tax_type", "period");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "company_tax_profile" (
    "company_id" INT NOT NULL PRIMARY KEY,
    "vat_period" VARCHAR(8),
    "employees" INT,
    "assets" DECIMAL(16,2),
    "restricted_industry" BOOL,
    "prior_losses" DECIMAL(16,2),
    "updated_by_id" INT,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "company_tax_profile" IS 'What the returns ask once and remember per company.';
CREATE TABLE IF NOT EXISTS "sandbox_bureau_counter" (
    "name" VARCHAR(32) NOT NULL PRIMARY KEY,
    "value" BIGINT NOT NULL
);
COMMENT ON TABLE "sandbox_bureau_counter" IS 'Gapless counters of the sandbox bureau (申报序号), advanced by one UPDATE … RETURNING.';
CREATE TABLE IF NOT EXISTS "sandbox_bureau_submission" (
    "reference" VARCHAR(32) NOT NULL PRIMARY KEY,
    "submission_key" VARCHAR(128) NOT NULL UNIQUE,
    "taxpayer_id" VARCHAR(20) NOT NULL,
    "tax_type" VARCHAR(8) NOT NULL,
    "period" VARCHAR(8) NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "moving" BOOL NOT NULL,
    "record" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_sandbox_bur_moving_e36b09" ON "sandbox_bureau_submission" ("moving");
CREATE INDEX IF NOT EXISTS "idx_sandbox_bur_taxpaye_ae0e5f" ON "sandbox_bureau_submission" ("taxpayer_id", "tax_type", "period");
COMMENT ON TABLE "sandbox_bureau_submission" IS 'One submission the sandbox bureau received, with its whole history (``record``, JSON).';
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztfet32ziS77+Co/uh7TuKY8uSH8nunuOk0z3ZyaM3cW/PbmuOBJGQhDVFsgnSjmZv/+"
    "8XBZAS3yZkUqYY9Ie0TKIAsgACVb96/W9v5ZjEYic3huEEtt97hf63Z+MV4T/St/qoh113"
    "ewMu+HhmibY41mjGfA8b0NccW4zwSyZhhkddnzo2v2oHlgUXHYM3pPZieymw6R8BmfjOgv"
    "hL4vEbv/+DX6a2Sb4RFv3p3k3mlFhm4mGpCWOL6xN/7Ypr723/J9EQRptNDMcKVva2sbv2"
    "l469aU3l4y+ITTzsE+je9wJ4fHi68EWjN5JPum0iHzFGY5I5Diw/9rqzyfZabzL59Pl28v"
    "Xd7WTSU2CQ4djAXP6oTLz9Ah7hxeBseDm8Or8YXvEm4jE3Vy7/lENvGSMJBXs+3fb+FPex"
    "j2ULweMtU13OH5Ll69sl9vIZuyFI8ZY/dJq3ESfby9wV/jaxiL3wl8DR0xJO/ufNl7d/vf"
    "lyNDg9hgEdvvzlZ/EpvDMQt4DZMeZixh4cz5wsMVsqMTlNWA+zowtbbm8/3/2zezSqwu/R"
    "qJjhcC/JcbLC1FLh9IZgJw6Hi7WtDB5WYvCwhMHDNINNylwLryfibwU+p+k6uKAvqrD7op"
    "jbFxlmUzZhPp7Ps4x+4zgWwXbB2RcjS/F5xumaYvTmSgOcLuHsm8+fP0DPK8b+sMSF97cp"
    "Fv/68c27L0dngvO8EfVJ/HDc8nvO9wJiTixnQW2mIGxk6B6XO+pi+mmr5Y4tay3HuOMs4g"
    "Jk3v78I+eKT1ckn71p2hR3zZD4JPpxeBt3CStv33989/X25uMviTX+483tO7gzEFfXqatH"
    "F6lNZtMJ+u397V8R/In++/Ond4KbDvMXnhhx2+72v3vwTDjwnYntPEywGedJdDm6lJhp3/"
    "HdCSOGR3yVAyJF1uLjuPeVYP65o6Obd19f/Pz2Yx8ZjkdeMuLdU4Owl/wVTMLXKh/qxF2j"
    "r+Kd3jjfjl+h6ZTYxtmrcTA4HVxMpye91Oqouev9y19iFokN85GjrZWeWmlSfXIpnFxsxe"
    "DjcWxzMueKueMpMj+XXs+AwgzwLxF4MsE5u1758ZakrOFwa5uY3KXTbaOZG0tsL3aa74Iu"
    "9MS3euKNwPP40cvnceViez1RQiPziXfSElomudahJwDiO7/LhSdTjMuy/CcuH9GF/TeyFp"
    "x/zx8O20YexBBi3W+3PR0Wp/+MFlV0dfuIHn7Y4OUFa40zgr8+kacXfxT06dcPH3qC9TNs"
    "3D1gvh8VzMGKrGbEY0vq5ujEb0Lin/72hVhYvFMh6z9uOjrcvSzD/sQmMeMPxzt5Ip9+I1"
    "xN8t/IvrrEKlhtzsCJrbLE+sveWg1W6SvYxgvxSjA2jBTZsAKT+pxv1P4rwUnDUX6Lfqmx"
    "C9rCAU3tyTJq/ZjVq3e7JMixCfKcB3RETXR2jHw+k+iOHyqM/yRI9PgDQxZmPuJfqbc+QT"
    "euS8RUo8CFw54h6iNqQ/uMflj7CGNbtOEE/N1sxl+Pv0sfMYdrnna4laAHj4u9HkN8dQUw"
    "PpBj20QGtm3HR3PHu9uO3Re38NiW+40ZexJEGTL5NUPwWaio2h7YLnsgI3/kbF50UcjYkK"
    "AziOf1YHB+fjk4Pb+4Gg0vL0dXpxsWZ2+V8frN+5+B3QmBNQcX5R+HsnkwQaQtKRUsKYJj"
    "Yg/KFdzLFniGtENi+x4We0a4LxY5GxcP3sEsFooG8m4FsYBsGj4qEciT94VjW+tX6GHpIJ"
    "Mf2g/8xO7zfwk/K/2l5wSLJf+LGks4QG2bWFlc+An91HzCln0qHTtk93IUFB/F6siSBpIO"
    "AEgS8LoafBQn6dDpU5txeTdMbh9Y3OGpBjGuykNERTCNkXRQLL2qIJVeFQqlV2mZVOraKu"
    "zdUnSQu/UL/T72FopOCBuK/TG419sLe88GVZYvb1XIYHEv5Q1I/Fx/y3//+vlTgR/ghiIt"
    "plDDR/8PWZQ1hhz0/mUe2OITQrOAWj612QkM+29NzUAJw4FDCYkl4vPRx5u/p6fg7YfPb9"
    "KiCHTwJu0FsE/wJn34NSGxC7wTgA4JLaIj4Q5jOiv+x8sYRnviro9fIc4eKuFLACNdj9xT"
    "J2AoAjhFP9g2c0HVugcZ2/6Sbi87D7a4dSLsLgChWmSBjTUAuUzgqz7hq5LM+dBbKBWRb/"
    "xzIGauM8+zwFXwvure7HGiFjt2tebgUmWw5m05b1uCQUWm5xwAKmaVLkafYkZwHYF1YGpV"
    "McyjGknR4QiKs9MqIVi8VbGMepoJwvL5CHkLt0wL+JaPCtTG4zpEo19F9wivHHuBcMAf1K"
    "OMmEjuEpRwocO21ugIIxd74DKM5AMh8Rih+Ret6MIT7gjHgCtTi3eYkY8aG2lse2RBYT0I"
    "ofwBU5+BNVm057Pg4jXxuPQUjYml4IVtB3YutMJrZFiYrkR7xucbiND7Hys4P9ce6wfPCG"
    "E3vtLHnKTao9IZOgQoaj5CVC6aGOTMkRN4kfEBHVHG+CI4O0f/ZyQc1MMxp1MkQjnErFH7"
    "3qFG9CRpqbyZoca2a2Gfr7MVODnMqbcChwgh0NucNhzpn8ScTl/zv1ngEo+vd/hbWFs2Cz"
    "CxevkjCX+K2DrkK5rFPxg+FPNP0Gf4WrCd/ZTAQYK/B3t8/Z5dVNko0zB3bJ+8yF2/HpkT"
    "j4T+c0prOEGp5dDHZfztKtvBhThDrEOi2mzyibaxyR21VSWRJGEXhb7atzLYltWA9S3FHo"
    "/g4WA/yO+giqhTLOlkNi7T5J8GmyhnjsgQdg5jH1TSXwYl+ssgq7/MsH03iSVfqcruNJ3m"
    "dhVuY8tyHvixChtujht3sWEjQ9gO+waM1xn7RvgCE09Ry0rTdU8+rf8QldoSmVh0RfPkU2"
    "LQFbYKoL80bfpbkMQnYSeHx/wSZv/47u37jzcfOEf7g1TQaDQPw8yuI9Q+TzmpSoqsczv8"
    "eRXR5bxYdjnPCi+u6zn32OL66h8B9ZSD1HPpdZy0jpPWKi9RMbMlzhm+Vp4YMfdedHK4U1"
    "4eVRgep0/nEfTSVSbpKNVSVjVq1w6Y76yEKTlr2I7u9Ust2/FWjwdVIIbvicmVnDXxkE99"
    "i6CjcXBlDsxxMCSXp+PgYjS75v8OsDEORtfnw2NhVuJHtnGHXP4P52FOkEV9/eYY2X9PeR"
    "xHUltobfyHNsI/oxH+uTzI92MrfjYXcu3b8P35NjwjHli7TV9D3Rrq7iy3KV+fXNDNs5Q9"
    "ll52S6exDwXsY8/ZqVu9optITi1C9QO2E7qUptX40iHjS02quz/hP248n8qXzii8sbv9Mp"
    "V3jv+Y4FjDClrvkljuCwNCSkiU2ecrAb80NPeclUwVC21egprzkg9wssYr6zUSycARMcOs"
    "PR5fvzLKZJWnAzc0Ss1u5yVGkRql2xZVp6jLA61EB+aMWTheTpK9koDfGE0Xlbbazar8JZ"
    "lq2G+cpoNMbsaPw2YPJCcL8i35VpRkYUPRCR6XHfbv/n6bOOczvhmbs/7D508/R83TDhtJ"
    "ht+RNSS1VfKZidNod5nyKdklHHhtO/Z6pTQlcRo9JbVPic23n4l64ocUWQf9l5pAR6UIqu"
    "riEaPS4IYCuCFTi+6ieicpteLdOsU7b5pnisayDJ1OZNWqBIk/UUu+aRbRkHf6pWjGtk0F"
    "IAOi4/g2G3g22NdHV9eE/3t6boyDS3xKkOMhsLEPT/nV+fWlvDoOrq+uhvz3PLK6Qx5kl3"
    "jUMV8DKuERA7INy34Zlx9WLppO74nH+Lh5tXae8TkquAeAoU58G/CpiN61i4B2Eeiei0B8"
    "nasYsTffRheU9UbzzIW7hwJ/txSau49xF4L3gxwVu5i7W4o2c7dnenju9xELZivITmX2ET"
    "YM4opfkPWKPHCe95FNiMkmK/68HpSlAwLeDOwFfSTrYvaRi2k261YD/e8Zyw3PdIXjIEax"
    "v4T5ZwdyEszpIvDyvJyL0aoYSTvAqk6lE6S2G/hK87Gl0NNR+3S4eC34k5mP0li8GNWTo/"
    "B2mpem6nXUHYPH2WFhj5gThq28XaiUy1lizexSZnPt18yN4gWosIDHMZoykLA9MlQt7L25"
    "fZfBtXfI0qMT9Cgm6PGIQfhTqfF4Q6I5/DiHV4QxvFBaxTGSzrlEjirZwEYlNrBR1gYWBc"
    "2qwvUZuv3pKwcEXulg5l2OtIO1eWnTZuemuVXWt3f3RETsFpjg5O3+43a4Cdm0fNQaxzv1"
    "1rL4J43yWOLQetVHD9RfIliagM75jidce8NDGI2DwenZEN0RV9QA5YN6WStbA/3rimYHWt"
    "EsXJ1KgkiCRhvQsjKILhPXmcNIl4lr9EvpqqmuNcENB2IQO6AlqyGS5iESXcTs2c1crdLC"
    "fsHrVakeFjXoV9DE3FhbXbPnsLZhrcjsV5FZ5ef9KDW8bomex+D6TEbBXWyuK753qPkBbi"
    "m0+Fup7sDeLYZtFtbqNxiCn98OIHyMTIMeGvToPujREnH6vUlWruMT21h/IYbjJQXTwkal"
    "YjXdNp942/aPBx1BZa/YWC/+RtbTqTA3QG0wvoZdPg8EUR+5nmMGBvgVM760iBkaKTYVxE"
    "hOKFHdvVcIELojax0RpCOCOrJlpVJJqMhQYfMuiqiDKsEqvFWxkDrIBKzM+fjEcz2qlmMx"
    "RdZBbtcvr0Z1UNR23wSR3iByNojoPFXBbOM0GrWtBbXVnnBPnYqDUNDaok1AbFFUxCJPkY"
    "jfL9choOWExpo+qj6Mg6u5OYPY/8vrcTA6N8/GweX1xdUrqOMb9iQrEoeFfAWwcy9jGUFL"
    "gfSJYWHr/7y5Df2fsopEg+NUUCkMzque+JigBIbWLrR20T0rg2oJXl15VwEBjzaQqsyN2n"
    "cO+z6rUrnurLhy3Vmmcl24Jyswd0vRwbU7qJQ+vCR7eFZZg2KKykGJSarvOiyREcvaoYhl"
    "iqx7W0ETqQ1DpqnXf8kQdo7fDZSB0Y4JjTom8MWoyNyQQnP2Ec7Cq09UhbIEUee2h/qFXq"
    "5zB4ZPc1NzlGaaTRLuMdlspL8pZIP6cfOsaLZG1GcIFCNh4eSrcMXQ0XQqSkOIqhASYYne"
    "j/KFuhZVIqbT49foYSkACCRLgyfgj0ZGGduiMBRD1EY4zNSITOIS22TIActtwMh0+lL8fy"
    "Lvh3kanyWRLnMCTy23w5aizZJ+z7WwP3e8FXqJ4AFN/n+6ch3P5z/+8Pg/rjnn/zpzuPNt"
    "ZWWWxy4d7DMXnA6218H2bZMbDsLEkKiQ4k1UMboYSXvlld7tkqD/+IIkoA//GiY6Oj/ro/"
    "NBH53y/58ORcjz4AKNzviv66FxBtWHyZw3Hp2PxsFoNoJcxDM8kJ300QU0vBoMMCQnvuT/"
    "Xl0NZfriGZgPRiN+Eo574x4ch3a4aYLDkRP4kLc4a4Bo60OWbuNVsKBiKCiDBPmOj3Pigc"
    "o1kojmyTrJfvwRe1DRer7JaT0anvLZvprhM8iELef++vKCT+H1Gdigrq+uQ8MSNe6Iz/iM"
    "fYK812LGHNtao0RLENi26bL5hQfiEbSg9yTX5vWMT9KwAgZS62SXwloZwhZvbL8tsS89GI"
    "WMjjmDuZxuUptP8HTa5wI2sX3i+ZzLEAslL5mYWusJI949NQiT13zH4sJ7uL8cv86slKYG"
    "Gtti+xHJ3D3eHfbWaOE4XD2A5RORPr4PNQBKwzKAP5TClpNU7V05O6rww0qI6rAEUR1mEV"
    "Xb2aqSljpoUkDeXt7zjwk0bEQZ4s+Ots+OjjCCx4dELUUa9nE/dmCLTrLbegP9l66K8yom"
    "t/Nik9t5xuQWm091iDJLfBAZQYUAKKZFVMfgvIezksmZgPK4YpcMX86x0VF4DL8SHimBH5"
    "UJLTq6j/NFzsZHbPicD/KcEYt3iyDXD7FNuwNI8wPg5ukZFDu5uiBCKBu+kh8mfNJr4ovz"
    "VcyMOE0vBrMR/HtxDje2W6K4OSSnZrxJniC4lzH3bLjfgoqKK2TyxDIMjysSNfjxiK83xF"
    "S5LAby1Iuzs+n0WMhp/C3QA2b8S7Xn1FvxT5Xar8Sd7fccgrMA1hboo/V2v09AEGbRI5ip"
    "VftLUrV6k0h/YEg+tzzgK4L1ic82fHEup+ecFHsYb88iBkz1ZvXukl8yh74GfLNlMZGHDm"
    "+2xoP6XgoyOb7T4k6/3Gt600YnMtnXym/eydgkkyVmS5XzKUFUz/HUBJN7X/9682IwugBF"
    "E2QCxyYvYP8Th8VrcUkcG9RnxJqDosqWzgOAiAZBvhPF5PJFn5PWtOa+953b3slzVihxCX"
    "FyfRRaZV5ujT+ItgI3aQUm31zKj+MdZKUkpbYCt05MSgnGO9QYZrrAcPnXIzi0k5qhtYtD"
    "+Gy0j8z3Mc3tjQ08uO0xo5xn2Jzl8U+OR+jC/htZC1a/5w+F80trhQr2221PB8biP6NlFF"
    "3dbuAeftjo6anVxTnA35tIs8nbm69vb3581/vz2WCP4pjxSuHiCoHiN0jUtUWB7VMLiegw"
    "87VU++QfwquZc9Mnto9sqGmBjCW2F4ShI+G+Avdl3vEcBLT+7h9HZNJR4smQN36Nt0+3CR"
    "On59zJb79xn6JhmXsNAe0LAtIB0Q1iAW0sObDXxdswfymbeCSvpk9Z3M2WaI8xN5sr+xVt"
    "a4xLcTy6oDa21KTOFFVDSvnhbcjxbFby6J6AG4sac/NINeyRZfHekyek+fm8EkTDTqoWWW"
    "BjrewymSLrXsXc+n2JWpCjomUcV0tREe6W6uhYglBDoG3GxmbBeocsJEmqLuo2TaQhkVxT"
    "z0KSpmuvj1trkpBIlvHvgH8qbOJydu2wvjPkHWR8Nc6Xsb6A9zNs302wYeQng3mM9Wlqzf"
    "nqnOcKu0u8XC/aUkU/h1pr/Aoav+QfWeWWx3tswW/IurfSR5VUqFGJDjXKKFGSaTvu613e"
    "z+s+SA8tTd1hS4iHmKhuf1BMU4t7ZzGxiL6D+0oD0krIvV0FxQJyzfsqvHc9UTTDNqyAP2"
    "R+wG6psJjfQauzsrVMXBRG/MlO2TLTpDqzI4l/Czk5MwXDdsicGafTXK7C5V04rLlbJTsp"
    "VxG9O5UTckvRvUPxvNKheF5yKJ5n0w+B2UJd10mRdY7X9cfx3hOPztcT37kjSqHeabquGZ"
    "uHVQLqh8UR9cNMSH2UA3TiEf62zFdUKwvIW8v33ufAQ7Gip+iOrFGUBUs4pvLJQNFbvYJA"
    "RMiXENUK6vP2ro+w4TmMQTUgj5KcXD1NDbLnsMY/vImL15aDVbNHxqjau9mJXBg2hr+wBU"
    "kaw6cO0yMzSIZyNYCsN/jKQFjkvNhMWlgJioiCtKv8PBs19v2IX0QloKkE+DjLIh/Gkhh3"
    "yj4oSar2zn1rHC49YkYJJ8RqmdiOmgCXS95exvdukCfyyoidTiaXGQeXBLKbjmajy3ieIp"
    "nMVKStTF3jV+ZnF/B7fnkcZkUL/fUD/rA58eX7G3bPkpJ6OpxDSIXTJiQMvjHJM/XSD1nS"
    "zvG8/j1xTi1lH/QNTbsN0r33Eg81ZfEE8dQiTZ888jnHHWQ5UBka8Z3KxCK/I19FLyzi+0"
    "JCZD7BeVn/6uz4WdBOqB/B32WCRZ4xJR0kQ9nej6z3G/WXCLuu59xzydAJ86vJR0cPmPqg"
    "GkCGRszn0Vzx2TwaSwBh3IMsnjB78hefvXEvZyU0MsI+s7xF81moexRXpc4h1cWpEx9onc"
    "WpdUaWnq7L0RLE/OD8qgPX3HGak5R6mls9zTq1hE4tsd/P5impJb7w9f7l/dvbstwSsdxh"
    "9wSGzmpqId1Pf/tCLFwglCdTRryDrjrE82RAH7XzCk7swKYP1D7gDT3LpT3kKXkLPjAiEU"
    "dRupKoRb9C1pKJEWv8aPaSzzZBnvMgjDsyAhZ0L0bAoIOO1gR76C8IFDXKt6Tj1whblmOI"
    "lQDQ4gK7FmEMzYiBwwz3SStTnb2PbWmd4jIk1HpBS84KYkORR0ZNIk1XXEeEEfhL2yzUJ8"
    "Ge4TmWxfvhkybKTCHqV8yEUpiYRL6DCgawpWhvAtVnBtiKU5ZYmPmTe2wFeRVX6aJQTEnS"
    "7U9MUazBoSqjXA8G5+eXg9Pzi6vR8PJydHW6EVayt8qkljfvfwbBJTEvBZLMs6Zykodv8Q"
    "a5OZwf3x7JpumjmyOYSJeU+Y63hrS/2N6aZ0JFto9YMFtRX/yUiBb8kiaXvgAyiRlWncq1"
    "wNbbfc3Jtsu+rI4lW9rDF1W2v6mr2Fq1PgDVmu8ujqemWMdJdGKXHOxxiW2bKEUnxkg6GF"
    "JUs2lD3bj1HEatvXG3iRpzfm50bbHJaEuhLUW1W4oisVAt02SCSKOfj6OfsZSqT0Q/Yxlc"
    "D4zFVdHP5OpqYWJdgfEVK2MRBPi4LmZFLWutL/R7fLXx75+KTv7xFE3oe1GDGss5u5mG6q"
    "yNk+gtNi/HoWKQj85koJbJwOUPAFZsVT6n6brI7yYc+iHzg6r/apymi3y+rsLm62IuX2cy"
    "FrjEUDJbhO3b67C4a6BatZLyJRXlM6U9baqU/SFq3znW1p/l5I8A2z71c7wnSiOz42RPDs"
    "5uGbBWITZ7MOxfVS9ozlfjRKTEUGRyklCzuZzNOyXL0GkyqqcY4K+uHgUTJ+qiGFF7BMwO"
    "eUh0BpJKC3hTPmEHlTmXtsVWpN5nCAXKxD1GTx/V2p1ZAUGAFUFEo+F4HjH8vJj2J3bWsL"
    "qukWaNNGukuSLS/JGAtyBbUreXAzTH7vbLcOZVsl3NKHPMoztK3qdB5ucEmXWR80YLb3U7"
    "s1RvHIzmp6fj4PL64mocDMkMoxDJRVx62GbGIZALhTIkNxfpjMdeI7Jy/TX6V9HQIwvKfA"
    "KyCLx4VlRpeKw9uzToeMDHTuKOeLOJQ07Vny1OpAXYPJc2HYCnA/DapRhUqe2cszXUwNub"
    "bU8d5W1yR2yT0vWL55iBkRtnEd3ql6lbbqxRhbrZDN9zoSUkQo4HgWH3XOaJYrSYSA8DsG"
    "wfwToQoVwBC7CFhLkhL4dWLX2WaXvhtAn2aG3vObW9Fh+bh8dm7VW0L68i7eWyBy+XQ7IC"
    "HmwWPO3v0lxVH+2l1aSXlvZzadzPRVfnefbqPCL5QcB2AmbTtBqabR0025IMDV+I+TaW37"
    "uXAx6km/TLQIR0wvBqaMIcuxQ7PzCu2rsym0Iqe/bo3Dzb2FvmhP++OL2Y52TVTthf4lUQ"
    "wqIHkJcUGsjabT+wDAjxfI8ytoVzS2g6QkeJlP1wQplgPJpOU/nYp1ORJlzk/C9NKP7UpD"
    "kaBmkEBtk5N39defkfF2XqqItSvjijjyVa73k2V2X6PdtRKZcwKfYdT8nAHifao/wvNx1V"
    "I/tvSwdSf0Pub6hOYL8KNy+AakVl45xs0ZVI9pkjAXbZyU7ufDmUGoPMSq5hXdSdEN5cWs"
    "3kolrvO/E4j1SzOGcd+9gP1LIEbijajPOK1GXRScklXXhqLm8ajkdOot1tc5DGRf+v0PCY"
    "D+mkigIRYhKzn9n7GxpnbIe7RJSNXyzovjxONhdlmz4Ke4CMaxZ2uU4MlXeG85HBJQdyPT"
    "/uI4/cO3dw3yNzUJofP5EGVUqhDYpLoQ0ypdB2LgDzTMVfDtgVsiBbbnEGnw1BOxL4wHid"
    "SeCjK/Y2Gk4ni2buUEojh1J7qeXICBKXUedvhq7FcV7PxlwAE3dS1LKEmr1Z9pJvLuVb8w"
    "72hSSlti60zrqg/fu/u2mOThT1aU5S1jDNLds3D32WW2Iq/I1wPdR/Q4V63csxFCYb9MvM"
    "hA/E4E0ns1jbmsM7YWxghktsLgFoX9/nNHKFc1EV1AibtxnM6I17K3fcQ/+KnPmcGhRbKA"
    "wMQEczxz+G6pYralP+KqIV/H7hes7Cw6usaetpfe0ZPgm/KIX53FK0eUp3xKcuqkCBF8VQ"
    "4EUGCuTv6ShyOEbSkAm4UxzWEnFnZSUd8drM8V4SmamjB7sQPXhj2/zJDFGcrZcj3Cful8"
    "r2LHBdx/MnOE1RIahwHFwa8xk43JnzcTA6uwAr3XCIX8sIwOl0BcwlNqwjcHzzGb9hm85D"
    "aLtjyHIW1GYiMPDBoz7JyTTV3DCPe9f9DjZiz4+gM2Kb4uc/tEKyT4XEp75arpkNQQcl2E"
    "bi5GaOmROrf0u+FfmkhO07wd8yIerd32/LjagbGerD508/R83TltWMo8p2S1ERZxOEWppt"
    "tTQbHRWKUxwj0xPc6gmOyRzZSS4NtkpR7jHKanPlYMOs3GBmUbbcCQ1I0x6M6YSLwKaH5z"
    "7iugi10OY9XiPHttbbv1FchufSrkcQWzoPNjhvE3vueEboLZeSr+vtvMPffIQnqbqPZOg0"
    "UJGXmkvjfF09OFtiE/2JEBN66uUgJpt7/SpoyTzeulZbqDZ9Pqfps70YdB1RfafoXxHjxz"
    "earRFG0gEABYx4AkhzAh/qom+smdOpNAVOp8dZqeFpXTV8krTR6JmZvz0l9WjAHvdMucDa"
    "ZvasedHe8fdQWbJR+zZjcJClkA+46iMWLBaEwWWI8Vm5Fg4nPbGrPN5836VXyLccabQYGI"
    "3at3lS2gyMti6Cr45j1yMGofcQsmZYmDHK347/pvY9rPAF9vkcQDSba4nrc8eynAeIiQtc"
    "oHAYMTMfSj1d7vlj0greTp/aISh4CY8o19xxmpOUeppbN80KenzMFHIPiGEOSB7S/fS3L8"
    "TapB/K9zWJtPN39+QgsbIij5M/9wF3SKaVYB4brlYHPibkvrKjyDtsLJE8qpGxxPaCyExN"
    "UV+I+iDzCWcOkWLJx/N5WIbjB4Zsx89JP11XpxqCaRkEo3xq6NOipadF0rvTdzxVXG1Log"
    "GDLGAw95zVRF1nSpF1LottAyCAswObE0SdgAOaZjMcySpYS9S+Ayt430jLRopT2pBTVNqI"
    "/bi3fdxO+ER3+7iB8sCYXNXfPrXA2uRw/8nx6ZwaQk397Pqfg1yFKqdVv4pWZcfoJo7rT5"
    "ygqhO+NLFB6ULsI9MBxQY9YDDMeQ42Dcx8FO+doaOEI0+Oae/pXY7tsf1FgI+8E0eoX2Aa"
    "5GoXOAz51LgjoQsRth7wmglLotbG2qiNtcUg3gEuayD8O9B5W+LpdCv22LwjKrxT6Vjyt2"
    "2b9HH6PbVjxMwAvOXvMStf/I4+CL7Lg6AZE+1tKKKgh6WDwBlIJMB+JUQX4QdtO/YLCSFH"
    "Tk1COlrhNRdeCG97gsAlKiQFp6iMXNXAGGP7Mc8rcrI4QZbDv2MT8XvHfTE6ZWjrkqU9sn"
    "ZU78WMRllAXkQsz04xojaYKPhsjHvjHgIATkz6zS/vc8Tvujrdu1eY7fMDYuLyuVIK1swQ"
    "thfPkSmS4TkRLvzkLDKX1ULkp8z1Hy6zGcIItQoni87hWycFk1/3AHsup9Zt98DNLg41Zw"
    "LPAxfY8OH590lkXQspN3GdmUXf6xGscvItNm8Fk19f102nWw9m/0MMpZqEMZIuAuJNBGbH"
    "nyzD6WJoPEXWCW7vGyM3OGsWjpcTF19ylsVo2sz03mdbuEvAjvLTzX+g8LkBrxMJ/18uie"
    "W+BGXg5Rz/cbLGKwtKWW1avcqNCair0z3bnbrqdgrnA/iETkT2OcIYl/0x9YUbKINaC/ya"
    "Y4VOpLlepjv1sG+nUnn6ZaevuEJAjORwawQIaQEqR0otYMVnBy/4pzYjXA4gG8wdYQaqH8"
    "gGGC2DFZcjoaAGmeFxMDLJqEAMqavjZ65XAK7RC5so5iNPUbVdGo17tgkdcU49PntLbJuy"
    "jlf+FFcj00h4G+WdQ0DCtUv4dzfNkTiwwzynSA8mN8d3Oc9S2Ntl044T6jlu2xzvFN6BfR"
    "8by9XTYzykZfJm093hbubZMI9E5qhQoq6DWx9lX11iVfNm8dgSKzSQJ5dhVVP5BCfJdGaQ"
    "fS2npu3fc2oR8TvD2hJP+xhNq9HArxjqWkOxTcejC2pjC8FzoyOTegSiMADDg+S5gJx4jg"
    "XIAKxr4jHkkZXD5bYcHKG2XssRpUGVgtO8VTGmNMgUnV4Rk2I5WQrznaRq9Yz/FJmLV3hB"
    "DTRb+4T1kU3uibc1JQM3stOqRrpnKzSj/8yZsuL61WFz7cqeZ+Fb4sHoQgkX31C0efHvaN"
    "9rYLHyPZDLKZM7omRkSpG1mdW9X7C/jGxCYqfgOztItvckcgyPqQ8oOhjW2V3nKR3t//zQ"
    "sGbhR3XoOnKOJqdmXUgS6ZMn5+QJlSkltiZoNFcfD03bOnc/MTBt61F+YAyuGpaWWFr5QW"
    "k5u0JtnO0expNmcHJLbFPYX3IGCtGi2BRVhopiy+TxMD9wrYHTC7x+cegE+ANE6HFxwXwt"
    "5B9pvgXXUcriIXexnvJddmrqVyNW7UKsuOSyVE65EafRh2hJ0o35PAe+L6v6kCTURR8Uij"
    "7o6kT7dHvVquv3oLpqFauu00GrWPtRsbQvwgEY2N/bM+dbibqUuN8v05YotFRTkkSlUGxe"
    "Q43Qq9E4GM7JGSg2wlglO0IGn0yPvBb6jEs8iInl4yCRzRLqFIgfEwiLBXVHzmVejpRGh1"
    "IPmef/ilD55FVQ4tRj5d/QxfeifF0PBufnl4PT84ur0fDycnR1ujkBsrfKjoI373+G0yBx"
    "nB90UP3BHcPfTwjqs7E12rBUjJVxmnr0sefdNxo2Cbe/CMiesnieDyqw9nxQyFq4lS7lAW"
    "VE8lJMliTxjNG0GU3ohSIVuiNr9BfkYg+vmIRvOYdtBrgz8ggf02NhGLlvkZcAlGRlmyf2"
    "tf8gafmI2XktjgDcUrQjABCGVQ0ArAO2aCToTiNIu0zFwSFIkXKhOMcxMh0A0rb5bUn2un"
    "ga1V88Mif8uDFy8YSClv0yZCGRbNVNEj2KMfxCvE1SJig7YRPwW3aoQU7QJwd5zgPX//kp"
    "KU7GcH2xHHe2nbvRZtaWmVnbosN3gMsxGUJ+E0pCXZzmWcU6SHZygk3sQijDiYT9JuGGFb"
    "F+Ej2tct6Hr8GMER98YW8+fJhwYe3Tp3cfvp6gcY+t2LiH+KZA5ObxCn39+FWkD5wJrw0T"
    "Ybmh8Ke3YKfOidmoufNnFkU9soI58yYmXuespcLvM0O3P5htpLgcfoT82WFuDozm1OIzyU"
    "8MbPIfwjeacVVNTEz0UtlZ37GPhveAaCw2ITZwNA+qLvO4yKXfo+NFtP8erN+FztqgBf1m"
    "Bf3P4mwsrE8Xv10q0odnrEJNOnB8jCsCsMvxbuk9pLV68KjvEzsy6DGIWhTYF5YHfHjShW"
    "XnKMBhgIrlyPnNDAP1FT7QOb+15uvlFZpOXb5B8yGnUzQOBmfXA3RkWJh/WjJNsIiVWR/z"
    "duHYiaabq8ScTl9DUmHxEBTMlHNMrYCfCm7gM3gCUVmPv0N8RFFiDyPAST1+A99zGpgY/v"
    "WL/ub8+tieTgEIxD5Aqj7jZOIBRae8J8hHDGPBI5ygm/STgj70sHQYQXy7Z2RsH02n4QtO"
    "uBxNren0GC05v1zMQBSZEcuxF6L4RPjyYTELCnIKP8soQxGD8IJ/1ZXNrtvUb/H3TOcpTz"
    "xbnmUW7LXaKNtKo2x3rVwi7ZdJzMCV4P5REFBzyGX6byiwLcLkduN6jhkY/FMW3xLjH5BJ"
    "+BfMZSmuPVEDFScurq/rPVvdWqPDd8xgrO3wjbC1/UbiHfYmUahg3JPK54k8Sse83bgXKa"
    "InkUInL0uXwRMocr8e9zIbUg39aQN1MwZqkHfD52Yvo2xIJ/9cypTAR9K2DJKZL04NYi5I"
    "lGACYt9DqIl883POoQbH0YZtbdjWhu1u4iEJaTCu2ClOdJr2cKa69w57ULCR74X8uaJUGz"
    "YUlgiVdnQE2r8D5YlApQekWKIDOdvwUzvr8vIKIRAVVSNGsj9F41RxAX0KRCppPtkhtMMc"
    "3quHjiII5o5akFl6Rc0XIbqzRmGpUcxEhRv5njnrqea+m86c1MKKAjnndQjhqRogQ7I+2k"
    "J0m99QCkDieJkprE627woCIVg3Uyv1kaDaadbapqY2XSEMODbxnTuSU8vmEUZvyVrM6d4X"
    "bJvOSgT7iKd+tUGfY+C1qN3kY/46yAFVw+Cbk+0gAKwhEb9HfVlkwXMesvtgIyPsWc9Ngu"
    "OqknSaWDsRtlnYgToiE+J5jped6OIA/iRVB2Ib9h3EvzlWd1Bh0rT6A2vzBxa5kU3M3LKb"
    "j3vLbQjbARjtVArpbfgu0siLLfAxX29lS36ZMhl3K89LnysHIc4nbM+OLYtnbk3BiUO3/u"
    "6fAchqiccHOBjyqZuRnz2c7/SRatEvT6kVtp0sNo0ruX6AyfGFqGqGV2jTy4tN6DafHxGl"
    "/fDtxCN8RTN/81gRwjwGCyBx/XGvoBRezWOA00dY7RlblvPAZGB5wJZSHJTd9UEzFuVgBU"
    "fA0YG5MIxjGwSizsVfwjVj11jzCFMP/4w61A4NLXVo0NbthrKUJr8DVZNdre4iz83ahqED"
    "sZftJM0mKQ8Hjv8uhdnNUaI4yXE6ra60bYZbInn+wjfdueOtbkSOS/pPHM5DRgDNb1gqh7"
    "ohyQRnaCpkLfLxNxevRVLVkJ5JZ2Fnzolcih2oCC+VkD4KcXQkEDDpIMwfCAQ9/hGAPpKX"
    "raiJIXQkYrsiEfkcq4oiG4oW17HeUQgZVPHHGRS74wwy3jiJSOGqLE4Qtdc1uDVZWmCjUb"
    "IOhe07KEZXqUtSXJUkU5METMxKrN0QdJC3Z1UW7lnxwj3LLlztHKYF2L0IsG8BmBHyVqHo"
    "GjWpJrQasdaV0FMIxwLM0ZZeOYyIUn5H//VfkC/Kc+4pYI1/2SS2MOmC+sevhCB5Nnoh/u"
    "REfG1CO8py0dOaxxjb0iAugtUAOJ1Of/0FVhREwZ0OLtCXd7e/fvn0/tPPkI7TZtSUNnLK"
    "WACicCwuT0CsVECrC+xCcMtTxWH5ckp784aiczJFLcdesZQsbMv32ApyzsIyTDpJ11ovvB"
    "Zi023bPrn+SnMtT6kWFTfPbWM1VX/l2P7SWvP95+L86kqmEB4H11fX5jgYEXyBHpYkCgy2"
    "TcgcLNx6HMsU+9cRf6LQjSfge9APUZag3GTF+xr2CXvg82uvLdoD61Jei7fBcBnwqfJxnh"
    "MWMegKW/mMz9CmZVZJfBJ20i2J9cd3b99/vPlwdHbRH6QyaEQTMxTcb9m2996+h/RiZfte"
    "1KTaxkdjrR/f+SDLgWgvA4HDToR4RUx0NOPnKnI8xDfT4z54bFOfIUiufsG3qOszY85/n5"
    "t8o7q8hisXl2Q0Dq5mZIDubDCFUz9n29vPmDl73u9cPrMs4k22W1Ro4Z9Egf8aJX0mlFTq"
    "EyrnzJZCnzMVQNLNOldgcZKqzXiTSHQgdhAQpriWuHIdn+uYa4g4fR1WcRCKq9wC8jMlqH"
    "aw78LU6d2rulqaItR2hcc/mZBp4k91Xkdkbf5odgVpm4ipngXrnZZ2mm5vK3tPCffrX9eS"
    "Y6rLOkmlV3W1Vd3JlCDCWdWg2JpO0dH52TEI69Op45nUxt5aXBzkwB3VyfYcaCgVjx0sRA"
    "lCbSBqnYEoUf0bwBGVT3FD0GJZiX9T/8X/e/Hxo7COoLdL/i2J2H5pcSkEE8XL5X2iT+2u"
    "9NMt0xCjL/ey8MO9zCTmAZxrgldgJlOEytKkGinLQcqyvOZi1k6MDuk0l6tweRcOa+5W4O"
    "4f3sTFa8vBSiJZkqrNgtnOPjeVBN8SHeMsq2QYS2LcTZS9xhJUXeR1A8LrxFNOwb4l0gXv"
    "VQreWwGZqAPVKbIWZ8poDUbBh5tTbyVrAdmO0h6SJe0ex+t38D2Q3Ei244XCjIqaJKn6UD"
    "TRt9YTmdeIP4r4mVWDHm++500e0qIq5ZvcEBxw9gAwyIj3EDbg0DgsJ4mhueOhULJlx33x"
    "J5+bFxbxIWudkCOYyCifNBxvjcX5BqCGx3vmRJkBU5LGwuYt3j174+ByNABun54N+e+rCw"
    "LcxkMorwCIhUCtX4kM6Hzhv4SaDxP5Rx/gx0+/fvgQRlOFx0bedtDUIHveRPh08v0LM0cp"
    "zVeSqgM5f/aA+gPPXOJRR0nRTFK1+KvbkdU1oH8t8936Qsy3MWmzV+LDlW7ar+TLBdmejD"
    "TZo05dfI8ieMAPotnoMukrJYHbi9OLeXwfgzajUZgOZ+OPlbsP1tWvjlFtl/dVC/StljG8"
    "YXWrzf5Yz8fn+l2mnhGyaTWnG3OX0s5p2jmtc2482jlNO6d1b1VTm/oU+3k5gItZnSDqIK"
    "drzu4goRNlQ2iKrIN8rh/f0ok04jtzFUl6UCxJDzKS9Pdog6jD/twIkg+8nURoieKcxOn0"
    "1NQ+NTrhzC5TcXD+xOSbS3l3O0xzklLnxWzzLIMTpbljuYY4pZ7lNs8ymFnUMcIkVffsdf"
    "Uo9y0z2X3lMr8oai5fpcBaF2vVr2SoY0mCChlnBGTxAyQ2uCTmXBjMzhLOBeBigpE0CL9C"
    "jkvsPuJPYlFwSwGXhPNzaDm/jPdw3EeMLuywScwSdzm75L9Hw1MzNxHNMz9Nbq6GGGwmre"
    "I6QYNOY9ux3TFRVVrZY+SJ3iLtZnDNwWKHgA71YF/dD3JfA8zZkpP9CzGgmuL6LWClOWd6"
    "4n7pae6FLTewa7Wsm2EVZR/KOtrkhaisDD0wtKD3kNoyStwGGd6JzYUEgM9FBSDio8Dtx6"
    "raYxv99ePN28wJ3dA4Y/vI4JdeMuLdU4Owl5A1D0j525646+PXaDoNmNBiICJU9iTGoT5a"
    "Yvjbu5c9isx0nIG2yXll8IG0n08LD/EW1xw6PDbHYAK6ICwHIig+XbYUnXOWaqBCsYZUvw"
    "cYJjxpVOc4RqZhtrbNb0uExK8Gtt/yXr4KoT5HSkw2KBUTGW86MXjbaiLiOBjNMYl8pEfn"
    "F+Lf0xHUJGVLx4Vsc2E6TOgURXXo+ijcvGSJSJF5jjfPc8uufwAtt7VLbjOclYvttZrcli"
    "SqR27rAJdjXIV9RQ3TipF0EHPRops+2g/yaC/Afjb3KhzolTGfG4jxnZ+eRsFPl1enZ6/Q"
    "dBqWa4FEdnP6DWLGN8GhSEyvBGdEzqlt8jtJACn8Gbb4aPCLS7S5Vpq9jauP/7Yd/89Zfa"
    "0J1opoew/bprMSaRYA3ZxOX7KX/wLP/m+wNs8GV2hGfdZHv3758ILhOTkGkVaUvORfrO34"
    "aEbQIiCM5UVtNzHA3ovutUTq6xZaJ2BwNabGSXZiactghbpZ2sU8t+0IINgpvWWNiS33lM"
    "jjM0gk0pz1KiavoCMff0PUNqzAJOaxyLDib/K0TKe//+9YcGrMuxyHrz3u/fmP6TR7IDQz"
    "RMM5C3mDlZKH94ZAu3YnlKc6XLu1z29XdVlthvh+5tcj987dTlOcpNSz3OZZFjdFFrfsLJ"
    "fmRk0Stjs/au+GP+wL8bCigi6VDkAGdrlSCxecwJeeOdIOJAvl5kBLO3fzLHlYxRTxp1OV"
    "imNkByIX1/Hp7iR3mpha6x14nKDTTC5nsiw3NtnJKSuXdn/lj3dE/FZEVA1/WDqMoDCbkc"
    "Cn+Z/YI1wXg10GwBYRjBCHu0fD0VUfbcrcgh7H2wgrkePlwOXND9e0dTI0gM1UAcA0XZtX"
    "xfPZfrVhsqtiYIsMkx8JY3hRaJuMbvcfNU+uYi0VostCMuQ7G/kN4RmIczjaD8NNUEp2fN"
    "8zIWOxSNwIMV/UPxZJbGNtPOJa67IgsmYH1bbJdtkmyzIZFjK3NJGhNlK90ra/htg695zV"
    "BPYURVQgQdduUKCOc77OoimOuc4y+5Z8K1jDUftOmAbLRKl3f78tt1BsJKkPnz/9HDVPmy"
    "20VPudSLWprHK74ddYg9dtnd8WaS1fpHTWK9BaotuPay1erOWjWstvSwwagnRcZMFsRX2+"
    "9l4J9WA+gNqj5uk4GBI85JcGZ9eDzR2J24zOLi/Ry23zgTkQyShMdCTTKR7H7l7NjUsoz3"
    "I2z2oyz/kgj2s3v6ekvLAME2/1u/D7Cy/H9vN/aIVo386aqmK7+STnso7L7FoVaoStvnNH"
    "lEoBbQha7lYsd0Tk8gPuB4bEU6Mj2KZTzr79KG/BPfHoHNIlgOuSbO/MIUdCGDeXb1xoZp"
    "g9x+e0sexfHetgc2z3RSk3Pm39sKZbH3nkf4ghbkm3LDMzvcrUjxTYrTBrZ8WO4WcZx3Dt"
    "bttVd9u2MVv7s3bYn1UXW9AlRJ69AmNTNUQog2qKudUuS5H+HGqN96vg/YJ/2DT5xsOZyB"
    "m3w+6SIe/gsq+27ssWfsHKn2H7LnIMU2d9mlpzvgrnyQpTS4XZG4Lu8XdUqfbIqKT4yCij"
    "pyrvI13eOeo+MCHtqJpUsqVoL3sFSBP5JDnzOTUotl6EOxuSb7BNmgkwDnrATNwgJuLCPj"
    "UJ+o28BWsAOMEj6ucDQQ2MsWcUKASgFD2QE0Q6KjorCqlXW+9wpfVGjt1tsE7Oyq0Y5pO3"
    "fLWIXybiiyRY6shxiqy9K7wkpd64N+6hI0gNgtkdMQHcD/hreJQJsNhmxBPY8JxLd1D3QG"
    "zqsPcTzxOJRagNKXuAE/yK402nOaEL+x9+z/j19gGU18+Gqr3LZ8cNsoHka47tY8NXRvjS"
    "dO1lde8GhQ+L4GFjma8W+D6M73EDtkQMrxnEAcF3w47DwB74mvIc2evosnSqh1WOwmHxSZ"
    "iDq+c4tJYUcc1zY23RtO74BQ1HVdg6KmbrSKcv/G787XSZt+91llUDKjN0WteVOkGLXFa/"
    "QhBvr8BhVd7sP+quyjbtKoTYbYLXrkcE4oXJ9eUrRH0mpQbH3oQNbzJKwXomXl/8DQ2dBz"
    "sn6DhPIGl0rNzia0n3OcFTXX5NZwDP3bcOj81btqqqRh12e2hAKfmO81ugJd96LZF8Gepm"
    "hTkmNjkojkCFJKyPRBlMYxxcnJ3OX8aDBQS0E2bleTS9RQOj6fwLWuY+6Eim97Yb+Lcett"
    "mceJ+D3HCmTJtSIZFC64kfNp84QcXIJojyMWdceru6vIbfFwYECc0xl+GgRwQJSLmCEYBb"
    "MSC02EYEexbl37Ys8ck/a+wj20GWYy/41T8CbFHOBibgqBz8uNHxxrwTz1hiRtADsX3I88"
    "DHujAuALEenYOAeTXnIw4G1324yb+hletDQgdGV67oyHyx4sImHwiSz0OSMcz4WMyHgKrT"
    "wcXxCXrvI8rG/AM0LOzJx5xO5dNB7m4YcDiEQc4u+Sua8PtidH0NcVlXBtQxng2MM/4sF1"
    "enUI3YvLzUqe21XPvdyLVyq9rRrp8l1YhHjuoQgPSlpDxsKDoHvQ8q+XyVuHxlPb50OewG"
    "41y4CJAjd5cFuYQUOsKFxFmeVXoPw+lnB/32RiKMoo5KXAaeyOdnUCFaeBdARWk471/Kk0"
    "RKmnRGOe/WJ2u8svKy89fe+75rtehsjRotaNn+pdGC6mjBW6lS3OJvv3jOnFq5xqRso34Z"
    "XhCpKRC95cYIqqVCATOOR/zAsxm4mMgqrWDP8UgI/LminokYoyCLiVofY3ts/1++x95jfx"
    "Kp2lBhbuXY/pJvwKJ23B8B9mS5OdDVz4ZiDAARZ6D541Mis5mAgj46FTcBbhC+0QQx4osM"
    "j3hsI8S4wGC9YAa2RBsXg5PNkfz8rM0V/uDWA7jaAPuQeBRrLZDM2TWMNZqZMCL4yA3nVz"
    "Op+fO7F4CAjM6HcJ2cXss2xyfwhoCdvn1/i1yP8CFWgGHM6SLwoDAMtDbA946cYfh3hmGM"
    "y1N0FL64tUb4nj/hAiL7I+hhSDBkcTk9F6jLtRlrDW+6JXhYCthB8IVvGAGfrzWiANXCzA"
    "Eg85KvlCU/z4Qf38acxyfDe7Em2AOYhBEm+OdTywKAhTOXM/aET84nxyZ8ZlaEH6Bo3LMJ"
    "H1i6Co57r2KrQfgs9RH1kWwS7krsqRBJa7T5TmMm2+9TRcxMUu0karZNo29SQ4Iq2c6akB"
    "wX58KVnKDRmElO5Qa+d/k5HC1Pr7Ah0gUF4os5T/eMTpFJdLhkeV0aFlHQw27hEYfD7RqD"
    "I8RRPZGntOJCT5Pq5V6+3APX3EnnztDprTq7jiMm7VAJLUGpVW6tchf4bXLtZuZ8e8MVLx"
    "y8lVXMe3kunHnt+qXenJJiMhMkEyNG86ju/TN2LcIYCokgrFcWIpB9ItknWKAvR+dgYB5g"
    "qF1AhMn7fH4JMVnmPeaKtolma1FX/ddfYKpD2zb68u721y+f3n/6Oauz73nsJyh6z+s397"
    "zaXSNIcpm2Z+UWsaOLwgNuQ7I/MPm02WPtejA4P78cnJ5fXI2Gl5ejq9PN+Za9VXbQvXn/"
    "M5x1idlolzd7fLf7CokIGZM8K98YY01V9kaWJHt0e/zM95QtTd7u5BGD0HtAr8KMBiJKzi"
    "JoScExcY2OplPexvHM6bSPIC9ZjntjM8MAwDmdQggyoGQArgG4ec/H5H96xCWQhgFw0y2p"
    "DPNjThgHKIY2sI3m/GMQeRzG9vY52aZaIqRa590iQNfWSHZWOcFzBH2G0inAx+IL7m9s3M"
    "UpnT0yJx7hJ4CaBTJGpLdo5S16uwImdyRH5S7Jppqh7Bz7zwZVkDneqiSAPM9/If6JVGV3"
    "iqzN9vZdHXFqzw4U334U+LzdsrrH5JqhZu3q1CR3xXGvtCdHBB3k7dlFlb04DUjEtuKLNH"
    "ul/KQIM2+JGku8kznwNlw/WGhZipFZVhdnT95S7D998vMAcI0kStZY6C5TobHQ6lr/DT/Q"
    "jWUvR8kP7/TLdHq8bfOYAl88sToypmVeHsSLYJnKLh5bkg7KLoNRlfw+vFVJYtlMhh/4qB"
    "Q4HDbvIHcbyXoPmbRIXhbqYpElRqJlFkWZ5VkPsz//P858fiA="
)
