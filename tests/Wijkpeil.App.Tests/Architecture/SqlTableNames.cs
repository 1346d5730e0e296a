using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Wijkpeil.App.Tests.Architecture;

/// <summary>
/// Raw SQL names only its module's tables (docs/architecture.md, rule 4): every string constant of the compiled
/// assembly (what a method loads: literals, raw strings, the constant parts of interpolated strings, constants
/// where they are used; and the values of string constant fields) is read as SQL, and a table another module
/// owns, named where SQL names a table, is a finding for the namespace of the string's outermost type. Another
/// module's data goes through its contracts: a query contract that EF composes into the command, or SQL the owner
/// writes (its own strings, in its own namespace).
/// </summary>
/// <remarks>
/// A table position is the name after <c>FROM</c> (and each further name of a <c>FROM a, b</c> list),
/// <c>JOIN</c>, <c>INTO</c>, <c>UPDATE</c>, <c>TABLE</c>, <c>COPY</c> or <c>REFERENCES</c>, quoted or not,
/// schema-qualified or not. Only names of the model's tables count, so prose that happens to say "from" is no
/// finding unless a table's name follows. SQL that EF Core generates from the model is not in the assembly and
/// is not checked; neither is SQL assembled from table names at run time (the host's backup), nor the model
/// itself (configurations, contexts, migrations: they define every module's tables).
/// </remarks>
internal static partial class SqlTableNames
{
    public const string Rule = "sql";

    /// <summary>Every table of <paramref name="model"/> and the module that owns it (the owner of its entity type, by <paramref name="owners"/>).</summary>
    public static IReadOnlyDictionary<string, string> TablesOf(IModel model, IReadOnlyDictionary<string, string> owners)
    {
        var tables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table)
            {
                continue;
            }

            var owner = owners[TypeReferences.NameOf(entity.ClrType)];
            if (tables.TryGetValue(table, out var other) && other != owner)
            {
                throw new InvalidOperationException($"Table {table} is mapped by two modules, {other} and {owner}.");
            }

            tables[table] = owner;
        }

        return tables;
    }

    /// <summary>
    /// <c>sql From -> table</c> for every string of a type below the map's root that names, in a table position, a
    /// table of <paramref name="tables"/> owned by another module (the kernel's tables are everyone's).
    /// </summary>
    public static IReadOnlySet<Finding> Trespasses(ModuleMap map, Assembly loaded, string assemblyPath, IReadOnlyDictionary<string, string> tables)
    {
        var model = ModelTypes(loaded);
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var findings = new HashSet<Finding>();
        foreach (var type in assembly.MainModule.GetTypes())
        {
            var from = TypeReferences.OuterName(type);
            if (!TypeReferences.InRoot(from, map.Root) || model.Contains(from) || map.ModuleOf(from) is not { } module)
            {
                continue;
            }

            foreach (var table in Strings(type).SelectMany(TablesNamedIn))
            {
                if (tables.TryGetValue(table, out var owner) && owner != module && owner != ModuleMap.Kernel)
                {
                    findings.Add(new Finding(Rule, map.Relative(TypeReferences.NamespaceOf(from)), table));
                }
            }
        }

        return findings;
    }

    /// <summary>The names <paramref name="sql"/> puts in a table position, as written (quotes and schema removed).</summary>
    public static IEnumerable<string> TablesNamedIn(string sql)
    {
        foreach (Match keyword in TableKeyword().Matches(sql))
        {
            var rest = sql[(keyword.Index + keyword.Length)..];
            if (!keyword.Groups["keyword"].Value.Equals("FROM", StringComparison.OrdinalIgnoreCase))
            {
                if (FirstName().Match(rest) is { Success: true } single)
                {
                    yield return single.Groups["name"].Value;
                }

                continue;
            }

            // FROM a [AS] x, b y …: every item of the list up to the clause that ends it.
            var end = FromListEnd().Match(rest);
            foreach (var item in rest[..(end.Success ? end.Index : rest.Length)].Split(','))
            {
                if (FirstName().Match(item) is { Success: true } listed)
                {
                    yield return listed.Groups["name"].Value;
                }
            }
        }
    }

    private static IEnumerable<string> Strings(TypeDefinition type)
    {
        foreach (var field in type.Fields)
        {
            if (field is { HasConstant: true, Constant: string constant })
            {
                yield return constant;
            }
        }

        foreach (var method in type.Methods.Where(m => m.HasBody))
        {
            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.OpCode == OpCodes.Ldstr)
                {
                    yield return (string)instruction.Operand;
                }
            }
        }
    }

    /// <summary>The model's own types: entity configurations, contexts, migrations and model snapshots.</summary>
    private static HashSet<string> ModelTypes(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DbContext)) || t.IsSubclassOf(typeof(Migration)) || t.IsSubclassOf(typeof(ModelSnapshot))
                || t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)))
            .Select(TypeReferences.NameOf)
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?<keyword>FROM|JOIN|INTO|UPDATE|TABLE|COPY|REFERENCES)\s+(?:ONLY\s+|IF\s+(?:NOT\s+)?EXISTS\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableKeyword();

    [GeneratedRegex(@"^\s*(?:""?\w+""?\.)?""?(?<name>[A-Za-z_][A-Za-z0-9_]*)""?", RegexOptions.CultureInvariant)]
    private static partial Regex FirstName();

    [GeneratedRegex(@"\b(?:WHERE|JOIN|INNER|LEFT|RIGHT|FULL|CROSS|NATURAL|ON|USING|GROUP|ORDER|HAVING|WINDOW|LIMIT|OFFSET|UNION|EXCEPT|INTERSECT|RETURNING|SET|VALUES)\b|[();]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromListEnd();
}
