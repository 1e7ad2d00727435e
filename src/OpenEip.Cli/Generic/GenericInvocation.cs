using System.Text.RegularExpressions;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Generic;

/// <summary>
/// The generic form's command line, read by hand because its parameters are whatever the action takes:
/// <c>openeip PRODUCT Action --Name value --Name=value … [--waiter k=v …] [--pager [k=v …]]</c>, and the global
/// options (lower case) anywhere after the product. A parameter's value is the next word, whatever it holds.
/// </summary>
public sealed partial record GenericInvocation(
    Product Product, string Action, ParameterList Parameters, WaiterSpec? Waiter, PagerSpec? Pager, GlobalSettings Settings)
{
    public static GenericInvocation Parse(Product product, IReadOnlyList<string> words)
    {
        string? action = null, profile = null, endpoint = null, region = null, output = null;
        WaiterSpec? waiter = null;
        PagerSpec? pager = null;
        var parameters = new ParameterList();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!word.StartsWith('-'))
            {
                if (action is not null)
                    throw new CliException($"Unexpected '{word}': give parameters as --Name value (the action is {action}).");
                if (!ActionName().IsMatch(word))
                    throw new CliException($"'{word}' is not an action name (e.g. DescribeEipAddresses).");
                action = word;
                continue;
            }

            var (name, inlineValue) = SplitOption(word);
            switch (name)
            {
                case "profile": profile = Value(words, ref i, word, inlineValue); break;
                case "endpoint": endpoint = Value(words, ref i, word, inlineValue); break;
                case "region": region = Value(words, ref i, word, inlineValue); break;
                case "output" or "o": output = Value(words, ref i, word, inlineValue); break;
                case "waiter": waiter = WaiterSpec.Parse(KeyValues(words, ref i)); break;
                case "pager": pager = PagerSpec.Parse(KeyValues(words, ref i)); break;
                default:
                    if (!ParameterName().IsMatch(name))
                        throw new CliException($"Unknown option '{word}'. Parameters start with a capital letter (--RegionId); options are --profile, --endpoint, --region, --output, --waiter, --pager.");
                    parameters.Set(name, Value(words, ref i, word, inlineValue));
                    break;
            }
        }

        if (action is null)
            throw new CliException($"Name the action: openeip {product.Name} <Action> [--Parameter value ...].");
        if (output is not null && output != "json")
            throw new CliException("The generic form prints JSON (-o json); tables are for the friendly verbs.");
        return new GenericInvocation(product, action, parameters, waiter, pager, new GlobalSettings(profile, endpoint, region, output));
    }

    private static (string Name, string? Value) SplitOption(string word)
    {
        var body = word.StartsWith("--", StringComparison.Ordinal) ? word[2..] : word[1..];
        var equals = body.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (body, null) : (body[..equals], body[(equals + 1)..]);
    }

    private static string Value(IReadOnlyList<string> words, ref int i, string word, string? inlineValue)
    {
        if (inlineValue is not null)
            return inlineValue;
        if (i + 1 >= words.Count)
            throw new CliException($"{word} needs a value.");
        return words[++i];
    }

    /// <summary>The <c>key=value</c> words after <c>--waiter</c> or <c>--pager</c>.</summary>
    private static Dictionary<string, string> KeyValues(IReadOnlyList<string> words, ref int i)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        while (i + 1 < words.Count && !words[i + 1].StartsWith('-') && words[i + 1].IndexOf('=', StringComparison.Ordinal) > 0)
        {
            var setting = words[++i];
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            settings[setting[..equals]] = setting[(equals + 1)..];
        }

        return settings;
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex ActionName();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)*$")]
    private static partial Regex ParameterName();
}
