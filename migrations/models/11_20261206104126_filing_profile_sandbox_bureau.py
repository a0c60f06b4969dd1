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
    "eJztfW132ziS7l/B0Ze27yqOLUt+SXb3HCed7smddNKbuLdntjVHgkhIwpoiGYK0o5nb//"
    "2iQFLiC0gTMilTDPpDWiZRAFkAgaqn3v7VWzkmsdjJjWE4ge33XqF/9Wy8IvxH9lYf9bDr"
    "bm/ABR/PLNEWJxrNmO9hA/qaY4sRfskkzPCo61PH5lftwLLgomPwhtRebC8FNv0akInvLI"
    "i/JB6/8cc/+GVqm+QbYfGf7t1kTollph6WmjC2uD7x16649t72fxINYbTZxHCsYGVvG7tr"
    "f+nYm9Y0fPwFsYmHfQLd+14Ajw9PF71o/Ebhk26bhI+YoDHJHAeWn3jd2WR7rTeZfPx0O/"
    "ny7nYy6SkwyHBsYC5/VCbefgGP8GJwNrwcXp1fDK94E/GYmyuXf4ZDbxkTEgr2fLzt/Snu"
    "Yx+HLQSPt0x1OX9Inq9vl9iTM3ZDkOEtf+gsb2NOtpe5K/xtYhF74S+Bo6clnPzvm89v/3"
    "Lz+WhwegwDOnz5h5/Fx+jOQNwCZieYixl7cDxzssRsqcTkLGE9zI4vbLm9/Xz3z+7RqAq/"
    "R6NihsO9NMfJClNLhdMbgp04HC3WtjJ4WInBwxIGD7MMNilzLbyeiL8V+Jyl6+CCvqjC7o"
    "tibl/kmE3ZhPl4Ps8z+o3jWATbBWdfgizD5xmna4rRmysNcLqEs28+ffoAPa8Y+2qJC+9v"
    "Myz+7Zc37z4fnQnO80bUJ8nDccvvOd8LiDmxnAW1mYKwkaN7XO6oi+mnrZY7tqy1HOOOs4"
    "gLkLL9+UfOFZ+uiJy9WdoMd82I+CT+cXgbdwkrb9//8u7L7c0vv6bW+I83t+/gzkBcXWeu"
    "Hl1kNplNJ+j397d/QfAn+p9PH98JbjrMX3hixG272//pwTPhwHcmtvMwwWaSJ/Hl+FJqpn"
    "3HdyeMGB7xVQ6IDFn3juP6jwfBMmLDy0tUo9IjIkuqjwmFY4KtGKxUxzYnc64FO54i86X0"
    "egYUZoDvEsCTCZZsMeVnSZqyhpOkbTJpl46SjRpsLLG92Gm+C7rQE9/qiTcCzyO2z+dx5W"
    "J7PVGC/uTEO4nkbRMoahDKAV6d30mxwAzj8iz/yfEIXdh/JWvB+ff84bBtyPT5CFh+u+3p"
    "sDj9Z7yo4qvbR/TwwwacLlhrnBH89Ul4evFHQR9/+/ChJ1g/w8bdA+b7UcEcrMhqRjy2pK"
    "5EAX0TEf/018/EwuKdCln/y6ajw93LcuxPbRIz/nC8kyfy6XfCdRL/TdhXl1gFq80ZOIlV"
    "llp/+VurwSp7Bdt4IV4JxoaRYoNRYFKf843afyE4baWRt+iXWpagLRzQ1J4s49aPmZh6t0"
    "uCHJsgz3lAR9REZ8fI5zOJ7vihwvhPgkSPPzBkYeYj/pV66xN047pETDUKXDjsGaI+oja0"
    "72X4Xf8IY1u04QT83WzGX4+/Sx8xB/Hpi7YS9OBxsddjiK+uAMYHcmybyMC27fho7nh327"
    "H74hYe2+F+YyaeBFGGTH7NEHw+6fW18a1txjdGvko2L7ooZGxE0Bl48XowOD+/HJyeX1yN"
    "hpeXo6vTDYvzt8p4/eb9z8DulMAqASH5x6Fsi0sRabNFBVxKcEzsQVLBvWyB50g7JLbvYb"
    "HnhPtikbNx8eAdzGKhaBDerSAWkE3DRyWC8OR94djW+hV6WDrI5If2Az+x+/xfws9Kf+k5"
    "wWLJ/6LGEg5Q2ybWSe7cf0I/NZ+wZZ9Kxw7ZvRwFxUexOrKkgaQDAJIEvK4GHyVJOnT61G"
    "bJ3Q2T2wcWd3iqQYKr4SGiIpgmSDooll5VkEqvCoXSq6xMGuraKuzdUnSQuw0Yo7G3ULT4"
    "byj2x+Beby/sPRtUWb68VSGDxb2M6x3xpc6N//fLp48FTncbiqyYQg0f/T9kUdYYctD793"
    "lgi08IzQJq+dRmJzDsfzY1AyUMBw6lJJaYz0e/3PwtOwVvP3x6kxVFoIM3WS+AfYI32cOv"
    "CYld4J0AdITQIjoyHI+8NJ0V/+NlAqM9cdfHrxBnDw3hSwAjXY/cUydgKAY4RT/YNqWgat"
    "2DjG1/SbeXnQdb3DoRdheAUC2ywMYagFwm8FWf8FVJ5nzoLZSKyDf+ORBT6HGtgKvgfdVd"
    "x5NE2ovq8YNLlcGat+W8bQkGFZueJQBUwipdjD4ljOA63OnA1KpimEc1bKHD4Qpnp1XinX"
    "irYhn1NBfx5PMRZAu3TAv4JkcFdEBZPqCMM8vFa+JN7qityuU0YRcX9EWV9ZxFIxPL+SLL"
    "bo8sFEGDLcUeddrhYD9a7aDKci5ezTlIxjS5esUmyiGoOcLO4QeDSnvzoGRvHuT35hm27y"
    "aJKO6q7M7SaW5X4Ta2LOeBmGLDlbioFYM2OcJ2YDcwXmewm+gFJsA4lU8hS9c9HbD+Q5Ta"
    "9w41yMSiKyozshKDrrBVoNZkabPfQkh8EnVyeMwvYfaP796+/+XmA+dof5AJiInnYZjbdS"
    "hjAZfyVNWcDFnndvjzKqLLebHscp4XXlzXc+6xNfHI14B6ygF4UnodA6ZjwLQHB1GBEFPn"
    "DF8rT4wGeC86OdwpL4+YiI7Tp/MIeukqk3QETimrGsXsA+Y7KwGT50H7+F6/FLVPtnrcYR"
    "QxfE9MruSsiYd86lsEHY2DK3NgjoMhuTwdBxej2TX/d4CNcTC6Ph8eQwAG4ke2cYdc/g/n"
    "ocSBtL5+JQaEPzLeVLHUFiGp/9AGhmc0MDyXd1yF/ePw2KztNt+P3aZF2mL9dhsNdWuou7"
    "vcpnx9ckFXZil7LE/dlk5jHwrYx57TXLZ6RTeR5VKEIQZsJ3QpS6vxpUPGl5pUd3/CX288"
    "n4YvnVN4E3f7ZSrvHH+d4ETDClrvkljuCwPcZUmcteALISbXWOees0LCJRfavAQ15yUf4G"
    "SNV9ZrJLKKImJGGQk8vn5DD9qVTAduaJSaXepKjCLd9Eqqy4O2RAfmjFk4niSBUEkwU4Km"
    "i0pb7WZV/pJMNaQpSdNBJjfjx2GzByLJ8HhLvhUFkG4oOsHjssP+3d9uU+d8zjdjc9Z/+P"
    "Tx57h51mEjzfA7soaEfUo+M0ka7S5TPiW7hDqtbcder5SmJEmjp6T2KbH59jNRD2rNkHXQ"
    "f6kJdDQUQVVdPBJUGtxQADfCtGm7qN5pSq14t07xlk3zTNFYlqPTSTpalfzpJ2qFb5pHNM"
    "I7/VI0Y9umApDh42+ADwSeDfb10dU14f+enhvj4BKfEuR4CGzsw1N+dX59GV4dB9dXV0P+"
    "ex5b3SHHo0s86pivAZXwiAGZFMN+GZcfVi6aTu+Jx/i406kM6ni256jgHgCGOvFtwKciet"
    "cuAtpFoHsuAsl1rmLE3nwbXVDWG82hE+0eCvzdUmjuPsZd5mM/kKjYxdzdUrSZuz3Tw3O/"
    "j1gwW0HmDbOPsGEQV/yCjB7kgfO8j2xCTDZZ8ef1KB8WCHgzsBf0UVhgq49cTPMZRRrof8"
    "9YbnSmKxwHCYr9JQM+O5CTYE4XgSfzci5GqxIk7QCrOpUqidpu4CvNx5ZCT0ft0+HiteBP"
    "bj5KY/ESVE+OwttpXprKRV53DB5nh4U9Yk4YtmS7UCmX88Sa2aXM5tqvKY3iBaiwgMcJmj"
    "KQsD0yVC3svbl9l8O158QjUQWfqlJniqh7BoT6E4x5xCD8qdR4vCHRHH6cwyvCGF4oreIE"
    "SedcIkeVbGCjEhvYKG8Di4NmVeH6HN3+9JUDAq90MPMuR9rB2ry0abNz09wq69u7eyIidg"
    "tMcOHt/uN2uAnZtHzUGsc79dZhYTORsxc5c4Qj61UfPVB/iWBpAjrnO55w7Y0OYTQOBqdn"
    "Q3RHXFHfjA/q5a1sDfSvq7UcaLWWaHUqCSIpGm1Ay8sgugROZw4jXQKn0S+lq6a61gQ3HI"
    "hB7ICWrIZImodIdIGWZzdztUoL+xWvV6V6WNygX0ETcxNtdT2Cw9qGtSKzX0VmJc/7UWp4"
    "3RI9j8H1mYyCu9hcV3zvUPMD3FJo8bdS3YG9WwzbLKzVbzAEP78dQPgEmQY9NOjRfdCjJe"
    "L0e5OsXMcntrH+TAzHSwumhY1KxWq6bT7xtu0fDzqy0XSaGOvFX8l6OhXmBiglyNewy+eB"
    "IOoj13PMwAC/YsaXFjEjIwVvFSXilYQS1d17hQChO7LWEUE6IqgjW1YmlYSKDBU176KI2k"
    "Q94jkfn3iuR9VyLGbIOsjt+uXVuA6K2u6bItIbhGSDiM9TFcw2SaNR21pQW+0J99SpOAgF"
    "rS3aBMQWxUUsZIpE8n65DgEtJzTR9FH1YRxczc0ZxP5fXo+D0bl5Ng4ury+uXnEZPxbckR"
    "N4KBLvkAB27sNYRtBSIH2i4wk5/79vbiP/p7wi0eA4FVQKg/OqJz4mKIGhtQutXXTPyqBa"
    "gldX3lVAwOMNpCpz4/adw77PqlSuOyuuXHeWq1wX7ckKzN1SdHDtDiqlDy/JHp5X1qCYon"
    "JQYprquw5LZMSydihimSHr3lbQRGrDiGnq9V9yhJ3jdwNlYLRjQqOOCXwxKjI3otCcfYSz"
    "8OoTVaEsRdS57aF+oZfr3IHhU2lqjtJMs2nCPSabjfU3hWxQP26eFc3WiPoMgWIkLJx8Fa"
    "4YOppORWkIURUiRFji96N8oa5FlYjp9Pg1elgKAAKFpcFT8Ecjo4xtURiKIWojHGVqRCZx"
    "iW0y5IDlNmBkOn0p/j8J70d5Gp8lkS5zAk8tt8OWos2Sfs+1sD93vBV6ieABTf5/unIdz+"
    "c/vnr8H9ec83+dOdz5trJyy2OXDvaZC04H2+tg+7bJDQdhYkhVSPEmqhhdgqS98krvdknQ"
    "f31GIaAP/xomOjo/66PzQR+d8v+fDkXI8+ACjc74r+uhcQbVh8mcNx6dj8bBaDaCXMQzPA"
    "g76aMLaHg1GGBITnzJ/726Gobpi2dgPhiN+Ek47o17cBza0aYJDkdO4EPe4rwBoq0PWbqN"
    "V8GCiqGgHBLkOz6WxAOVayQxzZN1kv34I/agovV8k9N6NDzls301w2eQCTuc++vLCz6F12"
    "dgg7q+uo4MS9S4Iz7jM/YR8l6LGXNsa41SLUFg26bL5hceiEfQgt4Tqc3rGZ+kYQUMpNbJ"
    "LoW1coQt3th+X2I/9GAUMjrmDOZyukltPsHTaZ8L2MT2iedzLkMsVHjJxNRaTxjx7qlBWH"
    "jNdywuvEf7y/Hr3EppaqCxLbYfkczd491hb40WjsPVA1g+Menj+1ADoDQsA/hDKWw5TdXe"
    "lbOjCj+shKgOSxDVYR5RtZ2tKmmpgyYF5O3lPf+YQMNGlCH+7Gj77OgII3h8SNRSpGEf9x"
    "MHtugkv6030H/pqjivYnI7Lza5nedMbon5VIco88QHkRFUCIBiWkR1DM57OCtZOBNQHlfs"
    "ktHLOTY6io7hV8IjJfDjMqFFR/exXORsfMSGz/lA5oxYvFsEUj/ENu0OIM0PgJunZ1Ds5O"
    "qCCKFs+Cr8MOGTXhNfnK9iZsRpejGYjeDfi3O4sd0Sxc0hOTWTTWSC4F7G3LPhfgsqKq6Q"
    "yRPLMDyuSNTgxyO+3ghT5bIYyFMvzs6m02Mhp/G3QA+Y8S/VnlNvxT9Var8Sd7bfcwTOAl"
    "hboI/W2/0+AUGYRY9gplbtL03V6k0i+4Gh8LnDA74iWJ/6bKMX53K65KTYw3h7FjFgqjer"
    "d5f8khL6GvDNlsVEHjq82RoP6vtQkJH4Tos7/XKv6U0bnchkXyu/eSdjk0yWmC1VzqcUUT"
    "3HUxNM7n35y82LwegCFE2QCRybvID9TxwWr8UlcWxQnxFrDooqWzoPACIaBPlOHJPLF70k"
    "rWnNfe87t70jc1YocQlxpD4KrTIvt8YfRFuBm7QCk28u5cfxDrJSmlJbgVsnJmUE4x1qDD"
    "NdYLj86xEc2knN0NrFIXw22kfm+5jm9sYGHtz2mFPOc2zO8/gnxyN0Yf+VrAWr3/OHwvLS"
    "WpGC/Xbb04Gx+M94GcVXtxu4hx82enpmdXEO8Pcmodnk7c2Xtzc/vuv9+WywR3HMeKVwcY"
    "VA8Rsk6tqiwPaphUR0mPk6VPvCP4RXM+emT2wf2VDTAhlLbC8IQ0fCfQXuh3nHJQho/d0/"
    "jshko8TTIW/8Gm+fbRMlTpfckbffuE/RqMy9hoD2BQHpgOgGsYA2lhzY6+JtmL+UTTwiq+"
    "lTFnezJdpjzM3myn5F2xrjUhyPLqiNLTWpM0PVkFJ+eBtyMptVeHRPwI1FjbkyUg175Fm8"
    "9+QJWX4+rwTRsJOqRRbYWCu7TGbIulcxt35fohbkqGgZx9VSVES7pTo6liLUEGibsbFZsN"
    "4hC0maqou6TRNpSEKuqWchydK118etNUlIQpbx74B/KmzicnbtsL5z5B1kfDXOl7G+gPcz"
    "bN9NsGHIk8E8xvosteZ8dc5zhd0lntSLtlTRl1BrjV9B4w/5R1bS8niPLfgNWfdW+qiSCj"
    "Uq0aFGOSUqZNqO+3qX9/O6D9JDS1N32BLiISaq2x8U09Ti3llMLKLv4L7SgLQScW9XQbGA"
    "XPO+Cu9dTxTNsA0r4A8pD9gtFRblHbQ6K1vLxEVhxJ/slC0zS6ozO5LktyDJmSkYtkPmzC"
    "Sd5nIVLu/CYc3dKtlJuYro3amckFuK7h2K55UOxfOSQ/E8n34IzBbquk6GrHO8rj+O9554"
    "dL6e+M4dUQr1ztJ1zdg8rBJQPyyOqB/mQurjHKATj/C3Zb6iWllA3lq+9z4FHkoUPUV3ZI"
    "3iLFjCMZVPBorf6hUEIkK+hLhWUJ+3d32EDc9hDKoBeZRIcvU0Nciewxq/ehMXry0Hq2aP"
    "TFC1d7MTuTBsDH9hC5I0Rk8dpUdmkAzlagBZb/CVgbDIebGZtKgSFBEFaVfyPBs19v2IX0"
    "QloKkE+DjLIx/Gkhh3yj4oaar2zn1rHC49YsYJJ8RqmdiOmgAnJW8v43s3yBN5ZcROFyaX"
    "GQeXBLKbjmajy2SeojCZqUhbmbnGr8zPLuD3/PI4yooW+esH/GEl8eX7G3bPkpJ6OpxDSI"
    "XTJiQMvrGQZ+qlH/KkneN5/XvinFrKPugbmnYbpHvvQzzUDIsniKcWafrCI59z3EGWA5Wh"
    "Ed+pTCzyO/JV9MIivi8kROYTLMv6V2fHz4J2Qv0I/i4TLPKMKekgOcr2fmS936m/RNh1Pe"
    "eeS4ZOlF8tfHT0gKkPqgFkaMR8Hs0Vn82jcQggjHuQxRNmL/zFZ2/ck6yERkbYZ5a3eD4L"
    "dY/iqtQSUl2cOvWB1lmcWmdk6em6HC1BzA/OrzpwzR2nOU2pp7nV06xTS+jUEvv9bJ6SWu"
    "IzX++f37+9Lcstkcgddk9g6LymFtH99NfPxMIFQnk6ZcQ76KpDPE8H9FFbVnBiBzZ9oPYB"
    "b+h5Lu0hT8lb8IERiTiK0pXELfoVspZMjETjR7OXfLIJ8pwHYdwJI2BB92IEDDroaE2wh/"
    "4NgaJG+ZZ0/Bphy3IMsRIAWlxg1yKMoRkxcJThPm1lqrP3sR1ap7gMCbVe0JKzgthQ5JFR"
    "k4SmK64jwgj8pW0W6ZNgz/Acy+L98EkTZaYQ9StmQilMTBK+gwoGsKVobwLVZwbYilOWWJ"
    "j5k3tsBbKKq3RRKKak6fYnpijW4FCVUa4Hg/Pzy8Hp+cXVaHh5Obo63Qgr+VtlUsub9z+D"
    "4JKalwJJ5llTOYWHb/EGuTmcH98eyabpo5sjmEiXlPmOt4a0v9jemmciRbaPWDBbUV/8DB"
    "Et+BWaXPoCyCRmVHVKaoGtt/uak22XfVkdS7a0hy+qbH9TV7G1an0AqjXfXRxPTbFOkujE"
    "LhLscYltmyhFJyZIOhhSVLNpQ9249RxGrb1xt4kac740urbYZLSl0Jai2i1FsViolmkyRa"
    "TRz8fRz0RK1Sein4kMrgfG4qroZ3p1tTCxrsD4ipWxGAJ8XBez4pa11hf6I7na+PdPRSf/"
    "eIom9L2oQY3lnN1MQ3XWJkn0FivLcagY5KMzGahlMnD5A4AVW5XPWbou8rsJh37I/KDqv5"
    "qk6SKfr6uw+bqYy9e5jAUuMZTMFlH79jos7hqoVq2kfElF+VxpT5sqZX+I23eOtfVnOfka"
    "YNunvsR7ojQyO0n25ODslgFrFWKzB8P+VfWC5nw1TkRKDEUmpwk1m8vZvFOyDJ0mo3qKAf"
    "7q6lEwSaIuihG1R8DskIdEZyCptIA35RN2UJmltC22IvU+QShQLu4xfvq41u7MCggCrAgi"
    "Gg3H84jhy2Lan9hZw+q6Rpo10qyR5opI8y8EvAXZkro9CdCcuNsvw5lX6XY1o8wJj+44eZ"
    "8GmZ8TZNZFzhstvNXtzFK9cTCan56Og8vri6txMCQzjCIkF3HpYZsZh0AuFMpQuLmEznjs"
    "NSIr11+j/xANPbKgzCcgi8CL50WVhsfas0uDjgd87CTuiDebOORU/dmSRFqAlbm06QA8HY"
    "DXLsWgSm1nydZQA29vtj11lLfpHbFNStevnmMGhjTOIr7VL1O33ESjCnWzGb7nQktEhBwP"
    "AsPuucwTx2gxkR4GYNk+gnUgQrkCFmALCXODLIdWLX2WaXvRtAn2aG3vObW9Fh+bh8dm7V"
    "W0L68i7eWyBy+XQ7ICHmwWPO3v0lxVH+2l1aSXlvZzadzPRVfnefbqPCL5QcB2AmaztBqa"
    "bR0025IMDZ+J+TaR37snAQ+yTfplIEI2YXg1NGGOXYqdHxhX7d0wm0Ime/bo3Dzb2FvmhP"
    "++OL2YS7Jqp+wvySoIUdEDyEsKDcLabT+wHAjxfI8ytoVzS2Q6QkeplP1wQplgPJpOM/nY"
    "p1ORJlzk/C9NKP7UpDkaBmkEBtk5N39defkfF2XqqItSvjjjjyVe7zKbqzL9nu2olEuYFP"
    "uOp2RgTxLtUf4PNx1VI/vvSwdSf0Pub6hOYL+KNi+AakVlY0m26Eok+8yRALvsZCd3Pgml"
    "xiDzkmtUF3UnhFdKq5lcVOt9Jx7LSDWLJevYx36gliVwQ9FmnFekLotPSi7pwlNzedNwPH"
    "IS726bgzQp+n+Bhsd8SCdTFIgQk5j93N7f0DhjO9ol4mz8YkH3w+NkczFs00dRD5BxzcIu"
    "14mh8s5wPjK45ECu58d95JF75w7ue2QOSvPjJ9KgSim0QXEptEGuFNrOBWCeqfjLAbtCFm"
    "TLLc7gsyFoRwIfGK8zCXx0xd5Gw+nCopk7lNKQUGovNYmMEOIy6vzN0bU4zuvZmAtg4k6K"
    "Wp5QszfPXvLNpXxr3sG+kKbU1oXWWRe0f/93N83xiaI+zWnKGqa5Zfvmoc9yS0yFvxOuh/"
    "pvqFCvexJDYbpBv8xM+EAM3nQyS7StObwTxgZmuMTmEoD29X1OI1c0F1VBjah5m8GM3ri3"
    "csc99B/Imc+pQbGFosAAdDRz/GOobrmiNuWvIlrB7xeu5yw8vMqbtp7W157hk+iLUpjPLU"
    "Wbp3RHfOqiChR4UQwFXuSgQP6ejiKHEyQNmYA7xWEtEXdWVtIRr80c7yWRmTp6sAvRgze2"
    "zZ/MEMXZehLhPnW/VLZnges6nj/BWYoKQYXj4NKYz8DhzpyPg9HZBVjphkP8OowAnE5XwF"
    "xiwzoCxzef8Ru26TxEtjuGLGdBbSYCAx886hNJpqnmhnncu+4PsBF7fgydEdsUP/+hFZJ9"
    "KiQ+9dVyzWwIOijBNhInN3NMSaz+LflW5JMSte8Ef8uEqHd/uy03om5kqA+fPv4cN89aVn"
    "OOKtstRUWcTRFqabbV0mx8VChOcYJMT3CrJzghc+QnuTTYKkO5xyirzZWDDbNyg5lF2XIn"
    "NCBLezCmEy4Cmx6e+4jrItRCm/d4jRzbWm//RkkZnku7HkFs6TzY4LxN7LnjGZG3XEa+rr"
    "fzDn/zMZ6k6j6So9NAhSw1l8b5unpwtsQm+hMhJvTUkyAmm3v9KmjJPNm6VluoNn0+p+mz"
    "vRh0HVF9p+g/EOPHN5qtEUahAwAKGPEEkOYEPtRF31gzp9PQFDidHuelhqd11fBJ0kajZ2"
    "7+9pTUowF73DPlAmub2bPmRXvH30Nlycbt24zBQZZCPuCqj1iwWBAGlyHGZ+VaOJr01K7y"
    "ePN9l14h3yTSaDEwGrdv86S0GRhtXQRfHceuRwxC7yFkzbAwY5S/Hf9N7XtY4Qvs8zmAaD"
    "bXEtfnjmU5DxATF7hA4TBi5j6Uerrc88ekFbydPrVDUPBSHlGuueM0pyn1NLdumhX0+IQp"
    "5B4QQwlIHtH99NfPxNqkH5L7msTa+bt7cpBYWZHHyZ/7gDtCppVgHhuuVgc+JuS+sqPIO2"
    "wsUXhUI2OJ7QUJMzXFfSHqg8wnnDlEiiUfz+dRGY4fGLIdX5J+uq5ONQTTMghG+dTQp0VL"
    "T4u0d6fveKq42pZEAwZ5wGDuOauJus6UIetcFtsGQABnBzaniDoBBzTNZjiSVbCWuH0HVv"
    "C+kZaNFKe0IWeotBH7cW/7pJ3wie72SQPlgTG5qr99ZoG1yeH+o+PTOTWEmvrJ9T8FUoVK"
    "0qpfRauyE3QTx/UnTlDVCT80sUHpQuwj0wHFBj1gMMx5DjYNzHyU7J2ho5Qjj8S09/Qux/"
    "bY/izAR96JI9QvMA1ytQschnxq3JHIhQhbD3jNhCVRa2Nt1MbaYhDvAJc1EP4d6Lwt8XS6"
    "FXus7IiK7lQ6lvxt2yZ9nP7I7BgJMwBv+UfCype8ow+C7/IgaMZEexuJKOhh6SBwBhIJsF"
    "8J0UX4QduO/SKEkGOnJiEdrfCaCy+Etz1B4BIVkYJTVE6uamCMsf2Y5xU5WZwgy+HfsYn4"
    "veO+GJ0ytHXJ0h5ZO6r3YkbjLCAvYpbnpxhRG0wUfDbGvXEPAQAnJv3m1/cS8buuTvfuFW"
    "b7/ICYuHyulII1c4TtxXPCFMnwnAgXfnIWmYfVQsJPmes/XGYzhBFqFU0WncO3Tgomv+4B"
    "9lxOrdvugZtdHGrOBJ4HLrDRw/Pvk4R1LUK5ievMLP5ej2CVk2+JeSuY/Pq6bjrdejD7X2"
    "Io1SRMkHQREG8iMDv5ZDlOF0PjGbJOcHvfGLnBWbNwPElcfMlZlqBpM9N7n2zhLgE7yk83"
    "/4Wi5wa8TiT8f7kklvsSlIGXc/z1ZI1XFpSy2rR6JY0JqKvTPduduup2CucD+IRORPY5wh"
    "iX/TH1hRsog1oL/JpjRU6kUi/TnXrYt1NpePrlp6+4QkCC5HBrBAhpASpHhlrAis8OXvBP"
    "bUa4HEA2mDvCDFQ/kA0wWgYrLkdCQQ0yw+NgZJJRgRhSV8fPXK8AXKMXNlHMR56hars0mv"
    "RsEzrinHp89pbYNsM6XvIprkamkfA2yjuHgIRrl/DvbppjcWCHec6QHkxuju9ynkNhb5dN"
    "O0mo57htc7xTeAf2fWwsV0+P8Qgtkzeb7g53M8+HeaQyR0USdR3c+iXsq0usat4snlhihQ"
    "by9DKsaiqf4DSZzgyyr+XUtP17Ti0ifudYW+Jpn6BpNRr4BUNdayi26Xh0QW1sIXhudGRS"
    "j0AUBmB4kDwXkBPPsQAZgHVNPIY8snK43CbBEWrrtRxRGlQpOM1bFWNKg1zR6RUxKQ4nS2"
    "G+01StnvGfYnPxCi+ogWZrn7A+ssk98bamZOBGflrVSPdshWb0n5IpK65fHTXXruwyC98S"
    "D0YXSrj4hqLNi39H+14Di5XvgVxOmdwRJSNThqzNrO79iv1lbBMSOwXf2UGyvSexY3hCfU"
    "DxwbDO7zpP6Wj/54eGNQs/qkPXkSWanJp1IU2kTx7JyRMpU0psTdForj4emrZ17n5iYNrW"
    "o/zAGFw1LC21tORBaZJdoTbOdg/jyTI4vSW2KewvPQOFaFFiiipDRYll8niYH7jWwOkFXr"
    "84cgL8ASL0uLhgvhbyT2i+BddRypIhd4me5C47NfWrEat2IVZcclkqp9xI0uhDtCTpxnwu"
    "ge/Lqj6kCXXRB4WiD7o60T7dXrXq+j2orlrFqut00CrWflQs7YtwAAb29/bM+VaiLqXu98"
    "u0JQot1ZQkUSkUm9dQI/RqNA6Gc3IGio0wVoUdIYNPpkdeC33GJR7ExPJxkMhmCXUKxI8J"
    "hMWCuhPOpSxHSqNDqYfM839FqHz6Kihx6rHyb+jie1G+rgeD8/PLwen5xdVoeHk5ujrdnA"
    "D5W2VHwZv3P8NpkDrODzqo/uCO4e8nBPXZ2BpvWCrGyiRNPfrY8+4bDZuE218EZE9ZPM8H"
    "FVh7PihkLdzKlvKAMiKyFJMlSTwTNG1GE3qRSIXuyBr9G3Kxh1cshG85h20GuDPyCB/TY1"
    "EYuW+RlwCU5GWbJ/a1/yDp8BHz81ocAbilaEcAIAyrGgBYB2zRSNCdRpB2mYqDQ5Bi5UJx"
    "jhNkOgCkbfPbkux1yTSqv3pkTvhxY0jxhIKW/TJkIZVs1U0TPYox/Eq8TVImKDthE/Bbdq"
    "hBTtBHB3nOA9f/+SkpTsZofTGJO9vO3Wgza8vMrG3R4TvA5YQMEX4TSkJdkuZZxTpIdnKC"
    "TexCKMNJCPtNog0rZv0kflrlvA9fghkjPvjC3nz4MOHC2seP7z58OUHjHluxcQ/xTYGEm8"
    "cr9OWXLyJ94Ex4bZgIhxsKf3oLdmpJzEbNnT+zKOqRFcyZNzHxWrKWCr/PHN3+YLaR4nL4"
    "EfJnR7k5MJpTi88kPzGwyX8I32jGVTUxMfFL5Wd9xz4a3gPisdiE2MBRGVRd5nEhpd+j40"
    "W8/x6s34XO2qAF/WYF/U/ibCysT5e8XSrSR2esQk06cHxMKgKwy/Fu6T2ktXrwqO8TOzbo"
    "MYhaFNgXDg/46KSLys5RgMMAFZPI+c0MA/UVPtA5v7Xm6+UVmk5dvkHzIadTNA4GZ9cDdG"
    "RYmH9aYZpgESuzPubtorFTTTdXiTmdvoakwuIhKJgp55haAT8V3MBn8ASish5/h+SIosQe"
    "RoCTevwGvuc0MDH86xf9zfn1sT2dAhCIfYBUfcbJxAOKTnlPkI8YxoJHOEE32ScFfehh6T"
    "CC+HbPyNg+mk6jF5xwOZpa0+kxWnJ+uZiBKDIjlmMvRPGJ6OWjYhYU5BR+llGGYgbhBf+q"
    "K5tdt6nfku+ZzVOeejaZZRbstdoo20qjbHetXCLtl0nMwA3B/aMgoOaQy/TfUGBbhIXbje"
    "s5ZmDwT1l8S4x/QCbhXzCXpbj2RA1UnLi4vq73bHVrjQ7fMYOxtsM3wtb2G4l32JtEoYJx"
    "L1Q+T8KjdMzbjXuxInoSK3Th5dBl8ASK3K/HvdyGVEN/2kDdjIEa5N3oudnLOBvSyT+XYU"
    "rgo9C2DJKZL04NYi5InGACYt8jqIl88yXnUIPjaMO2Nmxrw3Y38ZCUNJhU7BQnOkt7OFPd"
    "e4c9KNjI90L+XHGqDRsKS0RKOzoC7d+B8kSg0gNSHKIDkm34qZ11eXlFEIiKqpEg2Z+ica"
    "q4gD4GIpU0n+wI2mEO79VDRzEEc0ctyCy9ouaLCN1Zo6jUKGaiwk34npL1VHPfTWdOamFF"
    "Acl5HUF4qgbIiKyPthDd5jeUAghxvNwUVifbdwWBCKybqZX6SFHtNGttU1ObrhAGHJv4zh"
    "2R1LJ5hNFbshZzuvcZ26azEsE+4qlfbdDnBHgtajf5mL8OckDVMPjmZDsIAGtIxO9RPyyy"
    "4DkP+X2wkRH2rOemwXFVSTpLrJ0I2yzsQB2RCfE8x8tPdHEAf5qqA7EN+w7i3xyrO6gwWV"
    "r9gbX5A4vdyCamtOzm495yG8J2AEY7lUJ6G71LaOTFFviYr7eyJb9MWRh3G56XPlcOIpxP"
    "2J4dOyyeuTUFpw7d+rt/BiCrJR4f4GDIp25Gfvaw3Okj06JfnlIrajtZbBpXcv0Ak+MLUd"
    "UMr9Cmlxeb0G0+PyJK++HbiUf4imb+5rFihHkMFkDi+uNeQSm8mscAp4+o2jO2LOeBhYHl"
    "AVuG4mDYXR80Y1EOVnAEHB2YC8M4tkEg6lz8JVwzdo01jzH16M+4Q+3Q0FKHBm3dbihLaf"
    "o7UDXZ1eou8tysbRg6EHvZTtJsmvJw4PjvUpjdHCWKk5yk0+pK22a4JZLnr3zTnTve6kbk"
    "uKT/xNE85ARQecNSOdSNSCY4R1Mha5GPv7l4LZKqRvQsdBZ25pzIpdiBivChEtJHEY6OBA"
    "IWOgjzBwJBj38EoI/IshU1MYSORGxXJCKfY1VRZEPR4jrWOwohgyr+OINid5xBzhsnFSlc"
    "lcUpova6BrcmSwtsNErWoah9B8XoKnVJiquS5GqSgIlZibUbgg7y9qzKwj0rXrhn+YWrnc"
    "O0ALsXAfYtADNC3ioUXeMm1YRWI9G6EnoK4ViAOdqhVw4jopTf0d//DvmiPOeeAtb4b5vE"
    "FiZdUP/4lRAkz0YvxJ+ciK9NaEeZFD2teYyxHRrERbAaAKfT6W+/woqCKLjTwQX6/O72t8"
    "8f33/8GdJx2oyaoY2cMhaAKJyIyxMQKxXQ6gK7ENzyVHE4fDmlvXlD0TmZopZjr1hKFrbl"
    "e2wFkrOwDJNO07XWC6+F2HTbtk+uv1Kp5SnTouLmuW2spuqvHNtfWmu+/1ycX12FKYTHwf"
    "XVtTkORgRfoIcliQODbRMyBwu3Hscyxf51xJ8ocuMJ+B70Q5wlSJqseF/DPmEPfH7ttUV7"
    "YF3Ka/E2GC0DPlU+ljlhEYOusCVnfI42K7OGxCdRJ92SWH989/b9Lzcfjs4u+oNMBo14Yo"
    "aC+y3b9t7b95BerGzfi5tU2/hoovXjOx9kORDtw0DgqBMhXhETHc34uYocD/HN9LgPHtvU"
    "ZwiSq1/wLer6zJjz3+cm36gur+HKxSUZjYOrGRmgOxtM4dSXbHv7GVOy5/3B5TPLIt5ku0"
    "VFFv5JHPivUdJnQklDfULlnNlS6HOmAki6WecKLE5TtRlvEokOxA4CwhTXEleu43Mdcw0R"
    "p6+jKg5CcQ23AHmmBNUO9l2YOrt7VVdLM4TarvD4JxMxTfypzuuYrM0fza4gbRMx1bNgvd"
    "PSztLtbWXvKeF+/es65Jjqsk5T6VVdbVV3MiWIcFY1KLamU3R0fnYMwvp06ngmtbG3FhcH"
    "ErijOtmeAw1DxWMHC1GKUBuIWmcgSlX/BnBE5VPcELRYVuLf1N/5fy9++UVYR9DbJf+WRG"
    "x/aHEpBBPFy8k+0ad2V/rplmmI8Zd7WfjhXuYS8wDONcErMJMpQmVZUo2USZCyPK+5mLUT"
    "oyM6zeUqXN6Fw5q7Fbj71Zu4eG05WEkkS1O1WTDb2eemkuBbomOc5ZUMY0mMu4my11iKqo"
    "u8bkB4nXjKKdi3RLrgvUrBeysgE3WgOkPW4kwZrcEo+HBz6q3CWkC2o7SH5Em7x/H6HXwP"
    "JDeS7XiRMKOiJoVUfSia6FvrSZjXiD+K+JlXgx5vvudNHtKiKuWb3BAccPYAMMiI9xA24M"
    "g4HE4SQ3PHQ5Fky4774k8+Ny8s4kPWOiFHMJFRPm043hqL5Qaghsd75kSZAVOSxqLmLd49"
    "e+PgcjQAbp+eDfnvqwsC3MZDKK8AiIVArV+JDOh84b+Emg+T8I8+wI8ff/vwIYqmio4N2X"
    "bQ1CB73kT4dPL9CzNHKc1XmqoDOX/2gPoDz1ziUUdJ0UxTtfir25HVNaB/LfPd+kzMtwlp"
    "s1fiw5Vt2q/kywXZnows2aNOXXyPInjAD6LZ6DLtKxUCtxenF/PkPgZtRqMoHc7GH0u6D9"
    "bVr45RbZf3VQv0rZYxvGF1q83+WM/H5/pdpp4Rsmk1pxtzl9LOado5rXNuPNo5TTundW9V"
    "U5v6FPuyHMDFrE4RdZDTNWd3CKETZUNohqyDfK4f39KJNJI7cxVJelAsSQ9ykvT3aIOow/"
    "7cCJIPvJ3EaIninCTp9NTUPjU64cwuU3Fw/sTkm0t5dztMc5pS58Vs8yyDE6W5Y7mGJKWe"
    "5TbPMphZ1DHCNFX37HX1KPctM9l94TK/KGoevkqBtS7Rql/JUMfSBBUyzgjI4gdIbHBJzL"
    "kwmJ2lnAvAxQSj0CD8CjkusfuIP4lFwS0FXBLOz6Hl/DLZw3EfMbqwoyYJS9zl7JL/Hg1P"
    "TWkimmd+GmmuhgRsFlrFdYIGnca2Y7tjqqq0ssfIE71F2s3gmoPFDgEd6sG+uh/kvgaYsy"
    "Un+xcD2295L1/EfEkO9XSD0vOc8aYTg7etdorzI2yOSez+Mjq/EP+ejqDcFFs6LiQSiTId"
    "Qaebqvd9FKn6YfUfkVSEN5d53NQ/gHa9ade5ajgrF9trtTJAaaJ6sl52gMsJrsK+oiauJE"
    "g6eJw2UDdYA51dBUfadLSDCbToVI/Mo48d6HGzCmo5nLinp7Ff6+XV6dkrNJ1GmbghR8mc"
    "foNwoI3fPxLTK/4O0wls85qEBJCdlWGLjwa/AkakCvjextXHf9uO/+csrNEEa0UglRcVRM"
    "eeD7WMptOX7OW/w7P/J6zNs8EVmlGf9dFvnz+8YHhOjkGkFdWM+BdrOz6aEbQICGOygJwm"
    "Bth7PZWWSH3P7CZZs9jHfMeTF34sZGqSZCeWtg3Er5mlXUxh1g7fsJ0yF9WYs2hPMZqfQC"
    "IRWy97lZBX0JGPvyFqG1ZgEvNYBM/6mxDc6fSPf40Fp8a8y3H02uPen/+YTiVlnRsZouF0"
    "NLzBSsl5Z0OgvXZSylMdXjvanaOrumwmMHcXvCJBpue3zfPrkXvnbqcpTlPqWW7zLIubIk"
    "FHfpZL016lCdud+qp3wx/2hXhYURyNhlHUBna5UgsXnMAPywGFdqCwBpoEWtq5m2dJsSWm"
    "iD+dqlScIDsQubiOT3cnudPE1FrvwOMUnWZyOZPDShITbAgIVw2RkNLur7LdjojfioiCkA"
    "9LhxEUBaoLfJr/iT3CdTHYZQBsEX5mSbh7NBxd9dGmghnocVD2HKxEjieBy5sfrmnrZGQA"
    "m6kCgFm6Nq+K57P9asNkV8XAFhkmfyGM4UWhbTK+3X/UPLlKtFRwHI7IkO9s5DeEZyDO4X"
    "g/jDbBULLj+54JyehETh5w56X+schPlmjjEddal/kHNzuotk22yzZZlqSmkLmlOWq0keqV"
    "tv01xNa556wmsKcoogIpunaDAnWc83Xmw3bMdZ7Zt+RbwRqO23fCNFgmSr372225hWIjSX"
    "349PHnuHnWbKGl2u9Eqs0kDNkNv8YavG7r/LZIa/kcSme9Aq0lvv241uIlWj6qtfy+xKAh"
    "hI6LLJitqM/X3iuhHswHUFbKPB0HQ4KH/NLg7HqwuRPiNqOzy0v0ctt8YA5EnKGJjsJMOc"
    "eJu1dz4xIyb5/N85rMcz7I49rNHxkpL8qwz1v9Ifz+osuJ/fwfWiHat7OmqthuPsm5rOMy"
    "u1aFGmGr79wRpSzvG4KWuxWHOyJy+QH3A0PiqdERbNMZZ98+1HAAjOmeeHRODZGdOGrvzB"
    "G247g5uXGhmWH2XS28hRVd6lgHm2O7L6p08GnrR+U6+sgj/0sMcSt0yzJz06tM/UjttAqz"
    "dlbsGH6WcwzX7rZddbdtG7O1P2uH/Vl1Hl2dHfrZi+s0lR6aMiiUIy1kVIr0S6g13q+C9w"
    "v+YdPkGw9nImfcDrtLjryDy77aui9b+AUrf4btu9gxTJ31WWrN+SqcJytMJUW5i5m9Iege"
    "f0eV0kqPSvJKj3J6qvI+0uWdo+4DEzJKqUklW4r2sleANLFPkjOfU4Ni60W0s6HwDdDDkk"
    "SVx8Bj6QEzcYOYiAv71CTod/IWrAHgBI+oLweCGhhjzyhQBEApeiCniHRUdF4UUi+k2eEi"
    "mo0cu9tgHcnKrRjmI1u+WsQvE/FFEix15DhD1t4VXpJSb9wb99ARpAbB7I6YAO4H/DU8yg"
    "RYbDPiCWx4zqU7SGkrNnXY+4nnicQi1IaUPcAJfsXxplNJ6ML+h98zfr19AOX1s6Fq7/LZ"
    "cYNsIPmaY/vY8JURvixde1ndu0HRwyJ42ETmqwW+j+J73IAtEcNrBnFA8N1AbXYR2ANfk8"
    "yRvY4uS6d6WOUoHBafhBJcXeLQWlKfS+bG2qJp3fELGo6qsHVUzNaRTl/43fjb6Qoe3+ss"
    "qwZU5ui0rhvqBC1yWf0CQby9AofV8Gb/UXdVtmlXIcRuE7x2PSIQL0yuL18h6rNQaojq2Q"
    "uZO84oBeuZeH3xNzR0HmxJ0LFMIGl0LGldjbT7nOCprqyhM4BL963DY/OWraqqUYfdHhpQ"
    "Sr7j/BZoybdeSyRfpmyTY2KTg+IIVEjC+khUODLGwcXZ6fxlMlhAQDtRVp5H01s0MJrOv6"
    "Bl7oOOZHpvu4F/62GbzYn3KZCGM+XalAqJFFpP/Kj5xAkqRjZBlI8549Lb1eU1/L4wIEho"
    "jrkMBz0iSEDKFYwA3IoBocU2ItizKP+2w+pN/LPGPrIdZDn2gl/9GmCLcjYwAUdJ8ONGxx"
    "vzTjxjiRlBD8T2Ic8DH+vCuADEenQOAubVnI84GFz34Sb/hlauDwkdGF25oiPzxYoLm3wg"
    "SD4PScYw42MxHwKqTgcXxyfovY8oG/MP0LCwFz7mdBo+HeTuhgGHQxjk7JK/ogm/L0bX1x"
    "CXdWVAibrZwDjjz3JxdQqF5szLS53aXsu1341cG25VO9r186Qa8ZCoDsrFYJ9YCLbN0Pug"
    "ks9XictX3uNLVzpsMM6FiwASubssyCWi0BEuJMnyvNJ7GE4/O+i3NyHCKOqoJGXgSfj8jI"
    "tloXcBVz5fwnn/MjxJQkmTzijn3fpkjVeWLDt/7b3vu1aLztao0YKW7V8aLaiOFrwNVYpb"
    "/O1Xz5lTS2pMyjfql+EFsZoC0VtugqBaKhQw43jEDzybgYtJWKUV7DkeiYA/V9QzEWMUZD"
    "FR62Nsj+3/w/fYe+xPYlUbKsytHNtf8g1Y1I77GmAvLDcHuvrZUIwBIOIMNH98SsJsJqCg"
    "j07FTYAbhG80QYz4YZX4sY0Q4wKD9YIZ2BJtXAxONkfh52dtrvAHtx7A1QbYh8SjWGuBZM"
    "6uYazRzIQRwUduOL+ahZo/v3sBCMjofAjXyel12Ob4BN4QsNO372+R6xE+xAowjDldBB4U"
    "hoHWBvjekTMM/84wjHF5io6iF7fWCN/zJ1xAZH8MPQwJhiwup+cCdbk2E63hTbcED0sBOw"
    "i+8A0j4PO1RhSgWpg5AGRe8pWy5OeZ8OPbmPP4ZHgv1gR7AJMwwgT/fGpZALBw5nLGnvDJ"
    "+ejYhM/MivADFI17NuEDh66C496rxGoQPkt9RH0UNol2JfZUiKQ12nynMZPt96kiZqapdh"
    "I126bRN6khQZVsZ02IxMW5cCWnaDRmIqncwPcuX8LR8vQKGyJdUCC5mGW6Z3yKTOLDJc/r"
    "0rCIgh52C484HG7XGBwhjupJeEorLvQsqV7u5cs9cM2ddO4cnd6q8+s4ZtIOldBSlFrl1i"
    "p3gd8m125mzrc3XPHCwduwinlP5sIpa9cv9eYMKSYzQTIxEjSP6t4/Y9cijKGICMJ6w0IE"
    "YZ8o7BMs0JejczAwDzDULiDC5H0+v4SYLPMec0XbRLO1qKv+268w1ZFtG31+d/vb54/vP/"
    "6c19n3PPYTFL3n9Zt7Xu2uESS5TNuzpEXs6KLwgNuQ7A9MPm32WLseDM7PLwen5xdXo+Hl"
    "5ejqdHO+5W+VHXRv3v8MZ11qNtrlzZ7c7b5AIkLGQp6Vb4yJpip7I0uTPbo9fuJ7ypZGtj"
    "t5xCD0HtCrKKOBiJKzCFpScExco6PplLdxPHM67SPISyZxb2xmGAA4p1MIQQaUDMA1ADfv"
    "+Zj8T4+4BNIwAG66JQ3D/JgTxQGKoQ1sozn/GEQeh7G9fU62qZYIqdZ5twjQtTUKO6uc4D"
    "mGPiPpFOBj8QX3Nzbu4pTOHpkTj/ATQM0CmSDSW7TyFr1dAZM7IlG5S7Kp5ig7x/6zQRVk"
    "jrcqCSCX+S8kP5Gq7M6QtdnevqsjTu3ZgZLbjwKft1tW95hcM9SsXZ2a5K447pX25Jigg7"
    "w9u6iyF2cBicRWfJFlbyg/KcLMW6LGEu/kDrwN1w8WWg7FyDyri7Mnbyn2nz75eQC4RhIl"
    "ayx0l6nQWGh1rf+GH+jGsidR8qM7/TKdHm/bPKbAF0+sjoxpmZcH8WJYprKLx5akg7LLYF"
    "Qlvw9vVZJYNpfhBz4qBQ5HzTvI3Uay3kMmLSLLQl0ssiRItMyiKLM862H25/8HMn+oHg=="
)
