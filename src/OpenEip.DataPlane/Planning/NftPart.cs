namespace OpenEip.DataPlane.Planning;

/// <summary>Which statements of a table delta a script carries (a gateway withdraws first and admits last).</summary>
internal enum NftPart
{
    All,

    /// <summary>Only element deletions.</summary>
    Withdraw,

    /// <summary>Everything but element deletions.</summary>
    Admit,
}
