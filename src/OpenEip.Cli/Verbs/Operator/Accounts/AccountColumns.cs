using OpenEip.Cli.Generic;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Operator.Accounts;

/// <summary>How accounts show in tables: the list stays one line per account; <c>show</c> has the keys and quotas.</summary>
public static class AccountColumns
{
    public static IReadOnlyList<Column> List { get; } =
    [
        Column.Field("AccountId", "AccountId"),
        Column.Field("Name", "AccountName"),
        Column.Field("Operator", "IsOperator"),
        Column.Field("Created", "CreationTime"),
        new("Keys", item => ListPath.Items(item, "AccessKeyIds.AccessKeyId").Count().ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    public static IReadOnlyList<Column> Details { get; } =
    [
        Column.Field("AccountId", "AccountId"),
        Column.Field("AccountName", "AccountName"),
        Column.Field("IsOperator", "IsOperator"),
        Column.Field("CreationTime", "CreationTime"),
        Column.Field("AccessKeyIds", "AccessKeyIds.AccessKeyId"),
        new("Quotas", item => string.Join(", ", AccountQueries.Quotas(item).Select(q => $"{Fields.Text(q, "QuotaName")}={Fields.Text(q, "Value")}"))),
    ];
}
