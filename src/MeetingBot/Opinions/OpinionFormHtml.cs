using System.Globalization;
using System.Text;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Submissions.Contents;

namespace MeetingBot.Opinions;

/// <summary>
/// The public opinion form as one self-contained Chinese page: inline CSS, no scripts, no external assets, every value
/// escaped, one column that fits a phone. It names the meeting's theme and its members (so an opinion can be addressed
/// to one of them) and, for the collective material's round, that material — never any opinion already given.
/// </summary>
public static class OpinionFormHtml
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:16px;color:#222;background:#f6f6f4;line-height:1.6}
        main{max-width:640px;margin:0 auto}
        h1{font-size:1.3em;margin:0 0 4px;color:#a61b1b}
        h2{font-size:1.1em;margin:18px 0 8px}
        .meta{color:#555;margin:0 0 12px}
        form,.card{background:#fff;padding:14px;border-radius:8px}
        label{display:block;margin:12px 0 4px;font-weight:600}
        textarea,input,select{box-sizing:border-box;width:100%;font:inherit;padding:10px;border:1px solid #bbb;border-radius:6px;background:#fff}
        textarea{min-height:9em;resize:vertical}
        .hint{color:#555;font-size:.9em;margin:4px 0 0}
        .error{background:#fdecea;color:#8a1010;border:1px solid #f5c2c0;padding:10px;border-radius:6px;margin:0 0 12px}
        .done{background:#e8f5e9;color:#1b5e20;border:1px solid #b7dfb9;padding:12px;border-radius:6px}
        button{margin-top:16px;width:100%;padding:12px;font:inherit;font-size:1.05em;color:#fff;background:#a61b1b;border:none;border-radius:6px}
        .material p{margin:6px 0}
        footer{margin-top:20px;color:#555;font-size:.9em}
        """;

    public static string Form(Meeting meeting, OpinionLink link, ExaminationMaterial? material, OpinionFormFields fields, string formToken, string? error)
    {
        var html = Head(meeting.Theme + (link.OnCollectiveMaterial ? " · 班子对照检查材料征求意见" : " · 征求意见"))
            .Append("<p class=\"meta\">").Append(E(link.OnCollectiveMaterial
                ? "领导班子对照检查材料在一定范围内征求意见。请对照材料提出意见和建议，可以署名，也可以匿名。"
                : "为开好专题民主生活会，现向您征求对领导班子和班子成员的意见建议。可以署名，也可以匿名。")).Append("</p>");
        if (link.OnCollectiveMaterial && material is not null)
        {
            html.Append("<h2>班子对照检查材料</h2><div class=\"card material\">").Append(Material(material)).Append("</div><h2>您的意见</h2>");
        }

        html.Append("<form method=\"post\" action=\"").Append(E(OpinionFormPage.Path + "/" + link.Token)).Append("\" accept-charset=\"utf-8\">");
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(E(error)).Append("</p>");
        }

        if (!link.OnCollectiveMaterial)
        {
            html.Append("<label for=\"to\">意见提给</label><select id=\"to\" name=\"").Append(OpinionFormFields.AddresseeField).Append("\">")
                .Append(Option("0", "领导班子", fields.Addressee));
            var members = meeting.Members;
            for (var i = 0; i < members.Count; i++)
            {
                html.Append(Option((i + 1).ToString(CultureInfo.InvariantCulture), members[i].Name, fields.Addressee));
            }

            html.Append("</select>");
        }

        html.Append("<label for=\"text\">意见内容</label><textarea id=\"text\" name=\"").Append(OpinionFormFields.TextField)
            .Append("\" maxlength=\"").Append(OpinionCollection.MaxTextLength.ToString(CultureInfo.InvariantCulture)).Append("\" required>")
            .Append(E(fields.Text)).Append("</textarea>")
            .Append("<p class=\"hint\">请写具体事例，不超过").Append(OpinionCollection.MaxTextLength.ToString(CultureInfo.InvariantCulture)).Append("字。</p>")
            .Append("<label for=\"name\">署名（可不填，不填即为匿名）</label><input id=\"name\" name=\"").Append(OpinionFormFields.NameField)
            .Append("\" maxlength=\"").Append(OpinionCollection.MaxNameLength.ToString(CultureInfo.InvariantCulture)).Append("\" value=\"").Append(E(fields.Name)).Append("\" autocomplete=\"off\">")
            .Append("<input type=\"hidden\" name=\"").Append(OpinionFormFields.TokenField).Append("\" value=\"").Append(E(formToken)).Append("\">")
            .Append("<button type=\"submit\">提交意见</button></form>");
        return Foot(html);
    }

    public static string Received(Meeting meeting, OpinionLink link) =>
        Foot(Head(meeting.Theme + " · 征求意见")
            .Append("<p class=\"done\" role=\"status\">您的意见已收到，谢谢！领导小组办公室将梳理归纳，交有关同志认真对照检查。</p>")
            .Append("<p><a href=\"").Append(E(OpinionFormPage.Path + "/" + link.Token)).Append("\">再提一条意见</a></p>"));

    /// <summary>The collection closed: said plainly, with whatever the person had typed, so nothing is lost.</summary>
    public static string Closed(string? typed)
    {
        var html = Head("征求意见已结束").Append("<p class=\"error\" role=\"alert\">本次征求意见已经结束，不再接收意见。如有意见，请直接联系领导小组办公室。</p>");
        if (!string.IsNullOrEmpty(typed))
        {
            html.Append("<label for=\"text\">您填写的内容（可复制保存）</label><textarea id=\"text\" readonly>").Append(E(typed)).Append("</textarea>");
        }

        return Foot(html);
    }

    /// <summary>An unknown or revoked link: the same page for both, naming nothing.</summary>
    public static string NotFound() =>
        Foot(Head("链接无效").Append("<p class=\"error\" role=\"alert\">这个征求意见链接无效或已被撤销。如需提意见，请向领导小组办公室索取新的链接。</p>"));

    /// <summary>A post too large or unreadable: no form data could be kept.</summary>
    public static string BadRequest(string message) =>
        Foot(Head("提交未成功").Append("<p class=\"error\" role=\"alert\">").Append(E(message)).Append("</p>"));

    private static StringBuilder Head(string title) =>
        new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\">")
            .Append("<title>").Append(E(title)).Append("</title><style>").Append(Style).Append("</style></head><body><main>")
            .Append("<h1>").Append(E(title)).Append("</h1>");

    private static string Foot(StringBuilder html) =>
        html.Append("<footer><p>本页不使用任何外部脚本；您的意见只有领导小组办公室和有关同志可以看到。</p></footer></main></body></html>").ToString();

    private static string Option(string value, string label, string selected) =>
        $"<option value=\"{E(value)}\"{(value == selected ? " selected" : string.Empty)}>{E(label)}</option>";

    private static string Material(ExaminationMaterial material)
    {
        var html = new StringBuilder();
        if (material.Document is { } document)
        {
            return html.Append("<p>").Append(E(string.IsNullOrWhiteSpace(document.ExtractedText) ? "材料为上传的文件，请向领导小组办公室索取。" : document.ExtractedText)).Append("</p>").ToString();
        }

        var n = 0;
        foreach (var problem in material.Problems)
        {
            html.Append("<p>").Append(E($"问题{++n}：{problem.Description}（典型事例：{problem.TypicalCase}）")).Append("</p>");
        }

        if (!string.IsNullOrWhiteSpace(material.RootCauses))
        {
            html.Append("<p>").Append(E("原因剖析：" + material.RootCauses)).Append("</p>");
        }

        if (!string.IsNullOrWhiteSpace(material.Direction))
        {
            html.Append("<p>").Append(E("努力方向：" + material.Direction)).Append("</p>");
        }

        n = 0;
        foreach (var measure in material.Measures)
        {
            html.Append("<p>").Append(E($"整改措施{++n}：{measure}")).Append("</p>");
        }

        return html.ToString();
    }

    // The five characters that matter in HTML text and attribute values; everything else (Chinese, ·) stays as it is.
    private static string E(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
