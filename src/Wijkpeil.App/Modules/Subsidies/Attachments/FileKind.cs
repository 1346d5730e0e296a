namespace Wijkpeil.App.Modules.Subsidies.Attachments;

/// <summary>
/// A type of file an applicant may attach, as recognised by its content (<see cref="FileSniffer"/>), never by its name.
/// A scheme's required attachment names the kinds it accepts (<see cref="FileKinds.ParseList"/>).
/// </summary>
public enum FileKind
{
    Pdf = 1,
    Docx = 2,
    Xlsx = 3,
    Odt = 4,
    Ods = 5,
    Jpeg = 6,
    Png = 7,
}
