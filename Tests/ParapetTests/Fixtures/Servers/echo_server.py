"""Loopback HTTP peer for the curl transport's tests: answers what it received.

The first path segment is a key chosen by the test (parallel tests keep separate port
sets), the second a scenario:
  echo          -> 200 with JSON {method, path, headers: [[name, value]...] in arrival
                   order, body: base64, port: the client's source port}
  status-N      -> status N with the same JSON (no body for HEAD, 204 and 304)
  mixed-case    -> 200 with headers "X-Mixed-Case: Kept Value" sent twice as
                   "X-Repeated" (values "one" and "two"), body "ok"
  silent        -> reads the request, then never answers
GET /ports/<key> returns the sorted distinct client ports that used <key>, as JSON.
Prints "PORT <n>" once listening on 127.0.0.1; exits when its parent process dies.
"""

import base64
import http.server
import json
import sys
import threading
import time

from loopback import serve

ports = {}
lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        if status not in (204, 304):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and status not in (204, 304):
            self.wfile.write(body)

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = [p for p in self.path.split("?")[0].split("/") if p]
        if len(parts) == 2 and parts[0] == "ports":
            with lock:
                seen = sorted(ports.get(parts[1], set()))
            self.send(200, json.dumps(seen).encode())
            return
        if len(parts) < 2:
            self.send(400, b"path must be /<key>/<scenario>")
            return
        key, scenario = parts[0], parts[1]
        with lock:
            ports.setdefault(key, set()).add(self.client_address[1])

        if scenario == "silent":
            time.sleep(600)
            return
        if scenario == "mixed-case":
            self.send(200, b"ok", [("X-Mixed-Case", "Kept Value"),
                                   ("X-Repeated", "one"), ("X-Repeated", "two")])
            return
        status = int(scenario[len("status-"):]) if scenario.startswith("status-") else 200
        echo = {
            "method": self.command,
            "path": self.path,
            "headers": [[name, value] for name, value in self.headers.items()],
            "body": base64.b64encode(body).decode(),
            "port": self.client_address[1],
        }
        self.send(status, json.dumps(echo).encode(), [("Content-Type", "application/json")])

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = handle_any


def main():
    serve(Handler)


if __name__ == "__main__":
    sys.exit(main())
