// A deliberately broken miniature of the module layout, for BoundaryCheckFixtureTests: the checker, pointed at
// this namespace root, must report exactly the violations named in the comments below.
namespace Wijkpeil.App.Tests.Architecture.Fixture.Modules.A.Contracts
{
    public sealed class AContract;
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Modules.A
{
    using Wijkpeil.App.Tests.Architecture.Fixture.Modules.B.Internal;

    public static class AService
    {
        // Violation (reach): module A names B's internal type, inside a lambda (a compiler-generated nested type).
        public static Func<object> Secret => () => new BSecret();
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Modules.B.Internal
{
    public sealed class BSecret;
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Modules.B
{
    using Wijkpeil.App.Tests.Architecture.Fixture.Modules.A.Contracts;

    // Allowed on its own (a contract), but with A's reach above it closes the cycle A -> B -> A.
    public sealed class BService(AContract contract)
    {
        public AContract Contract => contract;
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Modules.C
{
    using Wijkpeil.App.Tests.Architecture.Fixture.Kernel.Text;
    using Wijkpeil.App.Tests.Architecture.Fixture.Modules.B;

    // Allowed: module C's front door, which only the host may name.
    public static class CModule
    {
        // Violation (reach): C uses B's non-contract type in a method body.
        public static bool Check(object value) => value is BService;

        // Allowed: the kernel is for every module.
        public static string Name => KernelText.Plain();
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Host
{
    using Wijkpeil.App.Tests.Architecture.Fixture.Modules.C;

    public static class Startup
    {
        // Allowed: the host names a module's front door.
        public static bool Start(object value) => CModule.Check(value);
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Kernel.Text
{
    using Wijkpeil.App.Tests.Architecture.Fixture.Kernel.Web;

    public static class KernelText
    {
        public static string Plain() => "plain";

        // Kernel namespace cycle, with Kernel.Web below.
        public static string Path => KernelWeb.Root();
    }
}

namespace Wijkpeil.App.Tests.Architecture.Fixture.Kernel.Web
{
    using Wijkpeil.App.Tests.Architecture.Fixture.Kernel.Text;
    using Wijkpeil.App.Tests.Architecture.Fixture.Modules.A.Contracts;

    public static class KernelWeb
    {
        public static string Root() => KernelText.Plain();

        // Violation (kernel): the kernel uses a module, even through its contract (here only in typeof).
        public static Type Contract => typeof(AContract);
    }
}
