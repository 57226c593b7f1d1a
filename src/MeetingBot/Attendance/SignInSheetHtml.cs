using System.Text;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Attendance;

/// <summary>
/// The sign-in sheet (签到表) the office prints with the run sheet: the meeting's code, which signs in whoever scans it
/// after signing in to the web, and each member's own code beside his name, with who has signed in or was excused so far.
/// </summary>
public static class SignInSheetHtml
{
    private const string Style = """
        .codes{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:12px;margin-top:12px}
        .code{border:1px solid #ddd;border-radius:8px;padding:8px;text-align:center}
        .code svg{width:100%;height:auto;max-width:200px}
        .state{color:#555;font-size:.9em}
        @media print{body{background:#fff}main{max-width:none}}
        """;

    public static string Render(Meeting meeting, string meetingCode, IReadOnlyList<(Participant Person, string Url)> personal, AttendanceRoll roll)
    {
        var html = new StringBuilder(SignInHtml.Header(meeting))
            .Append("<style>").Append(Style).Append("</style>")
            .Append("<p>应到").Append(roll.Expected).Append("人，已签到").Append(roll.Attended.Count).Append("人，请假").Append(roll.Excused.Count).Append("人。</p>")
            .Append("<div class=\"codes\"><div class=\"code\"><strong>会议签到码</strong>").Append(QrImages.Svg(meetingCode))
            .Append("<div class=\"state\">登录后扫码签到</div></div>");
        foreach (var (person, url) in personal)
        {
            var state = roll.Attended.Any(a => a.Person.UserId == person.UserId) ? "已签到"
                : roll.Excused.FirstOrDefault(e => e.Person.UserId == person.UserId) is { Person: not null } excused ? "请假：" + excused.Reason
                : "未签到";
            html.Append("<div class=\"code\"><strong>").Append(SignInHtml.Escape(person.Name)).Append("</strong>").Append(QrImages.Svg(url))
                .Append("<div class=\"state\">").Append(SignInHtml.Escape(state)).Append("</div></div>");
        }

        return SignInHtml.Page("签到表", html.Append("</div>").ToString());
    }
}
