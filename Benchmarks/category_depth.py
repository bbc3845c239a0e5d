"""Writes a synthetic catalog (make_catalog.py's, N tools) whose categories.yaml gains D more categories,
either in one parent: chain (deep) or all under one parent (wide), with a tool in every 1000th.

Usage: python3 Benchmarks/category_depth.py N D deep|wide OUT_DIR
"""
import os, subprocess, sys

n, d, shape, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "make_catalog.py"), str(n), out], check=True)
with open(f"{out}/categories.yaml", "a") as f:
    for i in range(d):
        parent = "cat-00" if shape == "wide" or i == 0 else f"extra-{i - 1:06d}"
        f.write(f"- id: extra-{i:06d}\n  name: Extra {i}\n  parent: {parent}\n")
for i in range(0, d, 1000):
    with open(f"{out}/tools/extra-tool-{i:06d}.yaml", "w") as f:
        f.write(f"name: Extra tool {i}\ncategory: extra-{i:06d}\nsummary: A tool in extra category {i}.\n"
                f"homepage: https://extra-{i}.example.org/\nlicense: MIT\nhosting: library\nlifecycle: active\n"
                f"roles: [role-000]\nsources: [https://extra-{i}.example.org/]\n")
