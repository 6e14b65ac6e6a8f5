#!/usr/bin/env python3
"""Loopback-only counting HTTP proxy that stands between a scanner and moto.

    bench/loopback_proxy.py --upstream http://127.0.0.1:MOTO [--port 0] [--log FILE]

Both scanners run with HTTP_PROXY/HTTPS_PROXY pointing here, so every request they make
passes through it. The proxy:

- forwards plain-HTTP requests whose target host is loopback to moto (the upstream),
  including the `ACCOUNT.127.0.0.1` hosts that s3control builds by putting the account
  id in front of the endpoint's host name: moto serves them only under its own host;
- refuses with 403 every other target (a real AWS host, GitHub, PyPI...) and every
  CONNECT tunnel, and logs each refusal, so a benchmark can prove it stayed on loopback;
- counts forwarded requests per client tag (the `X-Bench-Run` header, else the
  counter's current tag set through `POST /_bench/tag`), by service as named in the
  SigV4 credential scope.

Control endpoints (requested directly, not through the proxy):
`POST /_bench/tag?name=T` makes T the current tag; `GET /_bench/counts` returns the
counts and refusals as JSON; `POST /_bench/reset` clears them.

Prints `http://127.0.0.1:PORT` on its first line once it listens.
"""

import argparse
import http.client
import ipaddress
import json
import re
import socket
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

# SigV4: "Credential=AKID/20240101/us-east-1/s3/aws4_request"; never logged whole.
SCOPE = re.compile(r"Credential=[^/]+/\d{8}/[^/]+/([^/]+)/aws4_request")
HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization",
              "te", "trailer", "transfer-encoding", "upgrade"}


def is_loopback(host):
    """True for 127.0.0.0/8, ::1, localhost, and `<label>.127.0.0.1` account prefixes."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    labels = host.split(".")
    for start in range(len(labels)):
        candidate = ".".join(labels[start:])
        try:
            return ipaddress.ip_address(candidate).is_loopback
        except ValueError:
            continue
    return False


class Ledger:
    """Thread-safe request counts per tag and service, the refusals, and when each tag's
    first and last forwarded request arrived (time.monotonic), which splits a run's wall
    time into start-up, API phase and the work after the last call."""

    def __init__(self):
        self.lock = threading.Lock()
        self.tag = "untagged"
        self.counts = {}
        self.refused = []
        self.spans = {}

    def count(self, tag, service):
        now = time.monotonic()
        with self.lock:
            tag = tag or self.tag
            self.counts.setdefault(tag, Counter())[service] += 1
            first, _ = self.spans.get(tag, (now, now))
            self.spans[tag] = (first, now)

    def refuse(self, tag, method, target):
        with self.lock:
            self.refused.append({"tag": tag or self.tag, "method": method, "target": target})

    def snapshot(self):
        with self.lock:
            return {"tag": self.tag,
                    "counts": {t: dict(c) | {"total": sum(c.values())}
                               for t, c in self.counts.items()},
                    "refused": list(self.refused),
                    "spans": dict(self.spans)}

    def reset(self):
        with self.lock:
            self.counts, self.refused, self.spans = {}, [], {}


class ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "parapet-bench-proxy"

    def setup(self):
        super().setup()
        # Without this, Nagle holds the body behind the unacknowledged header write until
        # the client's delayed ACK fires: about 40 ms added to every request (measured).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, fmt, *args):
        pass

    def reply(self, status, body, content_type="application/json"):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_CONNECT(self):
        self.server.ledger.refuse(self.headers.get("X-Bench-Run"), "CONNECT", self.path)
        self.server.log(f"refused CONNECT {self.path}")
        self.reply(403, '{"error": "bench proxy: tunnels are refused; use http:// endpoints"}')
        self.close_connection = True

    def control(self):
        parts = urlsplit(self.path)
        ledger = self.server.ledger
        if parts.path == "/_bench/counts":
            return self.reply(200, json.dumps(ledger.snapshot()))
        if parts.path == "/_bench/reset":
            ledger.reset()
            return self.reply(200, "{}")
        if parts.path == "/_bench/tag":
            ledger.tag = parse_qs(parts.query).get("name", ["untagged"])[0]
            return self.reply(200, "{}")
        return self.reply(404, '{"error": "unknown control path"}')

    def forward(self):
        if self.path.startswith("/_bench/"):
            return self.control()

        tag = self.headers.get("X-Bench-Run")
        parts = urlsplit(self.path)
        host = parts.hostname or (self.headers.get("Host") or "").split(":")[0]
        if not parts.scheme or not is_loopback(host):
            target = self.path if parts.scheme else f"{host}{self.path}"
            self.server.ledger.refuse(tag, self.command, target)
            self.server.log(f"refused {self.command} {target}")
            self.drain()
            return self.reply(403, '{"error": "bench proxy: only loopback targets"}')

        body = self.drain()
        scope = SCOPE.search(self.headers.get("Authorization", ""))
        service = scope.group(1) if scope else "unsigned"
        self.server.ledger.count(tag, service)

        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() not in HOP_BY_HOP and k.lower() not in ("host", "x-bench-run")}
        # Every loopback host, with or without an account prefix, is moto.
        headers["Host"] = self.server.upstream_netloc
        connection = http.client.HTTPConnection(*self.server.upstream, timeout=300)
        try:
            connection.request(self.command, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
        except OSError as error:
            return self.reply(502, json.dumps({"error": f"bench proxy: upstream: {error}"}))
        finally:
            connection.close()

        self.send_response(response.status, response.reason)
        for key, value in response.getheaders():
            if key.lower() not in HOP_BY_HOP and key.lower() != "content-length":
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def drain(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else None

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_OPTIONS = forward


class LoopbackProxy(ThreadingHTTPServer):
    # Scanners open dozens of connections at once; the default backlog of 5 stalls them.
    request_queue_size = 256
    daemon_threads = True

    def __init__(self, port, upstream_url, log_path=None):
        super().__init__(("127.0.0.1", port), ProxyHandler)
        upstream = urlsplit(upstream_url)
        if not is_loopback(upstream.hostname or ""):
            raise ValueError(f"upstream {upstream_url} is not loopback")
        self.upstream = (upstream.hostname, upstream.port or 80)
        self.upstream_netloc = upstream.netloc
        self.ledger = Ledger()
        self.log_file = open(log_path, "a") if log_path else sys.stderr
        self.log_lock = threading.Lock()

    def log(self, line):
        with self.log_lock:
            print(line, file=self.log_file, flush=True)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upstream", required=True, help="moto's URL (loopback)")
    parser.add_argument("--port", type=int, default=0, help="listen port (default: free)")
    parser.add_argument("--log", help="append refusals here (default: stderr)")
    args = parser.parse_args()
    proxy = LoopbackProxy(args.port, args.upstream, args.log)
    print(proxy.url, flush=True)
    try:
        proxy.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
