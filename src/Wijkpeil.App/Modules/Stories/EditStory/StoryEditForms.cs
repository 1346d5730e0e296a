using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories.EditStory;

// The form models of the story edit page. Each form binds only its own few fields: nothing else on a story can be
// posted through the page.

/// <summary>The editable fields of a story, and nothing else (no publication, no consent flag of its own).</summary>
public sealed class StoryForm
{
    public StoryMethod? Method { get; set; }

    public DateOnly? Date { get; set; }

    public string? Area { get; set; }

    public int? Pillar { get; set; }

    public int? ProjectId { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public DateOnly? ConsentRecordedOn { get; set; }

    public static StoryForm From(StoryView story) => new()
    {
        Method = story.Method,
        Date = story.Date,
        Area = story.Area,
        Pillar = story.PillarNumber,
        ProjectId = story.ProjectId,
        Summary = story.Summary,
        Body = story.Body,
        ConsentRecordedOn = story.ConsentRecordedOn,
    };

    public StoryRequest ToRequest() => new(Method, Date, Area, Pillar, ProjectId, Summary, Body, ConsentRecordedOn);
}

/// <summary>A quote to add.</summary>
public sealed class QuoteForm
{
    public string? Text { get; set; }

    public string? Attribution { get; set; }

    public bool IsNamed { get; set; }
}

/// <summary>The quote whose remove button was pressed.</summary>
public sealed class QuoteRemovalForm
{
    public int QuoteId { get; set; }
}

/// <summary>Publication or anonymity: on or off.</summary>
public sealed class SwitchForm
{
    public bool On { get; set; }
}
