namespace MeetingBot.Tests.Opinions;

internal static class OpinionFormPageLimits
{
    /// <summary>A body just over what the form page reads.</summary>
    public const int TooLarge = MeetingBot.Opinions.OpinionFormPage.MaxBodyBytes + 1;
}
