using OpenEip.Core.Nat;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// A DNAT entry as asked for, once its parameters have passed <see cref="ForwardEntryRules.Parse"/>: the ports parsed,
/// the protocol in its stored spelling ("tcp", "udp", "any"), the addresses as sent.
/// </summary>
public sealed record ForwardEntrySpec(
    string ExternalIp, PortRange ExternalPort, string InternalIp, PortRange InternalPort, string IpProtocol, string Name, bool PortBreak);
