"""Loopback stand-in for CloudTrail's LookupEvents, which moto does not implement.

Usage: lookup_events_server.py PAGE. PAGE is a captured LookupEvents response; a request
signed for region R gets the events of PAGE whose record says `awsRegion` R, as
LookupEvents answers with the events recorded in the region it is called in. Any other
CloudTrail operation is refused. GET /requests returns every request received, as
`{"region": R, "target": X-Amz-Target, "body": parsed JSON body}` in arrival order.
Prints "PORT <n>" once listening on 127.0.0.1; exits when its parent process dies.
"""

import http.server
import json
import re
import sys
import threading

from loopback import serve

with open(sys.argv[1]) as page_file:
    PAGE = json.load(page_file)
received = []
lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, document):
        data = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/x-amz-json-1.1")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        with lock:
            self.reply(200, received)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        target = self.headers.get("X-Amz-Target", "")
        scope = re.search(r"Credential=[^/]+/\d+/([^/]+)/", self.headers.get("Authorization", ""))
        region = scope.group(1) if scope else ""
        with lock:
            received.append({"region": region, "target": target, "body": body})
        if not target.endswith(".LookupEvents"):
            self.reply(400, {"__type": "UnknownOperationException", "message": target})
            return
        events = [event for event in PAGE["Events"]
                  if json.loads(event["CloudTrailEvent"]).get("awsRegion") == region]
        self.reply(200, {"Events": events})


def main():
    serve(Handler)


if __name__ == "__main__":
    sys.exit(main())
