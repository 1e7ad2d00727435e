namespace OpenEip.Cli.Api;

/// <summary>
/// A call's parameters in the flat form Alibaba's RPC style sends (<c>Tag.1.Key</c>, <c>InstanceIds.2</c>), in the
/// order given; a name given twice keeps its last value, as a query string would.
/// </summary>
public sealed class ParameterList
{
    private readonly List<KeyValuePair<string, string>> _items = [];

    public IReadOnlyList<KeyValuePair<string, string>> Items => _items;

    public bool Contains(string name) => _items.Exists(p => p.Key == name);

    public string? Get(string name) => _items.FindLast(p => p.Key == name) is { Key: not null } found ? found.Value : null;

    /// <summary>Sets a value; a null or empty value leaves the parameter out, as the SDKs leave out unset fields.</summary>
    public ParameterList Add(string name, string? value) => string.IsNullOrEmpty(value) ? this : Set(name, value);

    /// <summary>Sets a value even when it is empty (the generic form sends what it is given).</summary>
    public ParameterList Set(string name, string value)
    {
        _items.RemoveAll(p => p.Key == name);
        _items.Add(new(name, value));
        return this;
    }

    public ParameterList Add(string name, int? value) =>
        value is null ? this : Add(name, value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A repeat list: <c>Name.1</c>, <c>Name.2</c>, …</summary>
    public ParameterList AddList(string name, IEnumerable<string> values)
    {
        var n = 1;
        foreach (var value in values)
            Add($"{name}.{n++}", value);
        return this;
    }

    /// <summary>Tags as <c>Tag.N.Key</c>/<c>Tag.N.Value</c>.</summary>
    public ParameterList AddTags(IEnumerable<KeyValuePair<string, string>> tags)
    {
        var n = 1;
        foreach (var (key, value) in tags)
        {
            Add($"Tag.{n}.Key", key);
            Add($"Tag.{n}.Value", value);
            n++;
        }

        return this;
    }

    /// <summary>A copy with one more value: the original is left as it was (the pager and waiters repeat a call).</summary>
    public ParameterList With(string name, string value)
    {
        var copy = new ParameterList();
        copy._items.AddRange(_items);
        return copy.Set(name, value);
    }
}
