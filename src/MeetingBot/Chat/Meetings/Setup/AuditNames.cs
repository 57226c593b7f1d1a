using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// The people an audit trail names, by name, never by id: a participant by the name the meeting knows; someone who has
/// left the meeting since by the directory's label; someone the directory no longer knows as "a person no longer in
/// the meeting". Escaped for the Markdown message the trail is listed in.
/// </summary>
public sealed class AuditNames(Meeting meeting, PeopleDirectory directory, UserLocale locale)
{
    public static readonly LocalText Gone = new("已不在会议中的人员", "someone no longer in the meeting");

    /// <summary>Whoever wrote on the public opinion form: not a known person.</summary>
    public static readonly LocalText PublicForm = new("征求意见表（公开链接）", "the public opinion form");

    public string Of(string userId) => userId == Coordination.Opinions.OpinionCollection.PublicForm ? PublicForm.In(locale) : MarkdownEscape.Text(
        meeting.Find(userId)?.Name
        ?? (directory.FindWebChatUser(userId) ?? directory.Find(userId) ?? directory.People.FirstOrDefault(p => p.Identities.Any(i => i.Id == userId)))?.Label
        ?? Gone.In(locale));
}
