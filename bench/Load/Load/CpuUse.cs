namespace OpenEip.LoadBench.Load;

/// <summary>
/// Cores used on average over a window (1.0 = one core busy the whole time): the server process, this client, the
/// PostgreSQL processes, and the whole machine. What the machine used beyond those three is someone else's, which
/// tells whether a run shared the two cores with other work.
/// </summary>
public sealed record CpuUse(double Server, double Client, double Postgres, double Machine)
{
    public double Others => Math.Round(Math.Max(0, Machine - Server - Client - Postgres), 2);
}
