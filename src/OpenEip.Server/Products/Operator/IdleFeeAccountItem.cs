namespace OpenEip.Server.Products.Operator;

public sealed record IdleFeeAccountItem(string AccountId, decimal TotalFee, IdleEipList IdleEips);
