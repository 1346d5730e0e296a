namespace Wijkpeil.App.Kernel.Persistence;

/// <summary>A key/value row for the database's own bookkeeping, such as which default data set is loaded.</summary>
public sealed class SystemSetting
{
    public SystemSetting(string key, string value)
    {
        Key = key;
        Value = value;
    }

    public string Key { get; private set; }

    public string Value { get; set; }
}
