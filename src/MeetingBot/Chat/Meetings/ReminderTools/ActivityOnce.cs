using System.Security.Cryptography;
using System.Text;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.ReminderTools;

/// <summary>
/// Runs a reminder tool's action once per inbound activity. A turn whose state save loses an ETag race is replayed
/// (TurnUnitOfWork) — harmless for replies, but a fan-out must not start twice (the secretary typing
/// 提醒进度 in the same chat while 立即提醒 runs is exactly such a race). The first run's reply is stored under the
/// activity's id and a replay answers with it instead of acting again.
/// </summary>
public sealed class ActivityOnce(IStorage storage, TimeProvider time)
{
    public async Task ReplyAsync(CommandTurn turn, Func<Task<string?>> act, CancellationToken cancellationToken)
    {
        var key = KeyOf(turn);
        if (key is not null && await storage.ReadAsync<ToolReply>(key, cancellationToken) is { } done)
        {
            await turn.Context.SendActivityAsync(done.Value.Text, cancellationToken);
            return;
        }

        if (await act() is not { } text)
        {
            return;
        }

        if (key is not null)
        {
            try
            {
                await storage.WriteAsync(key, new ToolReply(ToolReply.CurrentVersion, text, time.GetUtcNow()), WriteCondition.IfAbsent, cancellationToken);
            }
            catch (StorageConflictException)
            {
                // Two deliveries of one activity raced; the action is idempotent in the ledger, either reply stands.
            }
        }

        await turn.Context.SendActivityAsync(text, cancellationToken);
    }

    /// <summary>
    /// The request this turn is, the same on every delivery of the activity: its own time (the channel's timestamp,
    /// else now) and its id, hashed. A fan-out keyed by it is one fan-out however often the activity is handled.
    /// </summary>
    public static (DateTimeOffset At, string? Id) RequestOf(CommandTurn turn, DateTimeOffset now) =>
        (turn.Context.Activity.Timestamp ?? now, Hash(turn)?[..12]);

    /// <summary>Null when the channel gave the activity no id: then there is nothing to recognise a replay by.</summary>
    private static string? KeyOf(CommandTurn turn) => Hash(turn) is { } hash ? $"reminder-tool-replies/{hash[..32]}" : null;

    private static string? Hash(CommandTurn turn)
    {
        var activity = turn.Context.Activity;
        return string.IsNullOrEmpty(activity.Id)
            ? null
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{activity.ChannelId}\n{activity.Conversation?.Id}\n{activity.Id}")));
    }
}
