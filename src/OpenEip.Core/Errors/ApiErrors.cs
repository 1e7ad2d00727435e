namespace OpenEip.Core.Errors;

/// <summary>
/// Every error this service returns, in one place, with Alibaba's codes. Where Alibaba documents a
/// code for the case it is used as documented; the rest follow its naming style (see rules.md).
/// </summary>
public static class ApiErrors
{
    public static Error MissingParameter(string name) =>
        new("MissingParameter", $"The input parameter \"{name}\" that is mandatory for processing this request is not supplied.");

    public static Error InvalidParameter(string name, string why) =>
        new("InvalidParameter", $"The specified parameter \"{name}\" is not valid: {why}");

    public static Error InvalidParameterValue(string name, string value, IEnumerable<string> allowed) =>
        new("InvalidParameter", $"The specified parameter \"{name}\" is not valid: \"{Shorten(value)}\" is not one of: {string.Join(", ", allowed)}.");

    public static Error DuplicatedParameter(string name) =>
        new("InvalidParameter", $"The parameter \"{name}\" is given more than once.");

    public static Error InvalidRegionId(string regionId) =>
        new("InvalidRegionId.NotFound", $"The specified region \"{Shorten(regionId)}\" does not exist.");

    /// <summary>
    /// An unknown RegionId on an EIP action: Alibaba's EIP API answers it during authentication, with this
    /// code (HTTP 404) and this message, not with InvalidRegionId.NotFound as other products do.
    /// </summary>
    public static Error RegionNotFound() =>
        new("Forbidden.RegionNotFound", "Specified region is not found during access authentication.");

    public static Error InvalidAllocationIdNotFound(string allocationId) =>
        new("InvalidAllocationId.NotFound", $"Specified allocation ID \"{Shorten(allocationId)}\" is not found.");

    public static Error IncorrectEipStatus(string detail) =>
        new("IncorrectEipStatus", $"The current status of the EIP does not support this operation: {detail}");

    public static Error ChargeTypeIsPrepaid() =>
        new("Forbidden.ChargeTypeIsPrepaid", "A subscription (PrePaid) EIP cannot be released with ReleaseEipAddress; unsubscribe it after it is unassociated.");

    public static Error DeletionProtectionEnabled() =>
        new("InvalidOperation.DeletionProtection", "Deletion protection is enabled on this EIP; disable it with DeletionProtection before releasing.");

    public static Error EipQuotaExceeded(long limit, string regionId) =>
        new("QuotaExceeded.Eip", $"The pay-as-you-go EIP quota of this account in {regionId} is {limit}; release an EIP or ask the operator to raise the quota.");

    public static Error EipRecoverQuotaExceeded(long limit) =>
        new("QuotaExceeded.EipRecover", $"This account has used its {limit} EIP recoveries for this month.");

    public static Error ReserveIpFail(string why) => new("ReserveIpFail", $"The IP address cannot be reserved: {why}");

    public static Error PoolExhausted(string regionId) =>
        new("ResourceNotEnough.EipAddress", $"There are no free public IP addresses in {regionId}; the operator can add ranges (OpenEip:AddressPools).");

    public static Error IdempotentParameterMismatch() =>
        new("IdempotentParameterMismatch", "The ClientToken was already used for a request with different parameters.");

    public static Error LastTokenProcessing() =>
        new("LastTokenProcessing", "A request with the same ClientToken is still being processed; retry later.");

    public static Error Forbidden(string why) => new("Forbidden", why);

    public static Error AccountNotFound(string accountId) =>
        new("InvalidAccountId.NotFound", $"The specified account \"{Shorten(accountId)}\" does not exist.");

    public static Error AccessKeyNotFound(string accessKeyId) =>
        new("InvalidAccessKeyId.NotFound", $"Specified access key \"{Shorten(accessKeyId)}\" is not found.");

    public static Error UnsupportedResourceType(string type) =>
        new("InvalidResourceType.NotSupported", $"The resource type \"{Shorten(type)}\" is not supported; use EIP.");

    public static Error TagQuotaExceeded(int limit) =>
        new("QuotaExceeded.TagNum", $"A resource can have at most {limit} tags.");

    public static Error ResourceNotFound(string resourceId) =>
        new("InvalidResourceId.NotFound", $"The specified resource \"{Shorten(resourceId)}\" does not exist in this region.");

    public static Error UnknownQuota(string name, IEnumerable<string> known) =>
        new("InvalidParameter", $"The specified parameter \"QuotaName\" is not valid: \"{Shorten(name)}\" is not one of: {string.Join(", ", known)}.");

    public static Error InvalidCidrBlock(string parameter, string value, string why) =>
        new("InvalidCidrBlock.Malformed", $"The specified {parameter} \"{Shorten(value)}\" is not valid: {why}");

    public static Error CidrOverlap(string parameter, string value, string other) =>
        new("InvalidCidrBlock.Overlapped", $"The specified {parameter} \"{Shorten(value)}\" overlaps {other}.");

    public static Error VpcNotFound(string vpcId) =>
        new("InvalidVpcId.NotFound", $"The specified VPC \"{Shorten(vpcId)}\" does not exist in this region.");

    public static Error VSwitchNotFound(string vSwitchId) =>
        new("InvalidVSwitchId.NotFound", $"The specified vSwitch \"{Shorten(vSwitchId)}\" does not exist in this region.");

    public static Error ZoneNotFound(string zoneId, string regionId) =>
        new("InvalidZoneId.NotFound", $"The specified zone \"{Shorten(zoneId)}\" is not a zone of {regionId}.");

    public static Error DependencyViolation(string code, string what) => new(code, what);

    public static Error VSwitchIpNotEnough(string vSwitchId) =>
        new("InvalidVSwitchId.IpNotEnough", $"The vSwitch {vSwitchId} has no free private IP address left.");

    public static Error PrivateIpInUse(string ip, string vSwitchId) =>
        new("InvalidPrivateIpAddress.Duplicated", $"The private IP address {ip} is already in use in the vSwitch {vSwitchId}.");

    public static Error PrivateIpOutOfRange(string parameter, string ip, string cidr) =>
        new("InvalidPrivateIpAddress.OutOfRange", $"The specified {parameter} \"{Shorten(ip)}\" is not a usable address of the vSwitch block {cidr} (its first and last three addresses are reserved).");

    public static Error SecurityGroupNotFound(string id) =>
        new("InvalidSecurityGroupId.NotFound", $"The specified security group \"{Shorten(id)}\" does not exist in this region.");

    public static Error InstanceNotFound(string id) =>
        new("InvalidInstanceId.NotFound", $"The specified instance \"{Shorten(id)}\" does not exist in this region.");

    public static Error NetworkInterfaceNotFound(string id) =>
        new("InvalidEniId.NotFound", $"The specified network interface \"{Shorten(id)}\" does not exist in this region.");

    public static Error InstanceTypeNotFound(string id) =>
        new("InvalidInstanceType.ValueNotSupported", $"The instance type \"{Shorten(id)}\" is not offered; see DescribeInstanceTypes.");

    public static Error IncorrectInstanceStatus(string instanceId, string status, string needed) =>
        new("IncorrectInstanceStatus", $"The instance {instanceId} is {status}; this operation needs it {needed}.");

    public static Error EniStatusNotSupported(string eniId, string status, string needed) =>
        new("InvalidStatus.EniStatusNotSupport", $"The network interface {eniId} is {status}; this operation needs it {needed}.");

    public static Error HaVipNotFound(string id) =>
        new("InvalidHaVipId.NotFound", $"The specified HaVip \"{Shorten(id)}\" does not exist in this region.");

    public static Error InternalError() =>
        new("InternalError", "The request processing has failed due to some unknown error, exception or failure.");

    public static Error SignatureNonceUsed() => new("SignatureNonceUsed", "Specified signature nonce was used already.");

    public static Error ServiceUnavailable(string reason) =>
        new("ServiceUnavailable", $"The request has failed due to a temporary failure of the server: {reason} Retry the call later.");

    /// <summary>Keeps echoed user input short, so an error never reflects a huge value back.</summary>
    public static string Shorten(string value) => value.Length <= 64 ? value : value[..61] + "...";
}
