using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Nat;

/// <summary>
/// <c>nat dnat list|add|remove</c>: DNAT (forward) entries, by which a port of the gateway's EIP reaches a private
/// address. Without ports an entry is an IP mapping (protocol, external and internal port all <c>any</c>).
/// </summary>
public static class DnatCommands
{
    public static Command Create()
    {
        var command = new Command("dnat", "DNAT (port forwarding) entries of a NAT gateway: list, add, remove");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Remove());
        return command;
    }

    private static Command List()
    {
        var nat = NatGatewayOption.Create();
        var externalIp = new Option<string?>("--external-ip") { Description = "Only entries on this EIP address" };
        var internalIp = new Option<string?>("--internal-ip") { Description = "Only entries to this private address" };
        var command = new Command("list", "List a gateway's DNAT entries (every page)") { nat, externalIp, internalIp };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var gateway = result.GetRequiredValue(nat);
            var filters = new ParameterList()
                .Add("NatGatewayId", gateway)
                .Add("ExternalIp", result.GetValue(externalIp))
                .Add("InternalIp", result.GetValue(internalIp));
            session.Renderer.List(await NatQueries.ForwardEntries(gateway).ListAsync(session, filters, cancellationToken), NatColumns.Dnat);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Add()
    {
        var nat = NatGatewayOption.Create();
        var externalIp = new Option<string>("--external-ip") { Description = "An EIP address bound to the gateway", Required = true };
        var externalPort = new Option<string?>("--external-port") { Description = "A port or range a/b (default any: an IP mapping)" };
        var internalIp = new Option<string>("--internal-ip") { Description = "The private address in the VPC", Required = true };
        var internalPort = new Option<string?>("--internal-port") { Description = "A port or range a/b, as many as external (default: the external port)" };
        var protocol = new Option<string?>("--protocol") { Description = "tcp, udp or any (default tcp with ports, any without)" };
        protocol.AcceptOnlyFromAmong("tcp", "udp", "any");
        var portBreak = new Option<bool>("--port-break") { Description = "Allow ports above 1024 on an EIP that SNAT also uses (PortBreak)" };
        var name = new Option<string?>("--name") { Description = "A name" };
        var command = new Command("add", "Add a DNAT entry (port forwarding or IP mapping)") { nat, externalIp, externalPort, internalIp, internalPort, protocol, portBreak, name };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var gatewayId = result.GetRequiredValue(nat);
            var outside = result.GetValue(externalPort);
            var inside = result.GetValue(internalPort);
            if (string.IsNullOrEmpty(outside) && !string.IsNullOrEmpty(inside))
                throw new CliException("--internal-port needs --external-port.");
            outside = string.IsNullOrEmpty(outside) ? "any" : outside;
            inside = string.IsNullOrEmpty(inside) ? outside : inside;
            var ipProtocol = result.GetValue(protocol) ?? (outside == "any" ? "any" : "tcp");
            var (_, table) = await NatQueries.TableAsync(session, gatewayId, "Forward", cancellationToken);
            var body = await session.Client.CallAsync(Products.Vpc, "CreateForwardEntry", new ParameterList()
                .Add("RegionId", session.RegionId)
                .Add("ForwardTableId", table)
                .Add("ExternalIp", result.GetRequiredValue(externalIp))
                .Add("ExternalPort", outside)
                .Add("InternalIp", result.GetRequiredValue(internalIp))
                .Add("InternalPort", inside)
                .Add("IpProtocol", ipProtocol)
                .Add("PortBreak", result.GetValue(portBreak) ? "true" : null)
                .Add("ForwardEntryName", result.GetValue(name)), cancellationToken);
            session.Renderer.Item(await NatQueries.ForwardEntries(gatewayId).GetAsync(session, Fields.Text(body, "ForwardEntryId"), cancellationToken), NatColumns.Dnat);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove()
    {
        var nat = NatGatewayOption.Create();
        var ids = new Argument<string[]>("forward-entry-ids") { Description = "The entries to remove (fwd-…)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("remove", "Remove DNAT entries") { ids, nat };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var (_, table) = await NatQueries.TableAsync(session, result.GetRequiredValue(nat), "Forward", cancellationToken);
            var parameters = new ParameterList().Add("RegionId", session.RegionId).Add("ForwardTableId", table);
            var removed = await Batch.RunAsync(session, "Removing DNAT entries", result.GetRequiredValue(ids), (entry, ct) =>
                session.Client.CallAsync(Products.Vpc, "DeleteForwardEntry", parameters.With("ForwardEntryId", entry), ct), cancellationToken);
            Results.Deleted(session.Renderer, removed);
            return ExitCodes.Ok;
        });
        return command;
    }
}
