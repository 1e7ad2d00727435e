using OpenEip.Cli.Api;

namespace OpenEip.Cli.Generic;

/// <summary>
/// The actions each product answers, for completing the generic form's action name (<c>openeip vpc Desc&lt;TAB&gt;</c>).
/// A test compares them with the server's registry, so this list cannot drift from what the server serves.
/// </summary>
public static class KnownActions
{
    private static readonly Dictionary<string, string[]> s_byProduct = new(StringComparer.Ordinal)
    {
        ["vpc"] =
        [
            "AllocateEipAddress", "AllocateEipAddressPro", "AssociateEipAddress", "AssociateEipAddressBatch",
            "AssociateHaVip", "AssociateVpcCidrBlock", "CreateForwardEntry", "CreateHaVip", "CreateNatGateway",
            "CreateSnatEntry", "CreateVSwitch", "CreateVpc", "DeleteForwardEntry", "DeleteHaVip", "DeleteNatGateway",
            "DeleteSnatEntry", "DeleteVSwitch", "DeleteVpc", "DeletionProtection", "DescribeEipAddresses",
            "DescribeForwardTableEntries", "DescribeHaVips", "DescribeHighDefinitionMonitorLogAttribute",
            "DescribeNatGateways", "DescribeRegions", "DescribeRouteTableList", "DescribeSnatTableEntries",
            "DescribeVSwitchAttributes", "DescribeVSwitches", "DescribeVpcAttribute", "DescribeVpcs", "DescribeZones",
            "ListTagResources", "ModifyEipAddressAttribute", "ModifyEipForwardMode", "ModifyForwardEntry",
            "ModifyHaVipAttribute", "ModifyNatGatewayAttribute", "ModifySnatEntry", "ModifyVSwitchAttribute",
            "ModifyVpcAttribute", "MoveResourceGroup", "ReleaseEipAddress", "SetHighDefinitionMonitorLogStatus",
            "TagResources", "UnTagResources", "UnassociateEipAddress", "UnassociateHaVip", "UnassociateVpcCidrBlock",
        ],
        ["ecs"] =
        [
            "AllocatePublicIpAddress", "AssignPrivateIpAddresses", "AttachNetworkInterface", "AuthorizeSecurityGroup",
            "CreateInstance", "CreateNetworkInterface", "CreateSecurityGroup", "DeleteInstance",
            "DeleteNetworkInterface", "DeleteSecurityGroup", "DescribeInstanceTypes", "DescribeInstances",
            "DescribeNetworkInterfaces", "DescribeSecurityGroupAttribute", "DescribeSecurityGroups",
            "DetachNetworkInterface", "JoinResourceGroup", "ListTagResources", "ModifyNetworkInterfaceAttribute",
            "RebootInstance", "RevokeSecurityGroup", "RunInstances", "StartInstance", "StopInstance", "TagResources",
            "UnassignPrivateIpAddresses", "UntagResources",
        ],
        ["slb"] =
        [
            "CreateLoadBalancer", "DeleteLoadBalancer", "DescribeLoadBalancerAttribute", "DescribeLoadBalancers",
        ],
        ["alb"] =
        [
            "CreateLoadBalancer", "DeleteLoadBalancer", "GetLoadBalancerAttribute", "ListLoadBalancers",
            "UpdateLoadBalancerAddressTypeConfig",
        ],
        ["nlb"] =
        [
            "CreateLoadBalancer", "DeleteLoadBalancer", "GetLoadBalancerAttribute", "ListLoadBalancers",
            "UpdateLoadBalancerAddressTypeConfig",
        ],
        ["resourcemanager"] =
        [
            "CreateResourceGroup", "DeleteResourceGroup", "GetResourceGroup", "ListResourceGroups",
        ],
        ["admin"] =
        [
            "CreateAccessKey", "CreateAccount", "CreateResourceGroup", "DeleteAccessKey", "DescribeAccounts",
            "DescribeAddressPools", "DescribeAuditEvents", "DescribeDataPlaneState", "DescribeIdleEipFees",
            "DescribePendingEips", "DescribeResourceGroups", "ReportDataPlaneApplied", "SetAccountOverdue",
            "SetAccountQuota", "SetHaVipMaster", "SetIdleEipPrice", "SetNatGatewayCreationTime",
        ],
    };

    public static IReadOnlyList<string> For(Product product) => s_byProduct.GetValueOrDefault(product.Name) ?? [];
}
