"""Starts moto_server on a free 127.0.0.1 port for the test process that launched us.

Usage: run_moto.py <moto_server binary> [NAME=VALUE...]. The settings become moto's
environment, beside the defaults below. Prints "PORT <n>" once moto is launched, and
stops moto when the parent (the test process) exits or when this script is terminated.
"""

import os
import signal
import socket
import subprocess
import sys
import time


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    parent = os.getppid()
    port = free_port()
    env = dict(os.environ)
    env["MOTO_IAM_LOAD_MANAGED_POLICIES"] = "true"
    env["MOTO_EC2_LOAD_DEFAULT_AMIS"] = "false"
    for setting in sys.argv[2:]:
        name, _, value = setting.partition("=")
        env[name] = value
    child = subprocess.Popen(
        [sys.argv[1], "-H", "127.0.0.1", "-p", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop(*_):
        child.terminate()
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            child.kill()
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    print("PORT %d" % port, flush=True)
    while os.getppid() == parent and child.poll() is None:
        time.sleep(0.5)
    stop()


if __name__ == "__main__":
    main()
