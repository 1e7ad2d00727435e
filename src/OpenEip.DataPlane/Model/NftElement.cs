namespace OpenEip.DataPlane.Model;

/// <summary>An element of an nftables set (<see cref="Value"/> null) or map; it is deleted by its key alone.</summary>
internal sealed record NftElement(string Key, string? Value = null)
{
    public string Text => Value is null ? Key : $"{Key} : {Value}";
}
