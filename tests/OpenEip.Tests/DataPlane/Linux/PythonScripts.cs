namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>The tests' TCP peers, run with python3 inside namespaces as a user would run a server in an instance.</summary>
internal static class PythonScripts
{
    /// <summary>
    /// <c>server HOST PORT NAME</c>: prints "listening" once bound, greets each connection with
    /// <c>NAME peer=IP:PORT local=IP:PORT</c> (what the server sees), then echoes lines.
    /// </summary>
    public const string Server = """
        import socket, sys, threading
        host, port, name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
        server = socket.socket()
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind((host, port))
        server.listen(16)
        print("listening", flush=True)
        def serve(conn, peer):
            with conn:
                local = conn.getsockname()
                conn.sendall(f"{name} peer={peer[0]}:{peer[1]} local={local[0]}:{local[1]}\n".encode())
                for line in conn.makefile("rb"):
                    conn.sendall(line)
        while True:
            conn, peer = server.accept()
            threading.Thread(target=serve, args=(conn, peer), daemon=True).start()
        """;

    /// <summary>
    /// <c>client HOST PORT [SOURCE]</c>: connects, prints the server's greeting (or <c>ERR &lt;exception&gt;</c>), then
    /// for each line on stdin sends it and prints <c>echo &lt;reply&gt;</c>, or <c>ERR &lt;exception&gt;</c> and stops.
    /// </summary>
    public const string Client = """
        import socket, sys
        host, port = sys.argv[1], int(sys.argv[2])
        source = (sys.argv[3], 0) if len(sys.argv) > 3 else None
        try:
            conn = socket.create_connection((host, port), timeout=5, source_address=source)
            replies = conn.makefile("rb")
            print(replies.readline().decode().strip(), flush=True)
        except Exception as e:
            print("ERR", type(e).__name__, flush=True)
            sys.exit(0)
        for line in sys.stdin:
            try:
                conn.sendall(line.encode())
                reply = replies.readline()
                if not reply:
                    raise ConnectionAbortedError("closed by the server")
                print("echo", reply.decode().strip(), flush=True)
            except Exception as e:
                print("ERR", type(e).__name__, flush=True)
                break
        """;
}
