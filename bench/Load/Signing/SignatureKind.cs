namespace OpenEip.LoadBench.Signing;

/// <summary>Which of Alibaba's two RPC signatures a request carries (wire-protocol.md §2.3, §2.4).</summary>
public enum SignatureKind
{
    /// <summary>ACS3-HMAC-SHA256 in an Authorization header: what the current SDKs send by default.</summary>
    V3,

    /// <summary>HMAC-SHA1 as the Signature query parameter: pop-core, Terraform's tea-rpc, the SDKs' "v2" mode.</summary>
    V1,
}
