"""Validates stackcat's exports against the schemas of the tools that read them.

Usage:
  python3 Tests/external_schema_check.py landscape SCHEMA FILE
      FILE (a landscape.yml) against landscape2's data.schema.json.
  python3 Tests/external_schema_check.py backstage SCHEMA_DIR FILE...
      every YAML document of every FILE against Backstage's published schema for its kind
      (kinds/<Kind>.v1alpha1.schema.json, with Entity, EntityMeta and common resolved from SCHEMA_DIR),
      plus the rules Backstage checks in code rather than in the schemas: metadata.name and
      metadata.tags shapes, and that every entity reference resolves to an entity of the export.

Prints one JSON object: {"documents": N, "errors": [...]}.
"""
import glob, json, os, re, sys
import jsonschema, yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

NAME = re.compile(r"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")
TAG = re.compile(r"^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$")
# The kind a reference in each field names when it gives none (Backstage's defaults).
REFERENCE_FIELDS = {"owner": "group", "system": "system", "domain": "domain", "dependsOn": "component",
                    "children": "group", "parent": "group", "subcomponentOf": "component"}


def landscape(schema_path, path):
    schema = json.load(open(schema_path))
    document = yaml.safe_load(open(path, "rb"))
    validator = jsonschema.Draft7Validator(schema)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]
    return {"documents": 1, "errors": errors}


def backstage(schema_dir, paths):
    resources = []
    for file in glob.glob(os.path.join(schema_dir, "**", "*.json"), recursive=True):
        contents = json.load(open(file))
        resources.append((contents["$id"], Resource(contents=contents, specification=DRAFT7)))
    registry = Registry().with_resources(resources)
    errors, entities, documents = [], [], 0
    for path in paths:
        for document in yaml.safe_load_all(open(path, "rb")):
            documents += 1
            where = f"{os.path.basename(path)}"
            if not isinstance(document, dict):
                errors.append(f"{where}: not a mapping")
                continue
            kind = document.get("kind")
            schema_file = os.path.join(schema_dir, "kinds", f"{kind}.v1alpha1.schema.json")
            if not os.path.exists(schema_file):
                errors.append(f"{where}: no schema for kind {kind!r}")
                continue
            validator = jsonschema.Draft7Validator(json.load(open(schema_file)), registry=registry)
            errors += [f"{where}: {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]
            metadata = document.get("metadata", {})
            name = metadata.get("name", "")
            if not NAME.match(name) or len(name) > 63:
                errors.append(f"{where}: metadata.name {name!r} is not a valid Backstage name")
            for tag in metadata.get("tags", []):
                if not TAG.match(tag) or len(tag) > 63:
                    errors.append(f"{where}: tag {tag!r} is not a valid Backstage tag")
            entities.append((where, kind, name, document.get("spec", {})))
    known = {(kind.lower(), name) for _, kind, name, _ in entities}
    for where, _, _, spec in entities:
        for field, default in REFERENCE_FIELDS.items():
            value = spec.get(field)
            for ref in value if isinstance(value, list) else ([value] if value else []):
                kind, _, name = ref.rpartition(":")
                name = name.split("/")[-1]
                if (kind or default, name) not in known:
                    errors.append(f"{where}: spec.{field} {ref!r} names no entity of the export")
    return {"documents": documents, "errors": errors}


def main():
    mode, args = sys.argv[1], sys.argv[2:]
    result = landscape(args[0], args[1]) if mode == "landscape" else backstage(args[0], args[1:])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
