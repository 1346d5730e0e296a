// Tables of the deliberately broken fixture, for TableOwnershipTests: the entity types live outside the fixture root
// (as Wijkpeil.Domain's do outside Wijkpeil.App); module A configures AThing (and owns AThingPart through it), the
// kernel configures KernelSetting, module C configures CLink. The checker must report exactly the violations named
// below; FixtureSql.cs has the fixture's raw SQL over these tables.
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wijkpeil.App.Tests.Architecture.FixtureDomain
{
    public sealed class AThing
    {
        public int Id { get; set; }

        public List<AThingPart> Parts { get; } = [];
    }

    public sealed class AThingPart;

    public sealed class KernelSetting;

    public sealed class CLink
    {
        public int Id { get; set; }

        public int AThingId { get; set; }
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Modules.A.Storage
{
    using Wijkpeil.App.Tests.Architecture.FixtureDomain;

    internal sealed class AThingConfiguration : IEntityTypeConfiguration<AThing>
    {
        public void Configure(EntityTypeBuilder<AThing> builder)
        {
            builder.ToTable("a_things");
            builder.OwnsMany(t => t.Parts, p => p.ToTable("a_thing_parts"));
        }
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Modules.A
{
    using Wijkpeil.App.Tests.Architecture.FixtureDomain;

    public static class ATables
    {
        // Allowed: the owning module names its own entity types.
        public static int Count(IEnumerable<AThing> things) => things.Sum(t => t.Parts.Count);
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Kernel.Text
{
    using Wijkpeil.App.Tests.Architecture.FixtureDomain;

    internal sealed class KernelSettingConfiguration : IEntityTypeConfiguration<KernelSetting>
    {
        public void Configure(EntityTypeBuilder<KernelSetting> builder) => builder.ToTable("kernel_settings").HasNoKey();
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Modules.C
{
    using Wijkpeil.App.Tests.Architecture.FixtureDomain;

    public static class CReads
    {
        // Violation (table): module C names A's entity type in a method body.
        public static bool IsThing(object value) => value is AThing;

        // Allowed: the kernel's table is everyone's.
        public static KernelSetting Setting() => new();
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Modules.C.Storage
{
    using Wijkpeil.App.Tests.Architecture.FixtureDomain;

    // Allowed: C's own table with a foreign key to A's, declared in C's configuration (a constraint, not a read).
    internal sealed class CLinkConfiguration : IEntityTypeConfiguration<CLink>
    {
        public void Configure(EntityTypeBuilder<CLink> builder) =>
            builder.ToTable("c_links").HasOne<AThing>().WithMany().HasForeignKey(l => l.AThingId);
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Modules.B
{
    using Wijkpeil.App.Tests.Architecture.FixtureDomain;

    public sealed class BHolder
    {
        // Violation (table): module B names the type A owns through AThing, in a field.
        private readonly List<AThingPart> parts = [];

        public int Count => parts.Count;
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Host
{
    using Wijkpeil.App.Tests.Architecture.FixtureDomain;

    public static class Seeding
    {
        // Violation (table): the host seeds through the owner's contract, it does not build the owner's rows.
        public static object Seed() => new AThing();
    }
}
