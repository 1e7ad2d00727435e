namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// The chains of one distinct combination of security groups: <see cref="InChain"/> decides what reaches an
/// address guarded by it, <see cref="OutChain"/> (only when a group has egress rules) what it may send.
/// </summary>
internal sealed record SecurityCombo(string Key, string InChain, string? OutChain);
