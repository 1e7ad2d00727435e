using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Nat;

/// <summary>
/// <c>nat snat list|add|remove</c>: SNAT entries, by which a vSwitch or a CIDR block reaches the internet from the
/// gateway's EIP(s). The entry actions name the gateway's SNAT table; the verbs take the gateway and look it up.
/// </summary>
public static class SnatCommands
{
    public static Command Create()
    {
        var command = new Command("snat", "SNAT entries of a NAT gateway: list, add, remove");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Remove());
        return command;
    }

    private static Command List()
    {
        var nat = NatGatewayOption.Create();
        var ip = new Option<string?>("--ip") { Description = "Only entries that use this EIP address" };
        var command = new Command("list", "List a gateway's SNAT entries (every page)") { nat, ip };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var gateway = result.GetRequiredValue(nat);
            var filters = new ParameterList().Add("NatGatewayId", gateway).Add("SnatIp", result.GetValue(ip));
            session.Renderer.List(await NatQueries.SnatEntries(gateway).ListAsync(session, filters, cancellationToken), NatColumns.Snat);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Add()
    {
        var nat = NatGatewayOption.Create();
        var vSwitch = new Option<string?>("--vswitch") { Description = "The source: a vSwitch of the gateway's VPC" };
        var cidr = new Option<string?>("--cidr") { Description = "The source: a CIDR block" };
        var ips = new Option<string[]>("--ip")
        {
            Description = "An EIP address bound to the gateway (repeat for more; default: the gateway's EIP when it has exactly one)",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var name = new Option<string?>("--name") { Description = "A name (2-128 characters, starting with a letter)" };
        var command = new Command("add", "Add an SNAT entry for a vSwitch or CIDR block") { nat, vSwitch, cidr, ips, name };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var source = result.GetValue(vSwitch);
            var block = result.GetValue(cidr);
            if (string.IsNullOrEmpty(source) == string.IsNullOrEmpty(block))
                throw new CliException("Give the source: --vswitch vsw-… or --cidr BLOCK (one of them).");
            var gatewayId = result.GetRequiredValue(nat);
            var (gateway, table) = await NatQueries.TableAsync(session, gatewayId, "Snat", cancellationToken);
            var addresses = (result.GetValue(ips) ?? []).ToList();
            if (addresses.Count == 0)
            {
                addresses = FieldLists.Items(gateway, "IpLists.IpList").Select(ip => Fields.Text(ip, "IpAddress")).ToList();
                if (addresses.Count != 1)
                    throw new CliException($"{gatewayId} has {addresses.Count} EIPs: name the one(s) to use with --ip.");
            }

            var body = await session.Client.CallAsync(Products.Vpc, "CreateSnatEntry", new ParameterList()
                .Add("RegionId", session.RegionId)
                .Add("SnatTableId", table)
                .Add("SourceVSwitchId", source)
                .Add("SourceCIDR", block)
                .Add("SnatIp", string.Join(',', addresses))
                .Add("SnatEntryName", result.GetValue(name)), cancellationToken);
            session.Renderer.Item(await NatQueries.SnatEntries(gatewayId).GetAsync(session, Fields.Text(body, "SnatEntryId"), cancellationToken), NatColumns.Snat);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove()
    {
        var nat = NatGatewayOption.Create();
        var ids = new Argument<string[]>("snat-entry-ids") { Description = "The entries to remove (snat-…)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("remove", "Remove SNAT entries") { ids, nat };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var (_, table) = await NatQueries.TableAsync(session, result.GetRequiredValue(nat), "Snat", cancellationToken);
            var parameters = new ParameterList().Add("RegionId", session.RegionId).Add("SnatTableId", table);
            var removed = await Batch.RunAsync(session, "Removing SNAT entries", result.GetRequiredValue(ids), (entry, ct) =>
                session.Client.CallAsync(Products.Vpc, "DeleteSnatEntry", parameters.With("SnatEntryId", entry), ct), cancellationToken);
            Results.Deleted(session.Renderer, removed);
            return ExitCodes.Ok;
        });
        return command;
    }
}
