#!/usr/bin/env python3
"""The failover probe of bench/dataplane-failover.mjs, run in the internet namespace (openeip-internet).

Opens a new non-blocking TCP connection to HOST:PORT every INTERVAL seconds, many in flight at once, and
prints one line per attempt: "<T_SENT> <T_DONE> <NAME>" for one answered (NAME: the first word of the
server's greeting, T_DONE when it arrived), "<T_SENT> <T_DONE> -" for one refused or given up. Times are
time.monotonic() (CLOCK_MONOTONIC). An attempt not answered within GIVE_UP seconds is given up (before the
kernel retransmits its SYN a second later). The failover gap is the stretch with no answer at all.
Usage: failover_probe.py HOST PORT [INTERVAL=0.001] [GIVE_UP=0.2]
"""
import selectors
import socket
import sys
import time


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    interval = float(sys.argv[3]) if len(sys.argv) > 3 else 0.001
    give_up = float(sys.argv[4]) if len(sys.argv) > 4 else 0.2
    selector = selectors.DefaultSelector()
    sent_at = {}
    next_attempt = time.monotonic()
    while True:
        now = time.monotonic()
        if now >= next_attempt:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setblocking(False)
            sent = time.monotonic()
            sock.connect_ex((host, port))
            sent_at[sock] = sent
            selector.register(sock, selectors.EVENT_WRITE)
            next_attempt = max(next_attempt + interval, now)
            for old in [s for s, t in sent_at.items() if now - t > give_up]:
                print(f"{sent_at[old]:.6f} {now:.6f} -", flush=True)
                selector.unregister(old)
                old.close()
                del sent_at[old]
        for key, events in selector.select(timeout=max(0.0, next_attempt - time.monotonic())):
            sock = key.fileobj
            done = time.monotonic()
            if events & selectors.EVENT_WRITE:
                if sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR):
                    print(f"{sent_at[sock]:.6f} {done:.6f} -", flush=True)
                    selector.unregister(sock)
                    sock.close()
                    del sent_at[sock]
                else:
                    selector.modify(sock, selectors.EVENT_READ)
                continue
            try:
                name = sock.recv(256).decode(errors="replace").split(" ")[0]
            except OSError:
                name = ""
            print(f"{sent_at[sock]:.6f} {done:.6f} {name or '-'}", flush=True)
            selector.unregister(sock)
            sock.close()
            del sent_at[sock]


if __name__ == "__main__":
    main()
