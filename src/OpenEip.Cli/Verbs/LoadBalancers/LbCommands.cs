using System.CommandLine;
using System.Text.Json;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs.LoadBalancers;

/// <summary>
/// <c>openeip lb list|show|create|delete</c> across CLB, ALB and NLB: an EIP binds to an intranet CLB; ALB and NLB
/// take system EIPs (one per zone) when their address type is Internet. JSON items are each API's own, with a
/// <c>Kind</c> field added (<see cref="LbKind.Tag"/>).
/// </summary>
public static class LbCommands
{
    public static Command Create()
    {
        var command = new Command("lb", "Load balancers of the three kinds (clb, alb, nlb): list, show, create, delete");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(LbCreate.Command());
        command.Subcommands.Add(Delete());
        return command;
    }

    public static Option<string?> TypeOption(string description)
    {
        var type = new Option<string?>("--type") { Description = description };
        type.AcceptOnlyFromAmong("clb", "alb", "nlb");
        return type;
    }

    private static Command List()
    {
        var type = TypeOption("Only this kind: clb, alb or nlb (default all three)");
        var vpc = new Option<string?>("--vpc") { Description = "Only load balancers in this VPC" };
        var command = new Command("list", "List the region's load balancers of every kind (every page)") { type, vpc };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var kinds = result.GetValue(type) is { } name ? [LbKind.Named(name)] : LbKind.All;
            var items = new List<JsonElement>();
            foreach (var kind in kinds)
            {
                var filters = kind == LbKind.Clb
                    ? new ParameterList().Add("VpcId", result.GetValue(vpc))
                    : new ParameterList().Add("VpcIds.1", result.GetValue(vpc));
                items.AddRange((await kind.Reader.ListAsync(session, filters, cancellationToken)).Select(kind.Tag));
            }

            session.Renderer.List(items, LbColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("load-balancer-id") { Description = "The load balancer (lb-…, alb-… or nlb-…)" };
        var command = new Command("show", "Show one load balancer (its kind told by its id)") { id };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var loadBalancer = result.GetRequiredValue(id);
            var kind = LbKind.Of(loadBalancer);
            session.Renderer.Item(kind.Tag(await kind.Reader.GetAsync(session, loadBalancer, cancellationToken)), LbColumns.Details);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Delete()
    {
        var ids = new Argument<string[]>("load-balancer-ids") { Description = "The load balancer(s) to delete, of any kind (a CLB's EIP unbound first)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("delete", "Delete load balancer(s); waits until they are gone") { ids, WaitOptions.NoWait, WaitOptions.Timeout };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var targets = result.GetRequiredValue(ids);
            var kinds = targets.Distinct().ToDictionary(target => target, LbKind.Of);
            var deleted = await Batch.RunAsync(session, "Deleting load balancers", targets, (loadBalancer, ct) =>
                session.Client.CallAsync(kinds[loadBalancer].Product, "DeleteLoadBalancer",
                    new ParameterList().Add("RegionId", session.RegionId).Add("LoadBalancerId", loadBalancer), ct), cancellationToken);
            foreach (var group in deleted.GroupBy(loadBalancer => kinds[loadBalancer]))
                await WaitOptions.GoneAsync(result, session, group.Key.Reader, group.ToList(), cancellationToken);
            Results.Deleted(session.Renderer, deleted);
            return ExitCodes.Ok;
        });
        return command;
    }
}
