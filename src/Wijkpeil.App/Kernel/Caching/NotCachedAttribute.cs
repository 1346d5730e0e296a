namespace Wijkpeil.App.Kernel.Caching;

/// <summary>Keeps a page out of the public output cache (put it on the page with <c>@attribute [NotCached]</c>).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NotCachedAttribute : Attribute;
