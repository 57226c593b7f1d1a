using System.Globalization;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Demo;

/// <summary>
/// Prints the conversation as it happens: who said what where, the bot's replies and its pushes (reminders, notices),
/// each stamped with the demo clock's local time. Long replies are cut after a screenful; cards and files are named.
/// </summary>
public sealed class DemoTranscript(TextWriter output, DemoClock clock)
{
    private const int MaxLines = 14;
    private readonly Lock _gate = new();
    private readonly TimeZoneInfo _zone = WallClock.TryFindZone("Asia/Shanghai", out var zone) ? zone : TimeZoneInfo.Utc;

    public DateTimeOffset UtcNow => clock.GetUtcNow();

    public DateTime LocalNow => WallClock.ToLocal(clock.GetUtcNow(), _zone);

    public TimeZoneInfo Zone => _zone;

    public void Line(string text)
    {
        lock (_gate)
        {
            output.WriteLine(text);
        }
    }

    public void Said(string person, string where, string text) =>
        Line($"[{Stamp()}] {person} → 机器人（{where}）：{text}");

    public void Replied(string where, IEnumerable<Activity> replies)
    {
        foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
        {
            Block($"[{Stamp()}] 机器人 → {where}：", reply);
        }
    }

    public void Pushed(string conversationId, Activity activity) =>
        Block($"[{Stamp()}] 🔔 机器人推送 → {DemoTeam.Where(conversationId)}：", activity);

    private void Block(string heading, Activity activity)
    {
        var lines = (activity.Text ?? string.Empty).Split('\n');
        var shown = lines.Take(MaxLines).ToList();
        foreach (var attachment in activity.Attachments ?? [])
        {
            shown.Add(attachment.ContentUrl is not null ? $"[文件] {attachment.Name}" : $"[卡片] {string.Join(" ｜ ", DemoCards.Texts(attachment).Take(2))}");
        }

        lock (_gate)
        {
            // A message that is only a card starts on the heading's line.
            if (shown.Count > 1 && shown[0].Length == 0)
            {
                shown.RemoveAt(0);
            }

            output.WriteLine(heading + shown.FirstOrDefault());
            foreach (var line in shown.Skip(1))
            {
                output.WriteLine("       " + line);
            }

            if (lines.Length > MaxLines)
            {
                output.WriteLine(DemoTexts.Truncated(lines.Length));
            }
        }
    }

    private string Stamp() => LocalNow.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);
}
