#!/usr/bin/env python3
"""Keeps one TCP connection open and sends a numbered line every INTERVAL seconds, expecting the echo.

Prints "connected <greeting>", then "ok N" per echoed line, and "broken <reason>" once when the
connection dies (then exits). Usage: stream_client.py HOST PORT [INTERVAL]
"""
import socket
import sys
import time


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    interval = float(sys.argv[3]) if len(sys.argv) > 3 else 0.05
    sock = socket.create_connection((host, port), timeout=2)
    reader = sock.makefile("rb")
    print("connected " + reader.readline().decode().strip(), flush=True)
    n = 0
    try:
        while True:
            n += 1
            sock.sendall(f"{n}\n".encode())
            line = reader.readline()
            if not line:
                raise ConnectionError("closed by peer")
            print(f"ok {n}", flush=True)
            time.sleep(interval)
    except OSError as error:
        print(f"broken {type(error).__name__} {error}", flush=True)


if __name__ == "__main__":
    main()
