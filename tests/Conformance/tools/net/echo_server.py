#!/usr/bin/env python3
"""A TCP (and optionally UDP) server for data-plane tests, run inside a network namespace.

Each TCP connection is greeted with "NAME peer=<ip:port> local=<ip:port>" and then echoed line by line;
each UDP datagram is answered with the same greeting. Prints "ready" once listening.
Usage: echo_server.py NAME PORT [--udp] [--bind ADDRESS]
"""
import socket
import sys
import threading


def serve_tcp(name, sock):
    while True:
        conn, peer = sock.accept()
        threading.Thread(target=handle, args=(name, conn, peer), daemon=True).start()


def handle(name, conn, peer):
    with conn:
        local = conn.getsockname()
        conn.sendall(f"{name} peer={peer[0]}:{peer[1]} local={local[0]}:{local[1]}\n".encode())
        buffered = b""
        while True:
            data = conn.recv(4096)
            if not data:
                return
            buffered += data
            while b"\n" in buffered:
                line, buffered = buffered.split(b"\n", 1)
                conn.sendall(line + b"\n")


def serve_udp(name, sock):
    while True:
        data, peer = sock.recvfrom(4096)
        local = sock.getsockname()
        sock.sendto(f"{name} peer={peer[0]}:{peer[1]} local={local[0]}:{local[1]}\n".encode(), peer)


def main():
    name, port = sys.argv[1], int(sys.argv[2])
    address = sys.argv[sys.argv.index("--bind") + 1] if "--bind" in sys.argv else "0.0.0.0"
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    tcp.bind((address, port))
    tcp.listen(128)
    threading.Thread(target=serve_tcp, args=(name, tcp), daemon=True).start()
    if "--udp" in sys.argv:
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.bind((address, port))
        threading.Thread(target=serve_udp, args=(name, udp), daemon=True).start()
    print("ready", flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
