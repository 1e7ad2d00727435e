#!/usr/bin/env python3
"""One data-plane test request from inside a namespace: prints the server's greeting, or FAIL <reason>.

Usage: client.py HOST PORT [--udp] [--timeout SECONDS] [--bind ADDRESS]
"""
import socket
import sys


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    timeout = float(sys.argv[sys.argv.index("--timeout") + 1]) if "--timeout" in sys.argv else 2.0
    bind = sys.argv[sys.argv.index("--bind") + 1] if "--bind" in sys.argv else None
    try:
        if "--udp" in sys.argv:
            sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            sock.settimeout(timeout)
            if bind:
                sock.bind((bind, 0))
            sock.sendto(b"hello\n", (host, port))
            data, _ = sock.recvfrom(4096)
        else:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.settimeout(timeout)
            if bind:
                sock.bind((bind, 0))
            sock.connect((host, port))
            data = sock.recv(4096)
        print(data.decode().strip(), flush=True)
    except OSError as error:
        print(f"FAIL {type(error).__name__} {error}", flush=True)


if __name__ == "__main__":
    main()
