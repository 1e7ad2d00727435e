using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs.HaVips;

/// <summary>
/// <c>havip attach</c> and <c>havip detach</c> (AssociateHaVip, UnassociateHaVip): a member is an instance (i-…) or
/// an ENI (eni-…) of the HaVip's vSwitch, told apart by its prefix; the first member is the master.
/// </summary>
public static class HaVipMembers
{
    public static Command Attach()
    {
        var id = new Argument<string>("havip-id") { Description = "The HaVip (havip-…)" };
        var instance = new Option<string>("--instance") { Description = "The member to add: an instance (i-…) or ENI (eni-…) of the HaVip's vSwitch", Required = true };
        var command = new Command("attach", "Add an instance or ENI to a HaVip's members") { id, instance };
        command.SetSessionAction((result, session, cancellationToken) =>
            RunAsync(session, "AssociateHaVip", result.GetRequiredValue(id), result.GetRequiredValue(instance), cancellationToken));
        return command;
    }

    public static Command Detach()
    {
        var id = new Argument<string>("havip-id") { Description = "The HaVip (havip-…)" };
        var instance = new Option<string>("--instance") { Description = "The member to remove (i-… or eni-…)", Required = true };
        var command = new Command("detach", "Remove an instance or ENI from a HaVip's members") { id, instance };
        command.SetSessionAction((result, session, cancellationToken) =>
            RunAsync(session, "UnassociateHaVip", result.GetRequiredValue(id), result.GetRequiredValue(instance), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, string action, string haVip, string member, CancellationToken cancellationToken)
    {
        await session.Client.CallAsync(Products.Vpc, action, new ParameterList()
            .Add("RegionId", session.RegionId)
            .Add("HaVipId", haVip)
            .Add("InstanceId", member)
            .Add("InstanceType", MemberType(member)), cancellationToken);
        session.Renderer.Item(await HaVipQueries.Reader.GetAsync(session, haVip, cancellationToken), HaVipColumns.Details);
        return ExitCodes.Ok;
    }

    private static string MemberType(string member) => member.Split('-', 2)[0] switch
    {
        "i" => "EcsInstance",
        "eni" => "NetworkInterface",
        _ => throw new CliException($"A HaVip member is an instance (i-…) or an ENI (eni-…), not '{member}'."),
    };
}
