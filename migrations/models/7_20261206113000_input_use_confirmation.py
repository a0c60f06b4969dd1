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
    "eJztfetz27iS77+C0pdj1yqOLUu2nOy9VU7GmeM7ecwm3p1TOzpFQSQkYU2RDB92tHvnf9"
    "9ukJT4NimTMsXgi6OQaBBsgED3r1//01uZGtOdk2tVNT3D7b0h/9Mz6IrBj+StPulRy9re"
    "wAsunemiLY00mjmuTVXsa051h8EljTmqzS2XmwZcNTxdx4umCg25sdhe8gz+3WOKay6Yu2"
    "Q23Pjzn3CZGxr7wZzwv9a9MudM12KD5Ro+W1xX3LUlrt0a7gfREJ82U1RT91bGtrG1dpem"
    "sWnN/eEvmMFs6jLs3rU9HD6OLnjR8I38kW6b+EOM0GhsTj3djbzuTNle6ynK5y93yrebO0"
    "XpVWCQahrIXBiqI95+gUN4NTgbXg7H5xfDMTQRw9xcufzLf/SWMT6hYM/nu95f4j51qd9C"
    "8HjLVAv4w9J8fb+kdjZjNwQJ3sKgk7wNOdle5q7oD0VnxsJdIkdPCzj5H9df3//9+uvR4P"
    "QYH2jC8vc/i8/BnYG4hcyOMJc6zqNpa8qSOstKTE4S1sPs8MKW29vPd//sHo3K8Hs0ymc4"
    "3otznK0o16twekOwE4eDxdpWBg9LMXhYwOBhksEadyydrhXx/wp8TtJ1cEFflGH3RT63L1"
    "LM5o7iuHQ+TzP6nWnqjBo5Z1+ELMHnGdA1xejNlQY4XcDZd1++fMSeV47zXRcXbu8SLP73"
    "T+9uvh6dCc5DI+6y6OG45fcc9gKmKbq54IZTQdhI0T0td9TF9NNWyx1b1uqmeg8sAgEya3"
    "/+Bbji8hXLZm+SNsFdLSA+CX8c3sZdwMq720833+6uP/0eW+O/XN/d4J2BuLpOXD26SGwy"
    "m07IH7d3fyf4X/KfXz7fCG6ajruwxRO37e7+s4djop5rKob5qFAtypPwcngpNtOu6VqKw1"
    "SbuVUOiARZ947j+o8HwTJm4MtnqEaFR0SSVB4TFY4JZ+XgSjUNTZmDFmzaFZmfSS9noMIM"
    "wC6BPFFoxhZTfJbEKWs4Sdomk3bpKNmoweqSGoud5junCznxrZ541bNtZrgwjyuLGmulEv"
    "SXTbyTSN42gaIGoRzh1fl9JhaYYFya5R9Mm/GF8RtbC87fwuCooWbp8wGw/H7b02Fx+q9w"
    "UYVXt0O06eMGnM5Za8AIeH3mn14wFPL53z9+7AnWz6h6/0hhP8qZgxVbzZjtLLmVoYC+C4"
    "g//PaV6VS8Uy7rP206Oty9LMX+2CYxg8FBJ8/k0x8MdBL3nd9Xl1iFq80cmJFVFlt/6Vur"
    "wSp5hRp0IV4Jn41PCg1GnsZd4Bs3/s5o3EqT3aJfaFnCtnhAc0NZhq2fMjH17paMmAYjtv"
    "lIjrhGzo6JCzNJ7uFQceAnI6LHvzlEp45L4Cu11yfk2rKYmGriWXjYO4S7hBvYvpfgd/1P"
    "mBiiDRDAuxkOvB68S584JoHpC7YS8miD2Gs7BFaXh89HcmpoRKWGYbpkbtr322f3xS06Mf"
    "z9RouMhHCHaHBNFXw+6fWl8a1txjeHfc/YvPgil7EBQWfgxavB4Pz8cnB6fjEeDS8vR+PT"
    "DYvTt4p4/e72V2R3TGDNACHh46hsi4sRSbNFCVxKcEzsQZmCe9ECT5F2SGzfw2JPCff5Im"
    "fj4sENzmKuaODfLSEWsE3DJyUC/+R9ZRr6+g15XJpEg0P7EU7sPvxlcFa6S9v0Fkv4H1eX"
    "eIAaBtNPUuf+M/qp+YQt+lQ6dsju5SjIP4qrI0sSSDoAIEnA69XgoyhJh06f2iy5u2Fy+8"
    "DiDk81iHDVP0SqCKYRkg6KpeMSUuk4VygdJ2VSX9euwt4tRQe524AxmtqLihb/DcX+GNzr"
    "7YW9Z4Myyxda5TJY3Eu43jE307nx/3378jnH6W5DkRRTuOqS/0907jSGHPT+de4Z4hMiM4"
    "/rLjecE3zs/21qBgoYjhyKSSwhn48+Xf8jOQXvP355lxRFsIN3SS+AfYI3ycOvCYld4J0I"
    "dPjQIjlSTZu91swV/Od1BKM9sdbHbwiwh/vwJYKRls0euOk5JAQ4RT/U0DJB1bofMjHcJd"
    "9eNh8NcetE2F0QQtXZgqprBHIdga+6DFYlm8Ojt1AqYT/gc2Ca0ONaAVfh+1Z3HY8SSS+q"
    "pw+uqgyWvC3mbUswqND0nAFARazS+ehTxAguw50OTK3Kh3mqhi10OFzh7LRMvBO0ypdRT1"
    "MRTy48IWvhFmkBP7JRARlQlg4oA2ZZdM1s5Z4bVbkcJ+zigr4os56TaGRkOV8k2W2zRUXQ"
    "YEuxR512ONiPVjsos5zzV3MKktE0UK8cpXIIaoqwc/jBoNTePCjYmwfpvXlGjXslEsVdlt"
    "1JOsntMtymum4+Mk1suBkuavmgTYqwHdgNPq8z2E3wAgoyrsqnkKTrng5Y/yHKjQeTq0zR"
    "+YpnGVmZyldUz1FrkrTJb8EnPgk6OTzmFzD7l5v3t5+uPwJH+4NEQEw4D8PUrsMdxwMpr6"
    "qakyDr3A5/XkZ0Oc+XXc7Twotl2eYD1RWbffe4XTkAL5NexoDJGDDpwcGqQIixcwbWyjOj"
    "AW5FJ4c75cURE8Fx+nweYS9dZZKMwClkVaOYvee45krA5GnQPrzXL0Tto62edhglDn1gGi"
    "g5a2YTl7s6I0cTb6wNtIk3ZJenE+9iNLuCvwOqTrzR1fnwGAMwCBzZ6j2x4A/wMMOBtL5+"
    "MwwIfya8qUKpLUBS/ykNDC9oYHgp77gS+8fhsVnabX4eu02LtMX67TYS6pZQd3e5zWF9gq"
    "CbZSl7Kk/dlk5iHxWwjz2nuWz1im4iy6UIQ/ScndClJK3Elw4ZX2pS3f1Av1/bLvdfOqXw"
    "Ru72i1TeOf2u0EjDElrvkunWKxXdZVmYteAbYxporHPbXBHhkottXqOa8xoecLKmK/0tEV"
    "lFCdOCjAQ2rF/fg3aVpQM39JSaXeoKjCLd9Eqqy4O2QAcGxixMOyOBUEEwU4Smi0pb7WZV"
    "eEmnakhTlKaDTG7Gj8NwHllGhsc79iMvgHRD0QkeFx32N/+4i53zKd+MzVn/8cvnX8PmSY"
    "eNOMPv2RoT9lXymYnSSHeZ4inZJdRpbZjGelVpSqI0ckpqnxIDth+lelBrgqyD/ktNoKO+"
    "CFrVxSNCJcGNCuCGnzZtF9U7TikV79Yp3lnTPKtoLEvRySQdrUr+9IHr/pumEQ3/Tr8Qzd"
    "i2KQFkuPQH4gOebaB9fTS+YvD39FydeJf0lBHTJmhjH57C1fnVpX914l2Nx0P4PQ+t7pjj"
    "0WI2N7W3iErYTMVMin6/DsgPK4tMpw/MduC502kW1PFi4yjhHoCGOvFt4KciepcuAtJFoH"
    "suAtF1XsWIvfk2uqCsN5pDJ9g9KvB3SyG5+xR3HZe6XoaKnc/dLUWbudvTbDp3+8TxZivM"
    "vKH1CVVVZolfmNGDPQLP+8RgTHOUFYzX5vBYJIBmaC/oE7/AVp9YlKczijTQ/56x3OBMr3"
    "AcRCj2lwz47EBOgjlfeHaWl3M+WhUhaQdY1alUSdywPLfSfGwp5HTUPh0WXQv+pOajMBYv"
    "QvXsKLyd5qWpXOR1x+ABO3RqM01xqJ61CxVyOU0smV3IbNB+tcwoXoQKc3gcoSkCCdsjQ9"
    "XC3uu7mxSuPWc2Cyr4lJU6Y0TdMyDUn2DMZiqDUVXj8YZEcvhpDq+Y49BFpVUcIemcS+So"
    "lA1sVGADG6VtYGHQbFW4PkW3P33lgMArGcy8y5F2sDYvadrs3DS3yvp288BExG6OCc6/3X"
    "/aDqewTcsnrXHQqb32C5uJnL3EnBMaWK/65JG7S4JLE9E517SFa29wCJOJNzg9G5J7Zon6"
    "ZvBQO21la6B/Wa3lQKu1BKuzkiASo5EGtLQMIkvgdOYwkiVwGv1Sumqqa01ww4EYxA5oyU"
    "qIpHmIRBZoeXEzV6u0sN/pelWoh4UN+iU0MSvSVtYjOKxtWCoy+1VkVtl5PwoNr1uilzG4"
    "vpBRcBeb6wr2jmp+gFsKKf6Wqjuwd4thm4W1+g2G6Oe3AwgfIZOghwQ9ug96tEScvtXYyj"
    "JdZqjrr0w17bhgmtuoUKzm2+aKvW3/dNCRQabTyLNe/cbW06kwN2ApQVjDFswDI9wllm1q"
    "nop+xQ4sLaYFRgpoFSTizQglqrv3EgFC92wtI4JkRFBHtqxEKokqMlTQvIsiahP1iOfwfG"
    "ZbNq+WYzFB1kFu1y+vhnVQqu2+MSK5QWRsEOF5WgWzjdJI1LYW1FZ6wj13Kg5CQWuLNoGx"
    "RWERiyxFInq/WIfAlgqPNH1SfZh447k2w9j/y6uJNzrXzibe5dXF+A3I+KHgTkzPJoF4Rw"
    "Sw8+DHMqKWgukTTVvI+f9xfRf4P6UViQafU0KlUIFXPfExYQkMqV1I7aJ7VoaqJXhl5d0K"
    "CHi4gZRlbti+c9j3WZnKdWf5levOUpXrgj25AnO3FB1cu4NS6cMLsoenlTUsplg5KDFO9V"
    "OHJTpM13coYpkg695W0ERqw4Bp1eu/pAg7x+8GysBIx4RGHRNgMVZkbkAhOfsEZ/HVlapC"
    "WYyoc9tD/UIv6Nye6vLM1ByFmWbjhHtMNhvqbxWyQf2yGSuZrQl3HYKKkbBwwipcOeRoOh"
    "WlIURVCB9hCd+Pw0JdiyoR0+nxW/K4FAAE8UuDx+CPRp4yMURhKIdwg9AgUyPRmMUMzSEm"
    "Wm49h02nr8W/in8/yNP4Iol0HdOzq+V22FK0WdLvWTp156a9Iq8JDlCDf/nKMm0Xfny34Y"
    "+lzeGvOcc7P1Z6anns0sE+c8HJYHsZbN82ueEgTAyxCim2UhWji5C0V17p3S0Z+bevxAf0"
    "8a+qkaPzsz45H/TJKfx7OhQhz4MLMjqDX1dD9QyrD7M5NB6djybeaDbCXMQzOvA76ZMLbD"
    "geDCgmJ76Ev+Px0E9fPEPzwWgEJ+GkN+nhcWgEmyY6HJmei3mL0waItg6ycBsvgwXlQ0Ep"
    "JMg1XZoRD1SskYQ0z9ZJ9uOP2MOK1vNNTuvR8BRmezyjZ5gJ25/7q8sLmMKrM7RBXY2vAs"
    "MSV++Z68CMfca812LGTENfk1hLFNi26bLhwiOzGVnwB5Zp83rBkTSsgKHUquxSWCtF2OKN"
    "7Y8ldX0PRiGjU2AwyOkaN2CCp9M+CNjMcJntApcxFsq/pFGurxWH2Q9cZY5/zTV1EN6D/e"
    "X4bWqlNPWgiSG2H5HM3YbuqL0mC9ME9QCXT0j69D7UACiNywD/UylsOU7V3pWzowo/LIWo"
    "DgsQ1WEaUTXMrSqpVwdNcsjby3v4mFDDJtwhMHayHTs5ogSHj4la8jTs437kwBadpLf1Bv"
    "ovXBXnZUxu5/kmt/OUyS0yn9UhyjTxQWQEFQKgmBZRHQN4j2el488ElscVu2TwcqZBjoJj"
    "+I3wSPHcsExo3tF9nC1yNv7Ehs95L8sZMX+38DL9ENu0O6A0P0Bunp5hsZPxBRNC2fCN/2"
    "HiJ71mrjhfxcyI0/RiMBvh34tzvLHdEsXNITvVok2yBMG9PHPPhvstqFhxhSjPLMPwtCJR"
    "gx+P+HoDTBVkMZSnXp2dTafHQk6DtyCP1IEv1ZhzewWfKjfeiDvb7zkAZxGszdFH6+1+n4"
    "AgzqLNqFOt2l+cqtWbRPIDI/64/QO+JFgf+2yDFwc5PeOk2MPz9ixi4FRvVu8u+SUz6GvA"
    "N1sWE3no8GZrPKgffEEmw3da3OkXe01v2shEJvta+c07GWtMWVJnWeV8ihHVczw1weTet7"
    "9fvxqMLlDRRJnANNgr3P/EYfFWXBLHBncdps9RUXWW5iOCiCojrhnG5MKiz0hrWnPf+85t"
    "b2Y5KxS4hJiZPgqtMi+3xh9EWoGbtAKzHxaH43gHWSlOKa3ArROTEoLxDjWGHVlguPjrER"
    "zaSc2Q2sUhfDbSR+bnmOb2xgYe3PaYUs5TbE7z+INpM74wfmNrwepbGBTNLq0VKNjvtz0d"
    "GIv/CpdReHW7gdv0caOnJ1YXcADem/lmk/fX395f/3LT++vFYI/8mPFS4eIVAsWviahrSz"
    "zD5ToR0WHaW1/t8/8jvJqBmy4zXGJgTQuiLqmxYA45Eu4reN/PO56BgNbf/dOITDJKPB7y"
    "BtegfbJNkDg94052+437FA/K3EsIaF8QkAyIbhALaGPJgb0u3ob5yx3FZlk1fYribrZEe4"
    "y52VzZr2hbY1yKafMFN6heTepMUDWklB/ehhzNZuUf3Qq6sVRjbhaphD3SLN578oQkP19W"
    "gmjYSVVnC6quK7tMJsi6VzG3fl+iFuSoaBnHq6WoCHbL6uhYjFBCoG3GxmbeeocsJHGqLu"
    "o2TaQh8blWPQtJkq69Pm6tSULiswy+A/hUHMUCdu2wvlPkHWR8Oc4XsT6H9zNq3CtUVbOT"
    "wTzF+iS15Hx5zoPCbjE704u2UNHPoJYafwWN3+cfW2WWx3tqwW/IurfSR6VUqFGBDjVKKV"
    "E+03bc17u8n9d9kB5amrrDlhAPMVHd/qCYphb3zmJiHn0H95UGpJWAe7sKijnkkvdleG/Z"
    "omiGoeoeDDI7YLdQWMzuoNVZ2VomLgojvrJTtswkqczsyKLfQkbOTMGwHTJnRukkl8tweR"
    "cOS+6WyU4KKqJ9X+WE3FJ071A8L3Uonhcciufp9ENotqiu6yTIOsfr+uN4H5jN52vFNe9Z"
    "pVDvJF3XjM3DMgH1w/yI+mEqpL56OP0hhNK3SZK2mRZExVdPHZ0m7RzP63dim3O9sg/bhq"
    "bdgHbv1tenND/5shi1SPPjF6YCjptEN7GyJHkwuUZFfihYRa905rqYvRkmgtGsrEF1dvwi"
    "2hLmn4Z3AU1f8KrCV5ambO9H1vsDyxtTy7LNB6oTM8jP4g+dPFLuwpuIDE8U5lFbwWweTX"
    "wBZNLDLGA4e/4vmL1JL2MlNPKEfWaJCefTomvdpBk7QX5VywxSWdwy9oHWWdxSRnT3ZF7v"
    "lmjcB+eX5VnajtMcp5TT3OpplqGpMjR1v5/Nc0JTv8J6/3r7/q4oNjWSe+SB4aPTmlpA9+"
    "G3r0ynOUJ5POT0BrvqEM/jAQHcyEpYvQObPnLjgDf0NJf2EOf8Hm1oIpA3L9w5bNEvEfWs"
    "qJHGT0Y/fzEYsc1HzNhJ/Aga1L0c+Afjj9eM2uRfCCpqHLak47eE6rqpipWAKbIW1NKZ45"
    "AZU2mQITem6NXa+8Twc3CBDIm54skSWMEMLBLlcI35CbpAR8QnwEsbTqBPYkJ429R16Acm"
    "TZSpINwtGUmdG9jsv0MVDGBL0d4EbC8MsOWHPOvUcZUHqntZFdv4IldMidPtT0ypmMO7qo"
    "xyNRicn18OTs8vxqPh5eVofLoRVtK3iqSWd7e/ouASm5ccSeZFU0H4h2/+Brk5nJ/eHtmm"
    "6ZObI6YyXnLHNe01pg2kBgk6eUMCRbZPHG+24q746SNa+MsPPuoLIJNpQdWK1O5Yf/c1J+"
    "ss+rI6lqxhD19U0f5WXcWWqvUBqNawu5h2NcU6SiIDwzOwxyU1DFYpuiFC0kGX5JpNG9WN"
    "Wy9h1Nobd5uoUeNmRufkm4y2FNJSVLulKBQLq2WqihFJ9PNp9DOSku2Z6GckA9yBsbgs+h"
    "lfXS1MzCcwvnxlLIQAn9bF9LBlrfUJ/oyuNvj+uejkn8/RhH4WNaixnHWbaSjP2iiJ3GKz"
    "ciRVdBKWkZDVIiEtGABasavyOUnXRX6XCoQ8K4iEPEuHQmLkaFX/1ShNF/l8VYbNV/lcvk"
    "pFPFpMrWS2CNq312FxV0f3ciVpCyrSpkqDGbxS9GjYvnOsrT9K+rtHDZe7Gd4ThZFdUbID"
    "KfNeZ2zXYNgfly+ICqtRESG1FZkcJ5RsLmbzTsG2Msy2fIgivHr1KJgoURfFiNojYHaIY5"
    "YRzKUW8Cb98g4qcyZti61IvS8YCmSLmKDA8o1uPOHow1p9M91jBLEirDWumrbNVDejfv1z"
    "O2tYXZdIs0SaJdJcEmn+xNBb0Flyq5cBNEfu9otw5lW8Xc0oc8SjO0z+I0HmlwSZZZHUPR"
    "RJlUFfHXdZEjtZVaelKJGUUrL8lmSUlYyyapf0V6YAYMbWUANvr7c9dZS38R2xTZL177ap"
    "eWqmM314q1CmtiKNShRXdOgDaOQBETFtjP55AJ0jDMRxRA4QxN76BNeBiNfxHI/qRGDKWR"
    "UVa+mzSKQPpk2wR4r0LynSt/jYPDw2S9eRfbmOSFeGPbgyHJKp52BTnUmnhuZSv0tXnCZd"
    "caQzQ+PODDKF+4uncBcR7p6zEzCbpJXQbOug2ZaE4X9l2nvTmHN7RYMZSIEHySb9IhAB08"
    "6qydZPogkT75LRwcQbzUaX8PdcO4MrVxfjiTecM/h9cXoxhyvjCzbxxjM6xDaj0RvyuGSG"
    "b/vH2kuYWoSSQEckJt6BK5ZO3blpr9ArYOU56BoghkdoCoB4mWFMjEgyVJvB1wV3EfDgBr"
    "kckKXp2U4fwRB8Qnhfp5aDqVZwaCMVBsKu5sfPzX0igY4GgA50S1F2chHJoJSQR/qgDGr1"
    "7AQoZdJKJufVH9yJx1mkksUZ69ilrlct89SGos2wUpgZGQ+rq9HpKZyjo9kVHFnz0Qj+nl"
    "3g3/kY/o61gRbe3Z6yx/3wrGQa9jE6V9VNH9p8kGhrs/9iqsirI85ILXFGYoMH896/fjHE"
    "QxwHdZwSBg5m1HvGjXauR/BCtQgO2DMnJ3ljfkKJDUE78kng8zqTT0IWoGo0usPXa3bI7J"
    "5BKf1pMsQLXHPaDvxN0bU47ODFmIuwx046XppQsjfNXvbD4rA174CExiklDto6HFR6Iv90"
    "0xyeKNWnOU5ZwzS3bN889FluiVHjDwZ6qPuOCwW+l2HSiDfoFxk0HpkKTZVZpG3N0Ub4bG"
    "SGxQyQAKRX4kuC9cFclAU1guZtBjN6k97KmvTI/yHmfM5VTnUSuDCTo5npHmOxtRU3OLyK"
    "aIW/X1m2ubDpKm0ge15fe4ZPgi+qwnxuKdo8pTviUxfDEgy+GOYyGG+lnHHMihyOkNRSYL"
    "fjHJYScWdlJRmb18zxXhBDJuOcuhDndG0YMDJV1ArqZQj3sfuFsr3jWZZpuwpNUpQIf5p4"
    "l+p8hh5D2lzYA9FUNxzSt36s0nS6QuYyA9fRdCpilx5hys1HYrO5h747urnghiNCmB5t7r"
    "KMxCfNPeZpL6E/0bxsuyF0xgxN/PynVEj2qZC43K2W+mBD0EEJtpGInpmpZUQV37Efee4s"
    "QftO8LdIiLr5x12xEXUjQ3388vnXsHnSsprycdluKVXE2RihlGZbLc2GR0XFKY6QyQlu9Q"
    "RHZI70JBeGhSQo9xgPsrlysAEhljfTubPcCQ1I0h6M6QREYM2mc5eALsJ1snmPt8Q09PX2"
    "/yQqw4O0azPiLM1HA/3mmTE3bZVpWfJ1vZ13+JsP8aSq7iMpOglUZCURkjhfVw/OlthEPz"
    "CmYU+9DMRkc69fBi2ZR1vXaguVps+XNH22F4M+PDa/fJ6bthnKambrPbxHFVgsbN9m1AYz"
    "cMEDV1gcerFgDl7ui0BSnQaTHo9QebL5vnPHsx8Z8ks+lBa2b/OktBlKa124WA0bdc9mKu"
    "OiGrqqU8fh8HZYGd14wBW+oC7MAUZDWbq4Pjd13XyEa4pnIYXpMC31odTTpUzLewif2iGo"
    "BDEfGkvbcZrjlHKaWzfNFTS/CHj+gBhTBqwa0H347SvTN6k1sr0TQn3u5oEdJLqS56Pw1z"
    "4UZJ9pBVryhqvlVWWFPZR2Lbih6pL4RzXBAvcLhgVOKAn7ItxFmU+Y/zEjCDSdz4lfEOFv"
    "DjFMNyO1al2dSqW9ZUp75VNDnhYtPS3i/oCuaVdFYrYkEjBIAwZz21wp1XWmBFnnMjQ2AA"
    "KYO7A5RtQJOKBpNuORXAVrCdt3YAXvG2nZSHGVNuQElTR7Pu2fHbUsPdNBO2rSOjAml/XQ"
    "TiywNrlofzZdPueqUFO/WO4XL1OhymjVL6NVGRE6xbRcxfTKum375ioHdBzqEs1ExYY8Us"
    "MlM9ukmkodl0R7d8hRzPXjOMOF5NldToyJ8VWAj9CJKdQvzxFqF7qYuFy9Z4HTCdUf6doh"
    "DtBJbayN2lhbTKgd4LIEwn8CnbclvjF3Yo/NOqKCO6WOJXfbtkmvmD8TO0bEDAAt/4xY+a"
    "J35EHwUx4EzZho7wIRhTwuTYIx81ia2/WrcgvPWcM0XvkQcpgfQEhHK7oG4QXrc6flqJr6"
    "lN48dUwsyJ6qZ9sgZ27ymG9ynPvbHIi4TjhNR8B0dOUgc6zYhlOUISfX23XTqXi9GaZjrY"
    "JgRUi6iF81EXkXHVmK0/lIVoKsE9zeN6QFuihbmHZG4GP+Co/StJnpvS+GsG7ijvLh+t9I"
    "MG5Ur2E7sdnrJdOt13h2v57T7ydrutLJdLpt9WY6zdi/6up0zzBxV73E8HxAFy5FpBdijt"
    "OHY4O7wmsLThl053JMPfD5ynQK26mHffuA+adfevryU0BHSA43CbSQFrCIETorgIwHswOa"
    "m0NmDOQAtoHICHUwJTrKBpQsPdDvRNp0NqOYY52NcsSQujp+4YTU6Mm4MFjFhLMJqrZLo1"
    "FHFKEazLkNs7ekhqYLDSF7isuRSeCqjfLOIQBX0oPzp5vmUBzYYZ4TpAcTfP1TzrMv7O2y"
    "aUcJ5Ry3bY538samrkvV5er5Ltm+IeF6093hbuZpr+xYapBAoq6DW5/8vrrEquatWJEllm"
    "vPii/DspYthcbJZOj3vpZT0+aqOdeZ+J1ibYFjbISm1WjgN2pwl2NJNdPmC25QneC4yZHG"
    "bYZO04jhYXZERE5sU0dkANc1sx1is5UJclsGjlBbr8WI0mBcBlIajPMxJbz3V2KL1jj1J6"
    "vCfMepWj3jH2xzJaCcFV1wlczWLnP6xGAPzCbz8B5yIz2t1Uj3nAza4f+dMWX5tU2D5tLz"
    "NMvCt6SD0UUlXHxD0ebFv6N9r4HFCnsgyCnKPatkZEqQtZnVvd+puwxtQmKngJ0dJdsHFv"
    "pxRtQHEh4M6/Su85yO9n9+SFgz96M6dB05Q5OrZl2IE8mTJ+PkCZSpSmyN0UiuPh1JsvXF"
    "fGYcydYB9MAYXDaKJLa0smNIMnaF2jjbPYwnyeD4ltimKJ34DOSiRZEpKg0VRZbJ01E56F"
    "qDpxfhBqGBE+DfMKAGxAXtrZB/fPOtCQ25E42QifSU7bJTU78SsWoXYgWSy7JyhHyURh6i"
    "BTHy83kGfF+U1jtOKLN6V8jqLctP7NPtVaquP4PqKlWsuk4HqWLtR8WSvggHYGC/NWbmjw"
    "J1KXa/X6QtcWxZTUkSpeCodoVF4MajiTecszNUbISxyu+IqDCZNnsr9BmL2cT0XHgOEcnn"
    "yNF0Kn7AOsRCcQ7x5zIrpUGjj6oe4YpVsTGyNX4Vlbjqoa3v+OJnUb6uBoPz88vB6fnFeD"
    "S8vByNTzcnQPpW0VHw7vZXPA1ix/lBx8Ae3DH884Sgvhhbww2rirEySlOPPvay+0bDJuH2"
    "5+zfU9K980EJ1p4PclmLt5KZ9zHrf1ZGuIKcexGaNqMJvUCkIvdsTf6FWNSmK8eHb4HDho"
    "O4M7EZPNN2gjByV2evEShJyzbP7Gv/QdL+ENPzmh8BuKVoRwAgPrZqAGAdsEUjQXcSQdpl"
    "Kg4OQQqVi4pzHCGTASBtm9+WJJuKZj383WZzBseNmokn5LTsFyELsdyIVpzoSYzhd2a/Cp"
    "PrYJZ4g6HfsslVdkI+m8Q2H0H/h1NSnIzB+sqoWr97N9LM2jIza1t0+A5wOSJD+N9EJaEu"
    "SvOiYh0mOzmhGrUwlOHEh/2UYMMKWa+Eo62c9+GbN3OYi76w1x8/KiCsff588/HbCZn0nJ"
    "Uz6RHYFJi/ebwh3z59E9m/ZsJrQyPU31Bg9Dru1BkxGzV3/sKiqM1WOGe2otF1xlrK/T5T"
    "dPuD2UYVl8MvmO42yM1ByZzrMJNwYlANfgjfaAdUNTEx4UulZ33HPhreA8JnOQozkKNZUH"
    "WRx0Um/R4dL8L992D9LmTWBinoNyvofxFnY245qejtQpE+OGMrlJBCx8eoIoC7HHTLHzCt"
    "1aPNXZcZoUHPwahFgX1R/4APTrqgShRHOAxRsQw5v5nHYDr0j3wOt9awXt6Q6dSCDRoeOZ"
    "2SiTc4uxqQI1Wn8GlpZLaGLR1jZdbH0C54dqzp5irTptO3hE4MMQiOZso55boHp4LluQ6O"
    "QBTCgneIPlFUxKIEcVIbbtAHoMGJga9f9DeH6xNjOkUgkLoIqboOkIkBik6hJwcI8Vk4hB"
    "NynRwp6kOPS9NhBLZ7h02Mo+k0eEEF5GiuT6fHZAn8sqiDosiM6aaxELnig5cPcs9zlFPg"
    "LOMOCRlEF/BVlza7blO/Rd8zmVY4NrYsyyzaa6VRtpVG2e5auUTaL41pnuWD+0eex7UhyP"
    "Q/iGfozPG3G8s2NU+FT1l8Sw58QBqDLxhkKdCeuIruDDlJ4+rres9Wt9bo8B0zGEs7fCNs"
    "bb+ReIe9iZ0sEGbwlc8T/yidQLtJL1RET0KFzr/suwyeYE3q9aSX2pBq6E8aqJsxUKO8G4"
    "zbeR1mQzr576WfEvjIty2jZOaKU4NpCxYmmMDY9wBqYj/cjHOowedIw7Y0bEvDdjfxkJg0"
    "GFXsKk50kvZwprp3Q22srwZ7IYwrTLVhYGGJQGknR6j9m1hdBFV6RIp9dCBjG35uZ11eXg"
    "EEUkXViJDsT9E4rbiAPnsilTRMdgDtOCb0apOjEIK55zpmll5x7VWA7qxJUBmQYiawcG1k"
    "rKea+246c1ILKwpknNcBhFfVABmQ9ckWotv8xlIAPo6XmsLyZPuuIBCAdbNqpT5iVDvNWt"
    "vU1IZRFsExxTXvWUYtmycYvSVrMad7X6mhmSsR7CNG/WaDPkfAa1G7yaXwOsREVUOFzckw"
    "CQLWmIjf5q5fZME2H9P7YCNP2LOeGwfHq0rSSWLpRNhmYQfriCjMtk07PdH5Afxxqg7ENu"
    "w7iH9zrO6gwiRp5QfW5g8sdCNTNNPIQA6f9pbbELYDMNqpFNL74F18Iy/V0cd8vZUt4TJ3"
    "/Lhb/7x0QTkIcD5hezaFAX4VMQXHDt36u38BIKslHh/oYAhTN2O/2jTb6SPRol+cUitoqy"
    "w2jUu5fqDJ8ZWoakZXZNPLq03oNsyPiNJ+/HFiM1jRjrsZVogwT9ACyCx30ssphVfzM9Dp"
    "4w/23l+Cuvno+IHlnrP0xUG/uz5qxoyqSyI4go4OjoWPMQ2VYdS5+J9wzdg11jzE1IP/hh"
    "1Kh4aWOjRI63ZDWUrj30FVk12t7iIvzdqGoQOxl+0kzcYpDweO/ymF2c1RUnGSo3RSXWnb"
    "DLdE8rw1LM+9Q8/WObO/eJmyZ6pNofTJsbXiBs0V0yspgE688VybTbyr8eUV/r5QMY3QnL"
    "4hokfi0h/Cl051sQ6ngdYLJuxpNkp63NR8RWQL6X33qM7notAyyHApYbTh502gExvUSQQe"
    "UdJ0TQLPulAvMC3S6HziXV6N5/DEweCqjzfhG0IDIFar53AUYkcaSMXw2WrEoToTVYYdeJ"
    "bjoovy6eDi+ITcoig7gQ9Q1antDxN9kHF00ylWnr26GA7xIWeX8Ioa/r4YXV1hRdqxisma"
    "ZgP1DMZyMT6dY4PLy7Lirwyn3Gc45Uu5DJY41g+PzZG1KrYqbjxgiHE15maRSq/MNIsNYa"
    "KuoglsKToAccdVgEEZFWCQrwIMUiqAv9dXYe+WooM6VpmiNfkla1IFa0AEyBC6mcpXVM9R"
    "Y32KpLjtk5wEpAfI5gK+/nLz/vbT9cejs4v+IBE8GbJ8mPLhtBl1zEoG7y1Fm9dt75qoIB"
    "KjS850GpWBFX/8GOIlhDSMhn+N5/1r/yTxJU0+48C7tXDFnU6zEmzW3Pu+jdyBx+esqiiT"
    "pJPQW1ZgifTElWhBo2jBNQgP6rKXgREEd/pFyADdtpElgA9rk8lXTR+Y7fBqR3mEpM1n+a"
    "5C/mhURsofjfLFfLyXiMWEj6oCh4PmHeRuIxFFWGo5yJFQ2lFkS7J/F5GXOSi74XTx1/8C"
    "d8vLtQ=="
)
