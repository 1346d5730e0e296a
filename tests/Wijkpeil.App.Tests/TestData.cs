namespace Wijkpeil.App.Tests;

/// <summary>Locates the shared real-data fixtures, which live beside the repository clone (<c>&lt;clone&gt;/../shared/data</c>).</summary>
internal static class TestData
{
    private static readonly Lazy<string> Root = new(FindSharedData);

    /// <summary>The full path of a file under <c>shared/data</c>, e.g. <c>SharedData("rivm/50090NED-gezondheid-2016-18plus.xlsx")</c>.</summary>
    public static string SharedData(string relative)
    {
        return Path.GetFullPath(Path.Combine(Root.Value, relative));
    }

    private static string FindSharedData()
    {
        string? configured = Environment.GetEnvironmentVariable("WIJKPEIL_SHARED_DATA");
        if (!string.IsNullOrWhiteSpace(configured) && Directory.Exists(configured))
        {
            return configured;
        }

        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/data folder found above {AppContext.BaseDirectory}; put the shared folder beside the repository clone or set WIJKPEIL_SHARED_DATA.");
    }
}
