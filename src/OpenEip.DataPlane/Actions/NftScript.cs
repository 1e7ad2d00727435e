namespace OpenEip.DataPlane.Actions;

/// <summary>
/// An nftables script run in one namespace as one atomic transaction (libnftables'
/// <c>nft_run_cmd_from_buffer</c>): all of it applies, or none.
/// </summary>
public sealed record NftScript(string Namespace, string Script) : DataPlaneAction;
