using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Linux;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>
/// What a libnftables context is bound to, which is why the executor keeps one context per namespace and
/// uses it only on a thread inside that namespace: the netlink socket belongs to the namespace the context
/// was opened in, whichever thread uses it later, but interface names are resolved in the calling thread's.
/// </summary>
public sealed class NftContextBindingTests : LinuxLabTest
{
    [RootFact]
    public async Task AContextWritesToTheNamespaceItWasOpenedIn_ButResolvesInterfacesWhereTheThreadIs()
    {
        var names = await Lab.CreateAsync(2);
        var (opened, elsewhere) = (names[0], names[1]);
        await Lab.RunAsync(new IpCommands(opened, ["link add onlyhere type veth peer name onlyhere2"]));
        const string rule = "add chain ip bound input { type filter hook input priority 0; }\nadd rule ip bound input iif \"onlyhere\" accept";

        var (table, fromElsewhere, fromHome) = await NamespaceThread.Shared.RunAsync(opened, scope =>
        {
            using var context = NftContext.Open();
            scope.MoveTo(elsewhere);
            var table = context.Run("add table ip bound");
            var fromElsewhere = context.Run(rule);
            scope.MoveTo(opened);
            return (table, fromElsewhere, context.Run(rule));
        }, CancellationToken.None);

        Assert.Null(table);
        Assert.Contains("table ip bound", await LinuxLab.NftAsync(opened, "list", "tables"));
        Assert.Equal("", await LinuxLab.NftAsync(elsewhere, "list", "tables"));
        Assert.Contains("Interface does not exist", fromElsewhere);
        Assert.Null(fromHome);
        Assert.Contains("iif \"onlyhere\" accept", await LinuxLab.NftAsync(opened, "list", "ruleset"));
    }
}
