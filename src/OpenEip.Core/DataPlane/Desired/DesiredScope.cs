using System.Text.Json.Serialization;

namespace OpenEip.Core.DataPlane.Desired;

[JsonConverter(typeof(JsonStringEnumConverter<DesiredScope>))]
public enum DesiredScope
{
    /// <summary>Some EIPs (the ones whose spec changed), nothing else: apply them, remove nothing more.</summary>
    Eips,

    /// <summary>Every network and pool, no EIPs: build what is missing, remove networks and hosts no longer named.</summary>
    Networks,

    /// <summary>Everything: afterwards the data plane holds exactly this (a full resync).</summary>
    Full,
}
