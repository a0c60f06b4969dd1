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
    "eJztfWt32ziS9l/B0Ze2dxXHli3fsrPnOOmkJ9u59Cbu7ZltzZEgEpKwpkg2QdrRzNv//U"
    "WBpMQLSBMyKVMM8iFHJlEAWQCBqqdu/+otHZNY7OjGMJzA9nvX6F89Gy8J/5G91Uc97Lqb"
    "G3DBx1NLtMWJRlPme9iAvmbYYoRfMgkzPOr61LH5VTuwLLjoGLwhteebS4FN/wjI2HfmxF"
    "8Qj9/4/R/8MrVN8o2w+E/3bjyjxDJTD0tNGFtcH/srV1x7b/vvREMYbTo2HCtY2pvG7spf"
    "OPa6NQ0ff05s4mGfQPe+F8Djw9NFLxq/UfikmybhIyZoTDLDgeUnXnc63lzrjcefPt+Ov7"
    "69HY97CgwyHBuYyx+VibefwyO8GJycXZxdnp6fXfIm4jHXVy7+DIfeMCYkFOz5dNv7U9zH"
    "Pg5bCB5vmOpy/pA8X98ssCdn7Jogw1v+0FnexpxsL3OX+NvYIvbcXwBHj0s4+T83X9789e"
    "bLweD4EAZ0+PIPP4tP0Z2BuAXMTjAXM/bgeOZ4gdlCiclZwnqYHV/YcHvz+e6e3cNhFX4P"
    "h8UMh3tpjpMlppYKp9cEW3E4WqxtZfBZJQaflTD4LMtgkzLXwqux+FuBz1m6Di7o8yrsPi"
    "/m9nmO2ZSNmY9nszyjXzuORbBdcPYlyDJ8nnK6phi9vtIAp0s4+/rz5w/Q85KxPyxx4f1t"
    "hsW/fnz99svBieA8b0R9kjwcN/ye8b2AmGPLmVObKQgbObrH5Y66mH7carljw1rLMe44i7"
    "gAKduff+Rc8emSyNmbpc1w14yIj+If+7dxl7Dy9v3Ht19vbz7+klrjP97cvoU7A3F1lbl6"
    "cJ7ZZNadoN/e3/4VwZ/ofz9/eiu46TB/7okRN+1u/7cHz4QD3xnbzsMYm0mexJfjS6mZ9h"
    "3fHTNieMRXOSAyZN07jus/HgTLiA0vL1GNSo+ILKk+JhSOCbZksFId2xzPuBbseIrMl9Lr"
    "GVCYAb5LAE/GWLLFlJ8lacoaTpK2yaRdOkrWarCxwPZ8q/ku6EJPfKsn3gg8j9g+n8eli+"
    "3VWAn6kxNvJZK3TaCoQSgHeHV2J8UCM4zLs/yd4xE6t38mK8H59/zhsG3I9PkIWH6z6Wm/"
    "OP1nvKjiq5tH9PDDGpwuWGucEfz1SXh68UdBn3798KEnWD/Fxt0D5vtRwRwsyXJKPLagrk"
    "QBfR0Rv/v5C7GweKdC1n9cd7S/e1mO/alNYsofjnfyRD79RrhO4r8O++oSq2C1OQMnscpS"
    "6y9/azlYZq9gG8/FK8HYMFJsMApM6nO+UfuvBKetNPIW/VLLErSFA5ra40Xc+jETU+92QZ"
    "BjE+Q5D+iAmujkEPl8JtEdP1QY/0mQ6PEHhizMfMS/Um91hG5cl4ipRoELhz1D1EfUhva9"
    "DL/rH2FkizacgL+bzfjr8XfpI+YgPn3RVoIePC72egzx1RXA+ECObRMZ2LYdH80c724zdl"
    "/cwiM73G/MxJMgypDJrxmCz0e9vja+tc34xsgfks2LzgsZGxF0Bl68GgxOTy8Gx6fnl8Oz"
    "i4vh5fGaxflbZbx+/f4nYHdKYJWAkPzjULbFpYi02aICLiU4JvYgqeBetsBzpB0S23ew2H"
    "PCfbHI2bh48BZmsVA0CO9WEAvIuuGjEkF48r5wbGt1jR4WDjL5of3AT+w+/5/ws9JfeE4w"
    "X/C/qLGAA9S2iXWUO/ef0E/NJ2zZp9KxQ3YnR0HxUayOLGkgaQ+AJAGvq8FHSZIOnT61WX"
    "K3w+R2gcXtn2qQ4Gp4iKgIpgmSDoqllxWk0stCofQyK5OGurYKezcUHeRuA8Zo7M0VLf5r"
    "it0xuNfbCXtPBlWWL29VyGBxL+N6R3ypc+N/ff38qcDpbk2RFVOo4aP/hyzKGkMOev8xC2"
    "zxCaFpQC2f2uwIhv3PpmaghOHAoZTEEvP54OPN37JT8ObD59dZUQQ6eJ31AtgleJM9/JqQ"
    "2AXeCUBHCC2iA8PxyEvTWfI/XiYw2iN3dXiNOHtoCF8CGOl65J46AUMxwCn6wbYpBVXrHm"
    "Rk+wu6uew82OLWkbC7AIRqkTk2VgDkMoGv+oSvSjLjQ2+gVES+8c+BmEKPawVcBe+r7jqe"
    "JNJeVI8fXKoM1rwt521LMKjY9CwBoBJW6WL0KWEE1+FOe6ZWFcM8qmELHQ5XODmuEu/EWx"
    "XLqMe5iCefjyBbuGVawDc5KqADyvIBZZxZLl4Rb3xHbVUupwm7uKDPq6znLBqZWM7nWXZ7"
    "ZK4IGmwodqjTng12o9UOqizn4tWcg2RMk6tXbKwcgpoj7Bx+MKi0Nw9K9uZBfm+eYvtunI"
    "jirsruLJ3mdhVuY8tyHogpNlyJi1oxaJMjbAd2A+N1BruJXmAMjFP5FLJ03dMB6z9EqX3v"
    "UIOMLbqkMiMrMegSWwVqTZY2+y2ExEdRJ/vH/BJm//j2zfuPNx84R/uDTEBMPA9nuV2HMh"
    "ZwKU9VzcmQdW6HP60iupwWyy6neeHFdT3nHltjj/wRUE85AE9Kr2PAdAyY9uAgKhBi6pzh"
    "a+WJ0QDvRSf7O+XlERPRcfp0HkEvXWWSjsApZVWjmH3AfGcpYPI8aB/f65ei9slWjzuMIo"
    "bvicmVnBXxkE99i6CDUXBpDsxRcEYujkfB+XB6xf8fYGMUDK9Ozw4hAAPxI9u4Qy7/j/NQ"
    "4kBaX78SA8LvGW+qWGqLkNR/aAPDMxoYnss7rsL+sX9s1nab78du0yJtsX67jYa6NdTdXW"
    "5Tvj65oCuzlD2Wp25Dp7EPBexjx2kuW72im8hyKcIQA7YVupSl1fjSPuNLTaq77/AfN55P"
    "w5fOKbyJu/0ylXeG/xjjRMMKWu+CWO4LA9xlSZy14CshJtdYZ56zRMIlF9q8BDXnJR/gaI"
    "WX1isksooiYkYZCTy+fkMP2qVMB25olJpd6kqMIt30SqrLg7ZEB+aMmTueJIFQSTBTgqaL"
    "SlvtZlX+kkw1pClJ00EmN+PHYbMHIsnweEu+FQWQrik6weOyw/7t325T53zON2N91n/4/O"
    "mnuHnWYSPN8DuygoR9Sj4zSRrtLlM+JduEOq1sx14tlaYkSaOnpPYpsfn2M1YPas2QddB/"
    "qQl0NBRBVV08ElQa3FAAN8K0aduo3mlKrXi3TvGWTfNU0ViWo9NJOlqV/OkdtcI3zSMa4Z"
    "1+KZqxaVMByPDxN8AHAs8G+/rw8orw/49PjVFwgY8JcjwENvazY351dnURXh0FV5eXZ/z3"
    "LLa6Q45Hl3jUMV8BKuERAzIphv0yLj8sXTSZ3BOP8XEnExnU8WzPUcE9AAx14tuAT0X0rl"
    "0EtItA91wEkutcxYi9/ja6oKw3mkMn2j0U+Luh0Nx9jLvMx34gUbGLubuhaDN3e6aHZ34f"
    "sWC6hMwbZh9hwyCu+AUZPcgD53kf2YSYbLzkz+tRPiwQ8GZgL+ijsMBWH7mY5jOKNND/jr"
    "Hc6ExXOA4SFLtLBnyyJyfBjM4DT+blXIxWJUjaAVZ1KlUStd3AV5qPDYWejtqnw8UrwZ/c"
    "fJTG4iWonhyFt9W8NJWLvO4YPM4OC3vEHDNsyXahUi7niTWzS5nNtV9TGsULUGEBjxM0ZS"
    "Bhe2SoWth7c/s2h2vPiEeiCj5Vpc4UUfcMCPUnGPOIQfhTqfF4TaI5/DiHl4QxPFdaxQmS"
    "zrlEDivZwIYlNrBh3gYWB82qwvU5ut3pK3sEXulg5m2OtL21eWnTZuemuVXWt7f3RETsFp"
    "jgwtv9x+1wY7Ju+ag1jnfqrcLCZiJnL3JmCEfWqz56oP4CwdIEdM53POHaGx3CaBQMjk/O"
    "0B1xRX0zPqiXt7I10L+u1rKn1Vqi1akkiKRotAEtL4PoEjidOYx0CZxGv5SumupaE9ywJw"
    "axPVqyGiJpHiLRBVqe3czVKi3sF7xaluphcYN+BU3MTbTV9Qj2axvWisxuFZmlPO9HqeF1"
    "Q/Q8BtdnMgpuY3Nd8r1DzQ9wQ6HF30p1B3ZuMWyzsFa/wRD8/LYA4RNkGvTQoEf3QY+WiN"
    "PvTbJ0HZ/YxuoLMRwvLZgWNioVq+mm+djbtH886MhGk0lirBc/k9VkIswNUEqQr2GXzwNB"
    "1Eeu55iBAX7FjC8tYkZGCt4qSsQrCSWqu/cKAUJ3ZKUjgnREUEe2rEwqCRUZKmreRRG1iX"
    "rEMz4+8VyPquVYzJB1kNv1y6txHRS13TdFpDcIyQYRn6cqmG2SRqO2taC22hPuqVOxFwpa"
    "W7QJiC2Ki1jIFInk/XIdAlqOaaLpo+rDKLicmVOI/b+4GgXDU/NkFFxcnV9ecxk/FtyRE3"
    "goEu+QAHbuw1hG0FIgfaLjCTn/f25uI/+nvCLR4DgVVAqD86onPiYogaG1C61ddM/KoFqC"
    "V1feVUDA4w2kKnPj9p3Dvk+qVK47Ka5cd5KrXBftyQrM3VB0cO0OKqUPL8kenlfWoJiicl"
    "Bimuq7DktkxLK2KGKZIeveVtBEasOIaer1X3KEneN3A2VgtGNCo44JfDEqMjei0Jx9hLPw"
    "6mNVoSxF1LntoX6hl+vcgeFTaWqO0kyzacIdJpuN9be9zTXLnMBTS3+woeigMFxzSjMdM6"
    "5jxtt2/GmkXAUpvw93TglGHtfJLkPH1220w/p+bTJlYLJJxgvMFqro3JqovQWVel//evNi"
    "MDyHyHKwezg2eQEbIILnfyUuwS9Efa78zhBliC2cB5u3Mwjyndj3ii96Sfh6zX3vOoeRIx"
    "NKS0R/RyqLdkFGagDs1mJSg2IS+eZSfhxvISalKbWY1DoxKZVah21TS4LpQhLlX8+WRVDr"
    "rX/aMh536bPRSuT3Mc3t9QHZu+0xp5zn2Jzn8TvHI3Ru/0xWgtXv+UNheQrVSMF+s+lpz1"
    "j8Z7yM4qubDdzDD2s9PbO6OAf4e5MQp31z8/XNzY9ve38+G+xR7BtYyS1QwSHwBon6BSiw"
    "fWoh4QVgvgrVvvAPUAm5bmj7xPaRDbnLkLHA9pwwdODY1krcD/PLHMpqE9Xd/eOITNYbMO"
    "3awK/x9tk2UYIcyR15e9/xQ8McjcoZaQhoVxCQdnxrEAtoY2qp56tVXj9/KRurV/LcEOlC"
    "ngrGVcejc2pjS03qzFA1pJTv34acjFoKj+7xzHOWasyVkWrYI8/inTvJZvn5vBJEwx6yFp"
    "ljY6XsT5Qh615lhPqdvVvgi9wyjqu5Ike7pTo6liLUEGibsbFpsNrC2zxN1UXdpgl385Br"
    "6t7mWbrOeZPW72wesox/B/xTYWOXs2uL9Z0j7yDjq3G+jPUFvJ9i+26MDUPu9P8Y67PUmv"
    "PVOc8Vdpd4TJZBulTRl1BrjV9B4w/5R5bSNMiPLfg1WfdW+rCSCjUs0aGGOSUqZNqW+3qX"
    "9/O6D9J9C0fcbwlxHwMSdwfFNLW4txYTi+g7uK80IK1E3NtWUCwg17yvwnvXE8nRbMMK+E"
    "OOpbGjpcKivAMdfVddXBRG/PFWUdFZUh3BS5LfgiQ2WjBsiwjpJJ3mchUub8Nhzd0qUehc"
    "RfTuVE7IDUX3DsXTSofiacmheJrjsDBbqOs6GbLO8fq0imHutNgwd5ozzN0Tj85WY9+5Ix"
    "KQqpjTWbquGZvPqoSgnxXHoJ/lgtBdC/szx1uOPcLflvmKamUBeWv53vsceCiR3B7dkRXC"
    "fiIxPJ8MFL/VNQQiIpd4cU7IflglFxuewxhkffQoYXm30qYG2XFY4x8e1NWyHKy0JNJU7d"
    "3serd8OmwMf2EL/fcXFD21KCcAbr2j4PxycDIKrvClgTAT0xdPWpTxk4jCA8v8Cqi570f8"
    "IioBTSXAx0ke+TAWxLhT9kFJU7V37lvjcOkRLLXDlMlsWG572X/2NgJkeMQchzxTz9CUJ+"
    "0cz+tf0jNqKbsQr2nabU/svQ/hLL6H2wgj8dSIK//Rjs057iDLgQIOiJ/kJjwdOuCr6IVF"
    "fF8c8Mwn2JQEotTZ8bOAVS6xTai7iEX2fSURMkfZ3o+s9xtUEcKu6zn3/GB3+MzAyR0+On"
    "rA1AfJDjKDYz6P5pLP5sEo1P9GvLdRD2Yv/MVnb9STrIRGRthlWqt4PgtFx+LiERJSXUMi"
    "9YHWWUNCJ9To6bxjLQE8984tNnDNLac5TamnudXTrDMD6MwAu/1snpIZ4Atf71/ev7ktSw"
    "2QSP10T2DovKYW0b37+QuxcIFQno74fwtddYjn6XgsapN62PSB2nu8oee5tIM0E2/AhUHk"
    "USjKNhG36FdIOjE2Eo0fTT7x2SbIcx4ENh8GMILuxQjg8ehgRbCH/h0Kzd5TviUdvkLYsh"
    "xDrATIUDjHrkUYQ1Ni4CAsiJc2EtTZ+8gOjQtchlxCqooFZwWxGQAD1CSh5YHriDACf2mb"
    "RfokwNGeY1m8Hz5pYY1c6ldMZFGYVyJ8BxUMYEPR3vyXzwywFWecsDDzx/fYCmSJ0em8UE"
    "xJ0+1OTDluVka5GgxOTy8Gx6fnl8Ozi4vh5fFaWMnfKpNaXr//CQSX1Ly0q/B38vAt3iDX"
    "h/Pj2yNZN310cwQL14JCce0VZG3d1M27RpEi20csmC6pL36GiBb8CmM/+wLIJCYaBYPjwb"
    "nUgFZv9zXnSi77sjqWK2cHX1TZ/qauYmvVeg9Ua767OJ6aYp0k0Xk5JNjjAts2UQouS5B0"
    "MCKkZtOGunHrOYxaO+Nu/X5/JvGlwZHFJqMNhbYU1W4pisVCtUSBKSKNfj6OfiYyYj4R/U"
    "wk4NwzFldFP9Orq4V5UQXGV6yMxRDg47qYFbestTzM78nVxr9/KjrRJcifM2XoehqqszZJ"
    "ordYWYo6xRgNHYiuFoju8gcAK7Yqn7N0XeR3E/7YELiv6r+apOkin6+qsPmqmMtXuYBzlx"
    "hKZouofXsdFreNM6qygs+KF3A+OJG/pVLwfty+c6ytP0nFHwG2fepLvCdKA2uTZE+OrW0Z"
    "sFYhtHZw1r+sHFoLq3EsMhooMjlNqNlczmZdAV7XKd9bA31KVlNcwzqBRLUFvM5+v4XKLK"
    "VtsRWp9xlCgTwRExRZvkWUaPT0canUqRUQBFgRoj4yHM8jhi8LSX5iZw2r6xpp1kizRpor"
    "Is0fCXgLsgV1exKgOXG3X4YzL9PtakaZEx7dce41DTI/J8isa1Q3Wjep24mBeqNgODs+Hg"
    "UXV+eXo+CMTDGKkFzEpYdNYhMCqSwoQ+HmEjrjsVeILF1/hf4iGnpkTplPQBaBF8+LKg2P"
    "tWOXBh0P+NhJ3BFvNnHIqfqzJYm0ACtzadMBeDoAr12KQZXSvJKtoQbe3mx66ihv0ztim5"
    "SuXzzHDAxpnEV8q1+mbrmJRhXKHjN8z4WWiAg5HgSG3XOZJ47RYiI9DMCyfQTrQIRyBSzA"
    "FhLmBlmt41r6LNP2omkT7NHa3nNqey0+NvePzdqraFdeRdrLZQdeLvtkBdzbLHja36W5oi"
    "zaS6tJLy3t59K4n4survLsxVVE8oOAbQXMZmk1NNs6aLYlGRq+EPONY8+ot8TRDOTAg2yT"
    "fhmIABmJjWzrR9GEUXBB8GAUDKfDC/7/qXmyNq7MCP99fnw+41cuz8kouJziM2gzHF6jhw"
    "UJ7S2iKiJkncEo0hFDSwy/sk5aTn20DBh4jYjHQ1hi13mOxxjZiTy5UZUCAXhQG10M0MIJ"
    "PNYHMCS0F4X3LewyyMIDjzY0+IOQq9nhU9PiaKCjEaBj8zXwHUBFLpSQ1lK3ohHIo5f/Mv"
    "iV2ck5/J5dxJbR+DuQWVWV6XdsKaVchqTYdzwlE3qSaIcSflhcUNWM/tvCgeTekN2bb1TU"
    "vkZhP7D/iN1Nkg+6EskusyCAk+B4K4c9CaVGGfOyaVS4cisMV0qrmVxUjHsrHstINYsl69"
    "jHfqCWB3BN0WYkN85TD/Lh1RBclc6H0ytwW4JDdXhyDv/PLvn/l+bAjO9ujt/Dfiye8k39"
    "AA5gw1j3Yc4GmbYe+T9iiCxnQiw1M2IpNLh37sLr52dwusNDHeZOkr156mepwbNFdZhnqg"
    "yzx36SBal0i9P7rAnakd0HxutMdh9djbXRWLsQStiizoaEUruwScQLWHPmFvzN0bU4COzZ"
    "mAtI41Y6Xp5QszfPXvLNpXxr3sL4kKbUpofWmR608/93N83xiaI+zWnKGqa5Zfvmvs9yS+"
    "yIvxGuh/qvqVDgexIrYrpBv8yG+EAM3nQ8TbStOfYTxgZmuMTmEoB2BH5O+1g0F1VBjah5"
    "m8GM3qi3dEc99BfkzGbUoNhCUdQAOpg6/iGUvlxSm/JXEa3g9wvXc+YeXuatYk/ra8fwSf"
    "RFKcznhqLNU7olPlV/xXv+no4ihxMkDVmPO8VhLRF3VlbS4bDNHO8lYZs6tLALoYU3ts2f"
    "zBCV23oS4T51v1S2Z4HrOp4/xlmKChGHo+DCmE3BSc+cCXsgmOrOzvCrMDxwMlkCc4kN62"
    "gyEeGCD3zKnQfkkVkA7nKWM6c2E1GDDx71iSQNVXPDPO6Y9zuYlz0/hs6IbYqf/9AKyS4V"
    "Ep/6aolo1gQdlGAbCaKbOqYkkP+WfCtyZ4nad4K/ZULU27/dlhtR1zLUh8+ffoqbZy2rOR"
    "+XzZaiIs6mCLU022ppNj4qFKc4QaYnuNUTnJA58pNcGomVodxhCNb6yt7GYLnB1KJssRUa"
    "kKXdG9MJF4FND898xHURaqH1e7xCjm2tNn+jpAzPpV2PILZwHmzw+yb2zPEMYsrk63o77/"
    "A3H+NJqu4jOToNVMjydmmcr6sHZ0tsou8IMaGnngQxWd/rV0FLZsnWtdpCtenzOU2f7cWg"
    "6wgIPEZ/QYwf32i6QhiFDgAoYMQTQJoT+FA0fW3NnExCU+BkcpiXGp7WVcMnSRuNnrn521"
    "HGjwbscc+UKKxtZs+aF+0dfw+VJRu3bzMGBykM+YDLPmLBfE4YXO6LSHwLR5Oejjd6tPmu"
    "67KQbxJptBgYjdu3eVLaDIy2LvivjmPXIwah9xDXZliYMcrfjv+m9j2s8Dn2+RxAbJtrie"
    "szx7KcB35tHLhA4TBi5j6Uerrc8cekFbytPrV9UPBSHlGuueU0pyn1NLdumhX0+IQp5B4Q"
    "QwlIHtG9+/kLsda5ieS+JrF2/vae7CVWVuRx8ucu4I6QaSWYx5qr1YGPMbmv7CjyFhsLFB"
    "7VyFhge06geBhGcV+I+iDzCWcOyCjDm85mUY2OHxiyHV+Sm7quTjUE0zIIRvnU0KdFS0+L"
    "tHen73iquNqGRAMGecBg5jnLsbrOlCHrXIrbBkAAZws2p4g6AQc0zWY4klWwlrh9B1bwrp"
    "GWtRSntCFnqLQR+3Fv+6Sd8Inu9kkD5Z4xuaq/fWaBtcnh/pPj0xk1hJr62fU/B1KFStKq"
    "X0WrshN0Y8f1x05Q1Qk/NLFBXUPsI9MBxQY9YDDMeQ42Dcx8lOydoYOUI4/EtPf0Lkf2yP"
    "4iwEfeiSPULzANcrULHIZ8atyRyIUIWw94xYQlUWtjbdTG2mIQ7wCXNRD+Hei8LfF0uhV7"
    "rOyIiu5UOpb8TdsmfZx+z+wYCTMAb/l7wsqXvKMPgu/yIGjGRHsbiSjoYeEgcAYSubOvhe"
    "gi/KBtx34RQsixU5OQjpZ4xYUXwtseIXCJikjBKSonVzUwxsh+zPOKHM2PkOUYkDaV3zvs"
    "i9EpQxuXLO2RtaV6L2Y0zgLyImZ5fooRtcFEwWdj1Bv1EABwYtJvfnkvEb/r6nTnXmG2zw"
    "+IscvnSilYM0fYXjxHzI14ToQLPzmLzHw0g1Kp4lPm+g+X2QxhhFpGk0Vn8K2Tgsmve4Ad"
    "11rrtnvgehfnyqwReB64wMaVZdZVZ0K5ievMLP5eD2CVk2+JeSuY/Pq6bjpTezCFbN0qX3"
    "qCpIuAeBOB2ckny3G6GBrPkHWC27vGyA3OmrnjSeLiS86yBE2bmd77bAt3CdhR3t38N4qe"
    "G/A6vp145OWCWO5LUAZezvAfRyu8tLjAuGl1LY0JqKvTHduduup2CucD+ISORfY5whiX/T"
    "H1hRsoP2XAP5Q5VuREKvUy3aqHXTuVhqdffvqKKwQkSPa3RoCQFqCsZKgFLPns4Dn/1KaE"
    "ywFkjbkjzED1A9kAo0Ww5HIkVNUgUwwlOMiwQAypq+NnrlcArtFzmyjmI89QtV0aTXq2CR"
    "1xRj0+ewtsm2EJMPkUVyPTSHgb5Z19QMK1S/h3N82xOLDFPGdI9yY3x3c5z6Gwt82mnSTU"
    "c9y2Od4qvAP7PjYWy6fHeISWyZt1d/u7mefDPFKZoyKJug5ufQz76hKrmjeLJ5ZYoYE8vQ"
    "yrmsrHOE2mM4Psajk1bf+eUYuI3znWlnjaJ2hajQZ+xVASGypuOh6dUxtbCJ4bHZjUIxCF"
    "ARgeJM8F5MRzLEAGYF0TjyGPLB0ut0lwhNp6LUeUBlVqVfNWxZjSIFeveklMisPJUpjvNF"
    "WrZ/xdbC5e4jk10HTlE9ZHNrkn3saUDNzIT6sa6Y6t0Iz+UzJlxaWvo+balV1m4VvgwfBc"
    "CRdfU7R58W9p32tgsfI9kMsp4zuiZGTKkLWZ1b1fsL+IbUJip+A7O0i29yR2DE+oDyg+GF"
    "b5XecpHe3+/NCwZuFHte86skSTU7MupIn0ySM5eSJlSomtKRrN1cdD0zbO3U8MTNt4lO8Z"
    "g6uGpaWWljwoTbIr1MbZ7mE8WQant8Q2hf2lZ6AQLUpMUWWoKLFMHg/zA9caOL3A6xdHTo"
    "A/QIQeFxfMV0L+Cc234DpKWTLkLtGT3GWnpn41YtUuxIpLLgvllBtJGn2IliTdmM0k8H1Z"
    "1Yc0oS76oFD0QVcn2qXbq1ZdvwfVVatYdZ0OWsXajYqlfRH2wMD+3p4630rUpdT9fpm2RK"
    "GlmpIkKoVi8wpqhF4OR8HZjJyAYiOMVWFHyOCT6ZFXQp9xiQcxsXwcJLJZQp0C8WMMYbGg"
    "7oRzKcuR0uhQ6iHz/H8RKp++Ckqceqz8azr/XpSvq8Hg9PRicHx6fjk8u7gYXh6vT4D8rb"
    "Kj4PX7n+A0SB3nex1Uv3fH8PcTgvpsbI03LBVjZZKmHn3sefeNhk3C7S8CsqMsnqeDCqw9"
    "HRSyFm5lS3lAGRFZismSJJ4JmjajCb1IpEJ3ZIX+HbnYw0sWwrecwzYD3Bl5hI/psSiM3L"
    "fISwBK8rLNE/vafZB0+Ij5eS2OANxQtCMAEIZVDQCsA7ZoJOhOI0jbTMXeIUixcqE4xwky"
    "HQDStvltSfa6ZBrVXzwyI/y4MaR4QkHLfhmykEq26qaJHsUYfiHeOikTlJ2wCfgtO9QgR+"
    "iTgzzngev//JQUJ2O0vpjEnW3rbrSZtWVm1rbo8B3gckKGCL8JJaEuSfOsYh0kOznCJnYh"
    "lOEohP3G0YYVs34cP61y3oevwZQRH3xhbz58GHNh7dOntx++HqFRjy3ZqIf4pkDCzeMaff"
    "34VaQPnAqvDRPhcEPhT2/BTi2J2ai582cWRT2yhDnzxiZeSdZS4feZo9sdzDZUXA4/Qv7s"
    "KDcHRjNq8ZnkJwY2+Q/hG824qiYmJn6p/Kxv2UfDe0A8FhsTGzgqg6rLPC6k9Dt0vIj337"
    "31u9BZG7Sg36yg/1mcjYX16ZK3S0X66IxVqEkHjo9JRQB2Od4tvYe0Vg8e9X1ixwY9BlGL"
    "AvvC4QEfnXRR2TkKcBigYhI5v5lhoL7CBzrjt1Z8vVyjycTlGzQfcjJBo2BwcjVAB4aF+a"
    "cVpgkWsTKrQ94uGjvVdH2VmJPJK0gqLB6CgplyhqkV8FPBDXwGTyAq6/F3SI4oSuxhBDip"
    "x2/ge04DE8O/ftHfjF8f2ZMJAIHYB0jVZ5xMPKDolPcE+YhhLHiEI3STfVLQhx4WDiOIb/"
    "eMjOyDySR6wTGXo6k1mRyiBeeXixmIIlNiOfZcFJ+IXj4qZkFBTuFnGWUoZhCe86+6stl1"
    "k/ot+Z7ZPOWpZ5NZZsFeq42yrTTKdtfKJdJ+mcQM3BDcPwgCap5xmf4bCmyLsHC7cT3HDA"
    "z+KYtvifEPyCT8C+ayFNeeqIGKExfX1/WOrW6t0eE7ZjDWdvhG2Np+I/EWe5MoVDDqhcrn"
    "UXiUjni7US9WRI9ihS68HLoMHkGR+9Wol9uQauhPG6ibMVCDvBs9N3sZZ0M6+uciTAl8EN"
    "qWQTLzxalBzDmJE0xA7HsENZFvvuQcanAcbdjWhm1t2O4mHpKSBpOKneJEZ2n3Z6p7b7EH"
    "BRv5XsifK061YUNhiUhpRweg/TtQnghUekCKQ3RAsg0/tbMuL68IAlFRNRIku1M0jhUX0K"
    "dApJLmkx1BO8zhvXroIIZg7qgFmaWX1HwRoTsrFJUaxUxUuAnfU7Keau676cxJLawoIDmv"
    "IwhP1QAZkfXRBqJb/4ZSACGOl5vC6mS7riAQgXVTtVIfKaqtZq1tamrTFcKAY2PfuSOSWj"
    "aPMHpD1mJO975g23SWIthHPPX1Gn1OgNeidpOP+esgB1QNg29OtoMAsIZE/B71wyILnvOQ"
    "3wcbGWHHem4aHFeVpLPE2omwzcIO1BEZE89zvPxEFwfwp6k6ENuw6yD+9bG6hQqTpdUfWJ"
    "s/sNiNbGxKy24+7i23JmwHYLRVKaQ30buERl5sgY/5aiNb8suUhXG34Xnpc+UgwvmE7dmx"
    "w+KZG1Nw6tCtv/tnALJa4vEBDoZ86qbkJw/LnT4yLfrlKbWituP5unEl1w8wOb4QVc3wEq"
    "17ebEO3ebzI6K0H74deYSvaOavHytGmEdgASSuP+oVlMKreQxw+oiqPWPLch5YGFgesEUo"
    "Dobd9UEzFuVgBUfA0YG5MIxjGwSizsVfwjVj21jzGFOP/ow71A4NLXVo0NbthrKUpr8DVZ"
    "Ndre4iz83ahqEDsZdtJc2mKfcHjv8uhdn1UaI4yUk6ra60bYZbInn+wjfdmeMtb0SOS/pP"
    "HM1DTgCVNyyVQ92IZIxzNBWyFvn4m4tXIqlqRM9CZ2Fnxolcih2oCB8qIX0U4ehIIGChgz"
    "B/IBD0+EcA+ogsW1ETQ+hIxHZFIvI5VhVF1hQtrmO9pRAyqOKPMyh2xxnkvHFSkcJVWZwi"
    "aq9rcGuytMBGo2Qditp3UIyuUpekuCpJriYJmJiVWLsm6CBvT6os3JPihXuSX7jaOUwLsD"
    "sRYN8AMCPkrULRNW5STWg1Eq0roacQjgWYox165TAiSvkd/P3vkC/Kc+4pYI3/vk5sYdI5"
    "9Q+vhSB5Mnwh/uREfG1CO8qk6GnNY4zs0CAugtUAOJ1Mfv0FVhREwR0PztGXt7e/fvn0/t"
    "NPkI7TZtQMbeSUsQBE4URcnoBYqYBW59iF4JanisPhyyntzWuKzskUtRx7xVKysC3fYyuQ"
    "nIVlmHSarrVeeC3Eptu2fXL9lUotT5kWFTfPTWM1VX/p2P7CWvH95/z08jJMITwKri6vzF"
    "EwJPgcPSxIHBhsm5A5WLj1OJYp9q8D/kSRG0/A96Af4ixB0mTFuxr2CXvg82uvLdoD61Je"
    "i7fBaBnwqfKxzAmLGHSJLTnjc7RZmTUkPoo66ZbE+uPbN+8/3nw4ODnvDzIZNOKJORPcb9"
    "m2996+h/RiZfte3KTaxkcTrR/f+SDLgWgfBgJHnQjxipjoYMrPVeR4iG+mh33w2KY+Q5Bc"
    "/ZxvUVcnxoz/PjX5RnVxBVfOL8hwFFxOyQDd2WAKp75k29vNmJI973cun1kW8cabLSqy8I"
    "/jwH+Nkj4TShrqEyrnzIZCnzMVQNL1OldgcZqqzXiTSHQgdhAQpriWuHQdn+uYK4g4fRVV"
    "cRCKa7gFyDMlqHaw68LU2d2rulqaIdR2hcc/mYhp4k91Xsdkbf5otgVpm4ipngarrZZ2lm"
    "5nK3tHCffrX9chx1SXdZpKr+pqq7qTKUGEs6pBsTWZoIPTk0MQ1icTxzOpjb2VuDiQwB3V"
    "yXYcaBgqHltYiFKE2kDUOgNRqvo3gCMqn+KaoMWyEv+m/s7/vfj4UVhH0JsF/5ZEbH9ocS"
    "kEE8XLyT7Rp3ZX+umWaYjxl3tR+OFe5BLzAM41xkswkylCZVlSjZRJkLI8r7mYtRWjIzrN"
    "5Spc3obDmrsVuPuHN3bxynKwkkiWpmqzYLa1z00lwbdExzjJKxnGghh3Y2WvsRRVF3ndgP"
    "A69pRTsG+IdMF7lYL3VkDG6kB1hqzFmTJag1Hw4WbUW4a1gGxHaQ/Jk3aP4/U7+O5JbiTb"
    "8SJhRkVNCqn6UDTRt1bjMK8RfxTxM68GPd58x5s8pEVVyje5Jtjj7AFgkBHvIWzAkXE4nC"
    "SGZo6HIsmWHfbFn3xuXljEh6x1Qo5gIqN82nC8MRbLDUANj/fMiTIDpiSNRc1bvHv2RsHF"
    "cADcPj45478vzwlwG59BeQVALARqfS0yoPOF/xJqPozDP/oAP3769cOHKJoqOjZk20FTg+"
    "x4E+HTyfcvzBylNF9pqg7k/NkB6g88c4lHHSVFM03V4q9uS1bXgP61zHfrCzHfJKTNXokP"
    "V7Zpv5IvF2R7MrJkjzp18T2K4AE/iKbDi7SvVAjcnh+fz5L7GLQZDqN0OGt/LOk+WFe/Ok"
    "a1Xd5XLdC3WsbwhtWtNvtjPR+f63eZekbIptWcbsxdSjunaee0zrnxaOc07ZzWvVVNbepT"
    "7MtyABezOkXUQU7XnN0hhE6UDaEZsg7yuX58SyfSSO7MVSTpQbEkPchJ0t+jDaIO+3MjSD"
    "7wdhyjJYpzkqTTU1P71OiEM9tMxd75E5NvLuXdbTHNaUqdF7PNswxOlOaW5RqSlHqW2zzL"
    "YGZRxwjTVN2z19Wj3LfMZPeVy/yiqHn4KgXWukSrfiVDHUsTVMg4IyCLHyCxwQUxZ8Jgdp"
    "JyLgAXE4xCg/A1clxi9xF/EouCWwq4JJyeQsvZRbKHwz5idG5HTRKWuIvpBf89PDs2pYlo"
    "nvlppLkaErBZaBXXCRp0GtuO7Y6pqtLKHiNP9BZpN4NrDhbbB3SoB/vqbpD7GmDOlpzsb5"
    "yli+3VLf72i+fMqHjU3MGeb1R6rhthc2G5cRMEj57rvy2iovUe8QPPBlfSu7DED/iGemRJ"
    "RNbMsDCQGCN/Gm/RB9Qg+jc0mdxjP3Ihm0yu+d8iLnMyCSOt/wiw5xOP/wmpNU/OopDOCz"
    "LlR/cFPibgrnrCj+6r8+GxuMlfHzmzGWRqYsQPZYCRjRBbYst6wQxskXUKO3QQfhHW+gp/"
    "cOsBrxgC9sX57frgIDu9grGGUxNGPD8B/6HLKUgFA4PfPTen4Dl0BtfJ8VXYBuos/RsCF9"
    "0372+R6xE+xBLqJ83oPOCqwDWC1gaB/08w/D/FMMbFMTqIXtxaIXzPn3BODuEpLs2zM2iH"
    "L8Bz6XQaBrQmWsObbggeFkI0CZOP2mbAoJoYZXw+YOYMvhG85CtlQafUB3dxmCrh9cQnw3"
    "uxIthDlsMYYYJ/PrU4nxxgLmfsEZ+cT45N+MwsCeYTPuqFZcr4xBNz1LtOrAa4xvqQ5jRs"
    "Em0TT051Gq94JdEpTVRP7s1Oy1Cb71PlJEpTdU/RrNnkBnWcnBWRAeOFKzlFs9VCbhuHay"
    "6qhfne5Us4WhqavCF6cmxyy9hbd2jy5hQZx4dLntelIZ0FPWwX37k/3K4xulMc1ePwlFZc"
    "6FlSvdzLl3vgmsLSNVUUOHJ0eqvOr+OYSeo2izSlNkC2zmjREpX7a5iB/DVXvHBQUvZC2q"
    "5fWjg4pBhPBYlaBYyfwqIPKCJiUEMtmS897HODVp8P8BDyF12KhMKzC0g2bN5jrmibENkH"
    "WdULSlHkdfYdj/0ERU/VtbJep8oOxnSUaXvK1Sx0IYtiSa/thSxSu93XYLqkjBVEBRY1Vd"
    "kbWZqsUoGgDY1sd/KIQeg9oFeiGg+kXX9YcJUDLSjzHW8FZcp5G8czJ5M+At+nggrr9Q8D"
    "AOdkIiD5yUSAawBu3vMx+Z8ecQn2eSf8vw0pH3bFoCRQGKIthjawjWb8YxAGzJG9eU4mns"
    "UJfN4ZFjU2AV1bobCzygXZY+gzrsjO9xvxBffTNkzpxqzLGD7DFr1ZAeM7IlG5S8xDOcrO"
    "sf9kUAWZ461KEoPl0LnMJ6JgS06SddDeWb9BObn9qNjs11tW95hcM9SsTfa6MurexsuE8p"
    "MizLwhaixzYO7AW3N9b6HlUIzMs7o4UGNDsfsQjecB4JrJeKWxUI2FNqv1c53yDe/lqzh7"
    "ZLp+qkG/VMPnTccGDr/7Knl+hjNM4uw7w9Nz8f/x8BphxBaOC3WMokJr0CnywcrNH6KPok"
    "ij0KtI1DTizWUJf+ofQGf+aZdLinb8qY/LCa7CvqKm4SZIOii+1p/ZR8dZ6qN9B0c7ZGAo"
    "OtWj7AyPHehxswpRQXDiHh/HafUuLo9PwI03sipCiaQZ/QbI+TrtKBLTK/4Oq5lsyiqFBG"
    "BKZNjio8GvgBFp/M/OxtXHf9uOf8UKDbVmJGmCtSKPs4dt01mKBN5gip9MXrKX/wHP/p+w"
    "Nk8Gl2hKfdZHv3758ILhGTkEkRbug4nIdnw0JWgeEMZk+YCbGGDH6QdbI/VVgH9a/3UlEU"
    "vHI2pMTZJob7Y8S7tYQbEd8PpWhdNqLJm2oxTxn0EiEVsvu07IK+gAopuobViBSczDdcBO"
    "WAFgMvn9XyPBqRHvchS99qj35z8mE4nPQyNDNOyDyxsslXIHrQl00qDacWqdTaarumymLs"
    "BWpgim88jsxfx65N6522qK05R6lts8y+KmqA+Un+VS23masN2V93o3/GFfiIcVrpE0dOU0"
    "sMv6a19J4dwZ2oGwOJ0l0NLW3TyLoV5MEX86Vak4QbYncvGzxX6ZmFqrLXicotNMLmey+O"
    "K8MTYEhKuGSEhpdxePsCXiF2XFeFg4DHIliDoZAp/mf2KPcF0MdhkAW0SaqyTcPTwbXvYR"
    "4Q8Sbk5cj+NthJXI8SRwefPDNW2djAxgquGXObo2r4rns/1qw2RXxcAWGSY/EsbwvNA2Gd"
    "/uP2qeXCZaKuQtjMggi00svyE8BXEOx/thtAmGkh3f90yohSlKgkEmIeofivKIiTYecS1J"
    "QqRdDaptk+2yTZbVyCpkbmmJLG2kuta2v4bYOvOc5Rj2FEVUIEXXblCgZV71U8eUhOzdkm"
    "8Fazhu3wnTYJko9fZvt+UWirUk9eHzp5/i5lmzhZZqvxOpNlOvaDv8Gmvwuq3z2yKt5Uso"
    "nfUKtJb49uNai5doWS0rK44cF0Xgts/X3rVQD2aDUXB+ah6LVKBnkG7l5GqwvhPiNsOTiw"
    "v0ctN8YA5EmnMTHYSFug4Tdy9nxkWYSbUgteszPUiV/AVpKQ/CKQPW461+F35/0eXEfl6c"
    "zUArRA05a6qK7eaTnMs6LrNrVagRtvrOXZjHvKrT3pqg5W7F4Y6IXH7A/cCQeGp0ANt0xt"
    "m3j3DoG39PPDqjhiiOHrV3Zgjbcdyc3LjQzDA7js+JTg+FVbChaHEF6N762O4jsJTxaQt/"
    "wAWP/B8xxK3QLcvMTa8y9SMZWiolaCnJz5KdNe1u21V327YxW/uzdtifVZfx1sXpS5Z/U8"
    "t8N9XpKYNyDMyRiLilSL+EWuP9Kni/4B82Tb7xcCZyxm2xu+TIO7jsq637soVfsPKn2L6L"
    "HcPUWZ+l1pyvwnmyxNRSYfaaoHv8HVaqaj8sKWs/zOmpyvtIl3eOug9MyLOrJpVsKNrLXg"
    "HSxD5JokAaxdaLaGdD4RtAwbDQ2R1gHPSAmbhBTMSFfWoS9Bt5A9aAKAeyHAhqYIwdo0AR"
    "AKXogZwi0lHRsoSCWCp/lmWKxnKZs0XfVZuO3U2wjmTlVgzzkS1fLeKXifgiCZY6cpwha+"
    "8KL0mpN+qNeugAUoOIso8A7gf8NTzKBFhsM+IJbHjGpTuoqC02ddj7ieeJxCLUhpQ9wAl+"
    "xfEmE0nowu6H3zF+vXkA5fWzpmrv8tlyg2wg+Zpj+9jwlRG+LF17Wd27QdHDInjYROarOb"
    "6P4nvcgC3CMhMPC0dUZj2MAnvga5I5stfRZelUn1U5Cs+KT0IJri5xaC2eYCpzY23RtG75"
    "BZ0Nq7B1WMzWoU5f+N3426WiXYnBFbFtpjlNqb0q92GWVQMqc3Ra121XSS8D218hiLdX4L"
    "Aa3uw/6q7K1u0qhNitg9euhgTihcnVxbUokyWkhqiolpC511Xm+XomXlh1Hho6D7Yk6Fgm"
    "kDQ6lsTlNOtjKnj6Dx1mpzOAd80J8nkLbT73GdC0UvId57dAC771WiL5MmXrHBPrHBQHoE"
    "IS1odN+ezYGAXnJ8ezl8lgAQHtRFl5Hk1v0cBoOv+Clrn3OpLphnjUWMhkwuhOqUCIN20e"
    "EwaLJ1bnKmiXEHVPvLgUb9UDP0HSwTN/MKwCmfFWJb4aOdAMPioFDkfNO8jdRhxJAZwmMs"
    "euYh/qBImuU6foL/2sh9mf/x+rLpnY"
)
