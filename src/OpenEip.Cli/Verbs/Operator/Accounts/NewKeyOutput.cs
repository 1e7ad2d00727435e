using System.Text.Json;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Operator.Accounts;

/// <summary>
/// Prints a new AccessKey pair (CreateAccount, CreateAccessKey). The server shows a secret only in this answer and
/// keeps no copy it could show again, so the table says so; JSON is the whole answer, for a script to store.
/// </summary>
public static class NewKeyOutput
{
    public static void Print(Renderer renderer, JsonElement answer, string? accountName = null)
    {
        if (renderer.Format == OutputFormat.Json)
        {
            renderer.Json(answer);
            return;
        }

        var columns = new List<Column> { Column.Field("AccountId", "AccountId") };
        if (accountName is not null)
            columns.Add(new("AccountName", _ => accountName));
        columns.Add(Column.Field("AccessKeyId", "AccessKeyId"));
        columns.Add(Column.Field("AccessKeySecret", "AccessKeySecret"));
        renderer.Item(answer, columns);
        renderer.Note("The AccessKeySecret is shown only now: store it safely. The server cannot show it again; `openeip key create` makes another pair.");
    }
}
