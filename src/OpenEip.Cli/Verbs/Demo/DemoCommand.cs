using System.CommandLine;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;
using Spectre.Console;

namespace OpenEip.Cli.Verbs.Demo;

/// <summary>
/// <c>openeip demo</c>: a small realistic estate in one region to explore in the console or with the CLI. Its EIPs
/// carry the tag <c>openeip-demo=NAME</c> (<c>openeip eip list --tag openeip-demo=NAME</c>).
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name")
        {
            Description = "A prefix for the names of what it builds, and the value of its EIPs' openeip-demo tag",
            DefaultValueFactory = _ => "demo",
        };
        var command = new Command("demo", "Build a small estate in the region: a VPC, two vSwitches, instances, ENIs, a NAT gateway with SNAT, a CLB, a HaVip, and EIPs bound in every mode") { name };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var estate = new DemoEstate(session, result.GetRequiredValue(name), line => session.Renderer.Status.MarkupLine($"[grey]{Markup.Escape(line)}[/]"));
            await estate.BuildAsync(cancellationToken);
            if (session.Renderer.Format == OutputFormat.Json)
            {
                session.Renderer.Json(new { session.RegionId, Resources = estate.Built, estate.Eips, estate.Skipped });
                return ExitCodes.Ok;
            }

            var rows = estate.Built.Concat(estate.Eips).Select(r => System.Text.Json.JsonSerializer.SerializeToElement(r)).ToList();
            session.Renderer.List(rows, [Column.Field("Role", "Role"), Column.Field("Kind", "Kind"), Column.Field("Id", "Id"), Column.Field("Detail", "Detail")]);
            foreach (var skipped in estate.Skipped)
                session.Renderer.Note("Skipped " + skipped);
            return ExitCodes.Ok;
        });
        return command;
    }
}
