using System.Text.RegularExpressions;
using OpenEip.Core.Identity;

namespace OpenEip.Tests.Identity;

public sealed class ResourceIdsTests
{
    [Fact]
    public void New_HasAlibabasShape_PrefixDashAnd20LowercaseLettersOrDigits()
    {
        var id = ResourceIds.New("eip");

        Assert.Matches(new Regex("^eip-[a-z0-9]{20}$"), id);
    }

    [Fact]
    public void New_IdsMadeOneAfterAnother_SortInThatOrder_SoTheyLandSideBySideInAnIndex()
    {
        var ids = Enumerable.Range(0, 1_000).Select(_ => ResourceIds.New("eip")).ToList();

        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void New_RandomPart_DiffersBetweenIdsMadeInARow()
    {
        // The counting part alone would make the next id guessable; the last 12 characters are random.
        var suffixes = Enumerable.Range(0, 100).Select(_ => ResourceIds.New("i")[^12..]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(100, suffixes.Count);
    }
}
