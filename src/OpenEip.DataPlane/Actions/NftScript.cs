namespace OpenEip.DataPlane.Actions;

/// <summary>
/// An nftables script run in one namespace as one atomic transaction (libnftables'
/// <c>nft_run_cmd_from_buffer</c>): all of it applies, or none.
/// </summary>
public sealed record NftScript(string Namespace, string Script) : DataPlaneAction
{
    // Error messages name the action: a full resync's script is megabytes, so only its first line and size.
    protected override bool PrintMembers(System.Text.StringBuilder builder)
    {
        var firstLine = Script.Split('\n', 2)[0];
        builder.Append($"Namespace = {Namespace}, Script = {firstLine}… ({Script.Length} characters)");
        return true;
    }
}

