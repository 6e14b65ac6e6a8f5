"""Loopback webhook peer for the notification tests: records every request it answers.

The first path segment is a key chosen by the test (parallel tests keep separate
records), the second a scenario:
  ok                  -> 200 "ok"
  status-N            -> status N every time
  fail-N              -> 500 the first N times, then 200
  throttle-N          -> 429 with "Retry-After: 0" the first N times, then 200
  silent              -> reads the request, records it, then never answers
GET /received/<key> returns what <key> received, oldest first, as a JSON list of
{"method", "path", "headers": {lower-cased name: value}, "body": text, "status"}.
With --silent as its argument every request is read and never answered (an endpoint
that hangs). Prints "PORT <n>" once listening on 127.0.0.1; exits when its parent dies.
"""

import http.server
import json
import sys
import threading
import time

from loopback import serve

received = {}
lock = threading.Lock()
SILENT = "--silent" in sys.argv[1:]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body, headers=()):
        data = body.encode()
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        parts = [p for p in self.path.split("?")[0].split("/") if p]
        if not SILENT and len(parts) == 2 and parts[0] == "received":
            with lock:
                records = list(received.get(parts[1], []))
            self.reply(200, json.dumps(records))
            return
        self.handle_call()

    def do_POST(self):
        self.handle_call()

    def handle_call(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if SILENT:
            time.sleep(3600)
            return
        parts = [p for p in self.path.split("?")[0].split("/") if p]
        if len(parts) < 2:
            self.reply(400, "path must be /<key>/<scenario>")
            return
        key, scenario = parts[0], parts[1]
        with lock:
            records = received.setdefault(key, [])
            attempt = len(records) + 1
            status, headers = decide(scenario, attempt)
            records.append({
                "method": self.command,
                "path": self.path,
                "headers": {name.lower(): value for name, value in self.headers.items()},
                "body": body.decode("utf-8", "replace"),
                "status": status,
            })
        if status is None:
            time.sleep(3600)
            return
        self.reply(status, "ok" if status == 200 else "no", headers)


def decide(scenario, attempt):
    """The status (None: never answer) and extra headers for attempt number `attempt`."""
    if scenario == "silent":
        return None, ()
    if scenario.startswith("status-"):
        return int(scenario[len("status-"):]), ()
    if scenario.startswith("fail-") and attempt <= int(scenario[len("fail-"):]):
        return 500, ()
    if scenario.startswith("throttle-") and attempt <= int(scenario[len("throttle-"):]):
        return 429, (("Retry-After", "0"),)
    return 200, ()


def main():
    serve(Handler)


if __name__ == "__main__":
    sys.exit(main())
