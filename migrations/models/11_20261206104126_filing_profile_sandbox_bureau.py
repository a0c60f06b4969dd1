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
    "eJztfWt327iW5V/B0pfrdCuOLVt+JDOzlpNy6noqj5rEt+uuLt1FQSQkYUwRDB+21T313+"
    "cckJT4NilTMsXgS8pF4oDUBgics88D/91bCIOZ7uGVrgvf8npvyX/3LLpg8Ef6Vp/0qG2v"
    "b+AFj05M2ZbGGk1cz6E69jWlpsvgksFc3eG2x4UFVy3fNPGi0KEht2brS77Ff/hM88SMeX"
    "PmwI0//wWXuWWwR+ZG/2vfaVPOTCPxstzAZ8vrmre05bUby/soG+LTJpouTH9hrRvbS28u"
    "rFVrHrz+jFnMoR7D7j3Hx9fHtwt/aPSLgjddNwleMSZjsCn1TS/2cyfa+lpP0758vdW+X9"
    "9qWq8GQLqwEFx4VVf++hm+wuvB8en56cXJ2ekFNJGvubpy/lfw6DUwgaCE58tt7y95n3o0"
    "aCExXoNqAz4si+uHOXXygV0JpLCFl05jGyHZXnAX9FEzmTXz5ojoUQmS/3H17cPfr74dDI"
    "5e4QMFTP/gs/gS3hnIWwh2DFzqug/CMbQ5dee1QE4LNgN2dGGN9vrz3T3cw2EVvIfDYsDx"
    "XhJxtqDcrIP0SmAjhMPJ2laATysBfFoC8GkaYIO7tkmXmvz/Gjin5To4oc+qwH1WjPZZBm"
    "zuaq5Hp9Ms0O+FMBm1Cva+mFgK5wnIbQvo1ZUtIF2C7PuvXz9hzwvX/WHKCze3KYj/8fn9"
    "9beDY4k8NOIei2+Oa7ynsBYwQzPFjFtuDWUjI/e03tEU6Eet1jvW0JpCvwOIQIHMW59/AV"
    "Q8vmD58KZlU+gaofBh9Mf+LdwlUN7efL7+fnv1+ffEHP/l6vYa7wzk1WXq6sFZapFZdUL+"
    "uLn9O8H/Jf/59cu1RFO43syRT1y3u/3PHr4T9T2hWeJBo0Yck+hydCkx0p7wbM1lusO8Oh"
    "tESqx723Hz24OEjFn443NMo9ItIi2qtoka24S7cHGmCsvQpmAFC6cm+LnyagRqjACsEoiJ"
    "RnOWmPK9JCnZwE7SNp20S1vJygzW59SabTTeBV2ogW/1wOu+4zDLg3Fc2NRaarWov3zhjV"
    "TytikUDSjlSK9O73K5wBRwWcg/CofxmfUbW0rkb+DlqKXn2fMhsfxh3dN+If1XNKmiq+tX"
    "dOjDipwumGsABPx8Fuxe8Crkyz8+fepJ6CdUv3ugsB4VjMGCLSbMcefczjFA34fCH3/7xk"
    "wqf1Mh9J9XHe3vWpaBP7FITODloJNn4vQHA5vEex/01SWocLaJgYjNssT8y95aDBbpK9Si"
    "M/mT8Nn4pMhh5BvcA9y49XdGk16a/Bb9Us8StsUNmlvaPGr9lIupdztnRFiMOOKBHHCDHL"
    "8iHowkuYNNxYU/GZE9/s0lJnU9Al+pszwkV7bN5FAT38bN3iXcI9zC9r0U3s0/YWTJNiAA"
    "v81y4efBb+kTVxAYvnApIQ8OqL2OS2B2+fh8FKeWQXRqWcIjU+HcrZ/dl7foyArWGyP2Jo"
    "S7xIBrusT5sNdXzre2Od9c9iNn8eKzQmBDgc7Qi5eDwcnJ+eDo5OxieHp+Prw4WkGcvVWG"
    "9fubXxHuhMKaQ0LCx1HbF5cQUm6LCryUREyuQbmKe9kEz4h2SG3fwWTPKPfFKufW1YNrHM"
    "VC1SC4W0EtYKuGT2oEwc77Wljm8i15mAtiwKb9ADt2H/5lsFd6c0f4szn8H9fnuIFaFjMP"
    "M/v+M/ppeIct+1Q6tsnuZCso3orrM0uKSNoDIknS6/Xoo7hIh3afxjy5m3Fyu+Di9s80iK"
    "EabCJ1FNOYSAfV0osKWulFoVJ6kdZJA1u7DrxriQ6iuwVnNHVmNT3+K4ndAdzr7QTe40GV"
    "6QutCgGW91Khd8zLDW7839+/fikIultJpNUUrnvk/xGTu1tjDnr/Y+pb8hMiE5+bHrfcQ3"
    "zs/9rWCJQAjgglNJYI54PPV/9MD8GHT1/fp1UR7OB9Ogpgl+RNevPbhsYu+U4kOgJqkRzo"
    "wmFvDLGA/3kT42gP7eWrtwTg4QF9iWSk7bB7LnyXRASn7IdaRi6p2vRDRpY35+vL4sGStw"
    "6l3wUpVJPNqL5EIteV/KrHYFayKTx6TaUS9gifAzOkHdcKugp/b/3Q8biQiqJ6euOqC7DC"
    "thzblnBQkes5h4CKeaWL2aeYE1ylO+2ZWVVM89RNW+hwusLxUZV8J2hVrKMeZTKePHhC3s"
    "QtswIe81kBlVCWTSgDsGy6ZI52x626KCcFuzihz6rM5zQbGZvOZ2m4HTarSRqsJXZo054O"
    "dmPVDqpM5+LZnKFkDAPMK1ernYKaEewcfzCotDYPStbmQXZtnlDrTotlcVeFOy2n0K6CNj"
    "VN8cAMueDmhKgVkzYZwXZwN/i8znA34Q/QELg6n0Jarns2YPObKLfuBdeZZvIFz3OyMp0v"
    "qFlg1qRl099CIHwYdrJ/4JeA/cv1h5vPV58A0f4glRATjcNpZtXhruuDllfXzEmJdW6FP6"
    "miupwU6y4nWeXFth1xT03NYT987tROwMuVVzlgKgdMRXCwOhRiYp+BufLMbIAb2cn+Dnl5"
    "xkS4nT4fI+ylqyCpDJxSqLbK2fuuJxaSJs+S9tG9filrH2/1dMAocek9M8DIWTKHeNwzGT"
    "kY+RfGwBj5p+z8aOSfDSeX8O+A6iN/eHly+goTMAhs2fodseEfwDAngLS5fnMcCH+moqki"
    "rS1kUv+lHAwv6GB4qei4CuvH/sGs/DY/j9+mRdZi834bRXUrqru7aHOYn6Do5nnKnqpTt5"
    "ZT3EcN7mPHZS5bPaO3UeVSpiH67kbsUlpW8Uv7zC9t09z9SH9cOR4PfnTG4I3d7ZeZvFP6"
    "Q6OxhhWs3jkz7dc6hsuyqGrBd8YMsFinjlgQGZKLbd6gmfMGHnC4pAvzHZFVRQkzwooEDs"
    "zfIIJ2kWcDb+kpDYfUlThFuhmV1FQEbYkNDMDMhJNTQKgkmSkm00WjrXG3KvxIt25KU1ym"
    "gyBvJ47Dch9YToXHW/ZYlEC6kugExmWb/fU/bxP7fCY2Y7XXf/r65deoeTpgIwn4HVtiwb"
    "5aMTNxGRUuUz4km6Q6LS1hLRe1hiQuo4ak8SGxYPnR6ie1psQ6GL+0DXY0UEHrhnjEpBS5"
    "UYPcCMqmbWJ6JyWV4d06wztvmCc1nWUZOVWko1XFnz5yM/ilWUYjuNMvZTPWbSoQGR59RH"
    "7Adyz0rw8vLhn8e3Sij/xzesSIcAj62E+P4Or08jy4OvIvLy5O4e9p5HXHGo82c7gw3iEr"
    "4TAdKykG/bqgPyxsMh7fM8eF547HeVTHi71HhfAAdNTJbwM/Fdm7ChFQIQLdCxGIz/M6Tu"
    "zVt9EFY32rNXTC1aMGvmsJhe5T6Loe9fwcE7sY3bVEm9HtGQ6den3i+pMFVt4w+oTqOrPl"
    "X1jRgz0A5n1iMWa42gLe1+HwWBSAZugv6JPggK0+sSnPVhTZQv875nLDPb3GdhCT2F0x4O"
    "M92QmmfOY7eVHOxWxVTKQdZFWnSiVxy/a9WuOxllDD0fhw2HQp8cmMR2kuXkzq2Vl4G43L"
    "tmqRN52DB3CY1GGG5lIzbxUqRTkrrMAuBRusXyM3ixepwgKMYzJlJGF7dKhG4L26vc7w2l"
    "PmsPAEn6paZ0Koew6E5guMOUxn8Fb1MF6JKISfRnjBXJfOas3imEjnQiKHlXxgwxIf2DDr"
    "A4uSZuvS9Rm53dkre0ReqWTmTba0vfV5Kddm54a5Vd6363smM3YLXHDB7f7TfjiNrVo+6Y"
    "2DTp1lcLCZrNlLxJTQ0HvVJw/cmxOcmsjOecKRob3hJkxG/uDo+JTcMVuebwYPdbJeti30"
    "r05r2dPTWsLZWUsRScgoB1pWB1FH4HRmM1JH4Gz1S+mqq641yQ174hDboymrKJLtUyTqgJ"
    "YXd3O1ygr7nS4XpXZY1KBfwRKzY23VeQT7tQwrQ2a3hswiv+5HqeN1LfQyDtcXcgpu4nNd"
    "wNpRLw5wLaHU30rnDuzcY9hmZa15hyHG+W1AwsfEFOmhSI/ukx4tUadvDLawhccsffmN6c"
    "JJKqaFjUrVar5urjnr9k8nHVlkPI496/VvbDkeS3cDHiUIc9iGcWCEe8R2hOHrGFfswtRi"
    "RuikgFZhId6cVKKme6+QIHTHliojSGUEdWTJSpWSqKNDhc27qKJu4zziKTyfObbD69VYTI"
    "l1EO3m9dXoHJR6q29CSC0QOQtEtJ/W4WzjMoq1bYS1VZFwzx2KvTDQ2mJNYG5RdIhFniER"
    "v19uQ2BLjceaPmk+jPyLqTHB3P/zy5E/PDGOR/755dnFW9DxI8WdCN8hoXpHJLFzH+Qyop"
    "WC5ROFI/X8/7i6DeOfsobEFp9TwaTQAaue/JjwCAxlXSjrontehrpH8KqTd2sw4NECUhXc"
    "qH3nuO/jKifXHRefXHecObkuXJNrgLuW6ODcHVQqH15SPTxrrOFhirWTEpNSP3VaostMc4"
    "NDLFNi3VsKtlHaMASt/vkvGcHO4b2FY2BUYMJWAxNgMtYEN5RQyD6BLP50ra5SlhDq3PLQ"
    "vNILNrevezy3NEdppdmk4A6LzUb2297WmnWF79Qrf7CW6KAy3HBJM5UzrnLG27b9Kaa8Dl"
    "N+H6ycORx5dE52GTu+aqMC1vdrkSkjkw2mzak7r8vOrYTae6BS7/vfr14PhmeYWY5+D2Gx"
    "17gAEnz/d/IS/kW4B8bvlHCXuHPxYEE7nRFPRLFXMOlz0tcb7nvXNYxEnlJaovqLXF20Cz"
    "rSFshupSZtUU1ijzaH7XgDNSkpqdSk1qlJidI67iZnSbjqIInyr2fDQ1CbPf+0ZRh36bNR"
    "RuTPMcztjQHZu+UxY5xnYM5i/FE4jM+s39hSQn0DL0XzS6iGBvaHdU97BvFf0TSKrq4XcI"
    "c+rOz01OwCBOB3s4Cn/XD1/cPVL9e9v16M9iiODawUFlgjIPCKyPMLiG953CQyCsB4F5h9"
    "wf+gSQi2oeUxyyMW1i4j+pxaM+aSA2GZS3k/qC/zKu9soqa7f5qRSUcDJkMb4Bq0T7cJC+"
    "Tk3Mlv7wkvcMzx8DgjRQHtigJSgW9b5ALaWFrq5c4qbx5f7mr1T/JcC6mDPGs4V4XDZ9yi"
    "Zj2tMyW1JaN8/xbkeNZSsHVrU0cs6oGbJ6pojyzEOw+STeP5shrEliNkTTaj+rJ2PFFKrH"
    "snIzQf7N2CWOSWIV4vFDlcLeuzYwlBRYG2mRub+MsNos2TUl20bbYRbh6gVj/aPC3XuWjS"
    "5oPNA8jgO4BPxdVsgGuD+Z0R7yDw1ZAvg74A+wm17jSq6/lB/09Bn5ZWyFdHHgx2mzluXg"
    "XpUkM/R1pZ/DUs/gA/tsgtg/zUhF+JdW+mDyuZUMMSG2qYMaIC0DZc17u8nje9ke5bOuJ+"
    "a4j7mJC4OypmW5N7YzWxSL6D68oWtJUQvU0VxQJxhX0V7G1HFkezdNOHl9Ryc0dLlcX8Dl"
    "T2XXV1UTrxtY2yotOiKoOXxb+FnNxoCdgGGdJxOYVyFZQ3QVihWyULHUxE567ODrmW6N6m"
    "eFJpUzwp2RRPMghLt0V9Wycl1jmsT6o45k6KHXMnGcfcPXP4dKl54o7lkFTFSKfluuZsPq"
    "2Sgn5anIN+mklCdxjNJQLLFg2aT/7t/0TeiibtMEMLMKtfIiQr2jnMmw9im3KzdgzbSqbd"
    "hHbvJrCnDMItQol8awLaZ1iAFBAXxBRYQZzcC27g25EDmEWvTeZ5cJHDQDBq5ERCN9nxi1"
    "hLNrMMPPiLyvLPdb6yrGR7P7LeH3iMBbVtR9xTkwgYGcx9Dl6dPFDuwS+RpWkpjKOxgNE8"
    "GAUKyAh6G/Vw9IK/YPRGvZyZsJUn7LKuSjSeNl2aguasBMXVy3NEVRHzxAfaZBFzldHdU4"
    "VvWmJx711clm8bGw5zUlINc6uHWaWmqtTU3X42z0lN/Qbz/dvNh9uy3NRY7ZF7ho/OWmqh"
    "3MffvjGTFijlyZTT63u2l9O6CPNkQgC3WDMwfeLWHi/oWZR2kOf8AX1oMpG3KN05atGvkP"
    "Ws6bHGT2Y/f7UYccQDscHCDjJo0PZy4T+Yf7xk1CH/jicd3nNYkl69I9Q0hS5nApbImlHb"
    "ZK5LJkynfnAiU8LQa7T3kRXU4AIdEg9iJ3OAglkuEgPcYEGBLrAR8Qnwoy03tCfx6EZHmC"
    "b0A4MWHNLIvYqZ1IWJzcFvqMMBrCXaW4DthQm24pRnk7qedk9NP68yL58VqilJud2pKUfb"
    "1VEuB4OTk/PB0cnZxfD0/Hx4cbRSVrK3yrSW9ze/ouKSGJd2nTwb33yLF8jV5vz08shWTZ"
    "9cHG9hSZlzPN11iWUD1wc3vSWhIdsnrj9ZcE/+GTBa+FeQfNSXRCYzyMgfHA3OMqtj8903"
    "XKyz7MvqWLGGHXxRZetbfRNbmdZ7YFqrU9Cb5x7n1LJYreyGmEgHQ5Ibdm3Ud269hFNrZ+"
    "g2H3hiMC83O6fYZbSWUJ6ixj1F6mTnnbCfsZJsz2Q/YxXg9gziquxncna1sDCf5PiKjbGI"
    "AnzaFjOjlo2eT/BnfLbB989lJ+oM3JesWbcahurQxkXUEptXI6lmkLDKhKyXCWnDC6AXuy"
    "7Oabku4l0pEfK4JBPyOJsKiZmjdeNX4zJdxPmyCsyXxShfZjIebabXcluE7dsbsLhpoHuV"
    "GXxaPIGz2THwK2tlj0btOwdt81nSP3xqedzLiZ4ozeyKiz07uatlxFqF3K7Baf+icm4Xzk"
    "ZNptTWBDkpqGAuh1kdQawOyt1bB7066Xn7E3hVfnkDkzlXtsVepN5XTAVyZE5Q6PnGMJ7o"
    "7aOz+iamzwhyRYR7RBeOw3TPzaaVPLezLZvrimlWTLNimisyzZ8ZRgu6c273cojm2N1+Gc"
    "+8SLZrmGWORXRHxX8UyfySJLM6JHUHh6SqpK+OhyzJlaxu0FJcSGkpeXFLKstKZVm1S/ur"
    "cgBgztLQALZX6546im1yRWyTZv27Iwxfzw2mj26V6tR2rFGFwxVdeg8WeShEhIPZP/dgc0"
    "SJOK6sAYLcW5/gPJD5Or7rU5NITjnvRMVG+ixT6cNhk/Aolf4lVfoWb5v7B7MKHdlV6IgK"
    "ZdhBKMM+uXr2ttSZCmrYXul3FYqzzVAcFcyw9WAGVcL9xUu4ywx3392ImE3LKmq2ddRsS9"
    "LwvzHjg7Cm3FnQcAQy5EG6Sb+MRMCys3q69ZNswsg/Z3Qw8oeT4Tn8e2Icw5XLs4uRfzpl"
    "8PfZ0dkUrlycsZF/MaGn2GY4fEse5swKfP949hKWFqEktBGJwDtwxTapNxXOAqMCFr6LoQ"
    "Hy9QjNEBAv8xojK1YM1WHwdcFdJDy4Rc4HZC58x+0jGYJPiO6b1Hax1Aq+2lCHF2GX01fP"
    "rX2iiI4tEB0YlqJtFCKSI6koj+xGGZ7VsxGhlCurQC46f3AjjPNEFcQ589ijnl+v8tRKos"
    "20UlQZGTery+HREeyjw8klbFnT4RD+PT7Df6cX8O+FMTCiu+td9lU/2iuZgX0MT3R91Ycx"
    "HaTaOuz/Ml3W1ZF7pJHaI7HBvbgLrp+d4iaOL/UqowzszVvvmDfa+DyCFzqLYI8jcwqKNx"
    "YXlFgJtKOeBD6vM/Uk1AFUW83uCOyaDSq750iqeJoc9QLnnLEBvhm5FqcdvBi4SHtsZONl"
    "BRW8WXjZo81had6ACU1KKh60dTyoikT+6YY52lHqD3NSsoFhbtm6ue+j3BKnxh8M7FDvPZ"
    "cGfC/HpZFs0C9zaDwwHZpqk1jbhrON8NkIhs0s0ABUVOJLkvXhWFQlNcLmbSYzeqPewh71"
    "yP8kYjrlOqcmCUOYycFEeK/wsLUFtzj8FNkK/35tO2Lm0EXWQfa8vnZMn4RfVI3xXEu0eU"
    "g35KfOTisAfHZaCDDeygTjiJoIx0QaOWC34wgrjbizupLKzdvO9l6SQ6bynLqQ53RlWfBm"
    "ujwrqJej3Cful+r2rm/bwvE0mpaokP408s/16QQjhoyp9Aeiq+70lL4LcpXG4wWCyyycR+"
    "OxzF16gCEXD8RhUx9jd0wx45YrU5geHO6xnMIn23vM01FCf6J72fEi6oxZhvzzX8og2aVB"
    "4nGvXumDlUAHNditZPRMhJGTVXzLHovCWcL2ncC3TIm6/udtuRN1pUN9+vrl16h52rOaiX"
    "FZLyl11NmEoNJmW63NRltFzSGOiakBbvUAx3SO7CCXpoWkJHeYD7K6srcJIbY/Mbk734gN"
    "SMvujesEVGDDoVOPgC3CTbL6He+IsMzl+v9JXIcHbddhxJ2LBwvj5pk1FY7OjDz9utnOO/"
    "zNR3xS3fCRjJwiKvKKCCmer6sbZ0t8oh8ZM7CnXg5jsrrXr8KWTOOtG/WFKtfnS7o+28tB"
    "7x/ML1/npm2OsoZhvYPfUYcWi9q3mbXBClzwwAUeDj2bMRcv92UiqUnDQU9mqDzZfNe149"
    "ljjv5STKVF7ds8KG2m0lqXLtbAQt1zmM64PA1dN6nrcvh1eDK6dY8zfEY9GAPMhrJNeX0q"
    "TFM8wDXNt1FCuMzIfCjNdKnK8u7Dp7YPJkEihsY2NhzmpKQa5tYNcw3LL0ae3yPHlEOrhn"
    "Iff/vGzFVpjfzohMieu75ne8muFMUo/LULAzkArcRKXqFa3VTW2H3l0IJrqs9JsFUTPOB+"
    "xvCAE0qivgj3UOeT7n+sCAJNp1MSHIjwN5dYwssprdpUp8pob5nRXnvXULtFS3eLZDygJ5"
    "y6TMxaRBEGWcJg6oiFVt9mSol1rkLjFkgAsQHMCaFO0AHbhhm35DpcS9S+AzN410zLSour"
    "tSCnpJTb8+n47Lhn6ZkB2nGX1p6BXDVCOzXB2hSi/UV4fMp1aaZ+tb2vfq5BldOqX8Wqsm"
    "JymrA9TfhVw7YDd5ULNg71iCHQsCEP1PLIxBHU0KnrkXjvLjlIhH68ygkheXaXI2tkfZPk"
    "I3QipPnlu9LswhATj+t3LAw6oeYDXbrEBTlljbXRGmuLC7UDKCsi/CeweVsSG3Mr19i8LS"
    "q8U2lb8tZttxkV82dqxYi5AaDlnzEvX/yO2gh+yo1gOy7a21BFIQ9zQTBnHo/m9oJTuWXk"
    "rCWs1wGFHNUHkNrRgi5BecHzubN6VEN9qmieJgYWdE/ddxzQM1d1zFc1zoNlDlRcNxqmAw"
    "AdQznIFE9swyHK0ZOb7XrbpXj9CZZjrcNgxUS6yF9tI/Mu/mYZpIuZrJRYJ9DeNaUFtiib"
    "CScn8bF4hsdl2gx676slvZu4ony8+j8kfG80r2E5cdibOTPtN7h3v5nSH4dLujDJeLxu9X"
    "Y8zlm/mup0xzRxV6PEcH/AEC5NlhdirtuHbYN7MmoLdhkM53KFGcZ85QaFbdTDrmPAgt0v"
    "O3zFJaBjIvtbBFpqC3iIEQYrgI4HowOWm0smDPQAtqLICHWxJDrqBpTMfbDvZNl0NqFYY5"
    "0NC9SQpjp+4YLUGMk4s1jNgrMpqbZro/FAFGkaTLkDozenlmFKCyF/iKuJKeKqjfrOPhBX"
    "KoLzpxvmSB3YYJxTonuTfP1TjnOg7G2yaMcF1Ri3bYw3isamnkf1+eL5IdmBI+Fq1d3+Lu"
    "bZqOxEaZBQo24Crc9BX12CavterNgUK/RnJadhVc+WRpNiKvV7V9Np2+6qKTeZ/DsDbUlg"
    "bEym1Wzgd2pxj+ORasLhM25Rk+B7kwODOwyDppHDw+qIyJw4wkRmAOc1c1zisIUAvS2HR2"
    "is13JGaXBRhVIaXBRzSnjvr9QSbXAaDFaN8U5KtXrEPzpiIamcBZ1xnUyWHnP7xGL3zCHT"
    "6B6ikR3WeqI7Lgbt8v/KGbLis03D5iryNM/DN6eD4VktXnwl0ebJv6F/bwuTFdZA0FO0O1"
    "bLyZQSazPUvd+pN498QnKlgJUdNdt7FsVxxswHEm0My+yq85yOdr9/KFqz8KPadxs5x5Kr"
    "511ICqmdJ2fnCY2pWrAmZBSqT2eSrGMxn5lHsg4A3TOAq2aRJKZWfg5JzqrQGLLd43jSAC"
    "eXxDZl6SRHoJAtig1RZaooNk2ezsrB0BrcvQi3CA2DAP+GCTWgLhjvpP4TuG8FNORuPEMm"
    "1lN+yE5D/SrGql2MFWgu89oZ8nEZtYmW5MhPpzn0fVlZ76Sgqupdo6q3On5il2GvynT9GU"
    "xXZWI1tTsoE2s3JpaKRdgDB/uNNRGPJeZS4n6/zFri2LKekSSPgqPGJR4CdzEc+adTdoyG"
    "jXRWBR0RHQbTYe+kPWMzhwjfg+cQWXyOHIzH8g+Yh3hQnEuCscwrabDVR9XPcMVTsTGzNX"
    "kVjbj6qa3v+exnMb4uB4OTk/PB0cnZxfD0/Hx4cbTaAbK3yraC9ze/4m6Q2M73Ogd277bh"
    "nycF9cVgjRasOs7KuEwz9tjLrhtbdgm3v2b/jorunQwqQHsyKIQWb6Ur72PV/7yKcCU192"
    "IybWYTeqFKRe7Ykvw7salDF25A3wLClou8M3EYPNNxwzRyz2RvkCjJ6jbP7Gv3SdLBK2bH"
    "tTgDcC3RjgRAfGzdBMAmaIutJN0pBmmTodg7BikyLmqOcUxMJYC0bXxbUmwqXvXwd4dNGW"
    "w3ei6fUNCyX8YsJGoj2kmhJzmG35nzOiqug1XiLYZxy4Lr7JB8EcQRD2D/wy4pd8ZwfuWc"
    "Wr95N8rN2jI3a1ts+A6gHNMhgm+illIXl3lRtQ6LnRxSg9qYynAY0H5auGBF0GvR29au+/"
    "Ddn7jMw1jYq0+fNFDWvny5/vT9kIx67sId9QgsCixYPN6S75+/y+pfExm1YRAaLCjw9iau"
    "1Dk5Gw13/sKqqMMWOGaOZtBlzlwq/D4zcruj2YY1p8MvWO42rM1ByZSbMJKwY1AD/pCx0S"
    "6YanJgoh+VHfUN+9jyGhA9y9WYhYjmUdVlERe58jsMvIjW372Nu1BVG5Siv11F/6vcGwuP"
    "k4rfLlXpwz22xhFSGPgYNwRwlYNu+T2WtXpwuOcxK3LouZi1KLkvGmzw4U4XnhLFkQ5DVi"
    "xHz9/OY7Ac+ic+hVtLmC9vyXhswwINjxyPycgfHF8OyIFuUvi0DDJZwpKOuTLLV9AufHai"
    "6eoqM8bjd4SOLPkSHN2UU8pNH3YF2/dcfAN5EBb8hvgT5YlYlCBP6sANeg8yODDw9cv+pn"
    "B9ZI3HSARSDylVzwUx+YKyU+jJBUF8Fr7CIblKvynaQw9z4TICy73LRtbBeBz+QA30aG6O"
    "x6/IHPCyqYuqyISZwprJWvHhjw9rz3PUU2Av4y6JAKIz+Koru13Xpd/ivzNdVjjxbnmeWf"
    "TXKqdsK52y3fVyybJfBjN8OyD3D3yfG6eg0z8S3zKZGyw3tiMMX4dPWX5LLnxABoMvGHQp"
    "sJ64juEMBUXjmut6x1631tjwHXMYKz/8VmBtv5N4g7WJHc6QZgiMz8NgKx1Bu1EvMkQPI4"
    "MuuByEDB7imdTLUS+zIDXQn3JQb8dBjfpu+N7um6ga0uF/zYOSwAeBbxk1M0/uGsyYsajA"
    "BOa+h1QTe/Ry9qEtPkc5tpVjWzm2u8mHJLTBuGFXc6DTsvsz1L1r6uD5arAWwntFpTYsPF"
    "giNNrJAVr/Ak8XQZMemeKAHchZhp/bWZenV0iB1DE1YiK7MzSOak6gL74sJQ2DHVI7roBe"
    "HXIQUTB33MTK0gtuvA7ZnSUJTwakWAksmhs586nhvrddOamFJwrk7NchhVfXARmK9cmaol"
    "v9jUcBBDxeZgiri+36BIGQrJvUO+ojIbXRqLXNTN0yyyIR0zxxx3LOsnkC6LVYi5HufaOW"
    "IRYy2Ue+9dsV+xwjr+XZTR6Fn0MEmho6LE6WIEhYYyF+h3vBIQuOeMiug1t5wo7t3CQ5Xl"
    "eTTgurIMI2Kzt4jojGHEc42YEuTuBPSnUgt2HXSfyrbXUDEyYtqz6wNn9gURiZZggrhzl8"
    "OlpuJdgOwmijo5A+hL8lcPJSE2PMl2vdEi5zN8i7DfZLD4yDkOeTvmchHfCLmCs4sek23/"
    "0LEFktifjAAEMYugn71aH5QR+pFv3yklphW222alwp9ANdjq/lqWZ0QVa9vF6lbsP4yCzt"
    "h8dDh8GMdr3Va0UM8wg9gMz2Rr2Co/AafgYGffzBPgRT0BQPbpBY7rvzQB0MuuujZcyoPi"
    "cSEQx0cG18jLB0hlnn8v9kaMamueYRpx7+b9ShCmhoaUCD8m5vqUpp8juo67JrNFzkpaHd"
    "MnUg17KNtNmk5P7Q8T+lMrvaSmoOclxOmSttG+GWaJ4fgriiW/r4uyPwaJY85TPbqFT/jG"
    "KVPFj+7JjAkzroH/Mw6ACsBd+x0ElxF6hoGJ3qsPBYzkCxk8/I6pgb9IE65L+R8fieehpc"
    "58IYjzF8eCEsbz4eE4EBvD986njMCQKEj45P5TNG/jmbnGDRoyM28s/Oj6cj//JseBRUAK"
    "CPREynHB6N2UPyTNiRRYi7AE31tatTU7ax6RLe5SD4+szVFXhx8wEzUBA+Il/FXPbhicPJ"
    "JT5rODHwiWfHWGbpYgLvMBnocPfMgL+HJ6d4nR1dBm1QT/43gtGIH25uie0weMRCRjLzmQ"
    "8T+S3B1jrDf49pdGDt2fD8iByEP9xcEgrGG8yiV/gWF8bpKbaj59Du6ASeeXlxacRa4y9d"
    "CzzMpR4tcYEFw3fRGuR4XAGOnA6LzhuYKXM+4R56PWiYWGPDYDivl4w6xBQYHCnx87hpYh"
    "AzgAvAHsLgfAGlH0YmSA4d9QIzUx7FO8KVazUb8Jrbx+jqoElTOaQvFdLXSsV+a0ml6++z"
    "jmaZlGqxo2RDvbLKQR3Fx3RkDulAPVwsWd5BfIUzOSGjYlOzRhEGdufFNvzCdA67QYGxuR"
    "JKa2+B1GEovX/wlmD3y/WHm89Xnw6Oz/qDVCpeNJlPMxGB611EizaXHGqlPCsyt4fN8iL3"
    "B+0G0yLlVq0Fu3TNiZ4WVdO9fLpHeaSTmgpHRk4t1Sq9V5ncO3f2gHUzEY/vwfCi/gfkk6"
    "WxkXX55LXrlzp+AgltIkU0PSbzpO39K7VlRloo5EbhqWGfJOiTHIChOTwBk/dsQIdgaLKL"
    "KZqb03Mw8qhxjwW7ZXYtemH+8TsOtbSXB2fk2/XtP759ufnya9Zm3/Gzn2Ho1T3sttmDbl"
    "tU5LOpAKgya8/0c7Au85CtRFobDtxCJ1kbV8Xv/mTBXTfArHxhjDWtsza6SbFK7vG1TN7q"
    "5DCd8Xtkr2TqP/dcjD40GZlzzJtaopsZ2gjHGI/7BAMQCjzkzT8GCc7xGKOpkSVDcg3Jzf"
    "uwigCzGfWgE/hnLQqPXcp4cnm0aPBojJicwsdAhM2gx/V7uvJdhI+1GCiGM2PcB7xK0Fll"
    "h3pEfUYedVhv5BeMH3RA4BQ70xMF66quzgkhtUTXXqLXM6D2ab0Zyc7Bv5UjdFOfSGXvel"
    "Ksg971QZVE00FxnukgY2XHl58aOK+XrO6B3DDVXJ/LfyaP/1OhK7f7WmtyJNBBbJvPjwr0"
    "p5o081poaxX3MhveCvW9pZYDNTILdXEY91pi9/HbL0PAbSW1X3GhmwyF4kKrW/1XsKHr81"
    "6OkR/e6ZfZ9HTd5ikDvnhgVenwlkV5MCeiZSqHeKxFOqi7DIbDKrbNcFhs3OC9VEQCfFQ1"
    "EA6bdxDdrZQogid6YdHVyplnaxGls+xTFtdf/x+oe0yf"
)
