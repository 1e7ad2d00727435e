using OpenEip.Core.ResourceGroups;

namespace OpenEip.Tests.ResourceGroups;

public sealed class ResourceGroupRulesTests
{
    [Theory]
    [InlineData("ab")]
    [InlineData("project-x")]
    [InlineData("Team42")]
    public void Name_of_2_to_50_letters_digits_and_hyphens_starting_with_a_letter_is_valid(string name) =>
        Assert.Null(ResourceGroupRules.ValidateName(name));

    [Theory]
    [InlineData(null, "MissingParameter.Name")]
    [InlineData("", "MissingParameter.Name")]
    [InlineData("a", "InvalidParameter.Name.Length")]
    [InlineData("9lives", "InvalidParameter.Name.InvalidChars")]
    [InlineData("-x", "InvalidParameter.Name.InvalidChars")]
    [InlineData("has space", "InvalidParameter.Name.InvalidChars")]
    [InlineData("under_score", "InvalidParameter.Name.InvalidChars")]
    public void Name_breaking_the_rules_is_refused_with_its_code(string? name, string code) =>
        Assert.Equal(code, ResourceGroupRules.ValidateName(name)?.Code);

    [Fact]
    public void Name_longer_than_50_characters_is_refused() =>
        Assert.Equal("InvalidParameter.Name.Length", ResourceGroupRules.ValidateName("a" + new string('b', 50))?.Code);

    [Theory]
    [InlineData(null, "MissingParameter.DisplayName")]
    [InlineData("line\nbreak", "InvalidParameter.DisplayName")]
    public void DisplayName_missing_or_with_control_characters_is_refused(string? displayName, string code) =>
        Assert.Equal(code, ResourceGroupRules.ValidateDisplayName(displayName)?.Code);

    [Fact]
    public void DisplayName_of_1_to_50_characters_is_valid_and_longer_is_refused()
    {
        Assert.Null(ResourceGroupRules.ValidateDisplayName("项目 X"));
        Assert.Equal("InvalidParameter.DisplayName.Length", ResourceGroupRules.ValidateDisplayName(new string('x', 51))?.Code);
    }

    [Theory]
    [InlineData("EIP", GroupedResource.Eip)]
    [InlineData("eip", GroupedResource.Eip)]
    [InlineData("Vpc", GroupedResource.Vpc)]
    [InlineData("VPC", GroupedResource.Vpc)]
    [InlineData("HAVIP", GroupedResource.HaVip)]
    public void Vpc_MoveResourceGroup_types_match_without_regard_to_case(string type, GroupedResource kind) =>
        Assert.Equal(kind, MovableResourceTypes.ForVpc(type).Value);

    [Theory]
    [InlineData("BandwidthPackage", "OperationUnsupported.ResourceType")]
    [InlineData("flowlog", "OperationUnsupported.ResourceType")]
    [InlineData("NatGateway", "InvalidParameter")]
    [InlineData("VSwitch", "InvalidParameter")]
    public void Vpc_MoveResourceGroup_types_OpenEip_lacks_are_unsupported_and_unknown_ones_invalid(string type, string code) =>
        Assert.Equal(code, MovableResourceTypes.ForVpc(type).Error?.Code);

    [Theory]
    [InlineData("instance", GroupedResource.Instance)]
    [InlineData("securitygroup", GroupedResource.SecurityGroup)]
    [InlineData("eni", GroupedResource.NetworkInterface)]
    public void Ecs_JoinResourceGroup_types_name_instances_security_groups_and_enis(string type, GroupedResource kind) =>
        Assert.Equal(kind, MovableResourceTypes.ForEcs(type).Value);

    [Theory]
    [InlineData("Instance", "InvalidParameter")]
    [InlineData("ENI", "InvalidParameter")]
    [InlineData("disk", "OperationUnsupported.ResourceType")]
    [InlineData("keypair", "OperationUnsupported.ResourceType")]
    public void Ecs_JoinResourceGroup_types_are_case_sensitive(string type, string code) =>
        Assert.Equal(code, MovableResourceTypes.ForEcs(type).Error?.Code);
}
