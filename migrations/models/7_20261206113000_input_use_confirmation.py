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
    "eJztfWt32ziS9l/B0Ze2zyiOLUu+ZWfPcdLpnmzn0pu4t2e2NUeCSEjCmiIVgrSjmbf/+4"
    "sCSYkXkCJkUqYY9Ie0TKJAsnCreur2787CMYnFTm4Nw/Ftr3OD/t2x8YLwH+lbXdTBy+Xm"
    "Blzw8MQSbXGs0YR5Ljagrym2GOGXTMIMly496tj8qu1bFlx0DN6Q2rPNJd+mX30y8pwZ8e"
    "bE5Tf++Ce/TG2TfCMs+nN5P5pSYpmJl6UmPFtcH3mrpbj2zvZ+Eg3haZOR4Vj+wt40Xq68"
    "uWOvW9Pg9WfEJi72CHTvuT68Prxd+KHRFwVvumkSvGKMxiRT7Fte7HMno821zmj08dPd6M"
    "vbu9Goo8Agw7GBufxVmfj6GbzCi95Z/7J/dX7Rv+JNxGuur1z+GTx6w5iAULDn413nT3Ef"
    "ezhoIXi8YeqS84dk+fpmjl05Y9cEKd7yl07zNuJkc5m7wN9GFrFn3hw4elrAyf+5/fzmb7"
    "efj3qnx/BAh0//YFl8DO/0xC1gdoy5mLFHxzVHc8zmSkxOE1bD7OjChtub5bt/dg8GZfg9"
    "GOQzHO4lOU4WmFoqnF4T7MThcLI2lcH9UgzuFzC4n2awSdnSwquR+FuBz2m6Fk7oizLsvs"
    "jn9kWG2ZSNmIen0yyjXzuORbCdc/bFyFJ8nnC6uhi9vlIDpws4+/rTp/fQ84Kxr5a48O4u"
    "xeLfPrx++/noTHCeN6IeiR+OG35P+V5AzJHlzKjNFISNDN12uaMqpp82Wu7YsNZyjHvOIi"
    "5AyvbnHzlXPLogcvamaVPcNUPik+jH4W3cBay8e/fh7Ze72w+/Jub4j7d3b+FOT1xdpa4e"
    "XaQ2mXUn6Pd3d39D8Cf6308f3wpuOsybueKJm3Z3/9uBd8K+54xs53GEzThPosvRpcRIe4"
    "63HDFiuMRTOSBSZO07jqs/HgTLiA0fL1GNCo+INKk+JhSOCbZgMFMd2xxNuRbsuIrMl9Lr"
    "EVAYAb5LAE9GWLLFFJ8lScoKTpKmyaRtOkrWarAxx/Zsp/HO6UIPfKMH3vBdl9geH8fFEt"
    "urkRL0JyfeSSRvmkBRgVAO8Or0XooFphiXZflPjkvozP6FrATn3/GXw7Yh0+dDYPnNpqfD"
    "4vSf0aSKrm5e0cWPa3A6Z65xRvDPJ8HpxV8Fffzt/fuOYP0EG/ePmO9HOWOwIIsJcdmcLi"
    "UK6OuQ+KdfPhMLi2/KZf2HdUeHu5dl2J/YJCb85XgnT+TT74TrJN7roK82sQpmm9NzYrMs"
    "Mf+ytxa9RfoKtvFMfBI8G54UGYx8k3qcb9T+G8FJK428RbfQsgRt4YCm9mgetd5mYurczQ"
    "lybIJc5xEdUROdHSOPjyS654cK4z8JEj3+wJCFmYf4KnVXJ+h2uSRiqJG/hMOeIeohakP7"
    "Torf1T9haIs2nIB/m8345/Fv6SLmID584VaCHl0u9roM8dnlw/OBHNsmMrBtOx6aOu795t"
    "ldcQsP7WC/MWNvgihDJr9mCD6fdLra+NY04xsjXyWbF53lMjYkaA28eN3rnZ9f9k7PL64G"
    "/cvLwdXpmsXZW0W8fv3uZ2B3QmCVgJB8cSjb4hJE2mxRApcSHBN7kFRwL5rgGdIWie17mO"
    "wZ4T5f5KxdPHgLo5grGgR3S4gFZN1wq0QQnLwvHNta3aDHuYNMfmg/8hO7y/8l/Kz05q7j"
    "z+b8L2rM4QC1bWKdZM79J/RT8QlbtFRadsju5SjIP4rVkSUNJB0AkCTgdTX4KE7SotOnMk"
    "vubpjcPrC4w1MNYlwNDhEVwTRG0kKx9KqEVHqVK5RepWXSQNdWYe+GooXcrcEYjd2ZosV/"
    "TbE/Bnc6e2HvWa/M9OWtchks7qVc74gndW78ry+fPuY43a0p0mIKNTz0/5BFWW3IQec/pr"
    "4tlhCa+NTyqM1O4LH/WdcIFDAcOJSQWCI+H324/Xt6CN68//Q6LYpAB6/TXgD7BG/Sh18d"
    "ErvAOwHoCKBFdGQ4LnlpOgv+x8sYRnuyXB3fIM4eGsCXAEYuXfJAHZ+hCOAU/WDblIKqVT"
    "9kaHtzurnsPNri1omwuwCEapEZNlYA5DKBr3qEz0oy5Y/eQKmIfOPLgZhCj2sEXAXfq+46"
    "HifSXlTbDy5VBmveFvO2IRhUZHqWAFAxq3Q++hQzgutwpwNTq/JhHtWwhRaHK5ydlol34q"
    "3yZdTTTMSTx58gm7hFWsA3OSqgA8qyAWWcWUu8Iu7ontqqXE4StnFCX5SZz2k0MjadL9Ls"
    "dslMETTYUOxRp+339qPV9spM5/zZnIFkTJOrV2ykHIKaIWwdftArtTf3CvbmXnZvnmD7fh"
    "SL4i7L7jSd5nYZbmPLch6JKTZciYtaPmiTIWwGdgPPaw12E37ACBinshTSdO3TAas/RKn9"
    "4FCDjCy6oDIjKzHoAls5ak2aNr0WAuKTsJPDY34Bs398++bdh9v3nKPdXiogJhqHfmbXoY"
    "z5XMpTVXNSZK3b4c/LiC7n+bLLeVZ4WS5d5wFbI5d89amrHIAnpdcxYDoGTHtwEBUIMXHO"
    "8LnyxGiAd6KTwx3y4oiJ8Dh9Oo+gl7YySUfgFLKqVszeZ56zEDB5FrSP7nULUft4q+0Oo4"
    "jhB2JyJWdFXORRzyLoaOhfmT1z6PfJ5enQvxhMrvm/PWwM/cH1ef8YAjAQP7KNe7Tk/3Ae"
    "ShxIq+tXYkD4I+VNFUltIZL6T21geEYDw3N5x5XYPw6Pzdpu8/3YbRqkLVZvt9FQt4a628"
    "ttyucnF3RllrJteeo2dBr7UMA+9pzmstEzuo4slyIM0Wc7oUtpWo0vHTK+VKe6+xP+eut6"
    "NPjojMIbu9stUnmn+OsIxxqW0HrnxFq+MMBdlkRZC74QYnKNdeo6CyRccqHNS1BzXvIHnK"
    "zwwnqFRFZRRMwwI4HL52/gQbuQ6cA1PaVil7oCo0g7vZKq8qAt0IE5Y2aOK0kgVBDMFKNp"
    "o9JWuVmVfyRTDWmK07SQyfX4cdjskUgyPN6Rb3kBpGuKVvC46LB/+/e7xDmf8c1Yn/XvP3"
    "38OWqedthIMvyerCBhn5LPTJxGu8sUD8kuoU4r27FXC6UhidPoIal8SGy+/YzUg1pTZC30"
    "X6oDHQ1EUFUXjxiVBjcUwI0gbdouqneSUivejVO8ZcM8UTSWZeh0ko5GJX/6iVrBl2YRje"
    "BOtxDN2LQpAWR4+BvgA75rg319cHVN+L+n58bQv8SnBDkuAht7/5RfnV5fBleH/vXVVZ//"
    "nkZWd8jxuCQudcxXgEq4xIBMikG/jMsPiyUajx+Iy/hzx2MZ1PFs71HCPQAMdWJtwFIRvW"
    "sXAe0i0D4Xgfg8VzFir9dGG5T1WnPohLuHAn83FJq727jLPOz5EhU7n7sbiiZzt2O6eOp1"
    "EfMnC8i8YXYRNgyyFL8gowd55DzvIpsQk40W/H1dyh8LBLwZ2Au6KCiw1UVLTLMZRWrof8"
    "9YbnimKxwHMYr9JQM+O5CTYEpnvivzcs5Hq2IkzQCrWpUqidpL31Majw2FHo7Kh2OJV4I/"
    "mfEojMWLUT05Cm+ncakrF3nVMXicHRZ2iTli2JLtQoVczhJrZhcym2u/pjSKF6DCHB7HaI"
    "pAwubIUJWw9/bubQbXnhKXhBV8ykqdCaL2GRCqTzDmEoPwt1Lj8ZpEc3g7hxeEMTxTmsUx"
    "kta5RA5K2cAGBTawQdYGFgXNqsL1Gbr96SsHBF7pYOZdjrSDtXlp02brhrlR1re3D0RE7O"
    "aY4ILb3e12uBFZt9xqjeOduqugsJnI2YucKcKh9aqLHqk3RzA1AZ3zHFe49oaHMBr6vdOz"
    "PronS1HfjD/UzVrZauhfV2s50Got4exUEkQSNNqAlpVBdAmc1hxGugROrSulraa6xgQ3HI"
    "hB7ICmrIZI6odIdIGWZzdzNUoL+xWvFoV6WNSgW0ITW8ba6noEh7UNa0Vmv4rMQp73o9Dw"
    "uiF6HoPrMxkFd7G5LvjeoeYHuKHQ4m+pugN7txg2WVir3mAIfn47gPAxMg16aNCj/aBHQ8"
    "TpdyZZLB2P2MbqMzEcNymY5jYqFKvppvnI3bTfHnRko/E49qwXv5DVeCzMDVBKkM/hJR8H"
    "gqiHlq5j+gb4FTM+tYgZGil4qzARrySUqOreSwQI3ZOVjgjSEUEt2bJSqSRUZKiweRtF1D"
    "rqEU/584m7dKlajsUUWQu5Xb28GtVBUdt9E0R6g5BsENF5qoLZxmk0alsJaqs94Z46FAeh"
    "oDVFm4DYoqiIhUyRiN8v1iGg5YjGmm5VH4b+1dScQOz/5fXQH5ybZ0P/8vri6obL+JHgjh"
    "zfRaF4hwSw8xDEMoKWAukTHVfI+f9zexf6P2UViRqfU0KlMDivOmIxQQkMrV1o7aJ9VgbV"
    "Ery68q4CAh5tIGWZG7VvHfZ9VqZy3Vl+5bqzTOW6cE9WYO6GooVzt1cqfXhB9vCssgbFFJ"
    "WDEpNU33VYIiOWtUMRyxRZ+7aCOlIbhkxTr/+SIWwdv2soA6MdE2p1TOCTUZG5IYXm7BbO"
    "wqePVIWyBFHrtofqhV6uc/uGR6WpOQozzSYJ95hsNtLfFLJB/bh+VzRZIeoxBIqRsHDyWb"
    "hg6Gg8FqUhRFWIAGGJvo/yiboSVSLG4+NX6HEuAAgUlAZPwB+1PGVoi8JQDFEb4TBTIzLJ"
    "ktgmQw5Ybn1GxuOX4v+j4H6Yp/FZEukyx3fVcjtsKJos6XeWFvamjrtALxG8oMn/TxdLx/"
    "X4j68u/2dpTvm/zhTufFtYmemxSwf7zAWng+11sH3T5IaDMDEkKqS4I1WMLkbSXHmlczcn"
    "6L8/owDQh38NEx2dn3XRea+LTvn/T/si5Ll3gQZn/Nd13ziD6sNkyhsPzgdDfzAZQC7iCe"
    "4FnXTRBTS86vUwJCe+5P9eXfWD9MUTMB8MBvwkHHaGHTgO7XDTBIcjx/cgb3HWANHUlyzc"
    "xstgQflQUAYJ8hwPS+KBijWSiObJOsl+/BE7UNF6us5pPeif8tG+muAzyIQdjP315QUfwu"
    "szsEFdX12HhiVq3BOP8RH7CHmvxYg5trVCiZYgsG3SZfMLj8QlaEYfiNTm9YxvUrMCBlLr"
    "aJfCWhnCBm9sv8+xF3gwChkdcwZzOd2kNh/g8bjLBWxie8T1OJchFiq4ZGJqrUaMuA/UIC"
    "y45jkWF97D/eX4VWam1PWgoS22H5HM3eXdYXeFZo7D1QOYPhHp9n2oBlAapgH8oRS2nKRq"
    "7szZUYXvl0JU+wWIaj+LqNrORpW01EGTHPLm8p4vJtCwEWWIvzvavDs6wgheHxK15GnYx9"
    "3YgS06yW7rNfRfOCvOy5jczvNNbucZk1tsPNUhyizxQWQEFQKgGBZRHYPzHs5KFowElMcV"
    "u2T4cY6NjsJj+EZ4pPheVCY07+g+louctT+x5nPelzkj5u8WvtQPsUm7A0jzPeDm6RkUO7"
    "m6IEIo698ECxOW9Ip44nwVIyNO04veZAD/XpzDjc2WKG72yakZbyITBPfyzD0b7jegouIM"
    "GT2xDMN2RaICPx6xekNMlctiIE+9ODsbj4+FnMa/Aj1ixleqPaXugi9Vat+IO5v1HIKzAN"
    "bm6KPVdr9PQBBG0SWYqVX7S1I1epNILzAUvHdwwJcE6xPLNvxwLqdLToo9PG/PIgYM9Xr2"
    "7pJfUkJfAb7ZsJjIQ4c3G+NB/RAIMhLfaXGnW+w1vW6jE5nsa+bX72RsktEcs7nK+ZQgqu"
    "Z4qoPJnS9/u33RG1yAogkygWOTF7D/icPilbgkjg3qMWJNQVFlc+cRQESDIM+JYnL5pJek"
    "Na24733ntndkzgoFLiGO1EehUeblxviDaCtwnVZg8m1J+XG8g6yUpNRW4MaJSSnBeIcaw0"
    "wXGC5ePYJDO6kZWrs4hGWjfWS+j2FubmzgwW2PGeU8w+Ysj39yXEJn9i9kJVj9jr8UlpfW"
    "ChXsN5ueDozFf0bTKLq62cBd/LjW01Ozi3OAfzcJzCZvbr+8uf3xbefPZ4M98mPGS4WLKw"
    "SK3yJR1xb5tkctJKLDzFeB2hf8IbyaOTc9YnvIhpoWyJhje0YYOhLuK3A/yDsuQUCr7347"
    "IpOOEk+GvPFrvH26TZg4XXJH3n7tPkXDMvcaAtoXBKQDomvEAppYcmCvk7dm/lI2comspk"
    "9R3M2GaI8xN+sr+xVtK4xLcVw6oza21KTOFFVNSvnhbcjxbFbB0T0CNxY15spINeyRZfHe"
    "kyek+fm8EkTNTqoWmWFjpewymSJrX8Xc6n2JGpCjomEcV0tREe6W6uhYglBDoE3Gxib+ao"
    "csJEmqNuo2daQhCbimnoUkTddcH7fGJCEJWMbXAV8qbLTk7NphfmfIW8j4cpwvYn0O7yfY"
    "vh9hw5Ang9nG+jS15nx5znOFfUlcqRdtoaIvodYav4LGH/CPLKTl8bZN+DVZ+2b6oJQKNS"
    "jQoQYZJSpg2o77epv386oP0kNLU3fYEuIhJqrbHxRT1+TeWUzMo2/hvlKDtBJyb1dBMYdc"
    "874M75euKJphG5bPX1IesFsoLMo7aHRWtoaJi8KIP9opW2aaVGd2JPG1IMmZKRi2Q+bMOJ"
    "3mchku78Jhzd0y2Um5iujeq5yQG4r2HYrnpQ7F84JD8TybfgjMFuq6ToqsdbyuPo73gbh0"
    "uhp5zj1RCvVO07XN2NwvE1Dfz4+o72dC6qMcoCOX8K9lnqJamUPeWL53PvkuihU9Rfdkha"
    "IsWMIxlQ8Gir7qBgIRIV9CVCuoy9svPYQN12EMqgG5lEhy9dT1kD2HNX51R0u8shysmj0y"
    "RtXczU7kwrAx/IUtSNIYvnWYHplBMpSrHmS9wVcGwiLnxXrQwkpQRBSkXcjzbFTY9xa/iF"
    "JAUwHwcZZFPow5Me6VfVCSVM0d+8Y4XKpnMzmETCZNAjJcYoZJSdQz92dJW8fz6qf0lFrK"
    "LsRrmmbbEzvvAjjLDHLfi7cWWdaCHZtz3EGWA4V9ET/JTSzS8/FZ9MIinicOeOYRLEvaVm"
    "XHzwJWQfp//i0jLNJEKYmQGcrmLrLO71BdHi+XrvPAD3YnTI8VvDp6xNQDyQ4S7GE+juaC"
    "j+bRMND/hh1IwgijF/ziozfsSGZCLU/YZ5KuaDxzRcf8osISUl1bOLFAq6wtrBNqdHRZhY"
    "YAngfnFusvzR2HOUmph7nRw6wzA+jMAPtdNk/JDPCZz/fP797cFaUGiKV+eiDw6KymFtL9"
    "9MtnYuEcoTwZ8f8WumoRz5PxWNSW1QvYgU3vqX3AG3qWS3tIM/EGXBhEHoW8bBNRi26JpB"
    "MjI9Z4a/KJTzZBrvMosPkggBF0L0YAj0dHK4Jd9BcEihrlW9LxK4QtyzHETIAMhTO8tAhj"
    "aEIMHCYoTxoJqux9aAfGBS5DQqkONOesIDbU6GPUJIHlgeuI8AT+0TYL9UmAo13Hsng/fN"
    "BElSBEvZKJLHLzSgTfoIIBbCiam//ymQG2/IwTFmbe6AFbvqxgJp3liilJuv2JKYolFFRl"
    "lOte7/z8snd6fnE16F9eDq5O18JK9laR1PL63c8guCTGJUeSedZMPMHhm79Brg/n7dsjWT"
    "fdujmChWtOmee4K8jaiu3IfHmDQkW2i5g/WVBP/AwQLfgVxH52BZBJzLBokNSAVm33FedK"
    "LlpZLcuVs4cVVbS/qavYWrU+ANWa7y6Oq6ZYx0l0Xg4J9jjHtk2UgstiJC2MCKnYtKFu3H"
    "oOo9beuFtHiTBPGhyZbzLaUGhLUeWWokgsVEsUmCDS6Od29DOWEfOJ6GcsAeeBsbgs+pmc"
    "XQ3MiyowvnxlLIIAt+tiVtSy0vIwf8RnG1//VHTyz6doQt+LGlRbytD1MJRnbZxEb7GyFH"
    "WKMRo6EF0tEH3JXwCs2Kp8TtO1kd91+GND4L6q/2qcpo18vi7D5ut8Ll9nAs6XxFAyW4Tt"
    "m+uwuGucUbmK4AUFwTOVGW2qFLwftW8da6tPUvHVx7ZHPYn3RGFgbZzsybG1DQPWSoTW9v"
    "rdq/L1qPlsHImMBopMThJqNhezeadcBzrLQfkIcf7p6lEwcaI2ihGVR8DskEZCJ5AoNYHX"
    "2e93UJmltA22InU+QSiQK2KCQsu3iBIN3z4qlTqxfIIAK0LUQ4bjusTwZCHJT+ysZnVdI8"
    "0aadZIc0mk+QMBb0E2p8uOBGiO3e0W4cyLZLuKUeaYR3eUe02DzM8JMusa1bXWTWp3YqDO"
    "0B9MT0+H/uX1xdXQ75MJRiGSi7j0sElsQiCVBWUo2FwCZzz2CpHF0luhv4qGLplR5hGQRe"
    "DDs6JKzc/as0uDjgfcdhK3xJtNHHKq/mxxIi3AylzadACeDsBrlmJQpjSvZGuogLe3m55a"
    "ytvkjtgkpetX1zF9QxpnEd3qFqlby1ijEmWPGX7gQktIhBwXAsMeuMwTxWgxkR4GYNkugn"
    "kgQrl85mMLCXODrNZxJX0WaXvhsAn2aG3vObW9Bh+bh8dm7VW0L68i7eWyBy+XQ7ICHmwW"
    "PO3vUl9RFu2lVaeXlvZzqd3PRRdXefbiKiL5gc92AmbTtBqabRw025AMDZ+J+caxp9Rd4H"
    "AEMuBBukm3CESAjMRGuvVWNGHoXxLcG/qDyeCS/3tunq2NK1PCf1+cXkz5lasLMvSvJrgP"
    "bQaDG/Q4J4G9RVRFhKwzGIU6YmCJ4VfWScuphxY+A68R8XoIS+w6z/EaQzuWJzesUiAAD2"
    "qjyx6aO77LugCGBPai4L6Flwyy8MCrDQz+IuR6evzUtDga6KgF6NisBr4DqMiFEtJK6lbU"
    "Anl0siuDX5meXcDv6WVkGY3Wgcyqqky/Z0sp5TIkxZ7jKpnQ40R7lPCD4oKqZvTf5w4k94"
    "bs3nyjovYNCvqB/UfsbpJ80KVI9pkFAZwERzs57EkoNcqYlU3DwpU7YbhSWs3kvGLcO/FY"
    "RqpZLJnHHvZ8tTyAa4omI7lRnnqQD68H4Kp0MZhcg9sSHKqDswv4d3rF/70ye2Z0d3P8Hn"
    "cj8ZRv6kdwABvGug9z2ku1dcn/EUNkORNiqZkSS6HBg3MfXL/ow+kOL3WcOUkO5q2fpQbP"
    "DtVhnqkyzAH7Seak0s1P77MmaEZ2H3hea7L76GqstcbaBVDCDnU2JJTahU0iXsCcM3fgb4"
    "auwUFgz8ZcQBp30vGyhJq9WfaSb0vKt+YdjA9JSm16aJzpQTv/f3fDHJ0o6sOcpKxgmBu2"
    "bx76KDfEjvg74Xqo95oKBb4jsSImG3SLbIiPxOBNR5NY24pjP+HZwIwlsbkEoB2Bn9M+Fo"
    "5FWVAjbN5kMKMz7CyWww76K3KmU2pQbKEwagAdTRzvGEpfLqhN+aeIVvD7xdJ1Zi5eZK1i"
    "T+trz/BJuKIUxnND0eQh3RGfqr7iPf9OR5HDMZKarMet4rCWiFsrK+lw2HqO94KwTR1a2I"
    "bQwlvb5m9miMptHYlwn7hfKNszf7l0XG+E0xQlIg6H/qUxnYCTnjkV9kAw1fX7+FUQHjge"
    "L4C5xIZ5NB6LcMFHPuTOI3LJ1Ad3OcuZUZuJqMFHl3pEkoaqvsdsd8z7A8zLrhdBZ8Q2xc"
    "9/aoVknwqJRz21RDRrghZKsLUE0U0cUxLIf0e+5bmzhO1bwd8iIert3++KjahrGer9p48/"
    "R83TltWMj8tmS1ERZxOEWppttDQbHRWKQxwj0wPc6AGOyRzZQS6MxEpR7jEEa33lYGOwlv"
    "7Eomy+ExqQpj0Y0wkXgU0XTz3EdRFqofV3vEKOba02f6O4DM+lXZcgNncebfD7JvbUcQ1i"
    "yuTrajtv8ZqP8CRV95EMnQYqZHm7NM7X1oOzITbRnwgxoaeOBDFZ3+uWQUum8daV2kK16f"
    "M5TZ/NxaCrCAg8RX9FjB/faLJCGAUOAMhnxBVAmuN7UDR9bc0cjwNT4Hh8nJUantZVzSdJ"
    "E42emfHbU8aPGuxxz5QorGlmz4on7T3/DpUpG7VvMgYHKQz5AxddxPzZjDC43BWR+BYOBz"
    "0Zb7S1+b7rspBvEmk0HxiN2jd5UJoMjDYu+K+KY9clBqEPENdmWJgxyr+O/6b2A8zwGfb4"
    "GEBs29IS16eOZTmP/NrIXwKFw4iZWSjVdLnnxaQVvJ2W2iEoeAmPqKW54zAnKfUwN26YFf"
    "T4mCnkARBDCUge0v30y2dirXMTyX1NIu387QM5SKwsz+Pkz33AHQHTCjCPNVfLAx8j8lDa"
    "UeQtNuYoOKqRMcf2jEDxMIyivhD1QOYTzhyQUYY3nU7DGh0/MGQ7niQ3dVWdagimYRCM8q"
    "mhT4uGnhZJ707PcVVxtQ2JBgyygMHUdRYjdZ0pRda6FLc1gADODmxOELUCDqibzXAkq2At"
    "UfsWzOB9Iy1rKU5pQ05RaSP2dm/7uJ3wie72cQPlgTG5rL99aoI1yeH+o+PRKTWEmvpp6X"
    "3ypQqVpFW3jFZlx+hGztIbOX5ZJ/zAxAZ1DbGHTAcUG/SIwTDnOtg0MPNQvHeGjhKOPBLT"
    "3tO7HNpD+7MAH3knjlC/wDTI1S5wGPKocU9CFyJsPeIVE5ZErY01URtrikG8BVzWQPh3oP"
    "M2xNPpTuyxsiMqvFPqWPI2bev0cfojtWPEzAC85R8xK1/8jj4IvsuDoB4T7V0ooqDHuYPA"
    "GUjkzr4Roovwg7Yd+0UAIUdOTUI6WuAVF14Ib3uCwCUqJAWnqIxcVcMzhvY2zytyMjtBlm"
    "NA2lR+77grnk4Z2rhkaY+sHdV7MaJRFpAXEcuzQ4yoDSYKPhrDzrCDAIATg3776zuJ+F1V"
    "p3v3CrM9fkCMlnyslII1M4TNxXPE2Ij3RDh3yVlk6qEplEoVS5nrP1xmM4QRahEOFp3CWi"
    "c5g1/1A/Zca63d7oHrXZwrs4bvuuACG1WWWVedCeQmrjOzaL0ewSwn32LjljP41XVdd6Z2"
    "fwLZulVWeoykjYB4HYHZ8TfLcDofGk+RtYLb+8bIDc6ameNK4uILzrIYTZOZ3vlkC3cJ2F"
    "F+uv1vFL434HV8O3HJyzmxli9BGXg5xV9PVnhhcYFx0+pGGhNQVad7tju11e0UzgfwCR2J"
    "7HOEMS77Y+oJN1B+yoB/KHOs0IlU6mW6Uw/7dioNTr/s8OVXCIiRHG6NACEtQFnJQAtY8N"
    "HBM77UJoTLAWSNuSPMQPUD2QCjub/gciRU1SATDCU4yCBHDKmq42euVwCu0TObKOYjT1E1"
    "XRqNe7YJHXFKXT56c2ybQQkw+RCXI9NIeBPlnUNAwrVL+Hc3zJE4sMM4p0gPJjfHdznOgb"
    "C3y6YdJ9Rj3LQx3im8A3seNuaLp8d4BJbJ23V3h7uZZ8M8EpmjQom6Cm59CPpqE6vqN4vH"
    "pliugTw5Dcuaykc4SaYzg+xrOtVt/55Si4jfGdYWeNrHaBqNBn7BUBIbKm46Lp1RG1sI3h"
    "sdmdQlEIUBGB4kzwXkxHUsQAZgXhOXIZcsHC63SXCEynotRpR6ZWpV81b5mFIvU696QUyK"
    "g8FSGO8kVaNH/KfIXLzAM2qgycojrIts8kDcjSkZuJEdVjXSPVuhGf2XZMjyS1+HzbUru8"
    "zCN8e9wYUSLr6maPLk39G+V8Nk5Xsgl1NG90TJyJQiazKrO79ibx7ZhMROwXd2kGwfSOQY"
    "HlMfUHQwrLK7zlM62v/5oWHN3EV16DqyRJNTsy4kifTJIzl5QmVKia0JGs3V7aFpG+fuJw"
    "ambTzKD4zBZcPSElNLHpQm2RUq42z7MJ40g5NbYpPC/pIjkIsWxYaoNFQUmybbw/zAtQZO"
    "L/D6xaET4A8QocfFBfOVkH8C8y24jlIWD7mL9SR32amoX41YNQux4pLLXDnlRpxGH6IFST"
    "emUwl8X1T1IUmoiz4oFH3Q1Yn26faqVdfvQXXVKlZVp4NWsfajYmlfhAMwsL+zJ863AnUp"
    "cb9bpC1RaKmmJIlKodi8hhqhV4Oh35+SM1BshLEq6AgZfDBd8kroM0viQkwsfw4S2SyhTo"
    "H4MYKwWFB3grGU5Uip9VHqIfP8XxEqn7wKSpx6rPxrOvtelK/rXu/8/LJ3en5xNehfXg6u"
    "TtcnQPZW0VHw+t3PcBokjvODDqo/uGP4+wlBfTa2RhuWirEyTlONPva8+0bNJuHmFwHZUx"
    "bP814J1p73clkLt9KlPKCMiCzFZEESzxhNk9GETihSoXuyQn9BS+ziBQvgW85hmwHujFzC"
    "n+myMIzcs8hLAEqyss0T+9p/kHTwitlxzY8A3FA0IwAQHqsaAFgFbFFL0J1GkHYZioNDkC"
    "LlQnGMY2Q6AKRp49uQ7HXxNKq/umRK+HFjSPGEnJbdImQhkWx1mSTaijH8Stx1UiYoO2ET"
    "8Ft2qEFO0EcHuc4j1//5KSlOxnB+MYk7287daDNrw8ysTdHhW8DlmAwRrAkloS5O86xiHS"
    "Q7OcEmXkIow0kA+43CDSti/Sh6W+W8D1/8CSMe+MLevn8/4sLax49v3385QcMOW7BhB/FN"
    "gQSbxw368uGLSB84EV4bJsLBhsLf3oKdWhKzUXHnzyyKumQBY+aOTLySzKXc9Zmh2x/MNl"
    "CcDj9C/uwwNwdGU2rxkeQnBjb5D+EbzbiqJgYm+qjsqO/YR817QPQsNiI2cFQGVRd5XEjp"
    "9+h4Ee2/B+t3obM2aEG/XkH/kzgbc+vTxW8XivThGatQkw4cH+OKAOxyvFv6AGmtHl3qec"
    "SODHoMohYF9oWDAz486cKycxTgMEDFJHJ+PY+B+grv6ZTfWvH5coPG4yXfoPkjx2M09Htn"
    "1z10ZFiYL60gTbCIlVkd83bhsxNN11eJOR6/gqTC4iUomCmnmFo+PxWWvsfgDURlPf4N8S"
    "eKEnsYAU7q8hv4gdPAwPDVL/qb8utDezwGIBB7AKl6jJOJFxSd8p4gHzE8C17hBN2m3xT0"
    "oce5wwji2z0jQ/toPA4/cMTlaGqNx8dozvm1xAxEkQmxHHsmik+EHx8Ws6Agp/CzjDIUMQ"
    "jP+KoubXbdpH6Lf2c6T3ni3WSWWbDXaqNsI42y7bVyibRfJjH9ZQDuH/k+Nftcpv+GfNsi"
    "LNhulq5j+gZfymItMb6ATMJXMJeluPZEDZSfuLi6rvdsdWuMDt8yg7G2w9fC1uYbiXfYm0"
    "ShgmEnUD5PgqN0yNsNO5EiehIpdMHlwGXwBIrcr4adzIZUQX/aQF2PgRrk3fC92csoG9LJ"
    "v+ZBSuCjwLYMkpknTg1izkiUYAJi30OoiXzzJOdQjc/Rhm1t2NaG7XbiIQlpMK7YKQ50mv"
    "ZwhrrzFrtQsJHvhfy9olQbNhSWCJV2dATavwPliUClB6Q4QAck2/BTO2vz9AohEBVVI0ay"
    "P0XjVHECffRFKmk+2CG0wxzeq4uOIgjmnlqQWXpBzRchurNCYalRzESFm+A7JfOp4r7rzp"
    "zUwIoCkvM6hPBUDZAhWRdtILr1bygFEOB4mSEsT7bvCgIhWDdRK/WRoNpp1JqmptZdIQw4"
    "NvKceyKpZbOF0RuyBnO68xnbprMQwT7irW/W6HMMvBa1mzzMPwc5oGoYfHOyHQSANSTid6"
    "kXFFlwncfsPljLE/as5ybBcVVJOk2snQibLOxAHZERcV3HzQ50fgB/kqoFsQ37DuJfH6s7"
    "qDBpWr3AmrzAIjeykSktu7ndW25N2AzAaKdSSG/CbwmMvNgCH/PVRrbklykL4m6D89Ljyk"
    "GI8wnbs2MHxTM3puDEoVt9988AZDXE4wMcDPnQTcjPLpY7faRadItTaoVtR7N141KuH2By"
    "fCGqmuEFWvfyYh26zcdHRGk/fjtxCZ/RzFu/VoQwD8ECSJbesJNTCq/iZ4DTR1jtGVuW88"
    "iCwHKfzQNxMOiuC5qxKAcrOAKODmwJj3Fsg0DUufhLuGbsGmseYerhn1GH2qGhoQ4N2rpd"
    "U5bS5DpQNdlV6i7y3KytGToQe9lO0myS8nDg+O9SmF0fJYqDHKfT6krTRrghkuevfNOdOu"
    "7iVuS4pP/C4ThkBFB5w0I5dBmSjHCGpkTWIg9/W+KVSKoa0rPAWdiZcqIlxQ5UhA+UkC4K"
    "cXQkELDAQZi/EAh6fBGAPiLLVlTHI3QkYrMiEfkYq4oia4oG17HeUQjplfHH6eW74/Qy3j"
    "iJSOGyLE4QNdc1uDFZWmCjUbIOhe1bKEaXqUuSX5UkU5METMxKrF0TtJC3Z2Um7ln+xD3L"
    "TlztHKYF2L0IsG8AmBHyVq7oGjUpJ7Qasdal0FMIxwLM0Q68chgRpfyO/vEPyBflOg8UsM"
    "a/rBNbmHRGveMbIUieDV6IPzkRn5vQjjIpelrxM4Z2YBAXwWoAnI7Hv/0KMwqi4E57F+jz"
    "27vfPn989/FnSMdpM2oGNnLKmA+icCwuT0CsVECrM7yE4JanisPBxyntzWuK1skUlRx7+V"
    "KysC0/YMuXnIVFmHSSrrFeeA3Eppu2fXL9lUotT6kWJTfPTWM1VX/h2N7cWvH95+L86ipI"
    "ITz0r6+uzaE/IPgCPc5JFBhsm5A5WLj1OJYp9q8j/kahG4/P96AfoixB0mTF+3rsE/bA59"
    "deG7QHVqW85m+D4TTgQ+VhmRMWMegCW3LGZ2jTMmtAfBJ20i6J9ce3b959uH1/dHbR7aUy"
    "aEQD0xfcb9i2985+gPRiRfte1KTcxkdjrbfvfJDlQLQPAoHDToR4RUx0NOHnKnJcxDfT4y"
    "54bFOPIUiufsG3qOszY8p/n5t8o7q8hisXl2Qw9K8mpIfubTCFU0+y7e3nmZI97w8un1kW"
    "cUebLSq08I+iwH+Nkj4TShroEyrnzIZCnzMlQNL1PFdgcZKqyXiTSHQgdhAQpriWuFg6Ht"
    "cxVxBx+iqs4iAU12ALkGdKUO1g34Wp07tXebU0RajtCtuXTMg08ac6ryOyJi+aXUHaOmKq"
    "J/5qp6mdptvbzN5Twv3q53XAMdVpnaTSs7rcrG5lShDhrGpQbI3H6Oj87BiE9fHYcU1qY3"
    "clLvYkcEd5sj0HGgaKxw4WogShNhA1zkCUqP4N4IjKUlwTNFhW4mvqH/y/Fx8+COsIejPn"
    "a0nE9gcWl1wwUXycbIk+tbvCpVukIUYr9zJ34V5mEvMAzjXCCzCTKUJlaVKNlEmQsiyvuZ"
    "i1E6NDOs3lMlzehcOauyW4+9UdLfHKcrCSSJakarJgtrPPTSnBt0DHOMsqGcacGPcjZa+x"
    "BFUbeV2D8DpylVOwb4h0wXuVgveWT0bqQHWKrMGZMhqDUfDHTam7CGoB2Y7SHpIlbR/Hq3"
    "fwPZDcSLbjhsKMipoUUHWhaKJnrUZBXiP+KuJnVg3a3nzPmzykRVXKN7kmOODsAWCQEd8h"
    "bMChcTgYJIamjotCyZYdd8WffGxeWMSDrHVCjmAio3zScLwxFssNQDU/75kTZfpMSRoLmz"
    "d49+wM/ctBD7h9etbnv68uCHAb96G8AiAWArW+ERnQ+cR/CTUfRsEfXYAfP/72/n0YTRUe"
    "G7LtoK6H7HkT4cPJ9y/MHKU0X0mqFuT82QPqDzxbEpc6SopmkqrBq25HVleA/jXMd+szMd"
    "/EpM1OgQ9Xumm3lC8XZHsy0mRbnbr4HkVwjx9Ek8Fl0lcqAG4vTi+m8X0M2gwGYTqctT+W"
    "dB+sql8do9os76sG6FsNY3jN6laT/bGej8/Vu0w9I2TTaE7X5i6lndO0c1rr3Hi0c5p2Tm"
    "vfrKY29Sj2ZDmA81mdIGohpyvO7hBAJ8qG0BRZC/lcPb6lE2nEd+YyknQvX5LuZSTp79EG"
    "UYX9uRYkH3g7itASxTGJ0+mhqXxodMKZXYbi4PyJybcl5d3tMMxJSp0Xs8mjDE6U5o7lGu"
    "KUepSbPMpgZlHHCJNU7bPXVaPcN8xk94XL/KKoefApOda6WKtuKUMdSxKUyDgjIIsfILHB"
    "JTGnwmB2lnAuABcTjAKD8A1ylsTuIv4mFgW3FHBJOD+HltPLeA/HXcTozA6bxCxxl5NL/n"
    "vQPzWliWie+W2kuRpisFlgFdcJGnQa25btjomq0soeI0/0Fmk2gysOFjsEdKgD++p+kPsK"
    "YM6GnOxfDGy/4b18EeMlOdSTDQrPc8abjgzettwpzo+wKSaR+8vg/EL8ezqAclNs7iwhkU"
    "iY6Qg6XVe976JQ1Q+q/4ikIry5zOOm+gdo15tmnauGs1hie6VWBihJVE3WyxZwOcZV2FfU"
    "xJUYSQuP0xrqBmugs63gSJOOdjCB5p3qoXl024EeNSuhlsOJe3oa+bVeXp2e3aDxOMzEDT"
    "lKpvQbhAOt/f6RGF7xd5BOYJPXJCCA7KwMW/xp8MtnRKqA7+25+vhv2vH/nIU16mCtCKRy"
    "w4Lo2PWgltF4/JK9/A949/+EuXnWu0IT6rEu+u3z+xcMT8kxiLSimhFfsbbjoQlBM58wJg"
    "vIqeMBe6+n0hCp75ndJCsW+5jnuPLCj7lMjZPsxNKmgfgVs7SNKcya4Ru2U+aiCnMW7SlG"
    "8xNIJGLrZTcxeQUdefgborZh+SYxj0XwrLcOwR2P//j3UHBqyLschp897Pz5z/FYUta5lk"
    "fUnI6GN1goOe+sCbTXTkJ5qsJrR7tztFWXTQXm7oJXxMj0+DZ5fF3y4NzvNMRJSj3KTR5l"
    "cVMk6MiOcmHaqyRhs1NfdW75y74QLyuKo9EgitrAS67UwgXH94JyQIEdKKiBJoGWdu7mWV"
    "JsiSHib6cqFcfIDkQurmLp7iR3mphaqx14nKDTTC5mclBJYoQNAeGqIRJS2v1VttsR8VsQ"
    "URDyce4wgsJAdYFP8z+xS7guBrsMgC3CzywOdw/6g6suWlcwAz0Oyp6DlchxJXB5/Y+r2z"
    "oZGsAmqgBgmq7Js+L5bL/aMNlWMbBBhskPhDE8y7VNRre7W82Ti1hLBcfhkAx5zlp+Q3gC"
    "4hyO9sNwEwwkO77vmZCMTuTkAXde6h2L/GSxNi5ZWqsi/+B6H6ptk82yTRYlqcllbmGOGm"
    "2kutG2v5rYOnWdxQj2FEVUIEHXbFCginO+ynzYjrnKMvuOfMuZw1H7VpgGi0Spt3+/K7ZQ"
    "rCWp958+/hw1T5sttFT7nUi1qYQhu+HXWIPXTR3fBmktnwPprJOjtUS3t2stbqzlVq3l9z"
    "kGDSFwXGT+ZEE9PvduhHow7UFZKfN06PcJ7vNLvbPr3vpOgNsMzi4v0ctN857ZE3GGJjoK"
    "MuUcx+5eTY1LyLx9Ns1qMs/5Itu1mz9SUl6YYZ+3+kP4/YWXY/v5P7VCtG9nTVWx3XySc1"
    "nLZXatCtXCVs+5J0pZ3tcEDXcrDnZEtOQH3A8MibdGR7BNp5x9u1DDATCmB+LSKTVEduKw"
    "vTNF2I7i5uTGhXoes+9q4Q2s6FLFPFgf211RpYMPWzcs19FFLvk/YohbgVuWmRleZeottd"
    "NKjNpZvmP4WcYxXLvbttXdtmnM1v6sLfZn1Xl0dXboZy+uU1d6aMqgUI60kFEh0i+h1ni/"
    "Ct4v+IdNk288nImccTvsLhnyFk77cvO+aOLnzPwJtu8jxzB11qepNefLcJ4sMJUU5c5n9p"
    "qgffwdlEorPSjIKz3I6KnK+0ibd46qD0zIKKUmlWwomsteAdJEPknOdEoNiq0X4c6Ggi9A"
    "j3MSVh4Dj6VHzMQNYiIu7FOToN/JG7AGgBM8op4cCKrhGXtGgUIAStEDOUGko6KzopB6Ic"
    "0WF9Gs5djdBOtIZm7JMB/Z9NUifpGIL5JgqSPHKbLmzvCClHrDzrCDjiA1CGb3xARw3+ef"
    "4VImwGKbEVdgw1Mu3UFKW7Gpw95PXFckFqE2pOwBTvArjjseS0IX9v/4PePXmxdQnj9rqu"
    "ZOnx03yBqSrzm2hw1PGeFL0zWX1Z1bFL4sgpeNZb6a4YcwvmfpszlieMUgDgjWDdRmF4E9"
    "sJpkjuxVdFk41P0yR2E//ySU4OoSh9aC+lwyN9YGDeuOK6g/KMPWQT5bBzp94Xfjb6creH"
    "yvo6waUJmh07puoBM0yGX1CwTxdnIcVoOb3a3uqmzdrkSI3Tp47XpAIF6YXF/eIOqxQGoI"
    "69kLmTvKKAXzmbhd8Tc0dB5tSdCxTCCp9VnSuhpJ9znBU11ZQ2cAl+5bh8fmDVtVVaMWuz"
    "3UoJR8x/kt0JxvvZZIvkzZOsfEOgfFEaiQhHWRqHBkDP2Ls9Ppy3iwgIB2wqw8W9Nb1PA0"
    "nX9By9wHHcn0zl763p2LbTYl7idfGs6UaVMoJFJoPfLC5iPHLxnZBFE+5oRLb1eX1/D7wo"
    "AgoSnmMhz0iCABKVcwfHArBoQW24hg16J8bQfVm/iyxh6yHWQ59oxf/epji3I2MAFHSfDj"
    "Wp835J24xhwzgh6J7UGeB/6sC+MCEOvBOQiYV1P+xF7vugs3+RpaLD1I6MDoYik6Ml8suL"
    "DJHwTJ5yHJGGb8WcyDgKrT3sXxCXrnIcqGfAEaFnaD1xyPg7eD3N3wwH4fHnJ2yT/RhN8X"
    "g+triMu6MqBE3aRnnPF3ubg6hUJz5uWlTm2v5drvRq4Ntqod7fpZUo14SFQH5WKwTywE22"
    "TovVfK56vA5Svr8aUrHdYY58JFAIncXRTkElLoCBcSZ3lW6T0Mp58d9NvbAGEUdVTiMvAo"
    "eH/GxbLAu4Arny/hvH8ZnCSBpEknlPNudbLCC0uWnb/y3vddq0Vna9RoQcP2L40WlEcLbr"
    "nwYMw7EowgvNMtQgbwps02NCB/YLVq2izV9IG4jKod5TGSJp/lO0d2lHGw4a0KIjsyLjaw"
    "qBQ4HDZvIXdrCTsFVzYiCwPLj7iOkew/5vp5DsrKoquf9TD78/8DqcoY/Q=="
)
