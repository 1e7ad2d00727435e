using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Configuration;
using OpenEip.Cli.Generic;
using OpenEip.Cli.Verbs;
using OpenEip.Cli.Verbs.Eips;
using OpenEip.Cli.Verbs.Enis;
using OpenEip.Cli.Verbs.HaVips;
using OpenEip.Cli.Verbs.Instances;
using OpenEip.Cli.Verbs.LoadBalancers;
using OpenEip.Cli.Verbs.Nat;
using OpenEip.Cli.Verbs.SecurityGroups;
using OpenEip.Cli.Verbs.VSwitches;
using OpenEip.Cli.Verbs.Vpcs;

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
        root.Subcommands.Add(EipCommands.Create());
        root.Subcommands.Add(InstanceCommands.Create());
        root.Subcommands.Add(EniCommands.Create());
        root.Subcommands.Add(SecurityGroupCommands.Create());
        root.Subcommands.Add(NatCommands.Create());
        root.Subcommands.Add(HaVipCommands.Create());
        root.Subcommands.Add(LbCommands.Create());
        root.Subcommands.Add(VSwitchCommands.Create());
        foreach (var product in Products.All)
            root.Subcommands.Add(GenericCommand.Describe(product));
        VpcCommands.AddTo(root.Subcommands.Single(command => command.Name == Products.Vpc.Name));
        return root;
    }
}
