namespace MeetingBot.Coordination.Tests.Templates;

/// <summary>A small valid template the broken-template tests spoil one line at a time.</summary>
public static class MinimalTemplate
{
    public const string Source = "minimal.yaml";

    public const string Text = """
        id: minimal
        version: 2
        name: { zh-CN: 最小模板, en: Minimal template }
        roles:
          secretary: { zh-CN: 组织者, en: Organiser }
          lead: { zh-CN: 主持人, en: Lead }
          member: { zh-CN: 成员, en: Member }
          department-head: { zh-CN: 部门负责人, en: Department head }
          supervisor: { zh-CN: 督导, en: Supervisor }
        phases:
          - id: prepare
            order: 1
            name: { zh-CN: 准备, en: Prepare }
        aspects:
          - id: work
            name: { zh-CN: 工作, en: Work }
        talkPairing: [lead-with-each-member]
        deliverables:
          - id: check-in
            kind: study-check-in
            phase: prepare
            owner: member
            deadline: -3d 18:00
            name: { zh-CN: 学习, en: Study }
          - id: outline
            kind: criticism-outline
            phase: prepare
            owner: member
            approval: true
            deadline: -2d
            name: { zh-CN: 提纲, en: Outline }
            preReview:
              minimumPoints: 2
              requiredAspects: [work]
          - id: report
            kind: report-upward
            phase: prepare
            owner: secretary
            deadline: -10d 18:00
            name: { zh-CN: 报告, en: Report }
          - id: attendance
            kind: attendance-confirmation
            phase: prepare
            owner: member
            deadline: -1d 18:00
            name: { zh-CN: 参会, en: Attendance }
        readiness:
          require: [check-in, outline]
          reportUpward: { deliverable: report, daysAhead: 10 }
          quorum: { deliverable: attendance, fraction: 2/3 }
        """;

    /// <summary>The 1-based line of the first line containing <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(fragment, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"'{fragment}' is not in the text.");
    }
}
