using System.Globalization;
using System.Text.RegularExpressions;
using OpenEip.Core.Errors;
using OpenEip.Core.Tags;

namespace OpenEip.Rpc.Parameters;

/// <summary>
/// Reads typed parameters for one action. The first problem is remembered in <see cref="Error"/>
/// (later reads return defaults), so an action binds all its parameters, then checks once.
/// Messages name the parameter and what it accepts.
/// </summary>
public sealed partial class ParameterBinder(RpcParameters parameters)
{
    public Error? Error { get; private set; }

    public RpcParameters Parameters => parameters;

    public string? String(string name, int maxLength = 1024)
    {
        var value = parameters[name];
        if (value is null)
            return null;
        if (value.Length > maxLength)
            Fail(ApiErrors.InvalidParameter(name, $"at most {maxLength} characters."));
        return value;
    }

    /// <summary>A string parameter, with an empty value read as absent (the SDKs send empty strings for unset fields).</summary>
    public string? NonEmptyString(string name, int maxLength = 1024) => String(name, maxLength) is { Length: > 0 } value ? value : null;

    public string RequiredString(string name, int maxLength = 1024)
    {
        var value = String(name, maxLength);
        if (string.IsNullOrEmpty(value))
        {
            Fail(ApiErrors.MissingParameter(name));
            return "";
        }

        return value;
    }

    public int? Int(string name, int min, int max)
    {
        var value = parameters[name];
        if (string.IsNullOrEmpty(value))
            return null;
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Fail(ApiErrors.InvalidParameter(name, $"an integer from {min} to {max} is expected, not \"{ApiErrors.Shorten(value)}\"."));
            return null;
        }

        return number;
    }

    public long? Long(string name, long min, long max)
    {
        var value = parameters[name];
        if (string.IsNullOrEmpty(value))
            return null;
        if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Fail(ApiErrors.InvalidParameter(name, $"an integer from {min} to {max} is expected, not \"{ApiErrors.Shorten(value)}\"."));
            return null;
        }

        return number;
    }

    public bool? Bool(string name)
    {
        var value = parameters[name];
        if (string.IsNullOrEmpty(value))
            return null;
        if (bool.TryParse(value, out var flag))
            return flag;
        Fail(ApiErrors.InvalidParameterValue(name, value, ["true", "false"]));
        return null;
    }

    /// <summary>One of the allowed values, matched without regard to case and returned as spelled in the list.</summary>
    public string? Enum(string name, IReadOnlyList<string> allowed)
    {
        var value = parameters[name];
        if (string.IsNullOrEmpty(value))
            return null;
        var match = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
        if (match is null)
            Fail(ApiErrors.InvalidParameterValue(name, value, allowed));
        return match;
    }

    public bool RequiredBool(string name) => RequirePresent(name) && (Bool(name) ?? false);

    public long RequiredLong(string name, long min, long max) => RequirePresent(name) ? Long(name, min, max) ?? 0 : 0;

    public string RequiredEnum(string name, IReadOnlyList<string> allowed) => RequirePresent(name) ? Enum(name, allowed) ?? allowed[0] : allowed[0];

    /// <summary>A flattened list <c>Name.1</c>, <c>Name.2</c>, … (1-based), in index order.</summary>
    public IReadOnlyList<string> List(string name, int maxCount)
    {
        var items = Indexed(name, "", maxCount);
        return items.Select(i => i.Value).ToList();
    }

    /// <summary>Tags flattened as <c>Tag.N.Key</c> / <c>Tag.N.Value</c>.</summary>
    public IReadOnlyList<Tag> Tags(string name, int maxCount)
    {
        var keys = Indexed(name, ".Key", maxCount);
        var tags = new List<Tag>();
        foreach (var (index, key) in keys)
            tags.Add(new Tag(key, parameters[$"{name}.{index}.Value"] ?? ""));
        var orphan = parameters.All.Keys.FirstOrDefault(k => ValueKey().IsMatch(k) && k.StartsWith(name + ".", StringComparison.Ordinal)
            && !parameters.Contains(k[..^".Value".Length] + ".Key"));
        if (orphan is not null)
            Fail(ApiErrors.MissingParameter(orphan[..^".Value".Length] + ".Key"));
        return tags;
    }

    /// <summary>A comma-separated list in one parameter (DescribeEipAddresses' AllocationId), trimmed, empties dropped.</summary>
    public IReadOnlyList<string>? CommaList(string name, int maxCount)
    {
        var value = parameters[name];
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var items = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length > maxCount)
            Fail(ApiErrors.InvalidParameter(name, $"at most {maxCount} comma-separated values."));
        return items;
    }

    /// <summary>A list sent as one JSON array string (ECS: <c>InstanceIds=["i-1","i-2"]</c>).</summary>
    public IReadOnlyList<string> JsonList(string name, int maxCount)
    {
        var value = parameters[name];
        if (string.IsNullOrWhiteSpace(value))
            return [];
        try
        {
            var items = System.Text.Json.JsonSerializer.Deserialize<List<string?>>(value) ?? [];
            if (items.Count > maxCount)
                Fail(ApiErrors.InvalidParameter(name, $"at most {maxCount} values."));
            else if (items.Any(i => i is null))
                Fail(ApiErrors.InvalidParameter(name, "a JSON array of strings is expected; null is not a string."));
            else
                return items!;
        }
        catch (System.Text.Json.JsonException)
        {
            Fail(ApiErrors.InvalidParameter(name, "a JSON array of strings such as [\"id-1\",\"id-2\"] is expected."));
        }

        return [];
    }

    public void Fail(Error error) => Error ??= error;

    private bool RequirePresent(string name)
    {
        if (!string.IsNullOrEmpty(parameters[name]))
            return true;
        Fail(ApiErrors.MissingParameter(name));
        return false;
    }

    /// <summary>The parameters named <c>{name}.{N}{suffix}</c>, in index order.</summary>
    /// <remarks>
    /// Matched by hand rather than by a regular expression built from the name: that one was compiled again on every
    /// request, a few per cent of an AllocateEipAddress call's CPU (issue 12). N is any run of digits, as <c>\d+</c> was;
    /// one that is not an index from 1 to <paramref name="maxCount"/> is refused.
    /// </remarks>
    private List<(int Index, string Value)> Indexed(string name, string suffix, int maxCount)
    {
        var items = new List<(int Index, string Value)>();
        foreach (var (key, value) in parameters.All)
        {
            if (IndexOf(key, name, suffix) is not { } digits)
                continue;
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1 || index > maxCount)
            {
                Fail(ApiErrors.InvalidParameter(key, $"the index of {name} is 1 to {maxCount}."));
                continue;
            }

            items.Add((index, value));
        }

        items.Sort((a, b) => a.Index.CompareTo(b.Index));
        return items;
    }

    /// <returns>The digits N when <paramref name="key"/> reads <c>{name}.{N}{suffix}</c>; otherwise null.</returns>
    private static string? IndexOf(string key, string name, string suffix)
    {
        var start = name.Length + 1;
        if (key.Length <= start + suffix.Length || key[name.Length] != '.'
            || !key.StartsWith(name, StringComparison.Ordinal) || !key.EndsWith(suffix, StringComparison.Ordinal))
            return null;
        var digits = key.AsSpan(start, key.Length - start - suffix.Length);
        foreach (var c in digits)
        {
            if (!char.IsDigit(c))
                return null;
        }

        return digits.ToString();
    }

    [GeneratedRegex(@"\.\d+\.Value$", RegexOptions.CultureInvariant)]
    private static partial Regex ValueKey();
}
