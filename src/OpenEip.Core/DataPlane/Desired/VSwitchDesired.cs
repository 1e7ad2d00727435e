namespace OpenEip.Core.DataPlane.Desired;

/// <param name="GatewayIp">The router's address on the vSwitch: the first of the block's three reserved top addresses.</param>
public sealed record VSwitchDesired(string VSwitchId, string CidrBlock, string GatewayIp);
