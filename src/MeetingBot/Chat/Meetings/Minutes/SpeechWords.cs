using MeetingBot.Coordination.MeetingRecords;

namespace MeetingBot.Chat.Meetings.Minutes;

/// <summary>The words naming what was said, in both languages: 自我批评 / self, 批评 / criticism, 表态 / response, 班子对照检查 / collective.</summary>
public static class SpeechWords
{
    private static readonly Dictionary<string, SpeechKind> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["自我批评"] = SpeechKind.SelfCriticism,
        ["self"] = SpeechKind.SelfCriticism,
        ["self-criticism"] = SpeechKind.SelfCriticism,
        ["批评"] = SpeechKind.Criticism,
        ["criticism"] = SpeechKind.Criticism,
        ["表态"] = SpeechKind.Response,
        ["回应"] = SpeechKind.Response,
        ["response"] = SpeechKind.Response,
        ["班子对照检查"] = SpeechKind.CollectiveExamination,
        ["collective"] = SpeechKind.CollectiveExamination,
    };

    public static SpeechKind? Find(string word) => Words.TryGetValue(word, out var kind) ? kind : null;
}
