using System.Collections.Concurrent;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>
/// Whoever recorded a talk learns, in his own 1:1 chat, that the other party disputed it and why (found in a trial: the
/// dispute was stored and the recorder never heard of it), or that it is confirmed; nobody else is told.
/// </summary>
public sealed class TalkAnswerNoticeTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly ConcurrentQueue<(string Path, string Body)> _sent = new();

    [Fact]
    public async Task A_dispute_reaches_the_recorder_with_the_note_and_what_to_do()
    {
        var (seeded, client) = await RecordedAsync();

        await seeded.SayAsync(client, seeded.Member(1), "异议 @刘洋 我们谈完后分歧已经化解了，请改一下");

        var notice = await NoticeToAsync(seeded.Member(3), "提出异议");
        Assert.Contains("王芳对您记录的谈话（2026-11-20）提出异议：我们谈完后分歧已经化解了，请改一下", notice, StringComparison.Ordinal);
        Assert.Contains("发送“提交 谈话 王芳”重新记录", notice, StringComparison.Ordinal);
        Assert.DoesNotContain(_sent, s => s.Path.Contains($"-dm-{seeded.Member(2)}", StringComparison.Ordinal) || s.Path.Contains($"-dm-{seeded.Lead}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_confirmation_reaches_the_recorder()
    {
        var (seeded, client) = await RecordedAsync();

        await seeded.SayAsync(client, seeded.Member(1), "确认谈话 @刘洋");

        Assert.Contains("王芳已确认您记录的谈话（2026-11-20）。", await NoticeToAsync(seeded.Member(3), "已确认"), StringComparison.Ordinal);
    }

    private async Task<(SeededMeeting, HttpClient)> RecordedAsync()
    {
        WebApplicationFactory<Program> host = RecordingChannel.Host(factory, _sent);
        var seeded = await SeededMeeting.CreateAsync(host);
        var client = host.CreateClient();
        await seeded.SayAsync(client, seeded.Member(1), "帮助");
        await seeded.SayAsync(client, seeded.Member(3), "提交 谈话 @王芳");
        await seeded.SayInTurnAsync(client, seeded.Member(3), "2026-11-20", "要多听意见", "要多调研", "无", "否");
        await seeded.SayAsync(client, seeded.Member(3), "提交");
        return (seeded, client);
    }

    private Task<string> NoticeToAsync(string userId, string marker) => RecordingChannel.TextToAsync(_sent, userId, marker);
}
