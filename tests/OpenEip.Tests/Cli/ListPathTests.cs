using System.Text.Json;
using OpenEip.Cli.Generic;

namespace OpenEip.Tests.Cli;

/// <summary>Where the pager finds a Describe/List answer's list, and how it puts the gathered one back.</summary>
public sealed class ListPathTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void The_rpc_styles_wrapper_object_and_a_bare_array_are_both_found()
    {
        Assert.Equal("EipAddresses.EipAddress", ListPath.Find(Json("""{"RequestId":"x","TotalCount":2,"EipAddresses":{"EipAddress":[]}}""")));
        Assert.Equal("LoadBalancers", ListPath.Find(Json("""{"RequestId":"x","NextToken":"t","LoadBalancers":[{"LoadBalancerId":"alb-1"}]}""")));
        Assert.Null(ListPath.Find(Json("""{"RequestId":"x","AllocationId":"eip-1"}""")));
    }

    [Fact]
    public void Items_are_empty_when_a_page_leaves_the_list_out()
    {
        Assert.Empty(ListPath.Items(Json("""{"RequestId":"x"}"""), "EipAddresses.EipAddress"));
        Assert.Equal(2, ListPath.Items(Json("""{"A":{"B":[1,2]}}"""), "A.B").Count());
    }

    [Fact]
    public void Replace_puts_the_whole_list_in_place_and_creates_the_wrappers_a_first_page_lacked()
    {
        var merged = ListPath.Replace(Json("""{"RequestId":"x","TotalCount":3}"""), "EipAddresses.EipAddress", [1, 2, 3]);

        Assert.Equal("""{"RequestId":"x","TotalCount":3,"EipAddresses":{"EipAddress":[1,2,3]}}""", merged.ToJsonString());
    }
}
