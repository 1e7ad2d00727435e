using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs.Eips;

/// <summary>
/// <c>eip associate</c> and <c>eip unassociate</c>. Binding is asynchronous on Alibaba and here (Associating →
/// InUse): by default the command waits for the final state with a spinner; <c>--no-wait</c> returns once the call
/// is accepted. Several EIPs (to one ENI or NAT gateway) go one call each, with progress.
/// </summary>
public static class EipAssociation
{
    private static readonly Option<bool> s_noWait = new("--no-wait") { Description = "Return once the server accepts the call, without waiting for the final state" };

    private static readonly Option<int> s_timeout = new("--timeout")
    {
        Description = "Seconds to wait for the final state (default 120)",
        DefaultValueFactory = _ => 120,
    };

    public static Command Associate()
    {
        var ids = new Argument<string[]>("ids")
        {
            Description = "The EIP(s), then the target unless --to is given: eip associate eip-… i-…",
            Arity = ArgumentArity.OneOrMore,
        };
        var to = new Option<string?>("--to") { Description = "The target: i-…, eni-…, ngw-…, lb-…, havip-…, or an IPv4 address (with --vpc)" };
        var type = new Option<string?>("--type") { Description = "The target's InstanceType, when its id does not tell (EcsInstance, NetworkInterface, Nat, SlbInstance, HaVip, IpAddress)" };
        var mode = new Option<string?>("--mode") { Description = "For an ENI: NAT (default), BINDED (EIP-visible) or MULTI_BINDED" };
        var privateIp = new Option<string?>("--private-ip") { Description = "The private IP to map to (an ENI's secondary IP, or the address itself for IpAddress)" };
        var vpc = new Option<string?>("--vpc") { Description = "The VPC of an IpAddress target" };
        var command = new Command("associate", "Bind EIP(s) to an instance, ENI, NAT gateway, CLB, HaVip or an IP address of a VPC; waits for InUse")
        {
            ids, to, type, mode, privateIp, vpc, s_noWait, s_timeout,
        };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var words = result.GetRequiredValue(ids);
            var target = result.GetValue(to);
            var eips = words.ToList();
            if (target is null)
            {
                if (eips.Count < 2 || eips[^1].StartsWith("eip-", StringComparison.Ordinal))
                    throw new CliException("Name the target: eip associate EIP TARGET, or --to TARGET.");
                target = eips[^1];
                eips.RemoveAt(eips.Count - 1);
            }

            var kind = TargetKinds.Infer(target, result.GetValue(type));
            var parameters = new ParameterList()
                .Add("RegionId", session.RegionId)
                .Add("InstanceId", target)
                .Add("InstanceType", kind)
                .Add("Mode", result.GetValue(mode))
                .Add("PrivateIpAddress", result.GetValue(privateIp))
                .Add("VpcId", result.GetValue(vpc));
            var done = await Batch.RunAsync(session, $"Associating with {target}", eips, (eip, ct) =>
                session.Client.CallAsync(Products.Vpc, "AssociateEipAddress", parameters.With("AllocationId", eip), ct), cancellationToken);
            return await FinishAsync(result, session, done, "InUse", cancellationToken);
        });
        return command;
    }

    public static Command Unassociate()
    {
        var ids = new Argument<string[]>("allocation-ids") { Description = "The EIP(s) to unbind", Arity = ArgumentArity.OneOrMore };
        var force = new Option<bool>("--force") { Description = "Unbind from a NAT gateway even while SNAT/DNAT entries use the EIP" };
        var command = new Command("unassociate", "Unbind EIP(s) from what they are bound to; waits for Available") { ids, force, s_noWait, s_timeout };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var parameters = new ParameterList().Add("RegionId", session.RegionId).Add("Force", result.GetValue(force) ? "true" : null);
            var done = await Batch.RunAsync(session, "Unassociating", result.GetRequiredValue(ids), (eip, ct) =>
                session.Client.CallAsync(Products.Vpc, "UnassociateEipAddress", parameters.With("AllocationId", eip), ct), cancellationToken);
            return await FinishAsync(result, session, done, "Available", cancellationToken);
        });
        return command;
    }

    private static async Task<int> FinishAsync(ParseResult result, CliSession session, IReadOnlyList<string> eips, string status, CancellationToken cancellationToken)
    {
        var items = result.GetValue(s_noWait)
            ? await EipQueries.ManyAsync(session, eips, cancellationToken)
            : await StatusWait.UntilAsync(session, eips, status, TimeSpan.FromSeconds(result.GetValue(s_timeout)), eips.Count == 1 ? eips[0] : $"{eips.Count} EIPs",
                (ids, ct) => EipQueries.ManyAsync(session, ids, ct), "AllocationId", cancellationToken);
        if (eips.Count == 1)
            session.Renderer.Item(items[0], EipColumns.Details);
        else
            session.Renderer.List(items, EipColumns.List);
        return ExitCodes.Ok;
    }
}
