using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MeetingBot.Chat;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Phrasing;
using MeetingBot.Localization;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MeetingBot.Tests.Chat.Phrasing;

/// <summary>
/// Every phrase of the corpus, sent through the real HTTP pipeline as a person types it in a 1:1 chat, reaches the
/// command and argument it must be understood as. The command handlers are swapped for recorders (what is proved
/// is the understanding, not what each command then does); the commands the chat front answers itself (help,
/// language) must answer exactly as their command typed in full does.
/// </summary>
public sealed class PhraseCorpusTests(MeetingBotFactory factory, ITestOutputHelper output) : IClassFixture<MeetingBotFactory>
{
    private static IReadOnlyList<PhraseCase> Cases => PhraseCorpus.Cases;

    // The issue's table, each row with the command and argument written out here rather than read from the corpus.
    [Theory]
    [InlineData("我要组织召开专题民主生活会", "meeting.new", "")]
    [InlineData("我要交学习心得", "submit", "学习")]
    [InlineData("提交问题清单", "submit", "问题")]
    [InlineData("提交对照检查材料", "submit", "材料")]
    [InlineData("我准时参会", "submit", "出席 参加")]
    [InlineData("看看有哪些需要我审的材料", "reviews", "")]
    [InlineData("全部同意", "review-approve-all", "")]
    [InlineData("退回1，例子不具体", "review-return", "1 例子不具体")]
    [InlineData("确认会议 强制：理由", "confirm-meeting", "强制 理由")]
    [InlineData("已于今天向县委组织部报告了会议时间和主题", "submit", "上报 今天 县委组织部")]
    public void EachRowOfTheIssueTable_IsReadAsItsCommand(string said, string command, string argument)
    {
        IReadOnlyList<ChatCommand> commands = [.. ChatCommands.BuiltIn, .. factory.Services.GetServices<IChatCommandHandler>().Select(h => h.Command)];
        var match = Phrasebook.Understand(said, commands);
        Assert.Equal((command, argument), (match.Command?.Id, match.Argument));
    }

    [Fact]
    public void EveryPhrase_IsReadAsItsCommand_ByTheChatFrontsUnderstanding()
    {
        IReadOnlyList<ChatCommand> commands = [.. ChatCommands.BuiltIn, .. factory.Services.GetServices<IChatCommandHandler>().Select(h => h.Command)];
        var misread = Cases
            .Select(c => (Case: c, Match: Phrasebook.Understand(c.Said, commands)))
            .Where(r => r.Match.Command?.Id != r.Case.CommandId || r.Match.Argument != r.Case.Argument)
            .Select(r => $"{r.Case} read as {r.Match.Command?.Id ?? "conversation"} [{r.Match.Argument}]")
            .ToList();
        output.WriteLine($"understood {Cases.Count - misread.Count} of {Cases.Count} phrases");
        Assert.True(misread.Count == 0, string.Join("\n", misread));
    }

    [Fact]
    public async Task EveryPhrase_SentThroughTheMessagesEndpoint_ReachesItsCommandWithItsArgument()
    {
        var recorded = new ConcurrentDictionary<string, (string Id, string Argument)>();
        await using var recording = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => RecordCommands(services, recorded)));
        var client = recording.CreateClient();

        using var gate = new SemaphoreSlim(8);
        var outcomes = await Task.WhenAll(Cases.Select(async c =>
        {
            await gate.WaitAsync();
            try
            {
                return (Case: c, Problem: await ProblemAsync(client, c, recorded));
            }
            finally
            {
                gate.Release();
            }
        }));

        var misread = outcomes.Where(o => o.Problem is not null).Select(o => $"{o.Case}: {o.Problem}").ToList();
        output.WriteLine($"understood {Cases.Count - misread.Count} of {Cases.Count} phrases ({Cases.Count(c => c.IsChinese)} Chinese, {Cases.Count(c => !c.IsChinese)} English)");
        Assert.True(misread.Count == 0, string.Join("\n", misread));
    }

    /// <summary>Null when <paramref name="c"/> was understood as its command; else what happened instead.</summary>
    private static async Task<string?> ProblemAsync(HttpClient client, PhraseCase c, ConcurrentDictionary<string, (string Id, string Argument)> recorded)
    {
        var (conversation, replies) = await SayAsync(client, c.Said, c.Locale);
        if (ChatCommands.BuiltIn.FirstOrDefault(b => b.Id == c.CommandId) is { } builtIn)
        {
            var typed = builtIn.Primary(c.IsChinese ? UserLocale.ZhCn : UserLocale.En) + (c.Argument.Length > 0 ? " " + c.Argument : string.Empty);
            var (_, expected) = await SayAsync(client, typed, c.Locale);
            return replies.SequenceEqual(expected) ? null : $"answered \"{string.Join(" | ", replies)}\", not as \"{typed}\"";
        }

        return recorded.TryGetValue(conversation, out var command)
            ? command == (c.CommandId, c.Argument) ? null : $"reached {command.Id} [{command.Argument}]"
            : $"reached no command; replied \"{string.Join(" | ", replies)}\"";
    }

    private static async Task<(string Conversation, List<string> Replies)> SayAsync(HttpClient client, string text, string locale)
    {
        var message = ActivityJson.Message(text).In(locale).ExpectingReplies();
        var person = "person-" + Guid.NewGuid().ToString("N");
        message["from"] = new JsonObject { ["id"] = person, ["name"] = "张伟" };
        using var response = await client.PostActivityAsync(message);
        var replies = await response.ReadRepliesAsync();
        return (message.ConversationId(), [.. replies.Select(r => r?["text"]?.GetValue<string>() ?? string.Empty)]);
    }

    /// <summary>Every command handler replaced by one with the same command that records what reached it and does nothing.</summary>
    private static void RecordCommands(IServiceCollection services, ConcurrentDictionary<string, (string Id, string Argument)> recorded)
    {
        foreach (var registration in services.Where(d => d.ServiceType == typeof(IChatCommandHandler)).ToList())
        {
            services.Remove(registration);
            services.AddSingleton<IChatCommandHandler>(sp => new RecordingHandler(Create(sp, registration), recorded));
        }
    }

    private static IChatCommandHandler Create(IServiceProvider services, ServiceDescriptor registration) =>
        (IChatCommandHandler)(registration.ImplementationInstance
            ?? registration.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registration.ImplementationType!));

    private sealed class RecordingHandler(IChatCommandHandler real, ConcurrentDictionary<string, (string Id, string Argument)> recorded) : IChatCommandHandler
    {
        public ChatCommand Command => real.Command;

        public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
        {
            recorded[turn.Context.Activity.Conversation?.Id ?? string.Empty] = (Command.Id, turn.Argument);
            return Task.CompletedTask;
        }
    }
}
