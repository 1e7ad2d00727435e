namespace OpenEip.Core.UseCases.Associations;

/// <summary>The unique key of one private IP of one ENI: at most one EIP holds it (R-ENI-3, R-ECS-7).</summary>
public static class PrivateIpKeys
{
    public static string Of(string networkInterfaceId, string privateIpAddress) => $"{networkInterfaceId}/{privateIpAddress}";
}
