"""The usual alternative: load every YAML file of a catalog with PyYAML's C loader.

Usage: python3 Benchmarks/pyyaml_load.py CATALOG_DIR
"""
import os, sys, yaml

def main():
    root = sys.argv[1]
    loaded = 0
    for sub in ("", "tools", "stacks"):
        directory = os.path.join(root, sub)
        if not os.path.isdir(directory):
            continue
        for name in os.listdir(directory):
            if name.endswith(".yaml"):
                with open(os.path.join(directory, name), "rb") as f:
                    yaml.load(f, Loader=yaml.CSafeLoader)
                loaded += 1
    print(loaded, "files")

main()
