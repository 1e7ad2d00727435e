namespace OpenEip.DataPlane.Model;

/// <summary>A device to bring up (a link made here, or the peer end of one made elsewhere), enslaved to <see cref="Master"/> if set.</summary>
internal sealed record DeviceSpec(string Name, string? Master = null);
