using OpenEip.Rpc.Parameters;

namespace OpenEip.Tests.Parameters;

public sealed class ParameterBinderTests
{
    private static ParameterBinder Bind(string raw) => new(RpcParameters.Parse(raw).Value);

    [Fact]
    public void RequiredString_Missing_IsMissingParameterNamingIt()
    {
        var bind = Bind("Other=1");
        bind.RequiredString("RegionId");

        Assert.Equal("MissingParameter", bind.Error?.Code);
        Assert.Contains("RegionId", bind.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1e9")]
    [InlineData("99999999999999999999")]
    [InlineData("101")]
    [InlineData("0")]
    public void Int_NotAnIntegerInRange_IsInvalidParameterNamingRange(string value)
    {
        var bind = Bind("PageSize=" + value);
        bind.Int("PageSize", 1, 100);

        Assert.Equal("InvalidParameter", bind.Error?.Code);
        Assert.Contains("PageSize", bind.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 100", bind.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_UnknownValue_ListsTheAllowedValues()
    {
        var bind = Bind("InternetChargeType=Foo");
        bind.Enum("InternetChargeType", ["PayByBandwidth", "PayByTraffic"]);

        Assert.Equal("InvalidParameter", bind.Error?.Code);
        Assert.Contains("PayByBandwidth, PayByTraffic", bind.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_OtherCase_IsNormalizedToTheListedSpelling()
    {
        Assert.Equal("PayByTraffic", Bind("InternetChargeType=paybytraffic").Enum("InternetChargeType", ["PayByBandwidth", "PayByTraffic"]));
    }

    [Fact]
    public void List_FlattenedOneBased_IsInIndexOrder()
    {
        var bind = Bind("InstanceIds.2=b&InstanceIds.1=a&InstanceIds.10=c");

        Assert.Equal(["a", "b", "c"], bind.List("InstanceIds", 50));
        Assert.Null(bind.Error);
    }

    [Theory]
    [InlineData("InstanceIds.0=a")]
    [InlineData("InstanceIds.51=a")]
    public void List_IndexOutOfRange_IsInvalidParameter(string raw)
    {
        var bind = Bind(raw);
        bind.List("InstanceIds", 50);

        Assert.Equal("InvalidParameter", bind.Error?.Code);
    }

    [Fact]
    public void List_KeysThatOnlyStartLikeIt_AreNotItems()
    {
        var bind = Bind("InstanceIds.1=a&InstanceIdsX.2=b&InstanceIds.3.Key=c&InstanceIds.=d&InstanceIds.4a=e&InstanceIds=f&Instance.5=g");

        Assert.Equal(["a"], bind.List("InstanceIds", 50));
        Assert.Null(bind.Error);
    }

    [Theory]
    [InlineData("InstanceIds.%D9%A1=a")] // ARABIC-INDIC DIGIT ONE: a digit, but not an index
    [InlineData("InstanceIds.99999999999=a")]
    public void List_DigitsThatAreNoIndex_AreInvalidParameter(string raw)
    {
        var bind = Bind(raw);
        bind.List("InstanceIds", 50);

        Assert.Equal("InvalidParameter", bind.Error?.Code);
        Assert.Contains("1 to 50", bind.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_OnlyNumberedKeysOfTheName_ArePaired()
    {
        var bind = Bind("Tag.2.Key=env&Tag.2.Value=dev&Tag.1.2.Key=x&Tags.1.Key=y&Tag.3.Keys=z&Tag.4.key=w");

        Assert.Equal([new("env", "dev")], bind.Tags("Tag", 20));
        Assert.Null(bind.Error);
    }

    [Fact]
    public void Tags_KeyAndValue_ArePaired()
    {
        var bind = Bind("Tag.1.Key=env&Tag.1.Value=dev&Tag.2.Key=team");

        Assert.Equal([new("env", "dev"), new("team", "")], bind.Tags("Tag", 20));
    }

    [Fact]
    public void Tags_ValueWithoutKey_IsMissingTheKey()
    {
        var bind = Bind("Tag.1.Value=dev");
        bind.Tags("Tag", 20);

        Assert.Equal("MissingParameter", bind.Error?.Code);
        Assert.Contains("Tag.1.Key", bind.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_IsTheFirstProblem()
    {
        var bind = Bind("PageSize=x&PageNumber=y");
        bind.Int("PageSize", 1, 100);
        bind.Int("PageNumber", 1, 100);

        Assert.Contains("PageSize", bind.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ProtectionEnable=")]
    public void RequiredBool_Absent_IsMissingParameter(string raw)
    {
        var bind = Bind(raw);
        bind.RequiredBool("ProtectionEnable");

        Assert.Equal("MissingParameter", bind.Error?.Code);
    }

    [Fact]
    public void RequiredLong_Present_IsRead()
    {
        var bind = Bind("Value=42");

        Assert.Equal(42, bind.RequiredLong("Value", 0, 100));
        Assert.Null(bind.Error);
    }

    [Theory]
    [InlineData("[null]")]
    [InlineData("[\"i-1\",null]")]
    [InlineData("[1]")]
    [InlineData("{}")]
    public void JsonList_NotAnArrayOfStrings_IsInvalidParameter(string value)
    {
        var bind = Bind("InstanceIds=" + Uri.EscapeDataString(value));
        var items = bind.JsonList("InstanceIds", 100);

        Assert.Equal("InvalidParameter", bind.Error?.Code);
        Assert.Empty(items);
    }

    [Theory]
    [InlineData("Name=a%01b", "U+0001")]
    [InlineData("Name=%EF%BF%BF", "U+FFFF")]
    [InlineData("Na%00me=x", "U+0000")]
    public void Parse_CharacterXmlCannotCarry_IsRefusedNamingIt(string raw, string character)
    {
        var parsed = RpcParameters.Parse(raw);

        Assert.Equal("InvalidParameter", parsed.Error?.Code);
        Assert.Contains(character, parsed.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TabsAndLineBreaks_AreKeptForTheRulesOfEachParameter()
    {
        Assert.Equal("a\tb\nc", RpcParameters.Parse("Description=a%09b%0Ac").Value["Description"]);
    }
}
