#!/usr/bin/env python3
"""IP protocol 253 (RFC 3692, experimental), neither TCP nor UDP, for EIP-visible (BINDED) tests.

echo: waits for one protocol-253 packet and answers it with "echo from <our address> to <sender>".
send: sends "ping" to HOST and prints the answer, or FAIL after TIMEOUT seconds.
Usage: raw_proto.py echo | raw_proto.py send HOST [TIMEOUT]
"""
import socket
import sys

PROTO = 253


def main():
    sock = socket.socket(socket.AF_INET, socket.SOCK_RAW, PROTO)
    if sys.argv[1] == "echo":
        print("ready", flush=True)
        while True:
            packet, peer = sock.recvfrom(65535)
            header_length = (packet[0] & 0x0F) * 4
            destination = socket.inet_ntoa(packet[16:20])
            if packet[header_length:].startswith(b"ping"):
                sock.sendto(f"echo from {destination} to {peer[0]}".encode(), peer)
    else:
        host = sys.argv[2]
        sock.settimeout(float(sys.argv[3]) if len(sys.argv) > 3 else 2.0)
        sock.sendto(b"ping", (host, 0))
        try:
            while True:
                packet, peer = sock.recvfrom(65535)
                payload = packet[(packet[0] & 0x0F) * 4:]
                if payload.startswith(b"echo"):
                    print(payload.decode(), flush=True)
                    return
        except OSError as error:
            print(f"FAIL {type(error).__name__} {error}", flush=True)


if __name__ == "__main__":
    main()
