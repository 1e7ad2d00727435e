namespace OpenEip.Rpc.Responses;

/// <summary>The one place an error code becomes an HTTP status (rules.md): 404 for *.NotFound and ResourceNotFound.*,
/// 409 for OperationConflict, 403 for Forbidden*, 500/503 for server faults, 400 otherwise.</summary>
public static class ErrorHttpStatus
{
    // Codes whose documented status differs from the general rule.
    private static readonly Dictionary<string, int> Exceptions = new(StringComparer.Ordinal)
    {
        ["Forbidden.ChargeTypeIsPrepaid"] = 400,
        ["Forbidden.ReleaseSegmentEip"] = 400,
        ["Forbidden.RegionNotFound"] = 404,
        // CreateSnatEntry / CreateForwardEntry document these as 400.
        ["Forbidden.SourceVSwitchId.Duplicated"] = 400,
        ["Forbidden.IpUsedInForwardTable"] = 400,
        ["Forbidden.ExternalIp.UsedInSnatTable"] = 400,
        ["Forbidden.InternalIpOutOfVpcCIDR"] = 400,
        // Resource Manager documents these.
        ["EntityNotExists.ResourceGroup"] = 404,
        ["DeleteConflict.ResourceGroup.Resource"] = 409,
        // Refusals at the HTTP level keep the status the web server chose.
        [HttpRejections.UnsupportedMethodCode] = 405,
        [HttpRejections.TimeoutCode] = 408,
        [HttpRejections.BodyTooLargeCode] = 413,
        [HttpRejections.UriTooLongCode] = 414,
        [HttpRejections.HeadersTooLargeCode] = 431,
        [HttpRejections.VersionNotSupportedCode] = 505,
    };

    public static int For(string code)
    {
        if (Exceptions.TryGetValue(code, out var status))
            return status;
        if (code == "InternalError")
            return 500;
        if (code == "ServiceUnavailable")
            return 503;
        if (code.EndsWith(".NotFound", StringComparison.Ordinal) || code.StartsWith("ResourceNotFound", StringComparison.Ordinal))
            return 404;
        if (code == "OperationConflict")
            return 409;
        if (code.StartsWith("Forbidden", StringComparison.Ordinal) || code.StartsWith("Forbbiden", StringComparison.Ordinal))
            return 403;
        return 400;
    }
}
