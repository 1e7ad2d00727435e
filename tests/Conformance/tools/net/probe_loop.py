#!/usr/bin/env python3
"""Opens a new TCP connection every INTERVAL seconds (timeout TIMEOUT) and prints one line per attempt:
"<monotonic seconds> <greeting or FAIL>". Used to measure how long traffic stops during a failover.
Usage: probe_loop.py HOST PORT [INTERVAL] [TIMEOUT]
"""
import socket
import sys
import time


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    interval = float(sys.argv[3]) if len(sys.argv) > 3 else 0.01
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 0.05
    while True:
        started = time.monotonic()
        try:
            with socket.create_connection((host, port), timeout=timeout) as sock:
                sock.settimeout(timeout)
                answer = sock.recv(4096).decode().split(" ")[0]
        except OSError as error:
            answer = f"FAIL-{type(error).__name__}"
        print(f"{started:.4f} {answer}", flush=True)
        time.sleep(max(0.0, interval - (time.monotonic() - started)))


if __name__ == "__main__":
    main()
