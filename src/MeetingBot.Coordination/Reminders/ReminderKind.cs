using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Reminders;

/// <summary>Why a push is sent; part of its key, so never renumber or rename a value.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReminderKind>))]
public enum ReminderKind
{
    /// <summary>Whole days before a deadline (occurrence = the number of days).</summary>
    BeforeDeadline,

    /// <summary>On the deadline's day at a local time (occurrence 0).</summary>
    OnDeadlineDay,

    /// <summary>Daily while overdue (occurrence = the overdue day, 1 … max).</summary>
    Overdue,

    /// <summary>To the secretaries, listing who is late (occurrence = the overdue days it waits).</summary>
    Escalation,

    /// <summary>The meeting's time and place to every participant (occurrence = days before, 0 on the day).</summary>
    MeetingDay,

    /// <summary>To a rectification task's owner before its due date (occurrence = days before, 0 on the day).</summary>
    RectificationDue,

    /// <summary>To the owner of a rectification task not done after its due date (occurrence = the overdue day).</summary>
    RectificationOverdue,

    /// <summary>To the secretaries, naming an overdue rectification task and its owner (occurrence = the overdue days).</summary>
    RectificationEscalation,

    /// <summary>The secretary's 立即提醒: everything each person still owes, now (occurrence 0; the key carries the instant).</summary>
    OnDemand,

    /// <summary>To the lead when items have waited for his review longer than a day (occurrence = days before the meeting's day).</summary>
    ReviewWaiting,

    /// <summary>To the secretaries before and after a phase's deadline after the meeting (occurrence = days before, -1 the day after).</summary>
    PhaseDeadline,
}
