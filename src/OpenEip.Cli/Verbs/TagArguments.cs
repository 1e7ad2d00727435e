using System.CommandLine;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs;

/// <summary><c>--tag key=value</c>, repeatable: the tags to set or to filter by.</summary>
public static class TagArguments
{
    public static Option<string[]> Option(string description) => new("--tag")
    {
        Description = description + " (key=value; repeat for more)",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static IReadOnlyList<KeyValuePair<string, string>> Parse(IEnumerable<string>? words) =>
        (words ?? []).Select(word =>
        {
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                throw new CliException($"--tag takes key=value, not '{word}'.");
            return new KeyValuePair<string, string>(word[..equals], word[(equals + 1)..]);
        }).ToList();
}
