namespace Wijkpeil.Domain.Subsidies;

/// <summary>Who applies: a resident on their own, or an organisation registered with the KvK.</summary>
public enum ApplicantKind
{
    Person,
    Organisation,
}
