using System.Text;

namespace MeetingBot.Tests.Reliability;

/// <summary>
/// Hand-written cases too large to write out in the corpus file: huge strings and collections near and over the
/// 256 KB body limit, and JSON nested beyond System.Text.Json's maximum depth as the service sets it (128) in every kind of field.
/// </summary>
public static class OversizeCases
{
    public static IEnumerable<HostileCase> All()
    {
        yield return HostileCase.Of("huge/text-250KB-one-line", "message", Expectations.Answered).SettingRaw("text", Quoted(new string('x', 250_000)));
        yield return HostileCase.Of("huge/text-300KB-over-the-limit", "message", Expectations.Rejected).SettingRaw("text", Quoted(new string('x', 300_000)));
        yield return HostileCase.Of("huge/text-40-thousand-escaped-nuls", "message", Expectations.Answered).SettingRaw("text", Quoted(Repeat("\\u0000", 40_000)));
        yield return HostileCase.Of("huge/text-80-thousand-lines", "message", Expectations.Answered).SettingRaw("text", Quoted(Repeat("\\n", 80_000) + "帮助"));
        yield return HostileCase.Of("huge/return-comment-200KB-by-author", "card", Expectations.Answered)
            .Setting("value.verb", "review.return").SettingRaw("value.comment", Quoted(new string('批', 65_000)));
        yield return HostileCase.Of("huge/return-comment-200KB-by-lead-on-directline", "card", Expectations.Answered, "lead")
            .Setting("channelId", "directline").Setting("value.verb", "review.return").SettingRaw("value.comment", Quoted(new string('批', 65_000)));
        yield return HostileCase.Of("huge/outline-key-100KB", "card", Expectations.Answered, "lead").SettingRaw("value.key", Quoted(new string('k', 100_000)));
        yield return HostileCase.Of("huge/2000-mention-entities", "group", Expectations.Answered)
            .SettingRaw("entities", "[" + string.Join(',', Enumerable.Range(0, 2000).Select(i => $"{{\"type\":\"mention\",\"mentioned\":{{\"id\":\"u{i}\"}},\"text\":\"<at>u{i}</at>\"}}")) + "]");
        yield return HostileCase.Of("huge/3000-attachments", "message", Expectations.Answered)
            .SettingRaw("attachments", "[" + string.Join(',', Enumerable.Range(0, 3000).Select(i => $"{{\"contentType\":\"text/plain\",\"name\":\"{i}\"}}")) + "]");
        yield return HostileCase.Of("huge/channeldata-10-thousand-keys", "message", Expectations.Answered)
            .SettingRaw("channelData", "{" + string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"\"k{i}\":{i}")) + "}");
        yield return HostileCase.Of("huge/conversation-id-100KB", "message", Expectations.Answered).SettingRaw("conversation.id", Quoted(new string('c', 100_000)));
        yield return HostileCase.Of("huge/from-id-100KB", "message", Expectations.Answered).SettingRaw("from.id", Quoted(new string('u', 100_000)));
        yield return HostileCase.Of("huge/members-added-5000", "update", Expectations.RejectedOrHandled)
            .SettingRaw("membersAdded", "[" + string.Join(',', Enumerable.Range(0, 5000).Select(i => $"{{\"id\":\"m{i}\"}}")) + "]");

        foreach (var (path, @base) in new[] {("value", "card"), ("channelData", "message"), ("entities", "message"), ("from", "message"),
                     ("text", "message"), ("attachments", "message"), ("value.action.data", "invoke"), ("membersAdded", "update") })
        {
            foreach (var depth in new[] { 128, 1_000, 100_000 })
            {
                yield return HostileCase.Of($"deep/{@base}/{path}/{depth}-arrays", @base, Expectations.Rejected).SettingRaw(path, Nested(depth));
            }
        }

        yield return HostileCase.Of("deep/message/value/130-objects", "message", Expectations.Rejected)
            .SettingRaw("value", Repeat("{\"a\":", 130) + "1" + new string('}', 130));
    }

    private static string Quoted(string content) => "\"" + content + "\"";

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);
}
