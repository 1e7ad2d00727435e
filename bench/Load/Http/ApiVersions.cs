namespace OpenEip.LoadBench.Http;

/// <summary>The API versions the benchmark calls (the server's ProductVersions).</summary>
public static class ApiVersions
{
    public const string Vpc = "2016-04-28";

    public const string Ecs = "2014-05-26";

    /// <summary>OpenEip's operator API (docs/operator-api.md).</summary>
    public const string Operator = "2026-11-25";
}
