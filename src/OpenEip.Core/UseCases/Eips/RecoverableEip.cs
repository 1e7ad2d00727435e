using OpenEip.Core.Eips;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>A released EIP on the Recover list; AddressTaken when its address has since gone to another EIP (recovery would fail with ReserveIpFail).</summary>
public sealed record RecoverableEip(Eip Eip, bool AddressTaken);
