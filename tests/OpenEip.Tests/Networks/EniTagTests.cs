using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Tests.Networks;

/// <summary>ENI tags (ECS ResourceType eni): given at creation, stored under ECS's spelling, gone with the ENI.</summary>
public sealed class EniTagTests
{
    [Fact]
    public async Task CreateNetworkInterface_TagsAreKept_AndGoWithTheEni()
    {
        using var bed = await new ComputeTestBed().WithNetworkAsync();
        var created = await bed.CreateEni.ExecuteAsync(
            new CreateNetworkInterfaceCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, bed.VSwitchId, [bed.GroupId]) { Tags = [new Tag("env", "test")] },
            null, CancellationToken.None);
        var list = new ListTagResources(bed.Store, OpenEip.Core.Regions.RegionCatalogue.LoadEmbedded());
        var query = new ListTagResourcesQuery(ComputeTestBed.AccountId, ComputeTestBed.Region, ResourceTypes.NetworkInterface) { ResourceIds = [created.Value], Limit = 10 };

        var before = await list.ExecuteAsync(query, CancellationToken.None);
        var deleted = await bed.DeleteEni.ExecuteAsync(new DeleteNetworkInterfaceCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, created.Value), null, CancellationToken.None);
        var after = await list.ExecuteAsync(query, CancellationToken.None);

        Assert.Equal([new ResourceTag("eni", created.Value, "env", "test")], before.Value);
        Assert.True(deleted.IsSuccess, deleted.Error?.ToString());
        Assert.Empty(after.Value);
    }

    [Fact]
    public async Task CreateNetworkInterface_WithAReservedTagKey_IsRefusedAndCreatesNothing()
    {
        using var bed = await new ComputeTestBed().WithNetworkAsync();

        var created = await bed.CreateEni.ExecuteAsync(
            new CreateNetworkInterfaceCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, bed.VSwitchId, [bed.GroupId]) { Tags = [new Tag("aliyun-x", "v")] },
            null, CancellationToken.None);
        var listed = await bed.DescribeEnis.ExecuteAsync(new OpenEip.Core.Ports.ComputeQuery(ComputeTestBed.AccountId, ComputeTestBed.Region) { Type = "Secondary" }, CancellationToken.None);

        Assert.Equal("InvalidParameter", created.Error?.Code);
        Assert.Empty(listed.Value.Items);
    }

    [Fact]
    public async Task TagResources_AnEniOfTheVpcApiType_IsNotFound_TypesDoNotMix()
    {
        using var bed = await new ComputeTestBed().WithNetworkAsync();
        var eni = await bed.EniAsync();
        var tags = new TagResources(bed.Store, OpenEip.Core.Regions.RegionCatalogue.LoadEmbedded());

        var asVSwitch = await tags.ExecuteAsync(new TagResourcesCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, ResourceTypes.VSwitch, [eni], [new Tag("k", "v")]), null, CancellationToken.None);
        var asEni = await tags.ExecuteAsync(new TagResourcesCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, ResourceTypes.NetworkInterface, [eni], [new Tag("k", "v")]), null, CancellationToken.None);
        var inAnotherRegion = await tags.ExecuteAsync(new TagResourcesCommand(ComputeTestBed.AccountId, "cn-beijing", ResourceTypes.NetworkInterface, [eni], [new Tag("k", "v")]), null, CancellationToken.None);

        Assert.Equal("InvalidResourceId.NotFound", asVSwitch.Error?.Code);
        Assert.True(asEni.IsSuccess, asEni.Error?.ToString());
        Assert.Equal("InvalidResourceId.NotFound", inAnotherRegion.Error?.Code);
    }
}
