"""How long `stackcat lsp` takes to publish diagnostics after one tool file changes, next to a full
`stackcat validate` of the same catalog.

Usage: python3 Benchmarks/lsp_latency.py STACKCAT CATALOG_DIR [RUNS]

Both are timed from the outside with a monotonic clock: validate from start to exit (reading every
file, checking, printing), the server from the `didChange` it is sent to the `publishDiagnostics` for
that file (the catalog is in memory already; the change introduces one unknown category, so the file's
diagnostics do change). Prints a Markdown table of medians. Timings depend on the machine and its load:
compare the two columns of one run, not runs of different days.
"""
import json, os, statistics, subprocess, sys, time

def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body

def read_message(stream):
    length = None
    while True:
        line = stream.readline()
        if not line:
            raise EOFError("the server closed its output")
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode().partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    return json.loads(stream.read(length))

def main():
    binary, catalog = sys.argv[1], os.path.abspath(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    validate = []
    for _ in range(runs):
        start = time.monotonic()
        subprocess.run([binary, "validate", "--catalog", catalog], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        validate.append(time.monotonic() - start)

    server = subprocess.Popen([binary, "lsp", "--catalog", catalog], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    send = lambda m: (server.stdin.write(frame(m)), server.stdin.flush())
    start = time.monotonic()
    send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}})
    while read_message(server.stdout).get("id") != 1:
        pass
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    tools = sorted(name for name in os.listdir(os.path.join(catalog, "tools")) if name.endswith(".yaml"))
    path = os.path.join(catalog, "tools", tools[len(tools) // 2])
    uri = "file://" + path
    text = open(path).read()
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}})

    def wait_for(predicate):
        while True:
            message = read_message(server.stdout)
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri \
                    and predicate(message["params"]["diagnostics"]):
                return
    wait_for(lambda d: True)
    startup = time.monotonic() - start
    changes = []
    for run in range(runs):
        broken = "category: no-such-category-%d\n" % run
        edited = "".join(broken if line.startswith("category:") else line for line in text.splitlines(True))
        start = time.monotonic()
        send({"jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": {"textDocument": {"uri": uri, "version": 2 + 2 * run}, "contentChanges": [{"text": edited}]}})
        wait_for(lambda d: any("no-such-category-%d" % run in x["message"] for x in d))
        changes.append(time.monotonic() - start)
        send({"jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": {"textDocument": {"uri": uri, "version": 3 + 2 * run}, "contentChanges": [{"text": text}]}})
        wait_for(lambda d: not any("no-such-category" in x["message"] for x in d))
    send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    send({"jsonrpc": "2.0", "method": "exit"})
    server.wait(timeout=60)

    tool_count = len(tools)
    v, c = statistics.median(validate), statistics.median(changes)
    print(f"| catalog | `validate` (whole run) | `lsp`: diagnostics after one change | ratio | `lsp` start-up to first diagnostics |")
    print(f"| --- | --- | --- | --- | --- |")
    print(f"| {tool_count:,} tools | {v * 1000:.0f} ms | {c * 1000:.0f} ms | {c / v:.2f} | {startup * 1000:.0f} ms |")

if __name__ == "__main__":
    main()
