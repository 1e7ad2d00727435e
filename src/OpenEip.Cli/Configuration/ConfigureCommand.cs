using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Generic;
using OpenEip.Cli.Output;
using OpenEip.Cli.Verbs;
using Spectre.Console;

namespace OpenEip.Cli.Configuration;

/// <summary>
/// <c>openeip configure</c>: writes a profile (asking on a terminal for what the options leave out), then checks
/// it with one signed call unless <c>--no-verify</c>. <c>list</c>, <c>use</c> and <c>delete</c> manage the profiles.
/// </summary>
public static class ConfigureCommand
{
    private static readonly Option<string?> s_accessKeyId = new("--access-key-id") { Description = "The AccessKeyId" };

    private static readonly Option<string?> s_accessKeySecret = new("--access-key-secret")
    {
        Description = "The AccessKey secret (prefer the prompt or OPENEIP_ACCESS_KEY_SECRET: a command line is visible to other users)",
    };

    private static readonly Option<bool> s_noVerify = new("--no-verify") { Description = "Save without calling the server" };

    public static Command Create()
    {
        var command = new Command("configure", "Create or change a profile in ~/.openeip/config.json (mode 0600)")
        {
            s_accessKeyId, s_accessKeySecret, s_noVerify,
        };
        command.SetAction((result, cancellationToken) => SaveAsync(result, cancellationToken));

        var list = new Command("list", "List the profiles (secrets are never shown)");
        list.SetAction(result => List(GlobalOptions.Read(result)));
        command.Subcommands.Add(list);

        var nameArgument = new Argument<string>("name") { Description = "The profile's name" };
        var use = new Command("use", "Make a profile the current one") { nameArgument };
        use.SetAction(result => Use(result.GetRequiredValue(nameArgument)));
        command.Subcommands.Add(use);

        var deleteArgument = new Argument<string>("name") { Description = "The profile's name" };
        var delete = new Command("delete", "Delete a profile") { deleteArgument };
        delete.SetAction(result => Delete(result.GetRequiredValue(deleteArgument)));
        command.Subcommands.Add(delete);
        return command;
    }

    private static async Task<int> SaveAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var settings = GlobalOptions.Read(result);
        var file = ConfigFile.ForCurrentUser();
        var profiles = file.Read();
        var name = settings.Profile ?? profiles.Current;
        var old = profiles.Find(name) ?? new Profile { Name = name };
        var interactive = !Console.IsInputRedirected;
        var prompt = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

        string Ask(string label, string? given, string current, bool secret = false)
        {
            if (given is not null)
                return given;
            if (!interactive)
                return current;
            var question = new TextPrompt<string>($"{label}{(current.Length > 0 ? $" [grey]({(secret ? "keep the saved one" : Markup.Escape(current))})[/]" : "")}:")
                .AllowEmpty();
            if (secret)
                question = question.Secret();
            var answer = prompt.Prompt(question);
            return answer.Length > 0 ? answer : current;
        }

        var profile = new Profile
        {
            Name = name,
            Endpoint = Ask("Endpoint (http://host:port)", settings.Endpoint, old.Endpoint),
            AccessKeyId = Ask("AccessKeyId", result.GetValue(s_accessKeyId), old.AccessKeyId),
            AccessKeySecret = Ask("AccessKey secret", result.GetValue(s_accessKeySecret), old.AccessKeySecret, secret: true),
            RegionId = Ask("Default region", settings.Region, old.RegionId.Length > 0 ? old.RegionId : "cn-hangzhou"),
            OutputFormat = Ask("Output (table or json)", settings.Output, old.OutputFormat),
        };
        var missing = new[] { ("an endpoint (--endpoint)", profile.Endpoint), ("an AccessKeyId (--access-key-id)", profile.AccessKeyId), ("a secret (--access-key-secret)", profile.AccessKeySecret) }
            .Where(m => m.Item2.Length == 0).Select(m => m.Item1).ToList();
        if (missing.Count > 0)
            throw new CliException($"Profile '{name}' needs {string.Join(", ", missing)}.");
        if (profile.OutputFormat is not ("table" or "json"))
            throw new CliException($"Output is table or json, not '{profile.OutputFormat}'.");
        var endpoint = EndpointUri.Parse(profile.Endpoint);
        if (!result.GetValue(s_noVerify))
        {
            // Checked before it is saved: a typo must not replace a profile that worked.
            var connection = new Connection(endpoint, profile.AccessKeyId, profile.AccessKeySecret, profile.RegionId, name);
            using var session = CliSession.Open(connection, OutputFormat.Table);
            var regions = await session.Client.CallAsync(Products.Vpc, "DescribeRegions", new ParameterList(), cancellationToken);
            Console.Error.WriteLine($"Checked: {connection.Endpoint} accepts the key {profile.AccessKeyId} ({ListPath.Items(regions, "Regions.Region").Count()} regions).");
        }

        file.Write(profiles.With(profile) with { Current = name });
        Console.Error.WriteLine($"Saved profile '{name}' to {file.Path} (mode 0600); it is now the current profile.");
        return ExitCodes.Ok;
    }

    private static int List(GlobalSettings settings)
    {
        var file = ConfigFile.ForCurrentUser();
        var profiles = file.Read();
        var rows = profiles.Items.Select(p => System.Text.Json.JsonSerializer.SerializeToElement(new Dictionary<string, string>
        {
            ["Name"] = p.Name,
            ["Current"] = p.Name == profiles.Current ? "*" : "",
            ["Endpoint"] = p.Endpoint,
            ["AccessKeyId"] = p.AccessKeyId,
            ["Secret"] = p.AccessKeySecret.Length > 0 ? "set" : "not set",
            ["RegionId"] = p.RegionId,
            ["Output"] = p.OutputFormat,
        })).ToList();
        var renderer = Renderer.ForProcess(settings.Output == "json" ? OutputFormat.Json : OutputFormat.Table);
        renderer.List(rows, [.. new[] { "Current", "Name", "Endpoint", "AccessKeyId", "Secret", "RegionId", "Output" }.Select(h => Column.Field(h, h))]);
        return ExitCodes.Ok;
    }

    private static int Use(string name)
    {
        var file = ConfigFile.ForCurrentUser();
        var profiles = file.Read();
        if (profiles.Find(name) is null)
            throw new CliException($"No profile named '{name}' in {file.Path}.");
        file.Write(profiles with { Current = name });
        Console.Error.WriteLine($"'{name}' is now the current profile.");
        return ExitCodes.Ok;
    }

    private static int Delete(string name)
    {
        var file = ConfigFile.ForCurrentUser();
        var profiles = file.Read();
        if (profiles.Find(name) is null)
            throw new CliException($"No profile named '{name}' in {file.Path}.");
        file.Write(profiles.Without(name));
        Console.Error.WriteLine($"Deleted profile '{name}'.");
        return ExitCodes.Ok;
    }
}
