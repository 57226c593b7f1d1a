using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reminders;

/// <summary>One push to one person: the text in both languages; the front picks the recipient's.</summary>
public sealed record ReminderMessage(string UserId, string Name, BilingualText Text);
