using OpenEip.Core.DataPlane;

namespace OpenEip.Agent;

/// <summary>The driver an agent runs: nftables on this host, or none (it reports changes as carried without programming anything).</summary>
public static class AgentDrivers
{
    public static IDataPlaneDriver Create(AgentOptions options) => options.Driver switch
    {
        "none" => new NoDataPlaneDriver(TimeSpan.Zero),
        _ => throw new InvalidOperationException("OpenEipAgent:Driver=nftables is not built yet."),
    };
}
