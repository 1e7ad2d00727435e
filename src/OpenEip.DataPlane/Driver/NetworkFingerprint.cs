using System.Security.Cryptography;
using System.Text.Json;
using OpenEip.Core.DataPlane.Desired;

namespace OpenEip.DataPlane.Driver;

/// <summary>
/// A hash of the networks part of a desired state (pools and VPCs, every field, as JSON): the reconciler
/// runs a network pass before every EIP pass, and when nothing in the networks changed the driver skips
/// rendering and diffing the whole host (hundreds of milliseconds at 10,000 hosts).
/// </summary>
internal static class NetworkFingerprint
{
    public static byte[] Of(DesiredState desired) => SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { desired.Pools, desired.Vpcs }));
}
