using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Subsidies.Attachments.AttachmentText))]

namespace Wijkpeil.App.Modules.Subsidies.Attachments;

/// <summary>
/// Marker for the refusals of an attachment (<c>AttachmentText.resx</c>, Dutch; <c>AttachmentText.en.resx</c>,
/// English): codes <c>attachment.*</c> from <see cref="IAttachmentStore.SaveAsync"/>, found by
/// <see cref="ProblemMessages"/> through the assembly attribute above.
/// </summary>
public sealed class AttachmentText;
