namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// The fixed addresses of the topology (ADR 4). Transit links repeat the same /32 pair in every namespace
/// pair with <c>onlink</c> routes, so they need no allocation; the internet side's client address is the
/// one a test or a user connects from.
/// </summary>
internal static class Transit
{
    public const string InternetSide = "169.254.0.1";
    public const string GatewayUp = "169.254.0.2";
    public const string GatewayDown = "169.254.1.1";
    public const string RouterUp = "169.254.1.2";

    /// <summary>"The internet": an address on the internet namespace's loopback, the source its clients use.</summary>
    public const string InternetClient = "198.51.100.10";

    /// <summary>Priority of a gateway's <c>fwmark N lookup N</c> rules.</summary>
    public const int MarkRulePriority = 100;

    /// <summary>Priority of a host's <c>from ADDRESS lookup TABLE</c> rules (before main, 32766).</summary>
    public const int SourceRulePriority = 1000;

    /// <summary>A host interface's table is this plus its device index.</summary>
    public const int HostTableBase = 100;
}
