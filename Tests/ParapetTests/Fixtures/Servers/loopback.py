"""What every loopback test server here shares: a threaded HTTP server on a free
127.0.0.1 port that prints "PORT <n>" once it listens and exits when the test process that
started it goes away, so no server outlives its test run."""

import http.server
import os
import socketserver
import threading
import time


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    # Concurrent clients see multi-second stalls with the default backlog of 5.
    request_queue_size = 256


def exit_with_parent(parent):
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def serve(handler, server_class=Server):
    """Serves `handler` until the parent process exits."""
    server = server_class(("127.0.0.1", 0), handler)
    print("PORT %d" % server.server_address[1], flush=True)
    threading.Thread(target=exit_with_parent, args=(os.getppid(),), daemon=True).start()
    server.serve_forever()
