using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs.Instances;

/// <summary><c>instance start</c> and <c>instance stop</c>: asynchronous on Alibaba and here (Starting, Stopping), so they wait for the resting state.</summary>
public static class InstancePower
{
    public static Command Start()
    {
        var ids = new Argument<string[]>("instance-ids") { Description = "The Stopped instance(s) to start", Arity = ArgumentArity.OneOrMore };
        var command = new Command("start", "Start instance(s); waits for Running") { ids, WaitOptions.NoWait, WaitOptions.Timeout };
        command.SetSessionAction((result, session, cancellationToken) =>
            RunAsync(result, session, "StartInstance", result.GetRequiredValue(ids), new ParameterList(), "Running", cancellationToken));
        return command;
    }

    public static Command Stop()
    {
        var ids = new Argument<string[]>("instance-ids") { Description = "The Running instance(s) to stop", Arity = ArgumentArity.OneOrMore };
        var force = new Option<bool>("--force") { Description = "Stop at once, as pulling the power (StopInstance's ForceStop)" };
        var command = new Command("stop", "Stop instance(s); waits for Stopped") { ids, force, WaitOptions.NoWait, WaitOptions.Timeout };
        command.SetSessionAction((result, session, cancellationToken) =>
            RunAsync(result, session, "StopInstance", result.GetRequiredValue(ids),
                new ParameterList().Add("ForceStop", result.GetValue(force) ? "true" : null), "Stopped", cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        ParseResult result, CliSession session, string action, IReadOnlyList<string> instances, ParameterList extra, string status, CancellationToken cancellationToken)
    {
        var parameters = extra.With("RegionId", session.RegionId);
        var done = await Batch.RunAsync(session, action == "StartInstance" ? "Starting" : "Stopping", instances, (instance, ct) =>
            session.Client.CallAsync(Products.Ecs, action, parameters.With("InstanceId", instance), ct), cancellationToken);
        var items = await WaitOptions.SettleAsync(result, session, InstanceQueries.Reader, done, status, cancellationToken);
        Results.Show(session.Renderer, items, asList: instances.Count > 1, InstanceColumns.Details, InstanceColumns.List);
        return ExitCodes.Ok;
    }
}
