using OpenEip.Core.Pools;
using OpenEip.Core.Ports;
using static OpenEip.Tests.StoreContract.StoreContractData;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// What every store must do with the public address pools (<see cref="IAddressRecords"/>). The hand-out order is the
/// quarantine order of R-LIFE-6: never-used addresses first, lowest first by number, then the longest-released, so that
/// a still-recoverable address goes out last. SQLite sorts NULLs (never released) first and PostgreSQL last, so an
/// engine's default would invert the policy on one of them; checked here on both.
/// </summary>
public abstract class AddressStoreContract : RecordStoreContract
{
    [SkippableFact]
    public async Task Free_addresses_go_out_never_used_first_by_number_then_longest_released_first()
    {
        var now = Clock.GetUtcNow();
        // The released addresses have the lowest numbers, and the never-used ones differ in text order from number order.
        await WriteAsync(async s =>
        {
            await s.Addresses.AddToPoolAsync(Region, ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.10", "203.0.113.9"]);
            await s.Addresses.AddToPoolAsync(OtherRegion, ["198.51.100.1"]);
            await s.Addresses.HoldAsync("203.0.113.1", "eip-recent", "account-a");
            await s.Addresses.ReleaseAsync("203.0.113.1", now.AddDays(-1));
            await s.Addresses.HoldAsync("203.0.113.3", "eip-oldest", "account-a");
            await s.Addresses.ReleaseAsync("203.0.113.3", now.AddDays(-30));
            await s.Addresses.HoldAsync("203.0.113.2", "eip-old", "account-b");
            await s.Addresses.ReleaseAsync("203.0.113.2", now.AddDays(-7));
        });

        var handedOut = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            await WriteAsync(async s =>
            {
                var free = await s.Addresses.FindFreeAsync(Region) ?? throw new InvalidOperationException("The pool ran out early.");
                handedOut.Add(free.IpAddress);
                await s.Addresses.HoldAsync(free.IpAddress, $"eip-new-{i}", "account-c");
            });
        }

        Assert.Equal(["203.0.113.9", "203.0.113.10", "203.0.113.3", "203.0.113.2", "203.0.113.1"], handedOut);
        Assert.Null(await ReadAsync(s => s.Addresses.FindFreeAsync(Region)));
        Assert.Equal("198.51.100.1", (await ReadAsync(s => s.Addresses.FindFreeAsync(OtherRegion)))?.IpAddress);
    }

    [SkippableFact]
    public async Task A_range_is_added_whole_in_dotted_form_and_adding_it_again_adds_nothing_and_keeps_history()
    {
        // 10.0.255.250 to 10.1.0.5 crosses an octet boundary; one address of it was added before, one by list form.
        var range = new AddressRange(0x0A00FFFA, 0x0A010005);
        await WriteAsync(async s =>
        {
            await s.Addresses.AddToPoolAsync(Region, ["10.0.255.252"]);
            await s.Addresses.HoldAsync("10.0.255.252", "eip-held", "account-a");
        });

        var added = 0;
        await WriteAsync(async s => added = await s.Addresses.AddRangeToPoolAsync(Region, range));
        var again = -1;
        await WriteAsync(async s => again = await s.Addresses.AddRangeToPoolAsync(Region, range));

        Assert.Equal(range.Count - 1, added);
        Assert.Equal(0, again);
        foreach (var address in range.Addresses())
            Assert.Equal(Region, (await ReadAsync(s => s.Addresses.FindAsync(address)))?.RegionId);
        Assert.Equal(["10.0.255.250", "10.0.255.251", "10.0.255.252", "10.0.255.253", "10.0.255.254", "10.0.255.255", "10.1.0.0", "10.1.0.1"], range.Addresses().Take(8));
        Assert.Equal("eip-held", (await ReadAsync(s => s.Addresses.FindAsync("10.0.255.252")))?.HolderAllocationId);
        Assert.Equal("10.0.255.250", (await ReadAsync(s => s.Addresses.FindFreeAsync(Region)))?.IpAddress);
    }

    [SkippableFact]
    public async Task An_address_remembers_its_holder_and_after_release_its_last_holder_and_when_for_recovery()
    {
        var released = Clock.GetUtcNow().AddHours(-2);
        await WriteAsync(async s =>
        {
            await s.Addresses.AddToPoolAsync(Region, ["203.0.113.1"]);
            await s.Addresses.HoldAsync("203.0.113.1", "eip-a", "account-a");
        });
        Assert.Equal(new PoolAddress("203.0.113.1", Region, "eip-a", "account-a", "eip-a", null), await ReadAsync(s => s.Addresses.FindAsync("203.0.113.1")));

        await WriteAsync(s => s.Addresses.ReleaseAsync("203.0.113.1", released));
        Assert.Equal(new PoolAddress("203.0.113.1", Region, null, "account-a", "eip-a", released), await ReadAsync(s => s.Addresses.FindAsync("203.0.113.1")));

        // Recovered (R-LIFE-6) or handed out again: the new holder, and no release time.
        await WriteAsync(s => s.Addresses.HoldAsync("203.0.113.1", "eip-b", "account-b"));
        Assert.Equal(new PoolAddress("203.0.113.1", Region, "eip-b", "account-b", "eip-b", null), await ReadAsync(s => s.Addresses.FindAsync("203.0.113.1")));
        Assert.Null(await ReadAsync(s => s.Addresses.FindAsync("203.0.113.99")));
    }

    [SkippableFact]
    public async Task A_held_address_cannot_be_held_again()
    {
        await WriteAsync(async s =>
        {
            await s.Addresses.AddToPoolAsync(Region, ["203.0.113.1"]);
            await s.Addresses.HoldAsync("203.0.113.1", "eip-a", "account-a");
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => WriteAsync(s => s.Addresses.HoldAsync("203.0.113.1", "eip-b", "account-b")));
        await Assert.ThrowsAsync<InvalidOperationException>(() => WriteAsync(s => s.Addresses.HoldAsync("203.0.113.99", "eip-b", "account-b")));
        Assert.Equal("eip-a", (await ReadAsync(s => s.Addresses.FindAsync("203.0.113.1")))?.HolderAllocationId);
    }

    [SkippableFact]
    public async Task Adding_addresses_counts_the_new_ones_and_keeps_the_history_of_known_ones()
    {
        var released = Clock.GetUtcNow().AddDays(-3);
        var added = 0;
        await WriteAsync(async s =>
        {
            added = await s.Addresses.AddToPoolAsync(Region, ["203.0.113.1", "203.0.113.2"]);
            await s.Addresses.HoldAsync("203.0.113.1", "eip-a", "account-a");
            await s.Addresses.ReleaseAsync("203.0.113.1", released);
        });
        Assert.Equal(2, added);

        // A restart adds the configured range again.
        await WriteAsync(async s => added = await s.Addresses.AddToPoolAsync(Region, ["203.0.113.1", "203.0.113.2", "203.0.113.3"]));

        Assert.Equal(1, added);
        Assert.Equal(new PoolAddress("203.0.113.1", Region, null, "account-a", "eip-a", released), await ReadAsync(s => s.Addresses.FindAsync("203.0.113.1")));
        Assert.Equal(new PoolAddress("203.0.113.3", Region, null, null, null, null), await ReadAsync(s => s.Addresses.FindAsync("203.0.113.3")));
    }
}
