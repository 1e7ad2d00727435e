namespace OpenEip.Core.Compute;

/// <summary>
/// What AuthorizeSecurityGroup decides on, read in its transaction: the group's rules, and whether the peer group the
/// permission names (SourceGroupId) is one of the caller's (true when it names none).
/// </summary>
public sealed record SecurityGroupAuthorizeFacts(IReadOnlyList<SecurityGroupRule> Rules, bool SourceGroupExists);
