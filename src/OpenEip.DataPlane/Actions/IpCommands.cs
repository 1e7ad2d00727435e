namespace OpenEip.DataPlane.Actions;

/// <summary>
/// <c>ip</c> commands run in one namespace as one batch (<c>ip -n &lt;ns&gt; -b -</c>), each line without the
/// leading <c>ip</c>, e.g. <c>link add b1a2b3c4d5e6 address 02:… type bridge</c>, <c>addr add 10.0.1.253/24 dev …</c>,
/// <c>route replace default via 169.254.1.1 dev up0 onlink</c>. With <see cref="IgnoreErrors"/>, lines that fail
/// (an address already there, a route already gone) do not fail the batch: for idempotent clean-up and re-adds.
/// </summary>
public sealed record IpCommands(string Namespace, IReadOnlyList<string> Lines, bool IgnoreErrors = false) : DataPlaneAction
{
    protected override bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Namespace = {Namespace}, Lines = [{string.Join(" | ", Lines.Take(3))}{(Lines.Count > 3 ? $" | … {Lines.Count - 3} more" : "")}], IgnoreErrors = {IgnoreErrors}");
        return true;
    }
}

