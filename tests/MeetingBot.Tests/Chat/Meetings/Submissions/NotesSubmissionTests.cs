using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>The notes kind (a retrospective's retro notes): pasted headings and points become note sections.</summary>
public sealed class NotesSubmissionTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string Template = "project-retrospective";

    [Fact]
    public void PastedText_SplitsIntoSections_AtHeadingsEndingWithAColon()
    {
        var sections = NotesForm.Sections("Went well:\n1. Daily stand-ups\n2. Pairing on the parser\nDid not go well:\n- Late test data\n做得好的：\n按时交付");

        Assert.Equal(["Went well", "Did not go well", "做得好的"], sections.Select(s => s.Heading));
        Assert.Equal(["Daily stand-ups", "Pairing on the parser"], sections[0].Points);
        Assert.Equal(["Late test data"], sections[1].Points);
        Assert.Equal(["按时交付"], sections[2].Points);
    }

    [Fact]
    public void PastedText_WithoutHeadings_IsOneSectionWithoutAHeading()
    {
        var section = Assert.Single(NotesForm.Sections("1. one\n2. two"));
        Assert.Equal(string.Empty, section.Heading);
        Assert.Equal(["one", "two"], section.Points);
        Assert.Empty(NotesForm.Sections("   "));
    }

    [Fact]
    public async Task SubmitNotes_InOneMessage_ReadsBack_AndIsSubmitted()
    {
        var seeded = await SeededMeeting.CreateAsync(factory, templateId: Template);
        using var client = factory.CreateClient();
        var member = seeded.Member(1);

        var review = await seeded.SayAsync(client, member, "提交 笔记\n做得好的：\n1. 每日站会\n2. 结对编程\n改进想法：\n提前准备测试数据");
        Assert.Contains("做得好的：\n1. 每日站会\n2. 结对编程", review[0], StringComparison.Ordinal);
        Assert.Contains(SubmissionTexts.Review.ZhCn, review[0], StringComparison.Ordinal);
        Assert.Equal([SubmissionTexts.Submitted.In(UserLocale.ZhCn, 1)], await seeded.SayAsync(client, member, "提交"));

        var notes = (Notes)(await seeded.StoredAsync("retro-notes", member)).Latest!.Content;
        Assert.Equal(["做得好的", "改进想法"], notes.Sections.Select(s => s.Heading));
        Assert.Equal(["提前准备测试数据"], notes.Sections[1].Points);
    }

    [Fact]
    public async Task SubmitNotes_Alone_AsksForThem()
    {
        var seeded = await SeededMeeting.CreateAsync(factory, templateId: Template);
        using var client = factory.CreateClient();

        var asked = await seeded.SayAsync(client, seeded.Member(2), "submit notes");
        Assert.Contains(asked, r => r.Contains(SubmissionTexts.NotesPoints.ZhCn, StringComparison.Ordinal));
    }
}
