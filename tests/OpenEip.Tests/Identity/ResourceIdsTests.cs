using System.Text.RegularExpressions;
using OpenEip.Core.Identity;

namespace OpenEip.Tests.Identity;

public sealed class ResourceIdsTests
{
    [Fact]
    public void Both_forms_have_Alibabas_shape_prefix_dash_and_20_lowercase_letters_or_digits()
    {
        Assert.Matches(new Regex("^eip-[a-z0-9]{20}$"), ResourceIds.Counting("eip"));
        Assert.Matches(new Regex("^eip-[a-z0-9]{20}$"), ResourceIds.Random("eip"));
    }

    [Fact]
    public void Counting_ids_made_one_after_another_sort_in_that_order_so_they_land_side_by_side_in_an_index()
    {
        var ids = Enumerable.Range(0, 1_000).Select(_ => ResourceIds.Counting("eip")).ToList();

        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Counting_ids_end_in_a_random_part_so_the_next_one_cannot_be_guessed()
    {
        var suffixes = Enumerable.Range(0, 100).Select(_ => ResourceIds.Counting("i")[^12..]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(100, suffixes.Count);
    }

    [Fact]
    public void Random_ids_use_every_letter_and_digit_in_every_position_about_equally()
    {
        // 36,000 ids: each character should appear about 1,000 times in each of the 20 positions.
        var counts = new int[20, 36];
        for (var n = 0; n < 36_000; n++)
        {
            var random = ResourceIds.Random("eip")[4..];
            for (var i = 0; i < 20; i++)
                counts[i, "abcdefghijklmnopqrstuvwxyz0123456789".IndexOf(random[i], StringComparison.Ordinal)]++;
        }

        for (var i = 0; i < 20; i++)
        {
            for (var c = 0; c < 36; c++)
                Assert.InRange(counts[i, c], 820, 1_180);
        }
    }
}
