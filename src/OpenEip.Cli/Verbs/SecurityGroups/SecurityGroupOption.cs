using System.CommandLine;

namespace OpenEip.Cli.Verbs.SecurityGroups;

/// <summary><c>--security-group</c>, repeatable and required: what <c>instance run</c> and <c>eni create</c> put a new interface in.</summary>
public static class SecurityGroupOption
{
    public static Option<string[]> Create() => new("--security-group")
    {
        Description = "A security group of the VPC (sg-…; repeat for more)",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        Required = true,
    };
}
