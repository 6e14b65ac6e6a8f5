"""Loopback HTTP peer for the AWS client's retry tests.

The first path segment is a key chosen by the test (so parallel tests keep separate
counts), the second a scenario:
  ok                 -> 200 at once
  status-503-N       -> 503 ServiceUnavailable N times, then 200
  throttle-N         -> 400 Throttling (query error XML) N times, then 200
  deny               -> 403 AccessDenied every time
  broken-json        -> 200 with a JSON body cut off mid-object
Every 200 answers a query-protocol body <ProbeResponse><ProbeResult><Attempt>k</Attempt>.
GET /count/<key> returns how many requests that key received.
Prints "PORT <n>" once listening on 127.0.0.1; exits when its parent process dies.
"""

import http.server
import sys
import threading

from loopback import serve

counts = {}
lock = threading.Lock()

ERROR = (
    "<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code>"
    "<Message>{message}</Message></Error><RequestId>req-{attempt}</RequestId>"
    "</ErrorResponse>"
)
OK = (
    "<ProbeResponse><ProbeResult><Attempt>{attempt}</Attempt></ProbeResult>"
    "<ResponseMetadata><RequestId>ok</RequestId></ResponseMetadata></ProbeResponse>"
)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        parts = [p for p in self.path.split("?")[0].split("/") if p]
        if len(parts) == 2 and parts[0] == "count":
            with lock:
                self.reply(200, str(counts.get(parts[1], 0)))
            return
        self.handle_call()

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.handle_call()

    def handle_call(self):
        parts = [p for p in self.path.split("?")[0].split("/") if p]
        if len(parts) < 2:
            self.reply(400, ERROR.format(code="BadPath", message=self.path, attempt=0))
            return
        key, scenario = parts[0], parts[1]
        with lock:
            counts[key] = counts.get(key, 0) + 1
            attempt = counts[key]
        if scenario.startswith("status-503-") and attempt <= int(scenario.rsplit("-", 1)[1]):
            self.reply(503, ERROR.format(
                code="ServiceUnavailable", message="try later", attempt=attempt))
        elif scenario.startswith("throttle-") and attempt <= int(scenario.rsplit("-", 1)[1]):
            self.reply(400, ERROR.format(code="Throttling", message="Rate exceeded",
                                         attempt=attempt))
        elif scenario == "deny":
            self.reply(403, ERROR.format(code="AccessDenied", message="not allowed",
                                         attempt=attempt))
        elif scenario == "broken-json":
            self.reply(200, '{"Attempt": ')
        else:
            self.reply(200, OK.format(attempt=attempt))


def main():
    serve(Handler)


if __name__ == "__main__":
    sys.exit(main())
