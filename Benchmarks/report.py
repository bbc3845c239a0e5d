"""Turns the JSON of Benchmarks/run.sh into Benchmarks/RESULTS.md. Usage: report.py WORK_DIR CATALOG..."""
import json, os, platform, subprocess, sys, datetime

work, catalogs = sys.argv[1], sys.argv[2:]
workloads = ["validate", "list", "graph", "docs"]

def load(name):
    with open(os.path.join(work, "json", name + ".json")) as f:
        return {r["command"]: r for r in json.load(f)["results"]}

def size(catalog):
    total, files = 0, 0
    for sub in ("", "tools", "stacks"):
        d = os.path.join(work, catalog, sub)
        if os.path.isdir(d):
            for n in os.listdir(d):
                if n.endswith(".yaml"):
                    total += os.path.getsize(os.path.join(d, n)); files += 1
    return total, files

memory = {}
with open(os.path.join(work, "memory.tsv")) as f:
    for line in f:
        c, w, kb = line.rstrip("\n").split("\t")
        memory[(c, w)] = int(kb) * 1024 if kb else None

def fmt(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"

def mb(b):
    return f"{b / 1048576:.1f} MiB"

cpu = "unknown"
try:
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip(); break
except OSError:
    pass
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
out = []
out.append("# Benchmark results\n")
out.append(f"Measured by `Benchmarks/run.sh` on {datetime.date.today()} at commit {commit}: {os.cpu_count()} cores ({cpu}), "
           f"{platform.system()} {platform.release()}. Every figure of one table comes from the same hyperfine run, so the "
           "ratios compare programs measured side by side; absolute times vary with the machine's load.\n")
out.append("- **floor**: `Benchmarks/yaml_floor.c`, a C program that only walks libyaml's event stream over the same files.")
out.append("- **python**: `Benchmarks/pyyaml_load.py`, PyYAML's `CSafeLoader` loading the same files (no checks, no output).")
out.append("- Catalogs: synthetic ones from `Benchmarks/make_catalog.py` (fixed seed; about 3 relations and 3 roles per tool), "
           "the CNCF landscape imported with `stackcat import landscape`, and the built-in catalog.\n")

results = {}
for workload in workloads:
    out.append(f"## {workload}\n")
    out.append("| catalog | files | bytes | stackcat | floor | python | stackcat ÷ floor | python ÷ stackcat | peak memory | memory ÷ bytes |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for catalog in catalogs:
        r = load(f"{catalog}-{workload}")
        s, fl, py = r["stackcat"], r["floor"], r["python"]
        b, files = size(catalog)
        rss = memory.get((catalog, workload))
        results[(catalog, workload)] = (s["mean"], fl["mean"], py["mean"], rss, b)
        memory_cells = f"{mb(rss)} | {rss / b:.1f}×" if rss else "? | ?"
        out.append(f"| {catalog} | {files} | {b} | {fmt(s['mean'])} ± {fmt(s['stddev'] or 0)} | {fmt(fl['mean'])} | {fmt(py['mean'])} | "
                   f"{s['mean'] / fl['mean']:.2f}× | {py['mean'] / s['mean']:.1f}× | {memory_cells} |")
    out.append("")

emb = load("embedded-list")
out.append("## `stackcat list --category cd` on the built-in catalog\n")
out.append("The catalog compiled into the binary, run from a directory without a catalog, against the floor over the "
           "repository's `catalog/` files.\n")
out.append("| stackcat | Swift hello | floor | python | stackcat ÷ hello | stackcat ÷ floor |")
out.append("| ---: | ---: | ---: | ---: | ---: | ---: |")
out.append(f"| {fmt(emb['stackcat']['mean'])} ± {fmt(emb['stackcat']['stddev'])} | {fmt(emb['hello']['mean'])} | {fmt(emb['floor']['mean'])} | "
           f"{fmt(emb['python']['mean'])} | {emb['stackcat']['mean'] / emb['hello']['mean']:.2f}× | {emb['stackcat']['mean'] / emb['floor']['mean']:.2f}× |\n")

sizes = [c for c in catalogs if c.startswith("synthetic-")]
out.append("## Scaling\n")
if "synthetic-10000" in sizes and "synthetic-100000" in sizes:
    out.append("Time at 100,000 tools divided by time at 10,000 tools (linear is 10×; the target is at most 10.5×).\n")
    out.append("| workload | 10,000 | 100,000 | ratio |")
    out.append("| --- | ---: | ---: | ---: |")
    for workload in workloads:
        a = results[("synthetic-10000", workload)][0]; b = results[("synthetic-100000", workload)][0]
        out.append(f"| {workload} | {fmt(a)} | {fmt(b)} | {b / a:.2f}× |")
    out.append("")
if sizes:
    labels = ", ".join('"' + c.replace("synthetic-", "") + '"' for c in sizes)
    out.append("Time (seconds) against catalog size (tools):\n")
    out.append("```mermaid\nxychart-beta\n  title \"Time against catalog size\"")
    out.append(f"  x-axis \"tools\" [{labels}]")
    peak = max(results[(c, w)][2] for c in sizes for w in workloads)
    out.append(f"  y-axis \"seconds\" 0 --> {peak * 1.1:.2f}")
    for workload in workloads:
        out.append("  line [" + ", ".join(f"{results[(c, workload)][0]:.3f}" for c in sizes) + "]")
    out.append("  line [" + ", ".join(f"{results[(c, 'validate')][1]:.3f}" for c in sizes) + "]")
    out.append("  line [" + ", ".join(f"{results[(c, 'validate')][2]:.3f}" for c in sizes) + "]")
    out.append("```\n")
    out.append("Lines, in order: " + ", ".join(workloads) + ", the floor, python.\n")

def load_optional(name):
    path = os.path.join(work, "json", name + ".json")
    return load(name) if os.path.exists(path) else None

outputs = {c: load_optional(f"{c}-outputs") for c in sizes}
if any(outputs.values()):
    out.append("## docs --out, its re-run, and site\n")
    out.append("One hyperfine run per catalog: `docs --out` into an empty directory, `cp -r` of the tree it writes "
               "(same file system), `docs --out` again over its unchanged tree, `validate`, and `site --out` into an "
               "empty directory (with Graphviz when `dot` is installed).\n")
    out.append("| catalog | docs | cp -r | docs ÷ cp | re-run | validate | re-run ÷ validate | site | site ÷ docs |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for c, o in outputs.items():
        if not o: continue
        d, cp, rr, v, st = (o[k]["mean"] for k in ("docs", "cp", "rerun", "validate", "site"))
        out.append(f"| {c} | {fmt(d)} | {fmt(cp)} | {d / cp:.2f}× | {fmt(rr)} | {fmt(v)} | {rr / v:.2f}× | {fmt(st)} | {st / d:.2f}× |")
    out.append("")

# The targets of issue 22, each with its status in this run.
out.append("## Targets\n")
out.append("| target | measured | met |")
out.append("| --- | --- | --- |")
def row(text, value, ok):
    out.append(f"| {text} | {value} | {'yes' if ok else '**no**'} |")
large = [c for c in ("synthetic-10000", "synthetic-100000") if (c, "validate") in results]
for c in large:
    n = c.split("-")[1]
    for w, limit in (("validate", 1.5), ("list", 2.0), ("graph", 2.0)):
        s_, fl = results[(c, w)][0], results[(c, w)][1]
        row(f"`{w}` at most {limit}× the floor at {n} tools", f"{s_ / fl:.2f}×", s_ / fl <= limit)
    py = results[(c, "validate")][2] / results[(c, "validate")][0]
    row(f"`validate` at least 5× faster than PyYAML at {n} tools", f"{py:.1f}×", py >= 5)
if len(large) == 2:
    scaled = {w: results[(large[1], w)][0] / results[(large[0], w)][0] for w in workloads}
    if outputs.get(large[0]) and outputs.get(large[1]):
        for k in ("site", "rerun"):
            scaled[k if k == "site" else "docs re-run"] = outputs[large[1]][k]["mean"] / outputs[large[0]][k]["mean"]
    for w, ratio in scaled.items():
        row(f"`{w}`: 100,000 tools at most 10.5× the time of 10,000", f"{ratio:.2f}×", ratio <= 10.5)
e = emb["stackcat"]["mean"] / emb["hello"]["mean"]
row("`list --category cd` on the built-in catalog at most 2× a Swift program that prints one line",
    f"{e:.2f}× ({fmt(emb['stackcat']['mean'])} against {fmt(emb['hello']['mean'])})", e <= 2)
for c in large:
    o = outputs.get(c)
    if not o: continue
    n = c.split("-")[1]
    d, cp, rr, v, st = (o[k]["mean"] for k in ("docs", "cp", "rerun", "validate", "site"))
    row(f"`docs --out` into an empty directory at most 2× `cp -r` of its tree, {n} tools", f"{d / cp:.2f}×", d / cp <= 2)
    row(f"`docs --out` unchanged re-run at most 1.5× `validate`, {n} tools", f"{rr / v:.2f}×", rr / v <= 1.5)
    row(f"`site` at most 3× `docs`, {n} tools", f"{st / d:.2f}×", st / d <= 3)
if ("synthetic-10000", "validate") in results:
    b = results[("synthetic-10000", "validate")][4]
    for w in workloads + ["site"]:
        rss = memory.get(("synthetic-10000", w))
        if rss:
            row(f"`{w}`: peak memory at most 6× the catalog's bytes at 10,000 tools", f"{rss / b:.1f}× ({mb(rss)})", rss / b <= 6)
out.append("")

# What run.sh does not measure (site against docs, instruction counts) is written by hand and kept.
for name in ("optimisations.md", "measured-by-hand.md"):
    notes = os.path.join(os.path.dirname(__file__), name)
    if os.path.exists(notes):
        out.append(open(notes).read())
print("\n".join(out))
