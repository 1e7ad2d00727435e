namespace OpenEip.Server.Products.Vpc.Eips;

/// <summary>The SDK model's fields, all strings (Success included).</summary>
public sealed record DescribeHighDefinitionMonitorLogAttributeResponse(string InstanceId, string InstanceType, string LogProject, string LogStore, string Success);
