using System.Globalization;

namespace MeetingBot.Bench.FanOut;

/// <summary>What reached the channel, per idempotency key: none is lost, more than one is a duplicate.</summary>
public sealed record Tally(int Expected, int Lost, int Duplicated, int DuplicatedKeys)
{
    public static Tally Of(TeamsChannel channel, int reminders)
    {
        var lost = 0;
        var duplicated = 0;
        var duplicatedKeys = 0;
        for (var i = 0; i < reminders; i++)
        {
            var count = channel.DeliveredByKey.GetValueOrDefault(BenchSender.KeyOf(i));
            lost += count == 0 ? 1 : 0;
            duplicated += Math.Max(0, count - 1);
            duplicatedKeys += count > 1 ? 1 : 0;
        }

        return new Tally(reminders, lost, duplicated, duplicatedKeys);
    }

    public string Describe(TeamsChannel channel) => string.Create(CultureInfo.InvariantCulture,
        $"channel: {channel.Delivered} delivered, 429s {channel.ThrottledGlobal + channel.ThrottledConversation} (app rate {channel.ThrottledGlobal}, conversation rate {channel.ThrottledConversation}); lost {Lost} of {Expected}, duplicated {Duplicated} ({DuplicatedKeys} keys)");
}
