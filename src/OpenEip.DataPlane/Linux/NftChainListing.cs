using OpenEip.DataPlane.Actions;

namespace OpenEip.DataPlane.Linux;

/// <summary>
/// Reads the chains out of <c>list chains</c>' text: a <c>table FAMILY NAME {</c> line opens a table, a
/// <c>chain NAME {</c> line inside it names a chain. Listing chains does not fetch set elements (it takes
/// no time beside 100,000 elements, where listing a table takes most of a second).
/// </summary>
internal static class NftChainListing
{
    public static List<NftChainRef> Parse(string listing)
    {
        var chains = new List<NftChainRef>();
        string? family = null;
        string? table = null;
        foreach (var raw in listing.Split('\n'))
        {
            var words = raw.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words is ["table", var f, var t, "{"])
                (family, table) = (f, t);
            else if (words is ["chain", var name, "{"] && family is not null && table is not null)
                chains.Add(new NftChainRef(family, table, name));
        }

        return chains;
    }
}
