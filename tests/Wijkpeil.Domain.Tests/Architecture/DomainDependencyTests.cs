using System.Reflection;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.Domain.Tests.Architecture;

/// <summary>The domain is pure C#: it may reference the BCL and nothing else (no EF Core, ASP.NET, drivers).</summary>
public sealed class DomainDependencyTests
{
    private static readonly string[] ForbiddenPrefixes =
    [
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore",
        "Npgsql",
        "Microsoft.Data",
        "Microsoft.Extensions",
    ];

    private static readonly AssemblyName[] References = typeof(AreaCode).Assembly.GetReferencedAssemblies();

    [Fact]
    public void GetReferencedAssemblies_DomainAssembly_ContainsNoInfrastructure()
    {
        var forbidden = References
            .Select(r => r.Name ?? string.Empty)
            .Where(name => ForbiddenPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();

        Assert.True(
            forbidden.Count == 0,
            $"Wijkpeil.Domain must stay pure BCL but references: {string.Join(", ", forbidden)}. All references: {Describe(References)}");
    }

    [Fact]
    public void GetReferencedAssemblies_DomainAssembly_ReferencesOnlyTheBcl()
    {
        var other = References
            .Select(r => r.Name ?? string.Empty)
            .Where(name => !IsBcl(name))
            .ToList();

        Assert.True(
            other.Count == 0,
            $"Wijkpeil.Domain may reference only System.*, netstandard and mscorlib, but references: {string.Join(", ", other)}. All references: {Describe(References)}");
    }

    [Fact]
    public void GetReferencedAssemblies_DomainAssembly_IsNotEmpty()
    {
        // Guards the two tests above against passing vacuously on the wrong assembly.
        Assert.Equal("Wijkpeil.Domain", typeof(AreaCode).Assembly.GetName().Name);
        Assert.Contains(References, r => r.Name == "System.Runtime");
    }

    private static bool IsBcl(string name) =>
        name is "System" or "netstandard" or "mscorlib" || name.StartsWith("System.", StringComparison.Ordinal);

    private static string Describe(IEnumerable<AssemblyName> references) =>
        string.Join(", ", references.Select(r => r.Name).Order(StringComparer.Ordinal));
}
