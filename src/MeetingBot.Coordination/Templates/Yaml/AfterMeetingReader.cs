namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>
/// Reads <c>afterMeeting:</c> (<c>briefingBeforeReport</c>, <c>addressees</c> each with an id and a name, and the phase
/// deadlines <c>reportWithinDays</c> and <c>rectificationWithinDays</c>, whole days after the meeting was held).
/// </summary>
internal static class AfterMeetingReader
{
    public static AfterMeetingRules Read(YamlMap root)
    {
        if (root.Map("afterMeeting", required: false) is not { } map)
        {
            return AfterMeetingRules.None;
        }

        var briefing = map.Bool("briefingBeforeReport", false);
        var addressees = VocabularyReader.ReadList<ReportAddressee>(map, "addressees", "report addressee", _ => (id, name) => new ReportAddressee(id, name));
        var report = map.Int("reportWithinDays", 1, 366, required: false);
        var rectification = map.Int("rectificationWithinDays", 1, 730, required: false);
        map.RejectUnknownKeys();
        return new AfterMeetingRules(briefing, addressees) { ReportWithinDays = report, RectificationWithinDays = rectification };
    }
}
