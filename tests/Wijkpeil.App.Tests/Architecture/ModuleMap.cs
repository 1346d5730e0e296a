namespace Wijkpeil.App.Tests.Architecture;

/// <summary>
/// Which module a type belongs to, by its name below a root namespace: <c>Modules.X.**</c> is module X,
/// <c>Kernel.**</c> is the shared kernel, and a table maps the folders that predate the modules to the module
/// that will own them (the longest matching entry wins; an entry may name a single type).
/// </summary>
internal sealed class ModuleMap(string root, IReadOnlyDictionary<string, string> legacy)
{
    public const string Kernel = "Kernel";
    public const string Host = "Host";

    /// <summary>
    /// Wijkpeil.App's folders outside Modules/ and Kernel/, and module folders that merge into another module,
    /// with their owner in the target map (/work/notes/issue10-modules.md §7). An entry leaves this table when
    /// its code moves into Modules/ or Kernel/.
    /// </summary>
    public static readonly ModuleMap App = new("Wijkpeil.App", new Dictionary<string, string>
    {
        ["Hosting"] = Host,
        ["Data"] = Host,
        ["DefaultData"] = Host,
    });

    public string Root => root;

    /// <summary>The module of a type (full name below the root), or null when nothing maps it.</summary>
    public string? ModuleOf(string typeName)
    {
        var relative = Relative(typeName);
        var match = legacy.Keys
            .Where(prefix => relative.StartsWith(prefix + ".", StringComparison.Ordinal) || relative == prefix)
            .MaxBy(prefix => prefix.Length);
        if (match is not null)
        {
            return legacy[match];
        }

        var parts = relative.Split('.');
        return parts switch
        {
            ["Modules", var module, _, ..] => module,
            [Kernel, _, ..] => Kernel,
            _ => null,
        };
    }

    /// <summary>A type in <c>Modules.X.Contracts</c> (or below): what other modules may use.</summary>
    public bool IsContract(string typeName) =>
        Relative(typeName).Split('.') is ["Modules", _, "Contracts", _, ..];

    /// <summary><c>Modules.X.XModule</c>: the class through which the host adds and maps module X.</summary>
    public bool IsFrontDoor(string typeName) =>
        Relative(typeName).Split('.') is ["Modules", var module, var name] && name == module + "Module";

    /// <summary>The name below the root, as findings and the allow-list show it.</summary>
    public string Relative(string typeName) => typeName[(root.Length + 1)..];
}
