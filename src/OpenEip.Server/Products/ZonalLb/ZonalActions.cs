using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.ZonalLb;

/// <summary>CreateLoadBalancer of ALB or NLB: AddressType Internet|Intranet, VpcId, ZoneMappings.N (two zones at least).</summary>
public abstract class CreateZonalLoadBalancerAction(ZonalLoadBalancerLifecycle loadBalancers, ZonalProduct product) : IRpcAction
{
    public string Version => product.Version;

    public string Name => "CreateLoadBalancer";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.String("RegionId", 64) is { Length: > 0 } region ? region : "cn-hangzhou";
        var addressType = bind.RequiredEnum("AddressType", ZonalBinding.AddressTypes);
        var vpcId = bind.RequiredString("VpcId", 64);
        var name = bind.String("LoadBalancerName", 1024);
        var mappings = ZonalBinding.ZoneMappings(bind);
        if (bind.Error is not null)
            return bind.Error;
        var result = await loadBalancers.CreateAsync(context.AccountId, regionId, product.Kind, name, addressType, vpcId, mappings, context.Idempotency, context.CancellationToken);
        return result.Map<object>(lb => new CreatedZonalLoadBalancer(lb.LoadBalancerId, NewJobId()));
    }

    internal static string NewJobId() => Guid.NewGuid().ToString("N");
}

public sealed record CreatedZonalLoadBalancer(string LoadBalancerId, string JobId);

public sealed class CreateAlbAction(ZonalLoadBalancerLifecycle loadBalancers) : CreateZonalLoadBalancerAction(loadBalancers, ZonalProduct.Alb);

public sealed class CreateNlbAction(ZonalLoadBalancerLifecycle loadBalancers) : CreateZonalLoadBalancerAction(loadBalancers, ZonalProduct.Nlb);

/// <summary>UpdateLoadBalancerAddressTypeConfig: Intranet ⇄ Internet (R-LB-2).</summary>
public abstract class UpdateAddressTypeAction(ZonalLoadBalancerLifecycle loadBalancers, ZonalProduct product) : IRpcAction
{
    public string Version => product.Version;

    public string Name => "UpdateLoadBalancerAddressTypeConfig";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var id = bind.RequiredString("LoadBalancerId", 64);
        var addressType = bind.RequiredEnum("AddressType", ZonalBinding.AddressTypes);
        if (bind.Error is not null)
            return bind.Error;
        var result = await loadBalancers.SetAddressTypeAsync(context.AccountId, product.Kind, id, addressType, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => new ZonalJob(CreateZonalLoadBalancerAction.NewJobId()));
    }
}

public sealed record ZonalJob(string JobId);

public sealed class UpdateAlbAddressTypeAction(ZonalLoadBalancerLifecycle loadBalancers) : UpdateAddressTypeAction(loadBalancers, ZonalProduct.Alb);

public sealed class UpdateNlbAddressTypeAction(ZonalLoadBalancerLifecycle loadBalancers) : UpdateAddressTypeAction(loadBalancers, ZonalProduct.Nlb);

public abstract class DeleteZonalLoadBalancerAction(ZonalLoadBalancerLifecycle loadBalancers, ZonalProduct product) : IRpcAction
{
    public string Version => product.Version;

    public string Name => "DeleteLoadBalancer";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var id = bind.RequiredString("LoadBalancerId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await loadBalancers.DeleteAsync(context.AccountId, product.Kind, id, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => new ZonalJob(CreateZonalLoadBalancerAction.NewJobId()));
    }
}

public sealed class DeleteAlbAction(ZonalLoadBalancerLifecycle loadBalancers) : DeleteZonalLoadBalancerAction(loadBalancers, ZonalProduct.Alb);

public sealed class DeleteNlbAction(ZonalLoadBalancerLifecycle loadBalancers) : DeleteZonalLoadBalancerAction(loadBalancers, ZonalProduct.Nlb);

/// <summary>GetLoadBalancerAttribute: ALB reports LoadBalancerAddresses {Address, IntranetAddress, AllocationId}; NLB {PublicIPv4Address, PrivateIPv4Address, AllocationId}.</summary>
public abstract class GetZonalLoadBalancerAction(ZonalLoadBalancerLifecycle loadBalancers, ZonalProduct product) : IRpcAction
{
    public string Version => product.Version;

    public string Name => "GetLoadBalancerAttribute";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var id = bind.RequiredString("LoadBalancerId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await loadBalancers.FindAsync(context.AccountId, product.Kind, id, context.CancellationToken);
        return result.Map(ZonalLoadBalancerView.From);
    }
}

public sealed class GetAlbAction(ZonalLoadBalancerLifecycle loadBalancers) : GetZonalLoadBalancerAction(loadBalancers, ZonalProduct.Alb);

public sealed class GetNlbAction(ZonalLoadBalancerLifecycle loadBalancers) : GetZonalLoadBalancerAction(loadBalancers, ZonalProduct.Nlb);

/// <summary>ListLoadBalancers: LoadBalancerIds.N, VpcIds.N, AddressType; MaxResults ≤ 100 and NextToken.</summary>
public abstract class ListZonalLoadBalancersAction(ZonalLoadBalancerLifecycle loadBalancers, ZonalProduct product) : IRpcAction
{
    public string Version => product.Version;

    public string Name => "ListLoadBalancers";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.String("RegionId", 64) is { Length: > 0 } region ? region : "cn-hangzhou";
        var ids = bind.List("LoadBalancerIds", 20);
        var vpcIds = bind.List("VpcIds", 10);
        var addressType = bind.Enum("AddressType", ZonalBinding.AddressTypes);
        var limit = bind.Int("MaxResults", 1, 100) ?? 20;
        var token = bind.String("NextToken", 32);
        var offset = string.IsNullOrEmpty(token) ? 0 : int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : -1;
        if (offset < 0)
            bind.Fail(ApiErrors.InvalidParameter("NextToken", "use the NextToken of the previous page."));
        if (bind.Error is not null)
            return bind.Error;
        var page = await loadBalancers.ListAsync(context.AccountId, regionId, product.Kind, ids, vpcIds, addressType, offset, limit, context.CancellationToken);
        var next = offset + page.Items.Count < page.TotalCount ? (offset + page.Items.Count).ToString(CultureInfo.InvariantCulture) : "";
        return new ZonalLoadBalancerList(page.Items.Select(lb => (object)ZonalLoadBalancerView.From(lb)).ToList(), page.TotalCount, next, limit);
    }
}

public sealed record ZonalLoadBalancerList(IReadOnlyList<object> LoadBalancers, int TotalCount, string NextToken, int MaxResults);

public sealed class ListAlbAction(ZonalLoadBalancerLifecycle loadBalancers) : ListZonalLoadBalancersAction(loadBalancers, ZonalProduct.Alb);

public sealed class ListNlbAction(ZonalLoadBalancerLifecycle loadBalancers) : ListZonalLoadBalancersAction(loadBalancers, ZonalProduct.Nlb);
