namespace OpenEip.Core.Errors;

/// <summary>
/// The errors of the NAT gateway's own actions (ModifyNatGatewayAttribute, DeletionProtection with
/// Type=NATGW, DeleteNatGateway). "doc" marks codes Alibaba documents for the case; the rest are ours.
/// </summary>
public static class NatGatewayErrors
{
    public static Error NotFound(string natGatewayId) =>
        new("InvalidNatGatewayId.NotFound", $"The specified NAT gateway \"{ApiErrors.Shorten(natGatewayId)}\" does not exist in this region.");

    /// <summary>doc (ModifyNatGatewayAttribute); Terraform retries it.</summary>
    public static Error NotAvailable(string natGatewayId, string status) =>
        new("IncorrectStatus.NATGW", $"The NAT gateway {natGatewayId} is {status}; this operation needs it Available.");

    /// <summary>Alibaba allows only MULTI_BINDED → NAT, and only on a gateway with at most 5 EIPs.</summary>
    public static Error EipBindModeChange(string natGatewayId, string why) =>
        new("OperationUnsupported.EipBindMode", $"The EIP binding mode of {natGatewayId} cannot be changed: {why}");

    /// <summary>The code DeletionProtection uses for EIPs, kept for NAT gateways.</summary>
    public static Error DeletionProtected(string natGatewayId) =>
        new("InvalidOperation.DeletionProtection", $"Deletion protection is enabled on the NAT gateway {natGatewayId}; disable it with DeletionProtection (Type=NATGW) before deleting.");

    public static Error Unsupported(string parameter, string why) =>
        new($"OperationUnsupported.{parameter}", $"{parameter} is not supported: {why}");
}
