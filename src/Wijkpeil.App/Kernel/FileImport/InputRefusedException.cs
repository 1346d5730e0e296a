namespace Wijkpeil.App.Kernel.FileImport;

/// <summary>
/// Why a reader refused its input, where and why in words for the person who supplied it (Dutch, like the
/// importers' messages): a limit exceeded, a malformed cell reference, a byte that is not UTF-8. It travels
/// as the inner exception of the <see cref="InvalidDataException"/> the readers throw for every unreadable
/// file (<see cref="Create"/>), so code that knows only that exception still refuses the file; the parsers
/// find it (<see cref="Find"/>) and report it as it is, instead of their generic "unreadable file".
/// </summary>
public sealed class InputRefusedException : Exception
{
    private InputRefusedException(string fileName, int? row, string? column, string reason)
        : base(reason)
    {
        FileName = fileName;
        Row = row;
        Column = column;
        Reason = reason;
    }

    public string FileName { get; }

    /// <summary>The 1-based row (Excel row or text line), when the problem has one.</summary>
    public int? Row { get; }

    /// <summary>The column, cell reference or zip part the problem is in, when it has one.</summary>
    public string? Column { get; }

    /// <summary>What is wrong and what was expected; never more than a few dozen characters of input.</summary>
    public string Reason { get; }

    /// <summary>The exception a reader throws: an <see cref="InvalidDataException"/> carrying the refusal.</summary>
    public static InvalidDataException Create(string fileName, int? row, string? column, string reason) =>
        new($"'{fileName}': {reason}", new InputRefusedException(fileName, row, column, reason));

    /// <summary>The refusal inside <paramref name="exception"/>, if a reader said precisely what is wrong.</summary>
    public static InputRefusedException? Find(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is InputRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    /// <summary>The problem as an import issue.</summary>
    public ImportIssue ToIssue() => new(FileName, Row, Column, null, Reason);
}
