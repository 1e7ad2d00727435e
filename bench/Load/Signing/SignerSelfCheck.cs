namespace OpenEip.LoadBench.Signing;

/// <summary>
/// The worked examples of wire-protocol.md §2.3 (V3) and §2.4 (V1), recomputed with this signer before any load is
/// sent: a benchmark whose requests were refused as badly signed would measure the error path. (A unit test would
/// need the test project to reference this tool; a check at start keeps the tool on its own.)
/// </summary>
public static class SignerSelfCheck
{
    private static readonly AccessKey Key = new("testid", "testsecret");

    /// <returns>What did not match, or an empty list.</returns>
    public static IReadOnlyList<string> Run()
    {
        var failures = new List<string>();
        void Expect(string what, string expected, string actual)
        {
            if (expected != actual)
                failures.Add($"{what}: expected {expected}, computed {actual}");
        }

        KeyValuePair<string, string>[] business =
        [
            new("RegionId", "cn-hangzhou"), new("AllocationId", "eip-123"), new("InstanceId", "i-abc"),
            new("InstanceType", "EcsInstance"), new("Name", "a b*"),
        ];
        var v3 = V3Signer.Sign("POST", "127.0.0.1:18080", "AssociateEipAddress", "2016-04-28", business, Key,
            new RequestStamp("2024-01-01T00:00:00Z", "3156853299f313e23d1673dc12e1703d"));
        Expect("V3 canonical request", string.Join('\n',
            "POST",
            "/",
            "AllocationId=eip-123&InstanceId=i-abc&InstanceType=EcsInstance&Name=a%20b%2A&RegionId=cn-hangzhou",
            "host:127.0.0.1:18080",
            "x-acs-action:AssociateEipAddress",
            "x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "x-acs-date:2024-01-01T00:00:00Z",
            "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d",
            "x-acs-version:2016-04-28",
            "",
            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), v3.CanonicalRequest);
        Expect("V3 string to sign", "ACS3-HMAC-SHA256\n0a70703b8be5f416484e311bf2a130801e5422cc6bb769c55d556591d5e26e0c", v3.StringToSign);
        Expect("V3 Authorization",
            "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
            + "Signature=495b7729670cae1fac305dd94ed7cab72bcbbaf01c1f383697bd72a4ee4de377", v3.Authorization);

        // The V1 example signs Format=json (the openapi SDK's spelling); the benchmark sends JSON, which the server takes alike.
        var v1 = CanonicalQuery.Of([
            .. business, new("AccessKeyId", "testid"), new("Action", "AssociateEipAddress"), new("Format", "json"),
            new("SignatureMethod", "HMAC-SHA1"), new("SignatureNonce", "3156853299f313e23d1673dc12e1703d"),
            new("SignatureVersion", "1.0"), new("Timestamp", "2024-01-01T00:00:00Z"), new("Version", "2016-04-28"),
        ]);
        Expect("V1 string to sign",
            "POST&%2F&AccessKeyId%3Dtestid%26Action%3DAssociateEipAddress%26AllocationId%3Deip-123%26Format%3Djson%26InstanceId%3Di-abc"
            + "%26InstanceType%3DEcsInstance%26Name%3Da%2520b%252A%26RegionId%3Dcn-hangzhou%26SignatureMethod%3DHMAC-SHA1"
            + "%26SignatureNonce%3D3156853299f313e23d1673dc12e1703d%26SignatureVersion%3D1.0%26Timestamp%3D2024-01-01T00%253A00%253A00Z"
            + "%26Version%3D2016-04-28", V1Signer.StringToSign("POST", v1));
        Expect("V1 signature (POST)", "okw5M8mFZb9SsHaf3AEPwrRaAYw=", V1Signer.Signature("POST", v1, "testsecret"));
        Expect("V1 signature (GET)", "9GWYm69PJw7JMMy+KiwPZpHaA2k=", V1Signer.Signature("GET", v1, "testsecret"));
        return failures;
    }
}
