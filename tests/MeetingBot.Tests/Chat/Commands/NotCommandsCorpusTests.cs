using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Phrasing;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Setup;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Commands;

/// <summary>
/// Ordinary messages (not-commands.txt, one per line) are conversation at every phase of a meeting: sent by the
/// secretary (who may do the most) in the team to the others, in the team addressed to the bot, and in 1:1, they
/// store nothing and send nothing; the team hears nothing unless the bot was addressed, and nothing asks to confirm.
/// </summary>
public sealed class NotCommandsCorpusTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string Office = "办公室";
    private const string Lead = "王书记";
    private static readonly string[] Members = ["张伟", "李敏", "刘洋"];

    private const string EmptyDialogState = "{\"dialogs\":{\"version\":1}}";

    public static IReadOnlyList<string> Corpus { get; } =
    [
        .. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Chat", "Commands", "not-commands.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#')),
    ];

    [Fact]
    public void NoLineOfTheCorpus_IsReadAsACommandOrAPhrase()
    {
        IReadOnlyList<ChatCommand> commands = [.. ChatCommands.BuiltIn, .. factory.Services.GetServices<IChatCommandHandler>().Select(h => h.Command)];
        var commandsInCorpus = Corpus.Where(line => Phrasebook.Understand(line, commands).Command is not null).ToList();
        Assert.Empty(commandsInCorpus);
    }

    [Theory]
    [InlineData(MeetingStatus.Preparing)]
    [InlineData(MeetingStatus.Confirmed)]
    [InlineData(MeetingStatus.Reporting)]
    [InlineData("rectification")]
    public async Task NoOrdinaryMessage_ChangesOrSendsAnything(object phase)
    {
        await ReminderStartupDoneAsync();
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", Office, Lead, Members);
        await BringToAsync(chat, meeting, phase);
        var before = await SnapshotAsync();
        var sentBefore = chat.Channel.Requests.Count;

        // Batched: the cases of one way of saying them run side by side; the three ways one after the other.
        var toOthers = await SayAllAsync(line => chat.InTeamToOthersAsync(Office, line));
        var addressed = await SayAllAsync(line => chat.InTeamAsync(Office, line));
        var privately = await SayAllAsync(line => chat.PrivatelyAsync(Office, line));

        var answeredUnaddressed = toOthers.Where(r => r.Replies.Count > 0).Select(r => r.Line).ToList();
        Assert.Empty(answeredUnaddressed);
        var treatedAsCommands = addressed.Concat(privately).Where(r => r.Replies.Count > 1 || AsksToConfirm(r.Replies)).Select(r => r.Line).ToList();
        Assert.Empty(treatedAsCommands);
        var after = await SnapshotAsync();
        var changes = Changes(before, after);
        Assert.True(changes.Count == 0, string.Join("\n", changes));
        Assert.Equal(sentBefore, chat.Channel.Requests.Count);
    }

    private static bool AsksToConfirm(List<string> replies) =>
        replies.Any(r => r.StartsWith("请确认", StringComparison.Ordinal) || r.StartsWith("Please confirm", StringComparison.Ordinal));

    private static async Task<List<(string Line, List<string> Replies)>> SayAllAsync(Func<string, Task<List<JsonObject>>> say)
    {
        using var gate = new SemaphoreSlim(8);
        return [.. await Task.WhenAll(Corpus.Select(async line =>
        {
            await gate.WaitAsync();
            try
            {
                return (line, SetupChat.Texts(await say(line)));
            }
            finally
            {
                gate.Release();
            }
        }))];
    }

    /// <summary>
    /// Every stored document as JSON, except bookkeeping that is not meeting data, written by design for any message
    /// the bot reads: conversation references (<c>references/</c>: where the bot can write to a person or
    /// conversation, refreshed from every inbound activity because the serviceUrl can change), and a person's
    /// dialog state in a conversation when it holds only an empty dialog stack (<see cref="EmptyDialogState"/>: the
    /// dialog engine's first look at a conversation; any form started, any pending value, is compared).
    /// </summary>
    // The host's start-up pass indexes the stored meetings in the background (index/active-meetings…): a write of its
    // own, not a message's, which must not land between the two snapshots (it did, on a busy CI machine).
    private async Task ReminderStartupDoneAsync()
    {
        var active = factory.Services.GetRequiredService<global::MeetingBot.Reminders.ActiveMeetings>();
        for (var waited = 0; !await active.IsBuiltAsync(CancellationToken.None); waited += 50)
        {
            Assert.True(waited < 30_000, "the reminder start-up pass did not finish within 30 s");
            await Task.Delay(50);
        }
    }

    private async Task<Dictionary<string, string>> SnapshotAsync()
    {
        var storage = factory.Services.GetRequiredService<IStorage>();
        return (await storage.ListAsync(string.Empty))
            .Where(d => !d.Key.StartsWith("references/", StringComparison.Ordinal))
            .Where(d => !(d.Key.StartsWith("state/private/", StringComparison.Ordinal) && d.Json == EmptyDialogState))
            .ToDictionary(d => d.Key, d => d.Json, StringComparer.Ordinal);
    }

    private static List<string> Changes(Dictionary<string, string> before, Dictionary<string, string> after) =>
    [
        .. after.Where(d => !before.TryGetValue(d.Key, out var json) || json != d.Value).Select(d => "changed or added: " + d.Key + " = " + d.Value),
        .. before.Keys.Where(k => !after.ContainsKey(k)).Select(k => "removed: " + k),
    ];

    /// <summary>Moves the seeded meeting through the domain (as the scenarios do through chat) to the phase.</summary>
    private async Task BringToAsync(SetupChat chat, Meeting meeting, object phase)
    {
        if (phase is MeetingStatus.Preparing)
        {
            return;
        }

        var repository = factory.Services.GetRequiredService<MeetingRepository>();
        var template = factory.Services.GetRequiredService<TemplateLibrary>().Find(meeting.TemplateId)!;
        var lead = new Actor(chat.Id(Lead), Lead, "channel:" + ActivityJson.ChannelId);
        var office = new Actor(chat.Id(Office), Office, "channel:" + ActivityJson.ChannelId);
        var during = meeting.StartsAt.AddHours(1);
        await SaveAsync(repository, DocumentId.Meeting(meeting.Id), (Meeting? stored) => new ConfirmMeeting(stored!.Version, "督导组已确定日期")
            .Decide(new MeetingDossier(stored, [], [], null, []), template, lead, meeting.StartsAt.AddDays(-1)));
        if (phase is MeetingStatus.Confirmed)
        {
            return;
        }

        await SaveAsync(repository, DocumentId.Meeting(meeting.Id), (Meeting? stored) => new MarkMeetingHeld(stored!.Version).Decide(stored, office, during));
        if (phase is MeetingStatus.Reporting)
        {
            return;
        }

        var due = DateOnly.FromDateTime(meeting.LocalStart).AddMonths(2);
        var fresh = (await repository.GetMeetingAsync(null, meeting.Id, CancellationToken.None))!;
        await SaveAsync(repository, DocumentId.Rectification(meeting.Id), (RectificationList? list) =>
            new AddRectificationTasks(list?.Version ?? 0, [new NewRectificationTask("文山会海", "全镇性会议每月不超过2次", chat.Id(Members[0]), due)])
                .Decide(fresh, list, office, during));
        await SaveAsync(repository, DocumentId.Rectification(meeting.Id), (RectificationList? list) =>
            new PublishRectificationList(list!.Version).Decide(fresh, list, office, during));
    }

    private static async Task SaveAsync<T>(MeetingRepository repository, DocumentId id, Func<T?, Coordination.Outcomes.Outcome<T>> decide) where T : class
    {
        var outcome = await repository.UpdateAsync(null, id, decide, CancellationToken.None);
        Assert.True(outcome.IsSuccess, outcome.ToString());
    }
}
