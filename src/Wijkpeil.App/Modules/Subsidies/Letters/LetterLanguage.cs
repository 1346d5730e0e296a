namespace Wijkpeil.App.Modules.Subsidies.Letters;

/// <summary>The language a decision letter is written in: the applicant's, Dutch unless they chose English.</summary>
public enum LetterLanguage
{
    Dutch,
    English,
}
