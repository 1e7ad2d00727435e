using OpenEip.Core.Calls;

namespace OpenEip.Tests.Calls;

public sealed class AuditParametersTests
{
    [Fact]
    public void From_DropsTheProtocolsOwnAndMasksSecrets()
    {
        var kept = AuditParameters.From(new Dictionary<string, string>
        {
            ["Signature"] = "abc", ["SignatureNonce"] = "n", ["AccessKeyId"] = "LTAI", ["Timestamp"] = "t", ["Format"] = "JSON",
            ["RegionId"] = "cn-hangzhou", ["Password"] = "Sup3r!", ["AccessKeySecret"] = "s", ["SecurityToken"] = "tok",
            ["ClientToken"] = "ct-1", ["KeyPairPrivateKey"] = "pem",
        });

        Assert.Equal(["AccessKeySecret", "ClientToken", "KeyPairPrivateKey", "Password", "RegionId"], kept.Keys);
        Assert.Equal(AuditParameters.Masked, kept["Password"]);
        Assert.Equal(AuditParameters.Masked, kept["AccessKeySecret"]);
        Assert.Equal(AuditParameters.Masked, kept["KeyPairPrivateKey"]);
        Assert.Equal("ct-1", kept["ClientToken"]);
    }

    [Fact]
    public void Resources_AreTheIdsNamedAndCreated_NotWhereOrWho()
    {
        var parameters = new Dictionary<string, string>
        {
            ["RegionId"] = "cn-hangzhou", ["ZoneId"] = "cn-hangzhou-h", ["AllocationId"] = "eip-a", ["InstanceIds"] = "[\"i-1\",\"i-2\"]",
            ["ResourceId.1"] = "vpc-1", ["SecurityGroupIds"] = "sg-1, sg-2", ["Name"] = "eip-not-an-id-field",
        };

        var ids = AuditResources.From(parameters, new { VpcId = "vpc-new", RequestId = "R", OrderId = 5L, Name = "x" });

        Assert.Equal(["eip-a", "i-1", "i-2", "sg-1", "sg-2", "vpc-1", "vpc-new"], ids);
    }

    [Fact]
    public void Ended_WithAnError_KeepsTheCodeAndNoResultIds()
    {
        var draft = new AuditEvent
        {
            EventId = "e", EventTime = DateTimeOffset.UnixEpoch, AccountId = "a", AccessKeyId = "k", Action = "AllocateEipAddress",
            Version = "2016-04-28", RequestId = "r", SourceIpAddress = "127.0.0.1", Parameters = new Dictionary<string, string> { ["RegionId"] = "x" },
        };

        var failed = draft.Ended(new OpenEip.Core.Errors.Error("QuotaExceeded.Eip", "full"), new { AllocationId = "eip-x" });

        Assert.Equal("QuotaExceeded.Eip", failed.ErrorCode);
        Assert.Empty(failed.ResourceIds);
        Assert.Equal(["eip-x"], draft.Ended(null, new { AllocationId = "eip-x" }).ResourceIds);
    }

    [Fact]
    public void Prepared_GivesWhatTheParametersGive_AndAnotherEventsParametersGiveTheirOwn()
    {
        var parameters = new Dictionary<string, string> { ["RegionId"] = "cn-hangzhou", ["AllocationId"] = "eip-a", ["Name"] = "ä \"q\"" };
        var draft = new AuditEvent
        {
            EventId = "e", EventTime = DateTimeOffset.UnixEpoch, AccountId = "a", AccessKeyId = "k", Action = "AssociateEipAddress",
            Version = "2016-04-28", RequestId = "r", SourceIpAddress = "127.0.0.1", Parameters = parameters,
        }.Prepared();

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(parameters), draft.ParametersJson);
        Assert.Equal(AuditResources.From(parameters, new { InstanceId = "i-1" }), draft.Ended(null, new { InstanceId = "i-1" }).ResourceIds);

        // A copy with other parameters must not keep the first one's JSON or resources.
        var other = draft with { Parameters = new Dictionary<string, string> { ["AllocationId"] = "eip-b" } };
        Assert.Equal("{\"AllocationId\":\"eip-b\"}", other.ParametersJson);
        Assert.Equal(["eip-b"], other.Ended(null).ResourceIds);
        Assert.Equal(["eip-a"], draft.Ended(null).ResourceIds);
    }

    [Fact]
    public void ResultIds_AreTheIdsItsJsonShows()
    {
        var none = new Dictionary<string, string>();

        Assert.Equal(["vsw-1"], AuditResources.From(none, new Renamed("vsw-1", "hidden-1", null)));
        Assert.Equal(["eip-d"], AuditResources.From(none, new Dictionary<string, string> { ["AllocationId"] = "eip-d", ["Name"] = "n" }));
        Assert.Empty(AuditResources.From(none, "eip-plain-string"));
    }

    private sealed record Renamed(
        [property: System.Text.Json.Serialization.JsonPropertyName("VSwitchId")] string Switch,
        [property: System.Text.Json.Serialization.JsonIgnore] string HiddenId,
        string? EmptyId);
}
