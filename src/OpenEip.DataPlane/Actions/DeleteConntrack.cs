namespace OpenEip.DataPlane.Actions;

/// <summary>
/// Deletes the conntrack entries matching a filter in one namespace (<c>conntrack -D &lt;Filter&gt;</c>, e.g.
/// <c>--orig-dst 203.0.113.5</c>), so that connections through an unbound mapping die at once. None matching is fine.
/// </summary>
public sealed record DeleteConntrack(string Namespace, IReadOnlyList<string> Filter) : DataPlaneAction
{
    protected override bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Namespace = {Namespace}, Filter = {string.Join(' ', Filter)}");
        return true;
    }
}

