using System.Net;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Tests.Hosting;
using MeetingBot.Tests.Opinions;

namespace MeetingBot.Tests.Chat.Meetings.Opinions;

/// <summary>
/// An opinion addressed to one member reaches only him, the office and the lead: never another member, never the
/// team conversation (where only counts are said), never a notice's text.
/// </summary>
public sealed class OpinionPrivacyTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string Secret = "OPINION-机密-5d2e 李敏同志在村里打麻将";

    [Fact]
    public async Task AnOpinionForOneMember_ReachesOnlyHimTheOfficeAndTheLead()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        var meeting = await bed.CreateAsync();
        var path = await OpinionForm.OpenAsync(bed, client);
        Assert.Equal(HttpStatusCode.OK, (await OpinionForm.SendAsync(client, path, Secret, "村民赵某", OpinionForm.PlaceOf(meeting, bed.Li))).Status);
        Assert.Equal(HttpStatusCode.OK, (await OpinionForm.SendAsync(client, path, "班子作风有待改进，例如会议多")).Status);

        Assert.Contains(Secret, await Say(bed, client, bed.Secretary, "意见列表"), StringComparison.Ordinal);
        Assert.Contains(Secret, await Say(bed, client, bed.Lead, "意见列表"), StringComparison.Ordinal);
        var li = await Say(bed, client, bed.Li, "意见列表");
        Assert.Contains(Secret, li, StringComparison.Ordinal);
        // Who wrote it, the member it is about does not learn: the office and the lead do.
        Assert.DoesNotContain("村民赵某", li, StringComparison.Ordinal);
        Assert.DoesNotContain("村民赵某", await Say(bed, client, bed.Li, "我的意见"), StringComparison.Ordinal);
        Assert.Contains("村民赵某", await Say(bed, client, bed.Lead, "意见列表"), StringComparison.Ordinal);

        var zhang = await Say(bed, client, bed.Zhang, "意见列表");
        Assert.DoesNotContain(Secret, zhang, StringComparison.Ordinal);
        Assert.DoesNotContain("李敏", zhang, StringComparison.Ordinal);
        Assert.Contains("班子作风有待改进", zhang, StringComparison.Ordinal); // what is for the team, the team reads
        Assert.Equal("目前没有交办给你回应的意见。", await Say(bed, client, bed.Zhang, "我的意见"));
        Assert.Equal("没有找到意见1。发送“意见列表”（秘书）或“我的意见”查看编号。", await Say(bed, client, bed.Zhang, "回应意见 1 认账"));

        // Assigned on, it is the new assignee's too — and still nobody else's.
        Assert.Equal("意见1已交刘洋回应，已通知本人。", await Say(bed, client, bed.Secretary, "交办意见 1 刘洋"));
        Assert.Contains(Secret, await Say(bed, client, bed.Liu, "我的意见"), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, await Say(bed, client, bed.Zhang, "意见列表"), StringComparison.Ordinal);

        // In the team conversation: counts, whoever asks, and the commands that would show content say to go 1:1.
        foreach (var (who, text) in new[] { (bed.Secretary, "意见列表"), (bed.Lead, "意见列表"), (bed.Li, "我的意见"), (bed.Li, "回应意见 1 认账"), (bed.Secretary, "opinions") })
        {
            var replies = await bed.SayAsync(client, who, text, inGroup: true);
            var all = MeetingTestBed.AllStrings(replies);
            Assert.DoesNotContain("OPINION-机密", all, StringComparison.Ordinal);
            Assert.DoesNotContain("打麻将", all, StringComparison.Ordinal);
            Assert.DoesNotContain("班子作风有待改进", all, StringComparison.Ordinal);
        }

        Assert.Equal("共收到2条意见，待梳理1条，待回应1条。意见内容只在私聊中查看：请在与我的私聊中发送“意见列表”。",
            MeetingTestBed.Texts(await bed.SayAsync(client, bed.Secretary, "意见列表", inGroup: true)));
    }

    [Fact]
    public async Task WhatTheSuperiorPointedOut_TypedInTheGroup_IsNotEchoed()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await bed.CreateAsync();

        var replies = await bed.SayAsync(client, bed.Lead, "上级点 张伟：" + Secret, inGroup: true);
        Assert.Equal("已录入意见1（上级点），已交有关同志回应。", MeetingTestBed.Texts(replies));
        Assert.DoesNotContain("张伟", MeetingTestBed.AllStrings(replies), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, await Say(bed, client, bed.Li, "意见列表"), StringComparison.Ordinal);
        Assert.Contains(Secret, await Say(bed, client, bed.Zhang, "我的意见"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneOutsideTheMeeting_SeesNothing()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await bed.CreateAsync();
        await Say(bed, client, bed.Secretary, "上级点 李敏：" + Secret);
        var stranger = new Actor("stranger-" + bed.MeetingId, "路人", bed.Li.TenantId);

        var replies = MeetingTestBed.AllStrings(await bed.SayAsync(client, stranger, "意见列表"));
        Assert.DoesNotContain(Secret, replies, StringComparison.Ordinal);
    }

    private static async Task<string> Say(MeetingTestBed bed, HttpClient client, Actor from, string text) =>
        MeetingTestBed.Texts(await bed.SayAsync(client, from, text));
}
