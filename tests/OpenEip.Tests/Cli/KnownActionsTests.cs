using Microsoft.Extensions.DependencyInjection;
using OpenEip.Cli.Api;
using OpenEip.Cli.Generic;
using OpenEip.Rpc.Dispatch;
using OpenEip.Tests.Http;

namespace OpenEip.Tests.Cli;

/// <summary>
/// The action names the CLI completes in the generic form are exactly the actions the server answers for each
/// product's version: an action added to the server and not to the CLI (or the reverse) fails here.
/// </summary>
public sealed class KnownActionsTests(OpenEipFactory factory) : IClassFixture<OpenEipFactory>
{
    [Fact]
    public void Every_products_completion_list_is_the_servers_list_of_actions_for_its_version()
    {
        var registry = factory.Services.GetRequiredService<RpcActionRegistry>();
        var differences = new List<string>();
        foreach (var product in Products.All)
        {
            var served = registry.Actions.Where(a => a.Version == product.Version).Select(a => a.Name).Order(StringComparer.Ordinal).ToList();
            if (!served.SequenceEqual(KnownActions.For(product)))
                differences.Add($"[\"{product.Name}\"] = [\"{string.Join("\", \"", served)}\"],");
        }

        Assert.True(differences.Count == 0, "KnownActions differs from the server; it answers:\n" + string.Join('\n', differences));
    }
}
