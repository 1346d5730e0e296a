using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Wijkpeil.App.Tests.Architecture;

/// <summary>
/// Each module owns its tables: an entity type belongs to the module whose <see cref="IEntityTypeConfiguration{T}"/>
/// configures it (<c>Modules/X/Storage</c>; an owned type to its owner's module), and no other namespace of the
/// checked root names it: not in a signature, a body, a generic argument or an attribute (the references of
/// <see cref="TypeReferences"/>). Another module reads the table through a contract of the owner.
/// </summary>
/// <remarks>
/// The model's own configuration may name another module's entity: a configuration declares a foreign key to a
/// table of a module below (a project's programme), and a provider's context adds a provider-only index. Those are
/// constraints the database keeps, not reads or writes, so configuration classes and <see cref="DbContext"/>
/// subclasses are not checked.
/// </remarks>
internal sealed class TableOwnership
{
    public const string Rule = "table";

    private readonly ModuleMap map;
    private readonly IReadOnlyDictionary<string, string> owners;
    private readonly IReadOnlySet<TypeUse> uses;
    private readonly IReadOnlySet<string> model;

    private TableOwnership(ModuleMap map, IReadOnlyDictionary<string, string> owners, IReadOnlySet<TypeUse> uses, IReadOnlySet<string> model)
    {
        this.map = map;
        this.owners = owners;
        this.uses = uses;
        this.model = model;
    }

    /// <summary>The entity types (by <see cref="TypeReferences.NameOf"/>) and the module that owns each.</summary>
    public IReadOnlyDictionary<string, string> Owners => owners;

    /// <summary>
    /// Reads the owners from the configurations in <paramref name="configurations"/> below the map's root, and the
    /// uses of those entity types from the compiled assembly at <paramref name="assemblyPath"/>.
    /// </summary>
    /// <param name="owned">Entity types configured inside another's configuration (EF owned types), with the type that owns each.</param>
    public static TableOwnership Read(ModuleMap map, Assembly configurations, string assemblyPath, IReadOnlyDictionary<Type, Type>? owned = null)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var configured = configurations.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false, FullName: not null } && TypeReferences.InRoot(t.FullName, map.Root))
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
                .Select(i => (Configuration: t, Entity: i.GetGenericArguments()[0])))
            .ToList();
        foreach (var (configuration, entity) in configured)
        {
            var module = map.ModuleOf(configuration.FullName!)
                ?? throw new InvalidOperationException($"{configuration.FullName} configures {entity} but lies in no module.");
            if (owners.TryGetValue(TypeReferences.NameOf(entity), out var other) && other != module)
            {
                throw new InvalidOperationException($"{entity} is configured by two modules, {other} and {module}.");
            }

            owners[TypeReferences.NameOf(entity)] = module;
        }

        foreach (var (entity, owner) in owned ?? new Dictionary<Type, Type>())
        {
            owners.TryAdd(TypeReferences.NameOf(entity), owners[TypeReferences.NameOf(owner)]);
        }

        var model = configured.Select(c => TypeReferences.NameOf(c.Configuration))
            .Concat(configurations.GetTypes().Where(t => t.IsSubclassOf(typeof(DbContext))).Select(TypeReferences.NameOf))
            .ToHashSet(StringComparer.Ordinal);
        return new TableOwnership(map, owners, TypeReferences.Read(assemblyPath, map.Root, owners.ContainsKey), model);
    }

    /// <summary>
    /// <c>table From -> Entity</c> for every namespace outside the owning module that names an entity type (the
    /// entity by its full name, the namespace relative to the root). The kernel's tables (system settings, cache
    /// invalidations) are everyone's, as the rest of the kernel is.
    /// </summary>
    public IReadOnlySet<Finding> Trespasses() =>
        uses
            .Where(u => owners[u.To] != ModuleMap.Kernel && map.ModuleOf(u.From) != owners[u.To] && !model.Contains(u.From))
            .Select(u => new Finding(Rule, map.Relative(TypeReferences.NamespaceOf(u.From)), u.To))
            .ToHashSet();
}
