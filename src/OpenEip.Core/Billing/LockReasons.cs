namespace OpenEip.Core.Billing;

/// <summary>Why an EIP is locked (DescribeEipAddresses' LockReason filter and OperationLocks).</summary>
public static class LockReasons
{
    /// <summary>Expired subscription or overdue payment (R-LIFE-5).</summary>
    public const string Financial = "financial";

    public const string Security = "security";
}
