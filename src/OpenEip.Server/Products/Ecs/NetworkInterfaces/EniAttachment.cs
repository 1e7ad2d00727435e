namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

/// <summary>
/// Attachment: the instance an ENI is attached to. Instances here have one network card (index 0) and
/// no trunk ENIs. DeviceIndex is left out: the order of attachment is not kept.
/// </summary>
public sealed record EniAttachment(string InstanceId, int NetworkCardIndex, string TrunkNetworkInterfaceId);
