"""A/B of the load generator's own CPU per message (issue 14, benchclient): one client process of
bench_wechat.py (MODULE = bench_wechat, or bench_wechat_before = the commit before, aiohttp +
xmltodict) against bench/ceiling_app.py, 200 users, simple mix; open loop at RATE or closed loop.

    python bench/results/2026-12-07/benchclient/ab_client.py MODULE open|closed SECONDS [RATE]
"""
import os
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "bench"))
sys.path.insert(0, ROOT)
module, model, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
rate = float(sys.argv[4]) if len(sys.argv) > 4 else 500.0
bw = __import__(module)
posted = 0
original_post = bw.Sender.post


async def counting_post(self, *args):  # every message posted, warm-up included
    global posted
    posted += 1
    return await original_post(self, *args)


bw.Sender.post = counting_post
ceiling = bw.CeilingServer({}, bw.ROOT)
ceiling.start()
try:
    users = [{"index": i, "openid": f"o-ceiling-{i:05d}", "name": "", "numbers": ["0"]} for i in range(200)]
    config = {"url": ceiling.base_url + "/wechat", "safe": False, "msg_base": 10**12, "model": model,
              "mix": bw.MIXES["simple"], "rate": rate, "users_total": 200, "warmup": 1, "duration": seconds,
              "seed": 7, "t0_wall": time.time() + 2}
    server0 = bw.benchlib.proc_cpu_seconds(ceiling.pid)
    if hasattr(bw, "wechat_client"):
        result = bw.wechat_client.run(lambda: bw.run_clients(config, users))
    else:
        import asyncio
        result = asyncio.run(bw.run_clients(config, users))
    server = bw.benchlib.proc_cpu_seconds(ceiling.pid) - server0
    window = sum(len(v) for v in result["latencies"].values())
    print(f"{module} {model}{f' {rate:g}/s' if model == 'open' else ''}: client CPU {result['client_cpu']:.2f} s "
          f"/ {posted} messages = {result['client_cpu'] / posted * 1000:.3f} ms per message; "
          f"{window / seconds:.0f} msg/s in the window; errors {sum(result['errors'].values())}; "
          f"ceiling server CPU {server / posted * 1000:.3f} ms per message")
finally:
    ceiling.stop()
