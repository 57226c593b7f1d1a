using MeetingBot.Coordination.Outcomes;
using MeetingBot.Localization;

namespace MeetingBot.Meetings;

/// <summary>A refusal from the domain, in the user's language (the domain owns the texts of its stable codes).</summary>
public static class FailureReply
{
    public static string For(Failure failure, UserLocale locale)
    {
        var text = FailureTexts.For(failure);
        return locale == UserLocale.En ? text.En : text.ZhCn;
    }
}
