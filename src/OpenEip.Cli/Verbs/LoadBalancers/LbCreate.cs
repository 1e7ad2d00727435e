using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;
using OpenEip.Cli.Verbs.VSwitches;

namespace OpenEip.Cli.Verbs.LoadBalancers;

/// <summary>
/// <c>lb create --type clb|alb|nlb</c> with the least each API needs. The VPC and, for ALB and NLB, each zone are
/// read from the vSwitches given, so <c>--vswitch A --vswitch B</c> is enough. CLB: one vSwitch for an intranet
/// CLB (the kind an EIP binds to), none for an internet one. ALB and NLB: a vSwitch in each of two zones at least
/// (the server says so when there are fewer).
/// </summary>
public static class LbCreate
{
    public static Command Command()
    {
        var type = LbCommands.TypeOption("clb, alb or nlb");
        type.Required = true;
        var vSwitches = new Option<string[]>("--vswitch")
        {
            Description = "A vSwitch (vsw-…): one for an intranet CLB; one per zone for ALB and NLB (repeat)",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var vpc = new Option<string?>("--vpc") { Description = "The VPC (default: the vSwitches')" };
        var addressType = new Option<string?>("--address-type") { Description = "intranet (default with vSwitches) or internet (ALB/NLB: a system EIP per zone)" };
        addressType.AcceptOnlyFromAmong("intranet", "internet");
        var name = new Option<string?>("--name") { Description = "A name" };
        var command = new Command("create", "Create a load balancer; waits until it is active")
        {
            type, vSwitches, vpc, addressType, name, WaitOptions.NoWait, WaitOptions.Timeout,
        };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var kind = LbKind.Named(result.GetRequiredValue(type)!);
            var switches = result.GetValue(vSwitches) ?? [];
            var address = result.GetValue(addressType) ?? (switches.Length > 0 || kind != LbKind.Clb ? "intranet" : "internet");
            var zones = new List<(string VSwitchId, string ZoneId)>();
            var vpcId = result.GetValue(vpc);
            foreach (var vSwitch in switches)
            {
                var item = await VSwitchQueries.Reader.GetAsync(session, vSwitch, cancellationToken);
                zones.Add((vSwitch, Fields.Text(item, "ZoneId")));
                vpcId = string.IsNullOrEmpty(vpcId) ? Fields.Text(item, "VpcId") : vpcId;
            }

            var parameters = kind == LbKind.Clb ? Classic(address, vpcId, switches) : Zonal(kind, address, vpcId, zones);
            parameters.Add("RegionId", session.RegionId).Add("LoadBalancerName", result.GetValue(name));
            var body = await session.Client.CallAsync(kind.Product, "CreateLoadBalancer", parameters, cancellationToken);
            var items = await WaitOptions.SettleAsync(result, session, kind.Reader, [Fields.Text(body, "LoadBalancerId")], kind.Active, cancellationToken);
            Results.Show(session.Renderer, items.Select(kind.Tag).ToList(), asList: false, LbColumns.Details, LbColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ParameterList Classic(string address, string? vpcId, string[] switches)
    {
        if (switches.Length > 1)
            throw new CliException("A CLB is in one vSwitch: give --vswitch once.");
        if (address == "internet" && switches.Length > 0)
            throw new CliException("An internet CLB takes no vSwitch: leave out --vswitch, or give --address-type intranet.");
        return new ParameterList().Add("AddressType", address).Add("VpcId", vpcId).Add("VSwitchId", switches.FirstOrDefault());
    }

    private static ParameterList Zonal(LbKind kind, string address, string? vpcId, List<(string VSwitchId, string ZoneId)> zones)
    {
        var parameters = new ParameterList()
            .Add("VpcId", vpcId)
            .Add("AddressType", address == "internet" ? "Internet" : "Intranet");
        if (kind == LbKind.Alb)
            parameters.Add("LoadBalancerEdition", "Standard").Add("LoadBalancerBillingConfig.PayType", "PostPay");
        else
            parameters.Add("LoadBalancerType", "Network");
        for (var i = 0; i < zones.Count; i++)
            parameters.Add($"ZoneMappings.{i + 1}.ZoneId", zones[i].ZoneId).Add($"ZoneMappings.{i + 1}.VSwitchId", zones[i].VSwitchId);
        return parameters;
    }
}
