using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>The words for each kind in both languages, and the template deliverable kind it maps to.</summary>
public static class SubmissionKinds
{
    private static readonly Dictionary<string, SubmissionKind> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // The kind words, and what people in an office call the same papers (提交 学习心得, 提交 问题清单).
        ["学习"] = SubmissionKind.Study, ["study"] = SubmissionKind.Study,
        ["学习心得"] = SubmissionKind.Study, ["心得体会"] = SubmissionKind.Study, ["学习体会"] = SubmissionKind.Study, ["心得"] = SubmissionKind.Study,
        ["问题清单"] = SubmissionKind.Problems, ["查摆问题"] = SubmissionKind.Problems, ["问题清单表"] = SubmissionKind.Problems,
        ["对照检查材料"] = SubmissionKind.Material, ["对照检查"] = SubmissionKind.Material, ["检视剖析材料"] = SubmissionKind.Material,
        ["批评提纲"] = SubmissionKind.Outline, ["谈话记录"] = SubmissionKind.Talk, ["谈心谈话"] = SubmissionKind.Talk,
        ["出席确认"] = SubmissionKind.Attendance, ["参会确认"] = SubmissionKind.Attendance,
        ["问题"] = SubmissionKind.Problems, ["problems"] = SubmissionKind.Problems, ["problem"] = SubmissionKind.Problems,
        ["材料"] = SubmissionKind.Material, ["material"] = SubmissionKind.Material,
        ["提纲"] = SubmissionKind.Outline, ["outline"] = SubmissionKind.Outline,
        ["谈话"] = SubmissionKind.Talk, ["talk"] = SubmissionKind.Talk,
        ["出席"] = SubmissionKind.Attendance, ["参会"] = SubmissionKind.Attendance, ["attendance"] = SubmissionKind.Attendance,
        ["上报"] = SubmissionKind.ReportUpward, ["报告上级"] = SubmissionKind.ReportUpward, ["report"] = SubmissionKind.ReportUpward,
        ["回头看"] = SubmissionKind.RectificationReview, ["review"] = SubmissionKind.RectificationReview,
        ["笔记"] = SubmissionKind.Notes, ["notes"] = SubmissionKind.Notes, ["note"] = SubmissionKind.Notes,
    };

    /// <summary>The kind the argument starts with, and the rest (the @target, or nothing).</summary>
    public static (SubmissionKind? Kind, string Remainder) Parse(string argument)
    {
        var trimmed = argument.Trim();
        var space = trimmed.IndexOfAny([' ', '\u3000', '\n', '\r', '\t']);
        var head = space < 0 ? trimmed : trimmed[..space];
        var rest = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        return Words.TryGetValue(head, out var kind) ? (kind, rest) : (null, string.Empty);
    }

    public static DeliverableKind DeliverableKindOf(SubmissionKind kind) => kind switch
    {
        SubmissionKind.Study => DeliverableKind.StudyCheckIn,
        SubmissionKind.Problems => DeliverableKind.ProblemList,
        SubmissionKind.Material => DeliverableKind.SelfExamination,
        SubmissionKind.Outline => DeliverableKind.CriticismOutline,
        SubmissionKind.Attendance => DeliverableKind.AttendanceConfirmation,
        SubmissionKind.ReportUpward => DeliverableKind.ReportUpward,
        SubmissionKind.RectificationReview => DeliverableKind.RectificationReview,
        SubmissionKind.Notes => DeliverableKind.Notes,
        _ => DeliverableKind.TalkRecord,
    };

    public static SubmissionKind? FromDeliverableKind(DeliverableKind kind) => kind switch
    {
        DeliverableKind.StudyCheckIn => SubmissionKind.Study,
        DeliverableKind.ProblemList => SubmissionKind.Problems,
        DeliverableKind.SelfExamination => SubmissionKind.Material,
        DeliverableKind.CriticismOutline => SubmissionKind.Outline,
        DeliverableKind.TalkRecord => SubmissionKind.Talk,
        DeliverableKind.AttendanceConfirmation => SubmissionKind.Attendance,
        DeliverableKind.ReportUpward => SubmissionKind.ReportUpward,
        DeliverableKind.RectificationReview => SubmissionKind.RectificationReview,
        DeliverableKind.Notes => SubmissionKind.Notes,
        _ => null,
    };

    public static bool NeedsTarget(SubmissionKind kind) => kind is SubmissionKind.Outline or SubmissionKind.Talk;

    /// <summary>The word a user types for the kind, in their language (for "submit study" hints).</summary>
    public static string Word(SubmissionKind kind, UserLocale locale) => (kind, locale) switch
    {
        (SubmissionKind.Study, UserLocale.En) => "study",
        (SubmissionKind.Problems, UserLocale.En) => "problems",
        (SubmissionKind.Material, UserLocale.En) => "material",
        (SubmissionKind.Outline, UserLocale.En) => "outline",
        (SubmissionKind.Talk, UserLocale.En) => "talk",
        (SubmissionKind.Attendance, UserLocale.En) => "attendance",
        (SubmissionKind.ReportUpward, UserLocale.En) => "report",
        (SubmissionKind.RectificationReview, UserLocale.En) => "review",
        (SubmissionKind.Notes, UserLocale.En) => "notes",
        (SubmissionKind.Study, _) => "学习",
        (SubmissionKind.Problems, _) => "问题",
        (SubmissionKind.Material, _) => "材料",
        (SubmissionKind.Outline, _) => "提纲",
        (SubmissionKind.Attendance, _) => "出席",
        (SubmissionKind.ReportUpward, _) => "上报",
        (SubmissionKind.RectificationReview, _) => "回头看",
        (SubmissionKind.Notes, _) => "笔记",
        _ => "谈话",
    };
}
