using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// What a problem list still lacks, item by item, so the author is asked only for that before handing it in
/// (the same rules as <see cref="ContentRules"/>, plus the typical case the template asks for).
/// </summary>
public static class ProblemListGaps
{
    public static IReadOnlyList<ProblemGap> Of(ProblemList list, ProcessTemplate template)
    {
        var gaps = new List<ProblemGap>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var number = i + 1;
            if (!template.HasProblemCategory(item.CategoryId))
            {
                gaps.Add(new ProblemGap(number, ProblemField.Category, item.CategoryId.Length == 0 ? null : item.CategoryId));
            }

            if (string.IsNullOrWhiteSpace(item.Manifestation))
            {
                gaps.Add(new ProblemGap(number, ProblemField.Manifestation, null));
            }

            if (string.IsNullOrWhiteSpace(item.TypicalCase))
            {
                gaps.Add(new ProblemGap(number, ProblemField.TypicalCase, null));
            }

            if (!template.HasProblemSource(item.SourceId))
            {
                gaps.Add(new ProblemGap(number, ProblemField.Source, item.SourceId));
            }

            if (item.Acknowledgement == ProblemAcknowledgement.Disputed && string.IsNullOrWhiteSpace(item.DisputeNote))
            {
                gaps.Add(new ProblemGap(number, ProblemField.DisputeNote, null));
            }
        }

        return gaps;
    }
}
