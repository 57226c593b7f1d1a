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

    /// <summary>
    /// @mentions read in pairs (member, then the head he oversees), or "skip" for none: order is kept and a person
    /// may be named twice (one head overseen by two members), so nothing is merged.
    /// </summary>
    Pairs,
}
