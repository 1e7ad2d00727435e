using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Tests.Networks;

public sealed class ComputeTests
{
    [Fact]
    public async Task R_ECS_3_an_instance_goes_Pending_Starting_Running_and_Stopping_Stopped_as_time_passes()
    {
        using var bed = await new ComputeTestBed().WithNetworkAsync();
        var instance = await bed.RunAsync();

        var seen = new List<string> { await bed.StatusAsync(instance) };
        bed.Clock.Advance(TimeSpan.FromSeconds(1.5));
        seen.Add(await bed.StatusAsync(instance));
        var tooEarly = await bed.Stop.ExecuteAsync(new StopInstanceCommand(ComputeTestBed.AccountId, instance), null, CancellationToken.None);
        bed.Clock.Advance(TimeSpan.FromSeconds(2));
        seen.Add(await bed.StatusAsync(instance));
        await bed.Stop.ExecuteAsync(new StopInstanceCommand(ComputeTestBed.AccountId, instance), null, CancellationToken.None);
        seen.Add(await bed.StatusAsync(instance));
        bed.Clock.Advance(TimeSpan.FromSeconds(2));
        seen.Add(await bed.StatusAsync(instance));

        Assert.Equal(["Pending", "Starting", "Running", "Stopping", "Stopped"], seen);
        Assert.Equal("IncorrectInstanceStatus", tooEarly.Error?.Code);
    }

    [Fact]
    public async Task RunInstances_GivesEachInstanceAPrimaryEniWithAPrivateIpOfTheVSwitch()
    {
        using var bed = await new ComputeTestBed().WithNetworkAsync();
        var launched = await bed.Launch.ExecuteAsync(new LaunchCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, "ecs.c7.large")
        {
            VSwitchId = bed.VSwitchId, SecurityGroupIds = [bed.GroupId], Amount = 3,
        }, null, CancellationToken.None);

        var described = await bed.DescribeInstances.ExecuteAsync(new DescribeInstancesQuery(new ComputeQuery(ComputeTestBed.AccountId, ComputeTestBed.Region)), CancellationToken.None);

        Assert.Equal(3, launched.Value.Count);
        var primaryIps = described.Value.Items.Select(i => i.NetworkInterfaces.Single(e => e.NetworkInterface.IsPrimary).PrivateIpAddresses[0]).ToList();
        Assert.Equal(3, primaryIps.Distinct().Count());
        Assert.All(primaryIps, ip => Assert.StartsWith("10.0.1.", ip, StringComparison.Ordinal));
    }

    [Fact]
    public async Task R_ECS_1_an_instance_without_a_vswitch_is_on_the_classic_network()
    {
        using var bed = await new ComputeTestBed().WithNetworkAsync();
        var launched = await bed.Launch.ExecuteAsync(new LaunchCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, "ecs.g6.large"), null, CancellationToken.None);

        var described = await bed.DescribeInstances.ExecuteAsync(new DescribeInstancesQuery(new ComputeQuery(ComputeTestBed.AccountId, ComputeTestBed.Region) { Ids = launched.Value }), CancellationToken.None);

        Assert.Equal("classic", described.Value.Items.Single().Instance.NetworkType);
        Assert.Empty(described.Value.Items.Single().NetworkInterfaces);
    }

    [Fact]
    public async Task R_ENI_4_secondary_enis_per_instance_follow_the_instance_type()
    {
        using var bed = await new ComputeTestBed().WithNetworkAsync();
        var instance = await bed.RunAsync("ecs.g7.large"); // 3 ENIs: the primary and 2 secondary
        bed.Clock.Advance(TimeSpan.FromSeconds(5));
        var enis = new[] { await bed.EniAsync(), await bed.EniAsync(), await bed.EniAsync() };

        var first = await bed.AttachAsync(enis[0], instance);
        var second = await bed.AttachAsync(enis[1], instance);
        var third = await bed.AttachAsync(enis[2], instance);

        Assert.True(first.IsSuccess && second.IsSuccess, (first.Error ?? second.Error)?.ToString());
        Assert.Equal("InvalidOperation.EniCountExceeded", third.Error?.Code);
    }

    [Fact]
    public async Task R_ENI_4_private_ips_per_eni_follow_the_instance_type_once_attached()
    {
        using var bed = await new ComputeTestBed().WithNetworkAsync();
        var instance = await bed.RunAsync("ecs.g7.large"); // 6 private IPs per ENI
        bed.Clock.Advance(TimeSpan.FromSeconds(5));
        var eni = await bed.EniAsync(secondaryIps: 4);
        await bed.AttachAsync(eni, instance);

        var fits = await bed.AssignPrivateIps.ExecuteAsync(new AssignPrivateIpAddressesCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, eni) { SecondaryPrivateIpAddressCount = 1 }, null, CancellationToken.None);
        var over = await bed.AssignPrivateIps.ExecuteAsync(new AssignPrivateIpAddressesCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, eni) { SecondaryPrivateIpAddressCount = 1 }, null, CancellationToken.None);
        var tooManyToAttach = await bed.EniAsync(secondaryIps: 6);
        var other = await bed.RunAsync("ecs.g7.large");
        bed.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Single(fits.Value);
        Assert.Equal("InvalidOperation.Ipv4CountExceeded", over.Error?.Code);
        Assert.Equal("InvalidOperation.Ipv4CountExceeded", (await bed.AttachAsync(tooManyToAttach, other)).Error?.Code);
    }

    [Fact]
    public async Task Eni_attach_and_detach_are_asynchronous_and_a_busy_eni_cannot_be_deleted()
    {
        using var bed = await new ComputeTestBed().WithNetworkAsync();
        var instance = await bed.RunAsync();
        bed.Clock.Advance(TimeSpan.FromSeconds(5));
        var eni = await bed.EniAsync();
        async Task<string> StatusAsync() =>
            (await bed.DescribeEnis.ExecuteAsync(new ComputeQuery(ComputeTestBed.AccountId, ComputeTestBed.Region) { Ids = [eni] }, CancellationToken.None)).Value.Items.Single().Status;

        var seen = new List<string> { await StatusAsync() };
        await bed.AttachAsync(eni, instance);
        seen.Add(await StatusAsync());
        var deleteWhileAttaching = await bed.DeleteEni.ExecuteAsync(new DeleteNetworkInterfaceCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, eni), null, CancellationToken.None);
        bed.Clock.Advance(TimeSpan.FromSeconds(1));
        seen.Add(await StatusAsync());
        await bed.DetachEni.ExecuteAsync(new DetachNetworkInterfaceCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, eni, instance), null, CancellationToken.None);
        seen.Add(await StatusAsync());
        bed.Clock.Advance(TimeSpan.FromSeconds(1));
        seen.Add(await StatusAsync());
        var deleted = await bed.DeleteEni.ExecuteAsync(new DeleteNetworkInterfaceCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, eni), null, CancellationToken.None);

        Assert.Equal(["Available", "Attaching", "InUse", "Detaching", "Available"], seen);
        Assert.Equal("InvalidStatus.EniStatusNotSupport", deleteWhileAttaching.Error?.Code);
        Assert.True(deleted.IsSuccess);
    }

    [Fact]
    public async Task DeleteInstance_needs_Stopped_or_Force_and_frees_its_private_ip()
    {
        using var bed = await new ComputeTestBed().WithNetworkAsync("10.0.1.0/29"); // 4 usable addresses
        var instance = await bed.RunAsync();
        bed.Clock.Advance(TimeSpan.FromSeconds(5));

        var refused = await bed.DeleteInstance.ExecuteAsync(new DeleteInstanceCommand(ComputeTestBed.AccountId, instance, Force: false), null, CancellationToken.None);
        var forced = await bed.DeleteInstance.ExecuteAsync(new DeleteInstanceCommand(ComputeTestBed.AccountId, instance, Force: true), null, CancellationToken.None);
        var ips = await bed.Store.ReadAsync(s => s.PrivateIps.CountUsedAsync(bed.VSwitchId), CancellationToken.None);

        Assert.Equal("IncorrectInstanceStatus", refused.Error?.Code);
        Assert.True(forced.IsSuccess);
        Assert.Equal(0, ips);
    }

    [Fact]
    public async Task R_ECS_4_allocate_public_ip_takes_a_pool_address_once()
    {
        using var bed = await new ComputeTestBed().WithNetworkAsync();
        var instance = await bed.RunAsync();
        bed.Clock.Advance(TimeSpan.FromSeconds(5));

        var first = await bed.AllocatePublicIp.ExecuteAsync(new AllocatePublicIpAddressCommand(ComputeTestBed.AccountId, instance), null, CancellationToken.None);
        var again = await bed.AllocatePublicIp.ExecuteAsync(new AllocatePublicIpAddressCommand(ComputeTestBed.AccountId, instance), null, CancellationToken.None);

        Assert.Equal("203.0.113.10", first.Value);
        Assert.Equal("InvalidOperation.PublicIpAllocated", again.Error?.Code);
    }

    [Fact]
    public async Task R_ENI_5_an_eni_takes_only_security_groups_of_its_vpc()
    {
        using var bed = await new ComputeTestBed().WithNetworkAsync();
        var otherVpc = (await bed.CreateVpc.ExecuteAsync(new OpenEip.Core.UseCases.Networks.CreateVpcCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, "192.168.0.0/16", null, null, null), null, CancellationToken.None)).Value.VpcId;
        var foreignGroup = (await bed.CreateGroup.ExecuteAsync(new CreateSecurityGroupCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, otherVpc, "other", null, null), null, CancellationToken.None)).Value;
        var ownGroup = (await bed.CreateGroup.ExecuteAsync(new CreateSecurityGroupCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, bed.VpcId, "db", null, null), null, CancellationToken.None)).Value;

        var refused = await bed.CreateEni.ExecuteAsync(new CreateNetworkInterfaceCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, bed.VSwitchId, [foreignGroup]), null, CancellationToken.None);
        var own = await bed.CreateEni.ExecuteAsync(new CreateNetworkInterfaceCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, bed.VSwitchId, [ownGroup, bed.GroupId]), null, CancellationToken.None);
        var described = await bed.DescribeEnis.ExecuteAsync(new ComputeQuery(ComputeTestBed.AccountId, ComputeTestBed.Region) { Ids = [own.Value] }, CancellationToken.None);

        Assert.Equal("InvalidSecurityGroupId.VPCMismatch", refused.Error?.Code);
        Assert.Equal([ownGroup, bed.GroupId], described.Value.Items.Single().NetworkInterface.SecurityGroupIds);
    }

    [Fact]
    public async Task Authorize_the_same_permission_twice_keeps_one_rule_and_revoke_removes_it()
    {
        using var bed = await new ComputeTestBed().WithNetworkAsync();
        var ssh = new SecurityGroupPermission("tcp", "22/22", "0.0.0.0/0", null, "accept", 1, "ssh");

        await bed.AuthorizeGroup.ExecuteAsync(new AuthorizeSecurityGroupCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, bed.GroupId, [ssh]), null, CancellationToken.None);
        await bed.AuthorizeGroup.ExecuteAsync(new AuthorizeSecurityGroupCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, bed.GroupId, [ssh]), null, CancellationToken.None);
        var bad = await bed.AuthorizeGroup.ExecuteAsync(new AuthorizeSecurityGroupCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, bed.GroupId, [ssh with { PortRange = "0/70000" }]), null, CancellationToken.None);
        var afterAuthorize = await bed.DescribeGroupAttribute.ExecuteAsync(new DescribeSecurityGroupAttributeQuery(ComputeTestBed.AccountId, ComputeTestBed.Region, bed.GroupId), CancellationToken.None);
        await bed.RevokeGroup.ExecuteAsync(new RevokeSecurityGroupCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, bed.GroupId, [ssh]), null, CancellationToken.None);
        var afterRevoke = await bed.DescribeGroupAttribute.ExecuteAsync(new DescribeSecurityGroupAttributeQuery(ComputeTestBed.AccountId, ComputeTestBed.Region, bed.GroupId), CancellationToken.None);

        Assert.Single(afterAuthorize.Value.Rules);
        Assert.Equal("InvalidParameter", bad.Error?.Code);
        Assert.Empty(afterRevoke.Value.Rules);
    }

    [Fact]
    public async Task Authorize_with_one_refused_permission_applies_none_of_them()
    {
        using var bed = await new ComputeTestBed().WithNetworkAsync();
        var https = new SecurityGroupPermission("tcp", "443/443", "0.0.0.0/0", null, "accept", 1, "https");
        var fromNowhere = new SecurityGroupPermission("tcp", "22/22", null, "sg-doesnotexist", "accept", 1, "ssh");

        var refused = await bed.AuthorizeGroup.ExecuteAsync(
            new AuthorizeSecurityGroupCommand(ComputeTestBed.AccountId, ComputeTestBed.Region, bed.GroupId, [https, fromNowhere]), null, CancellationToken.None);
        var after = await bed.DescribeGroupAttribute.ExecuteAsync(new DescribeSecurityGroupAttributeQuery(ComputeTestBed.AccountId, ComputeTestBed.Region, bed.GroupId), CancellationToken.None);

        Assert.False(refused.IsSuccess);
        Assert.Empty(after.Value.Rules);
    }
}
