using System.Net;
using System.Net.Sockets;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.Vpc.Eips;

/// <summary>The parameters AllocateEipAddress and AllocateEipAddressPro share.</summary>
public static class AllocateEipBinding
{
    private static readonly string[] SecurityProtectionTypes = ["AntiDDoS_Enhanced"];

    public static AllocateEipCommand Bind(ParameterBinder bind, string accountId, bool withNameAndDescription)
    {
        var ipAddress = bind.String("IpAddress", 64);
        if (ipAddress is not null && (!IPAddress.TryParse(ipAddress, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetwork || parsed.ToString() != ipAddress))
            bind.Fail(ApiErrors.InvalidParameter("IpAddress", "an IPv4 address such as 203.0.113.10 is expected."));
        if (bind.String("PublicIpAddressPoolId") is { Length: > 0 })
            bind.Fail(new Error("OperationUnsupported.PublicIpAddressPool", "Customer-owned IP address pools are not supported; the operator configures the region's pool (OpenEip:AddressPools)."));
        bind.Bool("AutoPay");
        bind.Enum("Netmode", ["public"]);

        return new AllocateEipCommand(accountId, bind.RequiredString("RegionId", 64))
        {
            Bandwidth = bind.Int("Bandwidth", 0, 100_000),
            InternetChargeType = bind.Enum("InternetChargeType", ChargeTypes.InternetChargeTypes) ?? ChargeTypes.PayByBandwidth,
            InstanceChargeType = bind.Enum("InstanceChargeType", ChargeTypes.InstanceChargeTypes) ?? ChargeTypes.PostPaid,
            Period = bind.Int("Period", 0, 1000),
            PricingCycle = bind.Enum("PricingCycle", ChargeTypes.PricingCycles),
            Isp = bind.Enum("ISP", Isps.All) ?? Isps.Bgp,
            Name = withNameAndDescription ? bind.String("Name", 1024) : null,
            Description = withNameAndDescription ? bind.String("Description", 1024) : null,
            ResourceGroupId = bind.String("ResourceGroupId", 64),
            IpAddress = ipAddress,
            RecoverAllocationId = bind.NonEmptyString("InstanceId", 64),
            SecurityProtectionTypes = BindSecurityProtection(bind),
            Zone = bind.NonEmptyString("Zone", 64),
            Tags = bind.Tags("Tag", 20),
        };
    }

    private static List<string> BindSecurityProtection(ParameterBinder bind)
    {
        var types = bind.List("SecurityProtectionTypes", 10);
        var unknown = types.FirstOrDefault(t => !SecurityProtectionTypes.Contains(t, StringComparer.Ordinal));
        if (unknown is not null)
            bind.Fail(ApiErrors.InvalidParameterValue("SecurityProtectionTypes", unknown, SecurityProtectionTypes));
        return types.Distinct(StringComparer.Ordinal).ToList();
    }
}
