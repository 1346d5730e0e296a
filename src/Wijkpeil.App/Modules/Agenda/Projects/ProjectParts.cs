using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.Projects;

/// <summary>An entry on a project's timeline; <paramref name="Text"/> is Markdown as typed.</summary>
/// <param name="Date">What day it is about.</param>
/// <param name="Text">What happened.</param>
/// <param name="PercentComplete">How far along, if reported.</param>
public sealed record ProgressEntry(DateOnly Date, string Text, int? PercentComplete);

/// <summary>An output measure with its values, by period ascending.</summary>
/// <param name="Kind">How much, how well, or better off.</param>
/// <param name="Name">What is counted.</param>
/// <param name="Unit">Count, percentage or other.</param>
/// <param name="UnitLabel">What the numbers are, e.g. woningen.</param>
/// <param name="Values">Target and realised value per period.</param>
public sealed record OutputMeasureView(OutputKind Kind, string Name, OutputUnit Unit, string UnitLabel, IReadOnlyList<OutputValueView> Values);

/// <summary>Target and realised value in one period (a year code such as 2024).</summary>
/// <param name="PeriodCode">The year.</param>
/// <param name="Target">The target, if set.</param>
/// <param name="Realised">The realised value, if known.</param>
public sealed record OutputValueView(string PeriodCode, double? Target, double? Realised);

/// <summary>An outcome indicator a project aims to move.</summary>
/// <param name="IndicatorId">The indicator's id.</param>
/// <param name="Code">The indicator's code.</param>
/// <param name="NameNl">Its Dutch name.</param>
public sealed record LinkedIndicator(int IndicatorId, string Code, string NameNl);

/// <summary>Money from one funder in one year, in euros.</summary>
/// <param name="Funder">Rijk, provincie, gemeente or other.</param>
/// <param name="FunderName">The body, required for other.</param>
/// <param name="Year">The budget year.</param>
/// <param name="Budget">Budgeted.</param>
/// <param name="Committed">Contracted or granted.</param>
/// <param name="Spent">Paid out.</param>
public sealed record FundingLineView(Funder Funder, string? FunderName, int Year, decimal Budget, decimal Committed, decimal Spent);
