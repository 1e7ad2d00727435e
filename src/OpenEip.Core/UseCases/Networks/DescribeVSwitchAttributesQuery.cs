namespace OpenEip.Core.UseCases.Networks;

/// <summary>DescribeVSwitchAttributes: the caller's vSwitch of that id in that region.</summary>
public sealed record DescribeVSwitchAttributesQuery(string AccountId, string RegionId, string VSwitchId);
