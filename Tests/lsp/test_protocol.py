"""`stackcat lsp` at the JSON-RPC level, with raw bytes: malformed messages, unknown methods and
oversized messages get protocol errors and the server reads on; `exit` ends it with the status LSP
asks for; the end of input ends it too.

Run: STACKCAT_BIN=.build/debug/stackcat python3 -m pytest Tests/lsp -q
"""
import json
import os
import subprocess
import threading
import queue

from conftest import BINARY


class RawServer:
    def __init__(self, cwd, *args, env=None):
        self.process = subprocess.Popen([BINARY, "lsp", *args], cwd=cwd, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        env=None if env is None else {**os.environ, **env})
        self.messages = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode().partition(":")
                headers[name.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def send_bytes(self, data):
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode()
        self.send_bytes(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def request(self, id, method, params=None):
        self.send({"jsonrpc": "2.0", "id": id, "method": method, "params": params or {}})

    def response(self, id=..., timeout=20):
        """The next response (skipping notifications), or the one with this id."""
        while True:
            message = self.messages.get(timeout=timeout)
            if "method" in message:
                continue
            if id is ... or message.get("id") == id:
                return message

    def initialize(self, root):
        self.request(1, "initialize", {"processId": None, "rootUri": root.as_uri(), "capabilities": {}})
        assert "capabilities" in self.response(1)["result"]
        self.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=20)


def test_a_request_before_initialize_is_refused(workspace):
    server = RawServer(workspace)
    try:
        server.request(7, "textDocument/hover", {})
        error = server.response(7)["error"]
        assert error["code"] == -32002
    finally:
        server.close()


def test_malformed_json_and_a_missing_content_length_get_parse_errors_and_the_server_reads_on(workspace):
    server = RawServer(workspace)
    try:
        server.send_bytes(b"Content-Length: 9\r\n\r\n{not json")
        error = server.response()
        assert error["id"] is None and error["error"]["code"] == -32700
        server.send_bytes(b"Content-Type: application/json\r\n\r\n")
        error = server.response()
        assert error["id"] is None and error["error"]["code"] == -32700
        assert "Content-Length" in error["error"]["message"]
        nested = b"[" * 100000
        server.send_bytes(b"Content-Length: %d\r\n\r\n" % len(nested) + nested)
        assert server.response()["error"]["code"] == -32700
        server.send({"jsonrpc": "2.0", "id": 3, "params": {}})
        assert server.response(3)["error"]["code"] == -32600
        server.initialize(workspace)
    finally:
        server.close()


def test_an_unknown_method_gets_method_not_found(workspace):
    server = RawServer(workspace)
    try:
        server.initialize(workspace)
        server.request("abc", "textDocument/semanticTokens/full", {"textDocument": {"uri": "file:///x"}})
        response = server.response("abc")
        assert response["error"]["code"] == -32601
        # An unknown notification is ignored: the next request is answered.
        server.send({"jsonrpc": "2.0", "method": "custom/notification", "params": {}})
        server.request(5, "workspace/symbol", {"query": "istio"})
        assert any(symbol["name"] == "istio" for symbol in server.response(5)["result"])
    finally:
        server.close()


def test_a_message_over_the_size_limit_is_skipped_with_an_error(workspace):
    server = RawServer(workspace, "--max-message-size", "1000")
    try:
        server.initialize(workspace)
        huge = json.dumps({"jsonrpc": "2.0", "id": 9, "method": "workspace/symbol", "params": {"query": "x" * 5000}}).encode()
        server.send_bytes(b"Content-Length: %d\r\n\r\n" % len(huge) + huge)
        error = server.response()
        assert error["id"] is None and error["error"]["code"] == -32700
        assert "more than the 1000 allowed" in error["error"]["message"]
        server.request(10, "workspace/symbol", {"query": "istio"})
        assert server.response(10)["result"]
    finally:
        server.close()


def test_shutdown_then_exit_ends_with_status_0(workspace):
    server = RawServer(workspace)
    try:
        server.initialize(workspace)
        server.request(2, "shutdown")
        assert server.response(2)["result"] is None
        server.send({"jsonrpc": "2.0", "method": "exit"})
        assert server.process.wait(timeout=20) == 0
    finally:
        server.close()


def test_exit_without_shutdown_and_the_end_of_input_end_with_status_1(workspace):
    server = RawServer(workspace)
    try:
        server.initialize(workspace)
        server.send({"jsonrpc": "2.0", "method": "exit"})
        assert server.process.wait(timeout=20) == 1
    finally:
        server.close()
    server = RawServer(workspace)
    try:
        server.process.stdin.close()
        assert server.process.wait(timeout=20) == 1
    finally:
        server.close()


def test_max_age_adds_validates_review_warnings(workspace):
    # 2030-01-01: every review date of the built-in catalog is more than 30 days old by then.
    server = RawServer(workspace, "--max-age", "30", env={"SOURCE_DATE_EPOCH": "1893456000"})
    try:
        server.initialize(workspace)
        while True:
            message = server.messages.get(timeout=20)
            if message.get("method") == "textDocument/publishDiagnostics" and \
                    any(d["code"] == "stale-review" for d in message["params"]["diagnostics"]):
                break
    finally:
        server.close()
