namespace MeetingBot.Hosting;

/// <summary>
/// The look the service's own pages share (the public board, the superior's overview): the type, the headings and a
/// table that becomes one card per row on a phone, each cell led by its column's name (<c>data-label</c>). Each page
/// adds its own rules after these.
/// </summary>
public static class PageStyles
{
    public const string Base = """
        body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:16px;color:#222;background:#f6f6f4;line-height:1.5}
        h1{font-size:1.3em;margin:0 0 4px;color:#a61b1b}
        h2{font-size:1.1em;margin:20px 0 8px}
        .meta{color:#555;margin:0 0 12px}
        table{width:100%;border-collapse:collapse;background:#fff}
        th,td{border:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}
        th{background:#f0e6e6}
        footer{margin-top:20px;color:#555;font-size:.9em}

        """;

    /// <summary>Last in a page's style, so that on a phone it wins over the page's own table rules.</summary>
    public const string TablesAsCardsOnPhone = """
        @media (max-width:640px){
          body{padding:10px}
          table,thead,tbody,tr,th,td{display:block}
          thead{display:none}
          tr{background:#fff;border:1px solid #ddd;border-radius:8px;margin:0 0 10px;padding:6px 10px}
          td{border:none;padding:3px 0}
          td::before{content:attr(data-label)"：";color:#555}
        }

        """;
}
