namespace OpenEip.Agent;

/// <summary>The <c>OpenEipAgent</c> section: which server to follow, as whom, for which regions, with which driver.</summary>
public sealed class AgentOptions
{
    public const string Section = "OpenEipAgent";

    /// <summary>The server's base address, e.g. <c>http://10.0.0.2:8080</c>.</summary>
    public string ServerUrl { get; set; } = "";

    /// <summary>An operator AccessKey (the agent's own: create one with CreateAccessKey for the operator account).</summary>
    public string AccessKeyId { get; set; } = "";

    public string AccessKeySecret { get; set; } = "";

    /// <summary>The regions this agent carries (none: all).</summary>
    public List<string> Regions { get; set; } = [];

    /// <summary><c>nftables</c> (the data plane on this host) or <c>none</c> (report without programming: for trying the agent out).</summary>
    public string Driver { get; set; } = "nftables";

    /// <summary>How long a request for pending changes waits on the server when there are none (0 to 20 s).</summary>
    public TimeSpan LongPoll { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often networks (hosts, routers, policies) are brought up to date.</summary>
    public TimeSpan NetworkInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often everything is rebuilt and what nobody asked for removed.</summary>
    public TimeSpan FullResyncInterval { get; set; } = TimeSpan.FromMinutes(1);

    public void Validate()
    {
        if (!Uri.TryCreate(ServerUrl, UriKind.Absolute, out var url) || (url.Scheme != "http" && url.Scheme != "https"))
            throw new InvalidOperationException("OpenEipAgent:ServerUrl must be the server's http(s) address.");
        if (AccessKeyId.Length == 0 || AccessKeySecret.Length == 0)
            throw new InvalidOperationException("OpenEipAgent:AccessKeyId and OpenEipAgent:AccessKeySecret are required (an operator AccessKey).");
        if (Driver is not ("nftables" or "none"))
            throw new InvalidOperationException($"OpenEipAgent:Driver \"{Driver}\" is not known; the drivers are: nftables, none.");
        if (LongPoll < TimeSpan.Zero || LongPoll > TimeSpan.FromSeconds(20))
            throw new InvalidOperationException("OpenEipAgent:LongPoll is 0 to 20 seconds.");
        if (NetworkInterval < TimeSpan.FromMilliseconds(100) || FullResyncInterval < TimeSpan.FromSeconds(1))
            throw new InvalidOperationException("OpenEipAgent:NetworkInterval is at least 100 ms and FullResyncInterval at least 1 s.");
    }
}
