namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>How a person signed in: his own link (from the 1:1 chat or his QR code on the sheet), or the meeting's QR code after signing in to the web.</summary>
public static class SignInVia
{
    public const string PersonalLink = "personal-link";
    public const string MeetingCode = "meeting-code";
}
