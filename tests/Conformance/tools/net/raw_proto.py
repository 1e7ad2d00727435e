#!/usr/bin/env python3
"""IP protocol 253 (RFC 3692, experimental), neither TCP nor UDP, for EIP-visible (BINDED) tests.

echo: answers each protocol-253 "ping", from the address it was sent to, with "echo from <that address> to <sender>".
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
                # Answer from the address that was asked (as a real service does): with an EIP on an
                # interface beside private addresses, the default source would be a private one.
                reply = socket.socket(socket.AF_INET, socket.SOCK_RAW, PROTO)
                reply.bind((destination, 0))
                reply.sendto(f"echo from {destination} to {peer[0]}".encode(), peer)
                reply.close()
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
