using OpenEip.Core.Associations;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// InstanceType=IpAddress: the EIP maps to an IPv4 address of a VPC (InstanceId is the address, VpcId the VPC),
/// typically one no instance holds yet. The VPC must be the caller's, in the EIP's region (R-EIP-3, R-EIP-6); the
/// address must lie inside one of its CIDR blocks; one EIP per address of a VPC, whatever kind of binding carries
/// it (an address an ECS instance or ENI already maps an EIP to is taken, and the other way round); an address a
/// NAT gateway, HaVip or load balancer holds is bound through that resource instead. Unbinding touches nothing
/// but the binding: no private IP is reserved for it. <see cref="LoadAsync"/> reads the facts inside the transaction;
/// <see cref="Decide"/> is the rules themselves, a pure function of them, tested without a database.
/// </summary>
public static class IpAddressBindingRules
{
    public static async Task<Result<EipBinding>> PlanAsync(BindingScope scope, BindingRequest request) =>
        Decide(await LoadAsync(scope, request), request, scope.Now);

    public static async Task<IpAddressBindingFacts> LoadAsync(BindingScope scope, BindingRequest request)
    {
        var eip = request.Eip;
        if (string.IsNullOrEmpty(request.VpcId))
            return IpAddressBindingFacts.NotFound;
        var vpc = await scope.Session.Networks.FindVpcAsync(eip.AccountId, request.VpcId);
        if (vpc is null)
            return IpAddressBindingFacts.NotFound;
        var address = request.InstanceId;
        // An address that is not one is refused before its holder matters, so nothing is looked up for it.
        var holder = Ipv4Block.ParseAddress(address) is { } number ? await FindHolderAsync(scope.Session, vpc, number, address) : null;
        var onHolder = holder is { OwnerType: NetworkInterfaces.OwnerType } ? await scope.Session.Eips.ListOnNetworkInterfacesAsync([holder.OwnerId]) : [];
        var bound = await FindBoundAsync(scope.Session, vpc.VpcId, address, eip.AllocationId);
        return new IpAddressBindingFacts(vpc, holder, onHolder, bound);
    }

    public static Result<EipBinding> Decide(IpAddressBindingFacts facts, BindingRequest request, DateTimeOffset now)
    {
        var eip = request.Eip;
        if (string.IsNullOrEmpty(request.VpcId))
            return ApiErrors.MissingParameter("VpcId");
        if (facts.Vpc is not { } vpc)
            return ApiErrors.VpcNotFound(request.VpcId);
        if (vpc.RegionId != eip.RegionId)
            return AssociationErrors.RegionMismatch($"The VPC {vpc.VpcId}", vpc.RegionId, eip.RegionId);
        var address = request.InstanceId;
        var number = Ipv4Block.ParseAddress(address);
        if (number is null)
            return ApiErrors.InvalidParameter("InstanceId", $"with InstanceType=IpAddress it is an IPv4 address such as 10.0.1.8, not \"{ApiErrors.Shorten(address)}\".");
        if (!vpc.AllCidrBlocks.Any(b => Ipv4Block.Parse(b)?.Contains(number.Value) == true))
            return ApiErrors.InvalidParameter("InstanceId", $"{address} is not inside the CIDR blocks of {vpc.VpcId} ({string.Join(", ", vpc.AllCidrBlocks)}).");
        if (!string.IsNullOrEmpty(request.PrivateIpAddress) && request.PrivateIpAddress != address)
            return ApiErrors.InvalidParameter("PrivateIpAddress", $"with InstanceType=IpAddress it can only repeat the address given as InstanceId ({address}).");

        var holder = facts.Holder;
        if (holder is not null && holder.OwnerType != NetworkInterfaces.OwnerType)
            return ApiErrors.InvalidParameter("InstanceId", $"{address} is the address of {holder.OwnerId} ({holder.OwnerType}); bind the EIP to that resource with its own InstanceType.");
        if (holder is not null)
        {
            var mapped = facts.EipsOnHolder.FirstOrDefault(e => e.AllocationId != eip.AllocationId && e.Binding!.PrivateIpAddress == address);
            if (mapped is not null)
                return AlreadyAssociated(address, vpc.VpcId, mapped, $"through {mapped.Binding!.InstanceType} {mapped.Binding.InstanceId}");
        }

        if (facts.EipBoundToAddress is { } bound)
            return AlreadyAssociated(address, vpc.VpcId, bound, "as an IP address");

        return new EipBinding
        {
            AllocationId = eip.AllocationId,
            AccountId = eip.AccountId,
            RegionId = vpc.RegionId,
            InstanceType = BindingTargetTypes.IpAddress,
            InstanceId = address,
            Mode = BindingModes.Nat,
            PrivateIpAddress = address,
            PrivateIpChosen = !string.IsNullOrEmpty(request.PrivateIpAddress),
            VpcId = vpc.VpcId,
            ExclusiveTarget = ExclusiveTargetOf(vpc.VpcId, address),
            BoundAt = now,
        };
    }

    /// <summary>The unique key of an address of a VPC among IpAddress bindings (the same address may exist in two VPCs).</summary>
    public static string ExclusiveTargetOf(string vpcId, string address) => $"{BindingTargetTypes.IpAddress}:{vpcId}/{address}";

    /// <summary>Another EIP bound (and not being unbound) to this address of this VPC as InstanceType=IpAddress, or null.</summary>
    public static async Task<Eip?> FindBoundAsync(IStoreSession session, string vpcId, string address, string exceptAllocationId) =>
        (await session.Eips.ListBoundToAsync([address]))
            .FirstOrDefault(e => e.AllocationId != exceptAllocationId && e.Binding!.InstanceType == BindingTargetTypes.IpAddress && e.Binding.VpcId == vpcId);

    /// <summary>The refusal of an ECS or ENI binding whose private IP already has an EIP bound as an IP address.</summary>
    public static Error AddressTaken(string address, Eip holder) =>
        AssociationErrors.Duplicated($"The private IP {address} already has the EIP {holder.AllocationId}, bound to it as an IP address (InstanceType=IpAddress); a private IP has one EIP.");

    private static Error AlreadyAssociated(string address, string vpcId, Eip holder, string how) =>
        new("ResourceAlreadyAssociated.IpAddress", $"The address {address} of {vpcId} already has the EIP {holder.AllocationId} ({how}); an IP address has one EIP.");

    /// <summary>Who holds the address in the vSwitch of the VPC whose block contains it, if anyone.</summary>
    private static async Task<PrivateIpUse?> FindHolderAsync(IStoreSession session, Vpc vpc, uint number, string address)
    {
        foreach (var vSwitch in await session.Networks.ListVSwitchesOfVpcAsync(vpc.VpcId))
        {
            if (Ipv4Block.Parse(vSwitch.CidrBlock)?.Contains(number) == true)
                return await session.PrivateIps.FindAsync(vSwitch.VSwitchId, address);
        }

        return null;
    }
}
