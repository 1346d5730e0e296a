using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Agenda;

/// <summary>An entry on a project's timeline: what happened on a date, optionally how far along it is.</summary>
public sealed class ProgressUpdate
{
    public const int TextMaxLength = 4_000;

    private ProgressUpdate()
    {
        Text = string.Empty;
    }

    public int Id { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>Markdown as typed; sanitised by whoever renders it, like <see cref="Project.Description"/>.</summary>
    public string Text { get; private set; }

    /// <summary>0..100; not required to rise over time, since a project may be rescoped.</summary>
    public int? PercentComplete { get; private set; }

    /// <summary>Order of entry, to keep updates of one date in the order they were written.</summary>
    public int Sequence { get; private set; }

    internal static Result<ProgressUpdate> Create(DateOnly date, string? text, int? percentComplete, int sequence, DateOnly today)
    {
        if (date > today)
        {
            return Result<ProgressUpdate>.Failure(
                "progress.date.in_future",
                string.Create(CultureInfo.InvariantCulture, $"De voortgang van {date:dd-MM-yyyy} ligt in de toekomst (vandaag is {today:dd-MM-yyyy})."),
                "date",
                date,
                today);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<ProgressUpdate>.Failure("progress.text.required", "Vul in wat er is gebeurd.", "text");
        }

        var checkedText = TextRules.OptionalRaw(text, TextMaxLength, "progress.text", "de voortgang", "text");
        if (!checkedText.IsSuccess)
        {
            return checkedText.Error!;
        }

        if (percentComplete is < 0 or > 100)
        {
            return Result<ProgressUpdate>.Failure(
                "progress.percent.out_of_range",
                string.Create(CultureInfo.InvariantCulture, $"{percentComplete} procent gereed kan niet (verwacht 0 tot en met 100)."),
                "percentComplete",
                percentComplete);
        }

        return new ProgressUpdate
        {
            Date = date,
            Text = checkedText.Value!,
            PercentComplete = percentComplete,
            Sequence = sequence,
        };
    }
}
