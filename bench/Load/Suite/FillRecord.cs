namespace OpenEip.LoadBench.Suite;

/// <summary>How EIPs got into the store for a size: through the API or by the bulk fill, how many, how long.</summary>
public sealed record FillRecord(string Label, string Method, long Count, double Seconds)
{
    public double PerSecond => Seconds > 0 ? Math.Round(Count / Seconds) : 0;
}
