#!/usr/bin/env python3
"""The first-packet probe of bench/dataplane.mjs, run in the internet namespace (openeip-internet).

Reads commands on stdin, one a line:
  probe HOST PORT   opens a new non-blocking TCP connection to HOST:PORT every INTERVAL seconds, several in
                    flight at once (a dropped SYN is not retransmitted for a second, so one attempt at a time
                    would measure the kernel's retry timer, not the data plane), until one is answered.
                    Prints "started HOST T" once the first attempt is sent, then "ok HOST T_ANSWERED T_SENT
                    ATTEMPTS" for the first answered one (its SYN-ACK came back through the EIP), or
                    "timeout HOST" after TIMEOUT seconds.
  quit
Times are time.monotonic() (CLOCK_MONOTONIC, the clock of node's process.hrtime), in seconds.
Usage: first_packet_probe.py [INTERVAL=0.001] [TIMEOUT=30]
"""
import errno
import selectors
import socket
import sys
import time


def probe(host, port, interval, timeout):
    selector = selectors.DefaultSelector()
    in_flight = {}  # socket -> monotonic time its SYN was sent
    attempts = 0
    started = time.monotonic()
    next_attempt = started
    answer = None
    try:
        while answer is None:
            now = time.monotonic()
            if now - started > timeout:
                print(f"timeout {host}", flush=True)
                return
            if now >= next_attempt:
                sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                sock.setblocking(False)
                sent = time.monotonic()
                code = sock.connect_ex((host, port))
                attempts += 1
                if attempts == 1:
                    print(f"started {host} {sent:.6f}", flush=True)
                if code in (0, errno.EINPROGRESS):
                    in_flight[sock] = sent
                    selector.register(sock, selectors.EVENT_WRITE)
                else:
                    sock.close()
                next_attempt = max(next_attempt + interval, now)
                # An attempt nobody answered within a second is given up (its SYN was dropped).
                for old in [s for s, t in in_flight.items() if now - t > 1.0]:
                    selector.unregister(old)
                    old.close()
                    del in_flight[old]
            for key, _ in selector.select(timeout=max(0.0, next_attempt - time.monotonic())):
                sock = key.fileobj
                answered = time.monotonic()
                failed = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                sent = in_flight.pop(sock)
                selector.unregister(sock)
                sock.close()
                if not failed and answer is None:
                    answer = (answered, sent)
    finally:
        for sock in in_flight:
            sock.close()
        selector.close()
    print(f"ok {host} {answer[0]:.6f} {answer[1]:.6f} {attempts}", flush=True)


def main():
    interval = float(sys.argv[1]) if len(sys.argv) > 1 else 0.001
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 30.0
    print("ready", flush=True)
    for line in sys.stdin:
        words = line.split()
        if words == ["quit"]:
            return
        if len(words) == 3 and words[0] == "probe":
            probe(words[1], int(words[2]), interval, timeout)


if __name__ == "__main__":
    main()
