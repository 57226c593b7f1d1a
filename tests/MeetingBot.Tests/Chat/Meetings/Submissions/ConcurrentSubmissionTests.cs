using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>Thirty members hand in their study check-in in the same moment: every one succeeds, nothing is lost.</summary>
public sealed class ConcurrentSubmissionTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const int Members = 30;

    [Fact]
    public async Task ThirtyMembers_SubmittingAtOnce_AllSucceed_AndThirtySubmissionsAreStored()
    {
        var seeded = await SeededMeeting.CreateAsync(factory, Members);
        using var client = factory.CreateClient();
        var members = Enumerable.Range(1, Members).Select(seeded.Member).ToList();

        // Each starts the flow and pastes the list together, then all press "submit" in the same moment.
        await Task.WhenAll(members.Select(async m =>
        {
            await seeded.SayAsync(client, m, "提交 学习");
            await seeded.SayAsync(client, m, "1. 《党章》\n2. 中央八项规定");
        }));
        var replies = await Task.WhenAll(members.Select(m => seeded.SayAsync(client, m, "提交")));

        Assert.All(replies, r => Assert.Equal([SubmissionTexts.Submitted.In(global::MeetingBot.Localization.UserLocale.ZhCn, 1)], r));
        var stored = await seeded.Storage.ListAsync(DocumentKeys.Prefix(seeded.Meeting.Id) + "submissions/study-check-in/");
        Assert.Equal(Members, stored.Count);
    }
}
