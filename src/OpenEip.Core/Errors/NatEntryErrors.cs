namespace OpenEip.Core.Errors;

/// <summary>
/// The errors of SNAT and DNAT (forward) entries. Codes marked "doc" are the ones Alibaba documents for
/// CreateSnatEntry/CreateForwardEntry (spelling included); the rest follow its naming style.
/// </summary>
public static class NatEntryErrors
{
    /// <summary>doc. Also another account's table, or one of another region.</summary>
    public static Error SnatTableNotFound(string snatTableId) =>
        new("InvalidSnatTableId.NotFound", $"The specified SNAT table \"{ApiErrors.Shorten(snatTableId)}\" does not exist in this region.");

    /// <summary>doc.</summary>
    public static Error ForwardTableNotFound(string forwardTableId) =>
        new("InvalidForwardTableId.NotFound", $"The specified DNAT (forward) table \"{ApiErrors.Shorten(forwardTableId)}\" does not exist in this region.");

    /// <summary>doc.</summary>
    public static Error SnatEntryNotFound(string snatEntryId, string snatTableId) =>
        new("InvalidSnatEntryId.NotFound", $"The specified SNAT entry \"{ApiErrors.Shorten(snatEntryId)}\" does not exist in the SNAT table {snatTableId}.");

    /// <summary>doc.</summary>
    public static Error ForwardEntryNotFound(string forwardEntryId, string forwardTableId) =>
        new("InvalidForwardEntryId.NotFound", $"The specified DNAT entry \"{ApiErrors.Shorten(forwardEntryId)}\" does not exist in the forward table {forwardTableId}.");

    /// <summary>A VPC NAT gateway's entries use NAT IPs, which are not modelled; only internet gateways take EIPs (R-NAT-1).</summary>
    public static Error NotInternetGateway(string natGatewayId) =>
        new("OperationDenied.VpcNatGateway", $"The NAT gateway {natGatewayId} is a VPC (intranet) NAT gateway; SNAT and DNAT entries with EIPs are for internet NAT gateways only.");

    /// <summary>doc (InvalidSnatIp.Malformed, InvalidExternalIp.Malformed).</summary>
    public static Error IpMalformed(string parameter, string value, string why) =>
        new($"Invalid{parameter}.Malformed", $"The specified {parameter} \"{ApiErrors.Shorten(value)}\" is not valid: {why}");

    /// <summary>doc: the address is not the public IP of an EIP bound to the gateway.</summary>
    public static Error IpNotInNatGateway(string parameter, string ip, string natGatewayId) =>
        new("InvalidIp.NotInNatgw", $"The {parameter} {ip} is not the address of an EIP associated with the NAT gateway {natGatewayId}; associate the EIP with the gateway first.");

    /// <summary>DescribeSnatTableEntries and DescribeForwardTableEntries name the table or its gateway.</summary>
    public static Error TableOrGatewayMissing(string tableParameter) =>
        new("MissingParameter", $"The input parameter \"{tableParameter}\" or \"NatGatewayId\" that is mandatory for processing this request is not supplied.");

    public static Error SourceMissing() =>
        new("MissingParameter", "The input parameter \"SourceVSwitchId\" or \"SourceCIDR\" that is mandatory for processing this request is not supplied: give exactly one.");

    public static Error SourceConflict() =>
        new("InvalidParameter.SourceConflict", "SourceVSwitchId and SourceCIDR are both given; an SNAT entry has exactly one source.");

    public static Error SourceCidrMalformed(string value) =>
        new("InvalidSourceCIDR.Malformed", $"The specified SourceCIDR \"{ApiErrors.Shorten(value)}\" is not an IPv4 CIDR block such as 192.168.1.0/24 (the address being the block's first).");

    /// <summary>doc (InvalidVSwitchId.NotFound): unknown, another account's, or of another VPC.</summary>
    public static Error SourceVSwitchNotInVpc(string vSwitchId, string vpcId) =>
        new("InvalidVSwitchId.NotFound", $"The specified vSwitch \"{ApiErrors.Shorten(vSwitchId)}\" is not a vSwitch of the NAT gateway's VPC {vpcId}.");

    /// <summary>doc: Alibaba uses this one code for a repeated vSwitch and a repeated CIDR block.</summary>
    public static Error SourceDuplicated(string what, string snatEntryId) =>
        new("Forbidden.SourceVSwitchId.Duplicated", $"The SNAT table already has an entry for {what} ({snatEntryId}); a source is in at most one entry.");

    /// <summary>doc: an IP-mapping DNAT entry owns its EIP.</summary>
    public static Error IpUsedByIpMapping(string ip, string forwardEntryId) =>
        new("Forbidden.IpUsedInForwardTable", $"The SnatIp {ip} is used for IP mapping by the DNAT entry {forwardEntryId}; an IP-mapped EIP takes no other entry.");

    /// <summary>doc.</summary>
    public static Error ExternalIpUsedBySnat(string ip, IEnumerable<string> snatEntryIds, string why) =>
        new("Forbidden.ExternalIp.UsedInSnatTable", $"The ExternalIp {ip} is used by the SNAT entries {string.Join(", ", snatEntryIds)}; {why}");

    /// <summary>doc.</summary>
    public static Error PortMalformed(string parameter, string value, string why) =>
        new($"Invalid{parameter}.Malformed", $"The specified {parameter} \"{ApiErrors.Shorten(value)}\" is not valid: {why}");

    /// <summary>doc, spelling included ("Protocal").</summary>
    public static Error ProtocolNotSupported(string value) =>
        new("InvalidProtocal.ValueNotSupported", $"The specified IpProtocol \"{ApiErrors.Shorten(value)}\" is not supported: use tcp, udp or any.");

    public static Error IpMappingNeedsAny() =>
        new("InvalidParameter.IpMapping", "IP mapping takes ExternalPort, InternalPort and IpProtocol all \"any\"; port forwarding takes none of them \"any\".");

    /// <summary>doc.</summary>
    public static Error InternalIpMalformed(string value) =>
        new("InvalidInternalIp.Malformed", $"The specified InternalIp \"{ApiErrors.Shorten(value)}\" is not a valid IPv4 address.");

    /// <summary>doc.</summary>
    public static Error InternalIpOutOfVpc(string ip, string vpcId, IEnumerable<string> cidrBlocks) =>
        new("Forbidden.InternalIpOutOfVpcCIDR", $"The InternalIp {ip} is outside the blocks of the NAT gateway's VPC {vpcId} ({string.Join(", ", cidrBlocks)}).");

    /// <summary>The same external IP, protocol and (overlapping) port as an existing entry.</summary>
    public static Error ExternalPortOccupied(string ip, string port, string protocol, string forwardEntryId) =>
        new("Duplicated.ExternalPort", $"{ip} port {port} ({protocol}) is already forwarded by the DNAT entry {forwardEntryId}.");

    /// <summary>doc ("Duplicated destination ip port is unsupported").</summary>
    public static Error InternalPortOccupied(string ip, string port, string protocol, string forwardEntryId) =>
        new("OperationUnsupported.ForwardEntry", $"{ip} port {port} ({protocol}) is already the destination of the DNAT entry {forwardEntryId}.");

    /// <summary>doc (InvalidParameter.Name.Malformed).</summary>
    public static Error NameMalformed(string parameter) =>
        new("InvalidParameter.Name.Malformed", $"The specified {parameter} is not valid: 2 to 128 characters, starting with a letter, not with http:// or https://.");

    /// <summary>DeleteNatGateway while entries remain.</summary>
    public static Error GatewayHasSnatEntries(string natGatewayId, IEnumerable<string> snatEntryIds) =>
        new("DependencyViolation.SnatEntry", $"The NAT gateway {natGatewayId} still has the SNAT entries {string.Join(", ", snatEntryIds)}; delete them first.");

    public static Error GatewayHasForwardEntries(string natGatewayId, IEnumerable<string> forwardEntryIds) =>
        new("DependencyViolation.ForwardEntry", $"The NAT gateway {natGatewayId} still has the DNAT entries {string.Join(", ", forwardEntryIds)}; delete them first.");

    /// <summary>An SNAT entry for an ENI's traffic (NetworkInterfaceId) is not modelled; refused rather than dropped.</summary>
    public static Error NetworkInterfaceUnsupported() =>
        new("OperationUnsupported.NetworkInterfaceId", "SNAT entries for a network interface (NetworkInterfaceId) are not supported; name a SourceVSwitchId or SourceCIDR.");

    /// <summary>DeleteVSwitch while an SNAT entry names it.</summary>
    public static Error VSwitchHasSnatEntries(string vSwitchId, IEnumerable<string> snatEntryIds) =>
        new("DependencyViolation.SnatEntry", $"The vSwitch {vSwitchId} is the source of the SNAT entries {string.Join(", ", snatEntryIds)}; delete them first.");
}
