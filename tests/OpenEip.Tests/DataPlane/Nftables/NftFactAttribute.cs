namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>A fact that needs nft and root; skipped, saying why, elsewhere.</summary>
public sealed class NftFactAttribute : FactAttribute
{
    public NftFactAttribute()
    {
        if (NftCheck.Unavailable is { } reason)
            Skip = reason;
    }
}
