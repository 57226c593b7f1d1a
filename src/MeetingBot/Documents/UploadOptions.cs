using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Documents;

/// <summary>Section <c>Uploads</c>: which files people may send the bot.</summary>
public sealed class UploadOptions
{
    public const string SectionName = "Uploads";
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>Larger files are refused, without reading more of them than this.</summary>
    [Range(typeof(long), "1", "104857600")]
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>
    /// The hosts sent files are fetched from, besides the activity's own serviceUrl origin: an exact host, or
    /// <c>*.example.com</c> for any host under it. The defaults are the Bot Framework's and Teams' attachment hosts and
    /// the SharePoint/OneDrive hosts of Teams file downloads (worldwide, 21Vianet China, US government).
    /// </summary>
    public List<string> AttachmentHosts { get; set; } =
    [
        "*.botframework.com",
        "smba.trafficmanager.net",
        "*.smba.trafficmanager.net",
        "*.teams.microsoft.com",
        "*.teams.microsoft.us",
        "*.asm.skype.com",
        "*.sharepoint.com",
        "*.sharepoint.cn",
        "*.sharepoint.us",
    ];

    /// <summary>One download, its body included; a stalled file host cannot hold a turn longer.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
