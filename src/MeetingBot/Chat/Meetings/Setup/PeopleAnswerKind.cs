namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>What a <see cref="PeoplePrompt"/> accepts besides @mentions.</summary>
public enum PeopleAnswerKind
{
    /// <summary>Exactly one @mention.</summary>
    One,

    /// <summary>@mentions, or "everyone" for the conversation's roster.</summary>
    ManyOrEveryone,

    /// <summary>@mentions, or "skip" for nobody.</summary>
    ManyOrNone,
}
