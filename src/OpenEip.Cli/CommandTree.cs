using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Completion;
using OpenEip.Cli.Configuration;
using OpenEip.Cli.Generic;
using OpenEip.Cli.Verbs.Demo;
using OpenEip.Cli.Verbs.Eips;
using OpenEip.Cli.Verbs.Enis;
using OpenEip.Cli.Verbs.HaVips;
using OpenEip.Cli.Verbs.Instances;
using OpenEip.Cli.Verbs.LoadBalancers;
using OpenEip.Cli.Verbs.Nat;
using OpenEip.Cli.Verbs.Operator.Accounts;
using OpenEip.Cli.Verbs.Operator.Audit;
using OpenEip.Cli.Verbs.Operator.IdleFees;
using OpenEip.Cli.Verbs.Operator.Keys;
using OpenEip.Cli.Verbs.Operator.Overdue;
using OpenEip.Cli.Verbs.Operator.Pools;
using OpenEip.Cli.Verbs.Operator.Privileges;
using OpenEip.Cli.Verbs.Operator.Quotas;
using OpenEip.Cli.Verbs.SecurityGroups;
using OpenEip.Cli.Verbs.VSwitches;
using OpenEip.Cli.Verbs.Vpcs;
using OpenEip.Cli.Verbs;

namespace OpenEip.Cli;

/// <summary>Every command of <c>openeip</c>, for parsing, help and shell completion.</summary>
public static class CommandTree
{
    public static RootCommand Build()
    {
        var root = new RootCommand("openeip: the OpenEip command-line tool. Friendly verbs (eip, instance, eni, sg, nat, havip, lb, vpc, vswitch), "
            + "the operator's commands, and the generic form of any action: openeip vpc DescribeEipAddresses --RegionId cn-hangzhou");
        foreach (var option in GlobalOptions.All)
            root.Options.Add(option);
        root.Subcommands.Add(ConfigureCommand.Create());
        // The daily work: the resources of the region, EIPs first.
        root.Subcommands.Add(EipCommands.Create());
        root.Subcommands.Add(InstanceCommands.Create());
        root.Subcommands.Add(EniCommands.Create());
        root.Subcommands.Add(SecurityGroupCommands.Create());
        root.Subcommands.Add(NatCommands.Create());
        root.Subcommands.Add(HaVipCommands.Create());
        root.Subcommands.Add(LbCommands.Create());
        root.Subcommands.Add(VSwitchCommands.Create());
        // The operator's commands: the operator API (Products.Admin); any other account gets Forbidden.NotOperator.
        root.Subcommands.Add(AccountCommands.Create());
        root.Subcommands.Add(KeyCommands.Create());
        root.Subcommands.Add(QuotaCommands.Create());
        root.Subcommands.Add(PrivilegeCommands.Create());
        root.Subcommands.Add(OverdueCommands.Create());
        root.Subcommands.Add(PoolCommands.Create());
        root.Subcommands.Add(IdleFeeCommands.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(CompletionCommand.Create());
        // The generic form of every product; vpc also carries the vpc verbs (list, show, create, delete).
        foreach (var product in Products.All)
            root.Subcommands.Add(GenericCommand.Describe(product));
        VpcCommands.AddTo(root.Subcommands.Single(command => command.Name == Products.Vpc.Name));
        return root;
    }
}
