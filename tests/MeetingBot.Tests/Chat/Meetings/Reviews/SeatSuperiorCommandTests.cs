using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.People;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Setup;
using MeetingBot.Tests.Hosting;
using MeetingBot.Tests.People;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Reviews;

/// <summary>
/// 添加上级 through the HTTP pipeline, in Chinese: only the secretary seats the superior, and only an overseer (组织部)
/// of the meeting's unit; everyone else who may not is told why, in words.
/// </summary>
public sealed class SeatSuperiorCommandTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string Secretary = "王秘书";
    private const string Lead = "迟书记";
    private const string Qian = "钱部长";
    private const string Sun = "孙部长";
    private const string Zhao = "赵科长";

    [Fact]
    public async Task OnlyTheSecretary_SeatsOnlyAnOverseerOfTheMeetingsUnit_AndTheSuperiorReviewsFromHisOwnChat()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var seeded = await chat.SeedMeetingAsync("democratic-life-meeting", Secretary, Lead, "李敏", "张伟");
        var repository = factory.Services.GetRequiredService<MeetingRepository>();
        await repository.UpdateAsync<Meeting>(null, DocumentId.Meeting(seeded.Id), m => m! with { Unit = "某县/某镇党委" }, CancellationToken.None);
        await Overseer(chat, Qian, "某县");
        await Overseer(chat, Sun, "另一县");
        await TestDirectory.AddAsync(factory.Services, "u-" + chat.Id(Zhao), Zhao, "某县/某镇党委",
            identities: new ChannelIdentity(IdentityKinds.TeamsAadObjectId, chat.Id(Zhao)));
        await chat.PrivatelyAsync(Qian, "帮助");

        Assert.Equal(["只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系王秘书。"], SetupChat.Texts(await chat.InTeamAsync("李敏", "添加上级", "zh-CN", Qian)));
        Assert.StartsWith("孙部长督查的是另一县及其下级单位，本会议所属的某县/某镇党委不在其中，不能由其审核本会议的材料。",
            SetupChat.Texts(await chat.InTeamAsync(Secretary, "添加上级", "zh-CN", Sun))[0], StringComparison.Ordinal);
        Assert.StartsWith("赵科长在人员名录中不是上级党委（组织部）的同志",
            SetupChat.Texts(await chat.InTeamAsync(Secretary, "添加上级", "zh-CN", Zhao))[0], StringComparison.Ordinal);
        Assert.Null((await chat.StoredAsync(seeded.Id))!.Find(chat.Id(Sun)));

        Assert.Equal([CollectiveReviewTexts.SuperiorSeated.In(UserLocale.ZhCn, Qian)],
            SetupChat.Texts(await chat.InTeamAsync(Secretary, "添加上级", "zh-CN", Qian)));
        Assert.Equal([Role.Superior], (await chat.StoredAsync(seeded.Id))!.Find(chat.Id(Qian))!.Roles);
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Qian, t => t.Contains("请你作为上级审核", StringComparison.Ordinal)));
        // Nothing is with him yet; the seed's template sends the lead's material to 督导组 first, on to him by 转交.
        Assert.Equal([ReviewTexts.NothingToReview.ZhCn], SetupChat.Texts(await chat.PrivatelyAsync(Qian, "待审")));
        // An overseer of another unit has no meeting here at all.
        Assert.Equal([StatusTexts.NoMeeting.ZhCn], SetupChat.Texts(await chat.PrivatelyAsync(Sun, "待审")));
    }

    private Task Overseer(SetupChat chat, string name, string unit) =>
        TestDirectory.AddAsync(factory.Services, "u-" + chat.Id(name), name, unit, roles: [OrganisationRole.Overseer],
            identities: new ChannelIdentity(IdentityKinds.TeamsAadObjectId, chat.Id(name)));
}
