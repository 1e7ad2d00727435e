using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Generic;

namespace OpenEip.Tests.Cli;

/// <summary>The generic form's command line, read without a server: what is sent, and what is refused before sending.</summary>
public sealed class GenericInvocationTests
{
    private static GenericInvocation Parse(params string[] words) => GenericInvocation.Parse(Products.Vpc, words);

    [Fact]
    public void Parameters_keep_their_order_and_nested_names_and_the_value_is_the_next_word_whatever_it_holds()
    {
        var invocation = Parse("AllocateEipAddress", "--Tag.1.Key", "env", "--Tag.1.Value", "--dev", "--Name=a=b", "--Description", "");

        Assert.Equal("AllocateEipAddress", invocation.Action);
        Assert.Equal(
            [new("Tag.1.Key", "env"), new("Tag.1.Value", "--dev"), new("Name", "a=b"), new("Description", "")],
            invocation.Parameters.Items);
    }

    [Fact]
    public void A_parameter_given_twice_keeps_its_last_value_as_a_query_string_would()
    {
        var invocation = Parse("DescribeEipAddresses", "--PageSize", "5", "--PageSize", "7");

        Assert.Equal([new("PageSize", "7")], invocation.Parameters.Items);
    }

    [Fact]
    public void Global_options_may_come_anywhere_and_are_not_sent()
    {
        var invocation = Parse("--profile", "ops", "DescribeRegions", "--region", "cn-beijing", "-o", "json", "--endpoint=http://h:1");

        Assert.Empty(invocation.Parameters.Items);
        Assert.Equal(new GlobalSettings("ops", "http://h:1", "cn-beijing", "json"), invocation.Settings);
    }

    [Fact]
    public void The_waiter_and_the_pager_take_the_key_value_words_after_them_and_stop_at_the_next_option()
    {
        var invocation = Parse("DescribeEipAddresses", "--waiter", "expr=EipAddresses.EipAddress[0].Status", "to=InUse", "timeout=5", "--AllocationId", "eip-1");

        Assert.Equal(new WaiterSpec("EipAddresses.EipAddress[0].Status", "InUse", TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1)), invocation.Waiter);
        Assert.Equal([new("AllocationId", "eip-1")], invocation.Parameters.Items);

        var paged = Parse("ListTagResources", "--pager", "--ResourceType", "EIP");
        Assert.Equal(new PagerSpec(null, "PageNumber", "PageSize", "TotalCount", "NextToken"), paged.Pager);
        Assert.Equal([new("ResourceType", "EIP")], paged.Parameters.Items);
    }

    [Theory]
    [InlineData("--Name needs a value", "DescribeRegions", "--Name")]
    [InlineData("Name the action", "--RegionId", "cn-hangzhou")]
    [InlineData("is not an action name", "describeRegions")]
    [InlineData("Unexpected 'Extra'", "DescribeRegions", "Extra")]
    [InlineData("Unknown option '--foo'", "DescribeRegions", "--foo", "1")]
    [InlineData("The generic form prints JSON", "DescribeRegions", "-o", "table")]
    [InlineData("--waiter needs expr=", "DescribeRegions", "--waiter", "to=InUse")]
    [InlineData("--waiter needs to=", "DescribeRegions", "--waiter", "expr=A")]
    [InlineData("--waiter timeout= takes seconds", "DescribeRegions", "--waiter", "expr=A", "to=B", "timeout=soon")]
    [InlineData("--pager takes path=", "DescribeRegions", "--pager", "size=3")]
    public void Mistakes_are_usage_errors_before_anything_is_sent(string message, params string[] words)
    {
        var error = Assert.Throws<CliException>(() => Parse(words));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, error.ExitCode);
    }
}
