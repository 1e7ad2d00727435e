using OpenEip.Core.Ports;
using OpenEip.Core.Tags;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// What every store must do with tags (<see cref="ITagRecords"/>): keys are the caller's own text, so their order (by
/// resource, then key) is checked with case, punctuation and a non-ASCII letter, which a linguistic collation would
/// order differently from SQLite's bytes; ListTagResources pages through that order.
/// </summary>
public abstract class TagStoreContract : RecordStoreContract
{
    /// <summary>Keys in insertion order; by bytes: "-dash" "1" "B" "_under" "a" "b" "é".</summary>
    private static readonly string[] Keys = ["b", "B", "_under", "-dash", "a", "é", "1"];

    [SkippableFact]
    public async Task Tags_are_got_per_resource_in_byte_order_of_the_key_and_setting_a_key_again_replaces_its_value()
    {
        var account = StoreContractData.NewAccountId();
        await WriteAsync(async s =>
        {
            foreach (var key in Keys)
                await s.Tags.SetAsync(account, ResourceTypes.Vpc, "vpc-a", new Tag(key, $"value of {key}"));
            await s.Tags.SetAsync(account, ResourceTypes.Vpc, "vpc-b", new Tag("env", "prod"));
            await s.Tags.SetAsync(account, ResourceTypes.VSwitch, "vpc-a", new Tag("other-type", ""));
        });
        await WriteAsync(s => s.Tags.SetAsync(account, ResourceTypes.Vpc, "vpc-a", new Tag("a", "replaced")));

        var tags = await ReadAsync(s => s.Tags.GetAsync(ResourceTypes.Vpc, ["vpc-a", "vpc-b", "vpc-untagged"]));

        Assert.Equal(["vpc-a", "vpc-b"], tags.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            Keys.Order(StringComparer.Ordinal).Select(k => new Tag(k, k == "a" ? "replaced" : $"value of {k}")),
            tags["vpc-a"]);
        Assert.Equal([new Tag("env", "prod")], tags["vpc-b"]);
        Assert.Equal([new Tag("other-type", "")], (await ReadAsync(s => s.Tags.GetAsync(ResourceTypes.VSwitch, ["vpc-a"])))["vpc-a"]);
        Assert.Empty(await ReadAsync(s => s.Tags.GetAsync(ResourceTypes.Vpc, [])));
    }

    [SkippableFact]
    public async Task Tags_are_removed_by_key_or_all_at_once_and_only_from_the_resource_named()
    {
        var account = StoreContractData.NewAccountId();
        await WriteAsync(async s =>
        {
            foreach (var key in Keys)
            {
                await s.Tags.SetAsync(account, ResourceTypes.Vpc, "vpc-a", new Tag(key, "v"));
                await s.Tags.SetAsync(account, ResourceTypes.Vpc, "vpc-b", new Tag(key, "v"));
            }
        });

        await WriteAsync(s => s.Tags.RemoveAsync(ResourceTypes.Vpc, "vpc-a", ["B", "é", "absent"]));
        Assert.Equal(
            ["-dash", "1", "_under", "a", "b"],
            (await ReadAsync(s => s.Tags.GetAsync(ResourceTypes.Vpc, ["vpc-a"])))["vpc-a"].Select(t => t.Key));

        await WriteAsync(s => s.Tags.RemoveAsync(ResourceTypes.Vpc, "vpc-a", null));
        var left = await ReadAsync(s => s.Tags.GetAsync(ResourceTypes.Vpc, ["vpc-a", "vpc-b"]));
        Assert.Equal(["vpc-b"], left.Keys);
        Assert.Equal(Keys.Length, left["vpc-b"].Count);
    }

    [SkippableFact]
    public async Task The_tag_listing_pages_by_resource_then_key_in_byte_order_within_the_account_and_type()
    {
        var account = StoreContractData.NewAccountId();
        var resources = new[] { "ngw-b", "ngw-B", "ngw_c", "ngw-1" };
        await WriteAsync(async s =>
        {
            foreach (var resource in resources)
            {
                foreach (var key in Keys.Take(3))
                    await s.Tags.SetAsync(account, ResourceTypes.NatGateway, resource, new Tag(key, resource));
            }

            await s.Tags.SetAsync(account, ResourceTypes.Vpc, "vpc-a", new Tag("a", ""));
            await s.Tags.SetAsync(StoreContractData.NewAccountId(), ResourceTypes.NatGateway, "ngw-stranger", new Tag("a", ""));
        });
        var expected = resources.Order(StringComparer.Ordinal)
            .SelectMany(r => Keys.Take(3).Order(StringComparer.Ordinal).Select(k => $"{r}/{k}"))
            .ToList();

        foreach (var limit in new[] { 1, 5, expected.Count })
        {
            for (var offset = 0; offset <= expected.Count; offset += limit)
            {
                var listed = await ReadAsync(s => s.Tags.ListAsync(account, ResourceTypes.NatGateway, null, [], offset, limit));
                Assert.Equal(expected.Skip(offset).Take(limit), listed.Select(t => $"{t.ResourceId}/{t.Key}"));
            }
        }

        var first = (await ReadAsync(s => s.Tags.ListAsync(account, ResourceTypes.NatGateway, null, [], 0, 1))).Single();
        Assert.Equal(new ResourceTag(ResourceTypes.NatGateway, "ngw-1", "B", "ngw-1"), first);
    }

    [SkippableFact]
    public async Task The_tag_listing_filters_by_resources_and_lists_every_tag_of_a_resource_carrying_all_filter_tags()
    {
        var account = StoreContractData.NewAccountId();
        await WriteAsync(async s =>
        {
            await s.Tags.SetAsync(account, ResourceTypes.Eip, "eip-a", new Tag("env", "prod"));
            await s.Tags.SetAsync(account, ResourceTypes.Eip, "eip-a", new Tag("team", "net"));
            await s.Tags.SetAsync(account, ResourceTypes.Eip, "eip-b", new Tag("env", "dev"));
            await s.Tags.SetAsync(account, ResourceTypes.Eip, "eip-b", new Tag("team", "net"));
            await s.Tags.SetAsync(account, ResourceTypes.Eip, "eip-c", new Tag("env", "prod"));
        });

        async Task<string[]> Listed(IReadOnlyCollection<string>? ids, params Tag[] filter) =>
            (await ReadAsync(s => s.Tags.ListAsync(account, ResourceTypes.Eip, ids, filter, 0, 50))).Select(t => $"{t.ResourceId}/{t.Key}={t.Value}").ToArray();

        Assert.Equal(["eip-a/env=prod", "eip-a/team=net", "eip-c/env=prod"], await Listed(null, new Tag("env", "prod")));
        Assert.Equal(["eip-a/env=prod", "eip-a/team=net", "eip-b/env=dev", "eip-b/team=net"], await Listed(null, new Tag("team", "")));
        Assert.Equal(["eip-a/env=prod", "eip-a/team=net"], await Listed(null, new Tag("env", "prod"), new Tag("team", "net")));
        Assert.Equal(["eip-b/env=dev", "eip-b/team=net", "eip-c/env=prod"], await Listed(["eip-b", "eip-c", "eip-unknown"]));
        Assert.Equal(["eip-c/env=prod"], await Listed(["eip-b", "eip-c"], new Tag("env", "prod")));
        Assert.Empty(await Listed(null, new Tag("env", "PROD")));
    }
}
