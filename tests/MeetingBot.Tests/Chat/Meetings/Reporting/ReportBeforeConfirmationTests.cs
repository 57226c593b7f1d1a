using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Reporting;

/// <summary>
/// Asking for the report while the meeting is still being prepared: the refusal says what comes first (confirming the
/// meeting, and who does it) and how to see what is missing, instead of only "not yet".
/// </summary>
public sealed class ReportBeforeConfirmationTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Theory]
    [InlineData("生成报告")]
    [InlineData("请帮我看看报告草稿")]
    public async Task TheSecretary_IsToldToConfirmTheMeetingFirst_AndHowToSeeWhatIsMissing(string said)
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        var replies = await seeded.SayAsync(client, seeded.Secretary, said);

        Assert.Equal(["会议尚未确认召开，现在还不能这样做。会前准备齐备后，由会议组织者或主要负责同志发送“确认会议”；发送“进度”可查看还差哪些材料。"], replies);
    }
}
