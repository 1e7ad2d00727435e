using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Completion;
using OpenEip.Cli.Configuration;
using OpenEip.Cli.Generic;
using OpenEip.Cli.Verbs;
using OpenEip.Cli.Verbs.Demo;
using OpenEip.Cli.Verbs.Eips;

namespace OpenEip.Cli;

/// <summary>Every command of <c>openeip</c>, for parsing, help and shell completion.</summary>
public static class CommandTree
{
    public static RootCommand Build()
    {
        var root = new RootCommand("openeip: the OpenEip command-line tool. Friendly verbs (eip, instance, eni, nat, havip, lb, vpc), "
            + "the operator's commands, and the generic form of any action: openeip vpc DescribeEipAddresses --RegionId cn-hangzhou");
        foreach (var option in GlobalOptions.All)
            root.Options.Add(option);
        root.Subcommands.Add(ConfigureCommand.Create());
        root.Subcommands.Add(EipCommands.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(CompletionCommand.Create());
        foreach (var product in Products.All)
            root.Subcommands.Add(GenericCommand.Describe(product));
        return root;
    }
}
