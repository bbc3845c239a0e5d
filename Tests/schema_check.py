"""Validates YAML files against stackcat's JSON Schemas, reading them as an editor or a CI check would.

Usage: python3 Tests/schema_check.py [--native] SCHEMA_DIR FILE... ; prints one JSON line per file:
{"file": ..., "schema": ..., "valid": true|false, "errors": [...]}. The schema is chosen from the
file's place in the catalog layout (tools/, stacks/, categories.yaml, roles.yaml, relations.yaml, teams.yaml).

YAML is read with PyYAML's SafeLoader, a YAML 1.1 loader: `yes` is a boolean, `2015` an integer and an
unquoted `2018-04-26` a date, as in most editors' and CI tools' loaders (stackcat reads dates as text).
JSON Schema judges JSON, which has no dates, so by default the document is turned into JSON values the
way YAML-to-JSON converters do it: a date becomes its ISO text (2018-04-26), a date and time its ISO
text with a 'T'. With --native the loader's values go to the validator as they are (Python date
objects), as a Python check that skips the conversion would do. A date the calendar rejects
(2018-02-30) makes PyYAML fail; it is kept as its text, as editors show it.
"""
import datetime, json, os, sys
import jsonschema, yaml

class Loader(yaml.SafeLoader):
    pass

def construct_timestamp(loader, node):
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)

Loader.add_constructor("tag:yaml.org,2002:timestamp", construct_timestamp)

def to_json(value):
    if isinstance(value, dict):
        return {to_json(k) if isinstance(k, (datetime.date, datetime.datetime)) else k: to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value

def schema_for(path):
    name = os.path.basename(path)
    parent = os.path.basename(os.path.dirname(path))
    if name in ("categories.yaml", "roles.yaml", "relations.yaml", "teams.yaml", "catalog.yaml"):
        return name.replace(".yaml", ".schema.json")
    if parent == "stacks":
        return "stack.schema.json"
    return "tool.schema.json"

def main():
    args = sys.argv[1:]
    native = args[:1] == ["--native"]
    if native:
        args = args[1:]
    schema_dir, files = args[0], args[1:]
    for path in files:
        schema_name = schema_for(path)
        schema = json.load(open(os.path.join(schema_dir, schema_name)))
        try:
            with open(path, "rb") as f:
                document = yaml.load(f, Loader=Loader)
            if not native:
                document = to_json(document)
            errors = [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(document)]
        except yaml.YAMLError as e:
            errors = ["yaml: " + str(e).splitlines()[0]]
        print(json.dumps({"file": path, "schema": schema_name, "valid": not errors, "errors": errors[:5]}))

main()
