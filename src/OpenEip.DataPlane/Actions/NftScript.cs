namespace OpenEip.DataPlane.Actions;

/// <summary>
/// An nftables script run in one namespace as one atomic transaction (libnftables'
/// <c>nft_run_cmd_from_buffer</c>): all of it applies, or none.
/// </summary>
public sealed record NftScript(string Namespace, string Script) : DataPlaneAction
{
    // Error messages name the action: a full resync's script is megabytes, so a long one shows its start and size.
    protected override bool PrintMembers(System.Text.StringBuilder builder)
    {
        const int Shown = 600;
        var script = Script.Length <= Shown ? Script : Script[..Shown] + $"… ({Script.Length} characters)";
        builder.Append($"Namespace = {Namespace}, Script = {script.ReplaceLineEndings(" ⏎ ")}");
        return true;
    }
}

