using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Linux;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>Reading chains out of libnftables' <c>list chains</c> (the text nft 1.0.6 prints; the root test reads the real one).</summary>
public sealed class NftChainListingTests
{
    [Fact]
    public void Parse_NamesEveryChainWithItsTable()
    {
        const string listing = """
            table ip openeip {
            	chain prerouting {
            		type nat hook prerouting priority dstnat; policy accept;
            	}
            	chain sgc_0a1b {
            	}
            }
            table bridge openeip {
            	chain ports_forward {
            		type filter hook forward priority filter; policy accept;
            	}
            }
            """;

        Assert.Equal(
            [new NftChainRef("ip", "openeip", "prerouting"), new NftChainRef("ip", "openeip", "sgc_0a1b"), new NftChainRef("bridge", "openeip", "ports_forward")],
            NftChainListing.Parse(listing));
    }

    [Fact]
    public void Parse_OfNothing_IsEmpty() => Assert.Empty(NftChainListing.Parse(""));
}
