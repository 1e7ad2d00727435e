using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.Ecs.Instances;

/// <summary>The parameters RunInstances and CreateInstance share.</summary>
public static class LaunchBinding
{
    public static LaunchCommand Bind(ParameterBinder bind, string accountId, bool start)
    {
        var groups = bind.List("SecurityGroupIds", 5).ToList();
        if (bind.String("SecurityGroupId", 64) is { Length: > 0 } group)
            groups.Insert(0, group);
        return new LaunchCommand(accountId, bind.RequiredString("RegionId", 64), bind.RequiredString("InstanceType", 64))
        {
            VSwitchId = bind.NonEmptyString("VSwitchId", 64),
            ZoneId = bind.NonEmptyString("ZoneId", 64),
            SecurityGroupIds = groups,
            Amount = start ? bind.Int("Amount", 1, 100) ?? 1 : 1,
            Start = start,
            InstanceName = bind.String("InstanceName", 1024),
            Description = bind.String("Description", 1024),
            HostName = bind.String("HostName", 64),
            ImageId = bind.String("ImageId", 128),
            PrivateIpAddress = bind.NonEmptyString("PrivateIpAddress", 64),
            ResourceGroupId = bind.NonEmptyString("ResourceGroupId", 64),
            InternetMaxBandwidthOut = bind.Int("InternetMaxBandwidthOut", 0, 1024) ?? 0,
        };
    }
}
