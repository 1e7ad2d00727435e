using System.Text.Json;
using Spectre.Console;

namespace OpenEip.Cli.Output;

/// <summary>
/// Prints a friendly verb's result: a table (colour on a terminal, plain text when redirected) or JSON. Results go
/// to standard output; spinners and progress go to standard error, so <c>-o json</c> output stays parseable.
/// </summary>
public sealed class Renderer(OutputFormat format, TextWriter output, IAnsiConsole console, IAnsiConsole status)
{
    public OutputFormat Format => format;

    /// <summary>Standard error's console: spinners, progress bars and notes for people.</summary>
    public IAnsiConsole Status => status;

    public static Renderer ForProcess(OutputFormat format)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
            console.Profile.Width = RedirectedWidth;
        return new(format, Console.Out, console, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));
    }

    /// <summary>Tables written to a file or a pipe are not wrapped at a terminal's 80 columns.</summary>
    private const int RedirectedWidth = 250;

    /// <summary>A list: one row per item, or the items as a JSON array.</summary>
    public void List(IReadOnlyList<JsonElement> items, IReadOnlyList<Column> columns)
    {
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(output, items);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
            table.AddColumn(new TableColumn(Markup.Escape(column.Header)));
        foreach (var item in items)
            table.AddRow(columns.Select(c => Cell(c.Header, c.Value(item))).ToArray());
        console.Write(table);
        console.MarkupLine($"[grey]{items.Count} {(items.Count == 1 ? "item" : "items")}[/]");
    }

    /// <summary>One item: its fields as a two-column table, or the item as JSON.</summary>
    public void Item(JsonElement item, IReadOnlyList<Column>? columns = null)
    {
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(output, item);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("Field").AddColumn("Value");
        var rows = columns is not null
            ? columns.Select(c => (c.Header, c.Value(item)))
            : item.EnumerateObject().Where(p => p.Name != "RequestId").Select(p => (p.Name, Fields.Text(item, p.Name)));
        foreach (var (name, value) in rows)
            table.AddRow(new Markup($"[bold]{Markup.Escape(name)}[/]"), Cell(name, value));
        console.Write(table);
    }

    /// <summary>A line for people in table mode (nothing in JSON mode, whose output is the data alone).</summary>
    public void Note(string text)
    {
        if (format == OutputFormat.Table)
            console.MarkupLine(Markup.Escape(text));
    }

    /// <summary>Any JSON value as it is, whatever the format (an action's answer in JSON mode).</summary>
    public void Json<T>(T value) => JsonOutput.Write(output, value);

    private static Markup Cell(string header, string value)
    {
        var escaped = Markup.Escape(value);
        if (header is not ("Status" or "BusinessStatus"))
            return new Markup(escaped);
        if (value.Contains("Locked", StringComparison.Ordinal))
            return new Markup($"[red]{escaped}[/]");
        return value switch
        {
            "InUse" or "Running" or "Available" or "Active" or "active" or "Normal" => new Markup($"[green]{escaped}[/]"),
            "Associating" or "Unassociating" or "Pending" or "Starting" or "Stopping" or "Creating" or "Deleting" or "Attaching" or "Detaching" or "Provisioning"
                => new Markup($"[yellow]{escaped}[/]"),
            "Stopped" or "Released" => new Markup($"[red]{escaped}[/]"),
            _ => new Markup(escaped),
        };
    }
}
