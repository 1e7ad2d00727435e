using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Tests.UseCases;

/// <summary>The console's Recover list (R-LIFE-6): what was released in the last 7 days, and whether its address is still free.</summary>
public sealed class RecoverableEipsTests
{
    private static RecoverableEips Recoverable(EipTestBed bed) => new(bed.Store, RegionCatalogue.LoadEmbedded(), bed.Clock);

    private static async Task<IReadOnlyList<RecoverableEip>> ListOkAsync(EipTestBed bed, string account)
    {
        var listed = await Recoverable(bed).ExecuteAsync(new RecoverableEipsQuery(account, EipTestBed.Region), CancellationToken.None);
        Assert.True(listed.IsSuccess, listed.Error?.ToString());
        return listed.Value;
    }

    private static async Task ReleaseOkAsync(EipTestBed bed, string account, string allocationId)
    {
        var released = await bed.Release.ExecuteAsync(new ReleaseEipCommand(account, allocationId, null), null, CancellationToken.None);
        Assert.True(released.IsSuccess, released.Error?.ToString());
    }

    [Fact]
    public async Task R_LIFE_6_lists_the_accounts_releases_of_the_last_seven_days_newest_first()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();
        var other = await bed.NewAccountAsync();
        var old = await bed.AllocateOkAsync(account);
        var recent = await bed.AllocateOkAsync(account);
        var kept = await bed.AllocateOkAsync(account);
        var theirs = await bed.AllocateOkAsync(other);
        await ReleaseOkAsync(bed, account, old.AllocationId);
        bed.Clock.Advance(TimeSpan.FromDays(2));
        await ReleaseOkAsync(bed, account, recent.AllocationId);
        await ReleaseOkAsync(bed, other, theirs.AllocationId);

        var listed = await ListOkAsync(bed, account);

        Assert.Equal([recent.AllocationId, old.AllocationId], listed.Select(i => i.Eip.AllocationId));
        Assert.All(listed, i => Assert.False(i.AddressTaken));
        Assert.DoesNotContain(listed, i => i.Eip.AllocationId == kept.AllocationId);

        bed.Clock.Advance(TimeSpan.FromDays(5) + TimeSpan.FromSeconds(1));
        Assert.Equal([recent.AllocationId], (await ListOkAsync(bed, account)).Select(i => i.Eip.AllocationId));
    }

    [Fact]
    public async Task R_LIFE_6_an_address_given_out_again_is_marked_taken()
    {
        using var bed = new EipTestBed(poolSize: 1);
        var account = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(account);
        await ReleaseOkAsync(bed, account, eip.AllocationId);
        Assert.False((await ListOkAsync(bed, account)).Single().AddressTaken);

        // The pool's only address goes to the next allocation: recovery would fail with ReserveIpFail.
        var again = await bed.AllocateOkAsync(await bed.NewAccountAsync());
        Assert.Equal(eip.EipAddress, again.EipAddress);

        var listed = (await ListOkAsync(bed, account)).Single();
        Assert.Equal(eip.AllocationId, listed.Eip.AllocationId);
        Assert.True(listed.AddressTaken);
    }

    [Fact]
    public async Task An_unknown_region_is_refused()
    {
        using var bed = new EipTestBed();
        var listed = await Recoverable(bed).ExecuteAsync(new RecoverableEipsQuery(await bed.NewAccountAsync(), "xx-nowhere-1"), CancellationToken.None);
        Assert.False(listed.IsSuccess);
    }
}
