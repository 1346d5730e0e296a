namespace Wijkpeil.BrowserTests.Infrastructure;

/// <summary>Review material the tests leave in <c>test-artifacts/</c> at the repository root (git-ignored).</summary>
public static class Artifacts
{
    public static string Screenshots => Folder("screenshots");

    public static string Pdf => Folder("pdf");

    private static string Folder(string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "test-artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    // The test binary runs from tests/Wijkpeil.BrowserTests/bin/<configuration>/net10.0 in any checkout.
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Wijkpeil.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Wijkpeil.slnx above {AppContext.BaseDirectory}: cannot tell where test-artifacts/ goes.");
    }
}
