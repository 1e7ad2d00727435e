using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Completion;
using OpenEip.Cli.Configuration;
using OpenEip.Cli.Generic;
using OpenEip.Cli.Verbs;
using OpenEip.Cli.Verbs.Demo;
using OpenEip.Cli.Verbs.Eips;
using OpenEip.Cli.Verbs.Operator.Accounts;
using OpenEip.Cli.Verbs.Operator.Audit;
using OpenEip.Cli.Verbs.Operator.IdleFees;
using OpenEip.Cli.Verbs.Operator.Keys;
using OpenEip.Cli.Verbs.Operator.Overdue;
using OpenEip.Cli.Verbs.Operator.Pools;
using OpenEip.Cli.Verbs.Operator.Privileges;
using OpenEip.Cli.Verbs.Operator.Quotas;

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
        // The operator's commands: the operator API (Products.Admin); any other account gets Forbidden.NotOperator.
        root.Subcommands.Add(AccountCommands.Create());
        root.Subcommands.Add(KeyCommands.Create());
        root.Subcommands.Add(QuotaCommands.Create());
        root.Subcommands.Add(PrivilegeCommands.Create());
        root.Subcommands.Add(OverdueCommands.Create());
        root.Subcommands.Add(PoolCommands.Create());
        root.Subcommands.Add(IdleFeeCommands.Create());
        root.Subcommands.Add(AuditCommand.Create());
        foreach (var product in Products.All)
            root.Subcommands.Add(GenericCommand.Describe(product));
        return root;
    }
}
