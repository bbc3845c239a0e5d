"""Writes a synthetic stackcat catalog of N tools with a fixed seed.

Usage: python3 Benchmarks/make_catalog.py N OUT_DIR

About 3 relations and 3 roles per tool, 20 top-level categories with 10 subcategories each, 120 roles,
the 13 relation types of the built-in catalog, 10 stacks of 40 components, and value lengths like the
built-in catalog's (names of 1-3 words, one-sentence summaries, descriptions of 2-4 sentences).
"""
import os, random, sys

WORDS = ("cloud native service mesh proxy gateway build deploy release canary metrics logs traces storage "
         "backup policy identity secret cluster node pod container image registry scan chaos queue stream "
         "cache database object function runtime network ingress dns certificate edge data pipeline operator "
         "controller agent sidecar dashboard alert schedule batch workflow config template package").split()
RELATIONS = ["deploys-to", "runs-on", "integrates-with", "uses", "part-of", "manages", "observes", "exports-to",
             "backs-up-to", "implements", "alternative-to", "managed-offering-of", "inspired-by"]
SYMMETRIC = {"integrates-with", "alternative-to"}

def sentence(rng, lo, hi):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."

def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20180426)
    os.makedirs(f"{out}/tools", exist_ok=True)
    os.makedirs(f"{out}/stacks", exist_ok=True)
    cats = []
    with open(f"{out}/categories.yaml", "w") as f:
        for t in range(20):
            f.write(f"- id: cat-{t:02d}\n  name: {sentence(rng, 1, 3)[:-1]}\n  description: {sentence(rng, 6, 14)}\n")
            for s in range(10):
                cid = f"cat-{t:02d}-{s:02d}"
                cats.append(cid)
                f.write(f"- id: {cid}\n  name: {sentence(rng, 1, 3)[:-1]}\n  parent: cat-{t:02d}\n  description: {sentence(rng, 6, 14)}\n")
    roles = [f"role-{i:03d}" for i in range(120)]
    with open(f"{out}/roles.yaml", "w") as f:
        for r in roles:
            f.write(f"- id: {r}\n  name: {sentence(rng, 1, 3)[:-1]}\n  description: {sentence(rng, 6, 12)}\n")
    with open(f"{out}/relations.yaml", "w") as f:
        for i, r in enumerate(RELATIONS):
            sym = r in SYMMETRIC
            f.write(f"- id: {r}\n  label: {r.replace('-', ' ')}\n" + ("" if sym else f"  inverse: {r.replace('-', ' ')} (inverse)\n")
                    + f"  description: {sentence(rng, 5, 10)}\n  symmetric: {'true' if sym else 'false'}\n"
                    + f"  style: {{ color: \"#{rng.randrange(0x1000000):06x}\", line: {rng.choice(['solid', 'dashed', 'dotted'])} }}\n")
    ids = [f"tool-{i:06d}" for i in range(n)]
    declared = set()
    for i, tid in enumerate(ids):
        rels = []
        for _ in range(3):
            target = ids[rng.randrange(n)]
            rtype = rng.choice(RELATIONS)
            key = (rtype, tuple(sorted((tid, target)))) if rtype in SYMMETRIC else (rtype, tid, target)
            if target == tid or key in declared:
                continue
            declared.add(key)
            rels.append((rtype, target))
        name = sentence(rng, 1, 3)[:-1]
        lines = [f"name: {name}", f"category: {rng.choice(cats)}"]
        if rng.random() < 0.3:
            lines.append(f"categories: [{rng.choice(cats)}]")
        lines += [f"summary: {sentence(rng, 8, 16)}",
                  "description: |", "  " + " ".join(sentence(rng, 8, 16) for _ in range(rng.randint(2, 4))),
                  f"homepage: https://{tid}.example.org/", f"repo: https://github.com/example/{tid}",
                  f"license: {rng.choice(['Apache-2.0', 'MIT', 'BSD-3-Clause', 'MPL-2.0', 'Proprietary'])}",
                  f"language: {rng.choice(['Go', 'Java', 'Rust', 'Python', 'C++', 'TypeScript'])}",
                  f"vendor: {sentence(rng, 1, 2)[:-1]}", f"hosting: {rng.choice(['self-hosted', 'managed', 'saas', 'library'])}",
                  "lifecycle: active", f"since: {rng.randint(2005, 2025)}",
                  f"tags: [{', '.join(rng.sample(WORDS, 3))}]",
                  f"roles: [{', '.join(sorted(rng.sample(roles, 3)))}]"]
        if rels:
            lines.append("relations:")
            for rtype, target in rels:
                lines += [f"  - type: {rtype}", f"    target: {target}"]
                if rng.random() < 0.3:
                    lines.append(f"    note: {sentence(rng, 5, 10)}")
        lines.append(f"sources: [https://{tid}.example.org/docs/, https://github.com/example/{tid}]")
        with open(f"{out}/tools/{tid}.yaml", "w") as f:
            f.write("\n".join(lines) + "\n")
    for s in range(10):
        members = rng.sample(ids, min(40, n))
        with open(f"{out}/stacks/stack-{s:02d}.yaml", "w") as f:
            f.write(f"name: Stack {s}\nsummary: {sentence(rng, 6, 12)}\nas_of: 2024-01-{s + 1:02d}\nsources: [https://example.org/stack-{s}]\ncomponents:\n")
            for m in members:
                f.write(f"  - tool: {m}\n    ring: {rng.choice(['adopt', 'trial', 'assess', 'hold'])}\n    role: {sentence(rng, 4, 9)}\n")
            f.write("flows:\n")
            for a, b in zip(members[:10], members[1:11]):
                f.write(f"  - from: {a}\n    to: {b}\n    label: {rng.choice(WORDS)}\n")

main()
