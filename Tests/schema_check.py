"""Validates YAML files against stackcat's JSON Schemas.

Usage: python3 Tests/schema_check.py SCHEMA_DIR FILE... ; prints one JSON line per file:
{"file": ..., "schema": ..., "valid": true|false, "errors": [...]}. The schema is chosen from the
file's place in the catalog layout (tools/, stacks/, categories.yaml, roles.yaml, relations.yaml).
YAML is read as YAML 1.1 (PyYAML), like stackcat; dates are kept as their text.
"""
import datetime, json, os, sys
import jsonschema, yaml

class Loader(yaml.SafeLoader):
    pass

# Keep timestamps as text, as stackcat does.
Loader.yaml_implicit_resolvers = {k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
                                  for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}

def schema_for(path):
    name = os.path.basename(path)
    parent = os.path.basename(os.path.dirname(path))
    if name in ("categories.yaml", "roles.yaml", "relations.yaml"):
        return name.replace(".yaml", ".schema.json")
    if parent == "stacks":
        return "stack.schema.json"
    return "tool.schema.json"

def main():
    schema_dir, files = sys.argv[1], sys.argv[2:]
    for path in files:
        schema_name = schema_for(path)
        schema = json.load(open(os.path.join(schema_dir, schema_name)))
        try:
            with open(path, "rb") as f:
                document = yaml.load(f, Loader=Loader)
            errors = [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(document)]
        except yaml.YAMLError as e:
            errors = ["yaml: " + str(e).splitlines()[0]]
        print(json.dumps({"file": path, "schema": schema_name, "valid": not errors, "errors": errors[:5]}))

main()
