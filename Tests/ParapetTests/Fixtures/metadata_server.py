"""Loopback stand-in for the EC2 instance metadata service (IMDSv2) and the ECS container
credential endpoint, for the credential chain tests.

Listens on 127.0.0.1 on an ephemeral port and prints the port on stdout. GET /__requests
returns every request seen so far (method, path, headers) so tests can assert what was sent.
Exits when stdin closes (so a crashed test leaves no server behind) or on SIGTERM, which is
unblocked first because a child of the Swift test runner inherits a mask that blocks it.
"""

import json
import os
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOKEN = "fixture-imds-session-token"
ROLE = "fixture-instance-role"
CONTAINER_AUTH = "fixture-container-auth"
EXPIRATION = "2099-01-01T00:00:00Z"
REQUESTS = []


def credentials(prefix):
    return {
        "Code": "Success",
        "AccessKeyId": prefix + "ACCESSKEY0001",
        "SecretAccessKey": prefix + "-secret-key",
        "Token": prefix + "-session-token",
        "Expiration": EXPIRATION,
    }


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def record(self):
        REQUESTS.append(
            {"method": self.command, "path": self.path, "headers": dict(self.headers.items())})

    def reply(self, status, body, content_type="text/plain"):
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_PUT(self):
        self.record()
        if self.path != "/latest/api/token":
            return self.reply(404, "not found")
        if not self.headers.get("X-aws-ec2-metadata-token-ttl-seconds"):
            return self.reply(400, "missing TTL header")
        self.reply(200, TOKEN)

    def do_GET(self):
        if self.path == "/__requests":
            return self.reply(200, REQUESTS, "application/json")
        self.record()
        if self.path == "/container/credentials":
            if self.headers.get("Authorization") != CONTAINER_AUTH:
                return self.reply(401, "bad authorization")
            return self.reply(200, credentials("CONTAINER"), "application/json")
        if not self.path.startswith("/latest/"):
            return self.reply(404, "not found")
        if self.headers.get("X-aws-ec2-metadata-token") != TOKEN:
            return self.reply(401, "missing or wrong IMDSv2 token")
        if self.path == "/latest/meta-data/iam/security-credentials/":
            return self.reply(200, ROLE + "\n")
        if self.path == "/latest/meta-data/iam/security-credentials/" + ROLE:
            return self.reply(200, credentials("IMDS"), "application/json")
        if self.path == "/latest/meta-data/placement/region":
            return self.reply(200, "eu-west-3")
        self.reply(404, "not found")


class Server(ThreadingHTTPServer):
    request_queue_size = 256
    daemon_threads = True


def exit_when_stdin_closes():
    while sys.stdin.buffer.read(1024):
        pass
    os._exit(0)


def main():
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    server = Server(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
