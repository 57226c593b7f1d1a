using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Tests.Chat.Meetings.Reporting;

/// <summary>The special report survives the storage layer's JSON rules, every kind of block included.</summary>
public sealed class StoredReportTests
{
    [Fact]
    public void AReportWithEveryBlock_RoundTripsThroughTheStoredJson()
    {
        var text = new BilingualText("一", "one");
        var report = new SpecialReport("m-1", text, text, DateTimeOffset.UnixEpoch,
        [
            new ReportSection(1, ReportSectionKind.Preparation, text,
            [
                new ReportParagraph(text),
                new ReportList(true, [text, text]),
                new ReportTable(text, [text, text], [[text, text], [text, text]]),
            ]),
        ]);
        var circulation = new ReportCirculation("m-1", SubmissionState.Submitted, [new ReportVersion(1, report, DateTimeOffset.UnixEpoch, "sec")],
            [new ReviewDecision(1, "sup", DateTimeOffset.UnixEpoch, false, "补充")], [], 1, []);

        var json = BotJson.Serialize(circulation);
        var read = JsonSerializer.Deserialize<ReportCirculation>(json, BotJson.Options)!;

        Assert.Equal(json, BotJson.Serialize(read));
    }
}
