using Microsoft.Extensions.Logging.Abstractions;
using OpenEip.Core.DataPlane;
using OpenEip.DataPlane.Driver;
using OpenEip.DataPlane.Linux;

namespace OpenEip.Agent;

/// <summary>The driver an agent runs: nftables on this host, or none (it reports changes as carried without programming anything).</summary>
public static class AgentDrivers
{
    public static IDataPlaneDriver Create(AgentOptions options, ILoggerFactory? logging = null)
    {
        if (options.Driver == "none")
            return new NoDataPlaneDriver(TimeSpan.Zero);
        var problems = LinuxPrerequisites.Check();
        if (problems.Count > 0)
            throw new InvalidOperationException($"OpenEipAgent:Driver=nftables cannot run here: {string.Join("; ", problems)}.");
        var factory = logging ?? NullLoggerFactory.Instance;
        return new NftablesDriver(new LinuxActionExecutor(factory.CreateLogger<LinuxActionExecutor>()), TimeProvider.System, factory.CreateLogger<NftablesDriver>());
    }
}
