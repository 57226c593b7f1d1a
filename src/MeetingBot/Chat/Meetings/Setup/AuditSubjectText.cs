using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// The document an audit entry changed, as people name it (会议, 提纲3 批评发言提纲（李敏 → 张伟）, 谈心谈话（李敏与张伟）),
/// from the part of its id's text under the meeting's (<see cref="DocumentId.TextPrefix"/>). Never the id itself, nor an id (people are named by
/// <see cref="AuditNames"/>): an unknown document is left unnamed.
/// </summary>
public static class AuditSubjectText
{
    private static readonly LocalText Meeting = new("会议", "the meeting");
    private static readonly LocalText Talk = new("谈心谈话（{0}与{1}）", "talk ({0} and {1})");
    private static readonly LocalText Collective = new("班子对照检查材料", "the collective material");
    private static readonly LocalText Comment = new("班子对照检查材料意见（{0}）", "comment on the collective material ({0})");
    private static readonly LocalText MinutesName = new("会议记录", "the minutes");
    private static readonly LocalText Report = new("专题报告", "the special report");
    private static readonly LocalText RectificationName = new("整改任务书", "the rectification list");
    private static readonly LocalText OpinionsCollected = new("征求意见", "the opinions");
    private static readonly LocalText Item = new("{0}（{1}）", "{0} ({1})");

    public static string For(string subject, MeetingDossier dossier, ProcessTemplate template, AuditNames names, UserLocale locale)
    {
        var parts = subject.Split('/');
        return parts switch
        {
            ["meeting"] => Meeting.In(locale),
            ["submissions", var deliverable, var author, .. var rest] => Submission(dossier, template, names, subject, deliverable, author, rest, locale),
            ["talks", var one, var other] => Talk.In(locale, names.Of(one), names.Of(other)),
            ["collective-material"] => Collective.In(locale),
            ["collective-material", "comments", var member] => Comment.In(locale, names.Of(member)),
            ["minutes"] => MinutesName.In(locale),
            ["special-report"] => Report.In(locale),
            ["rectification"] => RectificationName.In(locale),
            ["opinions"] => OpinionsCollected.In(locale),
            _ => string.Empty,
        };
    }

    private static string Submission(
        MeetingDossier dossier, ProcessTemplate template, AuditNames names, string subject, string deliverableId, string author, string[] rest, UserLocale locale)
    {
        var meeting = dossier.Meeting;
        var name = template.FindDeliverable(deliverableId)?.Name.In(locale == UserLocale.En ? "en" : "zh-CN") ?? string.Empty;
        var reference = dossier.Submissions.FirstOrDefault(s => s.Id.ToString() == DocumentId.TextPrefix(meeting.Id) + subject)?.Reference;
        var label = reference is null ? name : ReviewReferenceText.Of(reference, locale) + " " + name;
        var whose = rest is [var target] ? names.Of(author) + " → " + names.Of(target) : names.Of(author);
        return Item.In(locale, label, whose);
    }
}
