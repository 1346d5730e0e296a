// Raw SQL of the deliberately broken fixture, for TableOwnershipTests: the table names are those the fixture's
// configurations map (FixtureTables.cs: a_things and a_thing_parts are A's, c_links is C's, kernel_settings the
// kernel's). The checker must report exactly the violations named below.
namespace Wijkpeil.App.Tests.Architecture.Fixture.Modules.A
{
    public static class ASql
    {
        // Allowed: A's own tables (the owned type's table included) and the kernel's.
        public static string Count() => """SELECT COUNT(*) FROM a_things t JOIN a_thing_parts p ON p."AThingId" = t."Id" """;

        public static string Settings() => "SELECT * FROM kernel_settings";
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Modules.C
{
    public static class CSql
    {
        // Violation (sql): module C deletes from A's table, quoted, in a raw string literal.
        public static string Delete() => """DELETE FROM "a_things" WHERE "Id" = @id""";

        // Violation (sql): module C names A's owned table as the second item of a FROM list, in an interpolated string.
        public static string Pairs(int id) => $"SELECT l.\"Id\" FROM c_links l, a_thing_parts AS p WHERE l.\"Id\" = {id}";

        // Allowed: C's own table, and text that names A's table outside a table position.
        public static string Insert() => "INSERT INTO c_links (\"AThingId\") VALUES (1)";

        public static string Prose() => "a_things are counted by module A";
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Kernel.Text
{
    internal static class KernelSql
    {
        // Violation (sql): the kernel writes a module's table, in a constant nothing loads.
        public const string Touch = "UPDATE a_things SET \"Id\" = \"Id\"";
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Host
{
    public static class HostSql
    {
        // Violation (sql): the host fills C's table itself, schema-qualified, instead of going through C.
        public static string Copy() => "COPY public.c_links (\"AThingId\") FROM STDIN";
    }
}
