using System.Text.Json.Serialization;

namespace OpenEip.Core.DataPlane.Desired;

[JsonConverter(typeof(JsonStringEnumConverter<HostKind>))]
public enum HostKind
{
    /// <summary>An ECS instance: its primary ENI and the secondary ENIs attached to it.</summary>
    Instance,

    /// <summary>A secondary ENI attached to nothing: it lives on its own until attached.</summary>
    NetworkInterface,

    /// <summary>A CLB in a vSwitch: its private address.</summary>
    LoadBalancer,
}
