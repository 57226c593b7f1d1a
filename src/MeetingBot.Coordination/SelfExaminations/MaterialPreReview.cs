using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.SelfExaminations;

/// <summary>
/// The rule-based check a self-examination material gets before it reaches the lead, from the template's
/// <see cref="MaterialRules"/> — the seed's three 明确: name the 四风 (and 不正之风) problems; answer each problem the
/// masses raised or the superior pointed out that the author's problem list holds (by its number there, 清单第3条,
/// or by quoting it), and each opinion the office assigned to him from those sources (意见5, by its number or a quote);
/// state how the rule on family members and staff is kept. An uploaded file is checked on its extracted text; one with
/// no text is not checked (nothing can be said about it).
/// </summary>
public static partial class MaterialPreReview
{
    /// <param name="assignedOpinions">The opinions assigned to the author for answer (<see cref="OpinionVisibility.AssignedTo"/>).</param>
    public static IReadOnlyList<MaterialFlag> Check(
        ExaminationMaterial material, ProblemList? problemList, MaterialRules rules, ProcessTemplate template, IReadOnlyList<Opinion>? assignedOpinions = null)
    {
        var text = TextOf(material);
        if (text is null)
        {
            return [];
        }

        var flags = new List<MaterialFlag>();
        var items = problemList?.Items ?? [];
        flags.AddRange(CheckCategories(material, text, items, rules, template));
        for (var i = 0; i < items.Count; i++)
        {
            if (rules.AnswerSources.Contains(items[i].SourceId, StringComparer.Ordinal) && !Answers(text, i + 1, items[i]))
            {
                flags.Add(NotAnswered(i + 1, items[i], template));
            }
        }

        foreach (var opinion in assignedOpinions ?? [])
        {
            if (opinion.IsForAnswer && rules.AnswerSources.Contains(OpinionSources.IdOf(opinion.Source), StringComparer.Ordinal) && !AnswersOpinion(text, opinion))
            {
                flags.Add(OpinionNotAnswered(opinion, template));
            }
        }

        if (rules.FamilyRuleWords.Count > 0 && !rules.FamilyRuleWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            flags.Add(new MaterialFlag(MaterialFlagCode.FamilyRuleNotStated, null, null, new BilingualText(
                "没有说明落实从严管理家属子女和身边工作人员要求的情况：请写明家属、身边工作人员的管理情况。",
                "Does not state how the rule on strictly managing family members and staff is kept: add how you manage your family and your staff.")));
        }

        return flags;
    }

    /// <summary>Whether the material names a category: a problem filed under it, or its name in the text.</summary>
    public static bool Names(ExaminationMaterial material, string text, ProblemCategory category) =>
        material.Problems.Any(p => p.CategoryId == category.Id)
            || text.Contains(category.Name.ZhCn, StringComparison.Ordinal)
            || text.Contains(category.Name.En, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<MaterialFlag> CheckCategories(
        ExaminationMaterial material, string text, IReadOnlyList<ProblemItem> items, MaterialRules rules, ProcessTemplate template)
    {
        var categories = rules.NamedCategories
            .Select(id => template.ProblemCategories.FirstOrDefault(c => c.Id == id))
            .OfType<ProblemCategory>()
            .ToList();
        var listed = categories.Where(c => items.Any(i => i.CategoryId == c.Id && i.Acknowledgement == ProblemAcknowledgement.Acknowledged)).ToList();
        if (listed.Count > 0)
        {
            // The problem list says which of them he owns: each must be named, not just one.
            foreach (var category in listed.Where(c => !Names(material, text, c)))
            {
                yield return new MaterialFlag(MaterialFlagCode.CategoryNotNamed, category.Id, null, new BilingualText(
                    $"问题清单中认账了“{category.Name.ZhCn}”方面的问题，材料中没有摆出：请补写具体表现和典型事例。",
                    $"Your problem list acknowledges {category.Name.En} problems the material does not name: add how they show and a typical case."));
            }
        }
        else if (categories.Count > 0 && !categories.Any(c => Names(material, text, c)))
        {
            yield return new MaterialFlag(MaterialFlagCode.NoNamedProblems, null, null, new BilingualText(
                $"没有明确摆出{string.Join("、", categories.Select(c => c.Group?.ZhCn is { } g ? $"“{g}”" : $"“{c.Name.ZhCn}”").Distinct())}问题：请写明属于{string.Join("、", categories.Select(c => c.Name.ZhCn))}中的哪一方面，附具体表现和典型事例。",
                $"Names no problem of {string.Join(", ", categories.Select(c => c.Name.En))}: say which it is, with how it shows and a typical case."));
        }
    }

    private static MaterialFlag NotAnswered(int number, ProblemItem item, ProcessTemplate template)
    {
        var source = template.ProblemSources.FirstOrDefault(s => s.Id == item.SourceId)?.Name ?? new BilingualText(item.SourceId, item.SourceId);
        var quoted = item.Manifestation.Length > 30 ? item.Manifestation[..30] + "…" : item.Manifestation;
        return new MaterialFlag(MaterialFlagCode.OpinionNotAnswered, null, number, new BilingualText(
            $"没有回应问题清单第{number}条（{source.ZhCn}）：“{quoted}”。请写明“回应清单第{number}条”，认账并提出整改措施，或说明情况。",
            string.Create(CultureInfo.InvariantCulture,
                $"Item {number} of your problem list ({source.En}) is not answered: “{quoted}”. Write “re item {number}” and acknowledge it with a measure, or explain.")));
    }

    private static MaterialFlag OpinionNotAnswered(Opinion opinion, ProcessTemplate template)
    {
        var source = OpinionSources.NameOf(opinion.Source, template);
        var quoted = opinion.Text.Length > 30 ? opinion.Text[..30] + "…" : opinion.Text;
        var n = opinion.Number.ToString(CultureInfo.InvariantCulture);
        return new MaterialFlag(MaterialFlagCode.OpinionNotAnswered, null, null, new BilingualText(
            $"没有回应交办给你的意见{n}（{source.ZhCn}）：“{quoted}”。请写明“回应意见{n}”，认账并提出整改措施，或说明情况。",
            $"Opinion {n} assigned to you ({source.En}) is not answered: “{quoted}”. Write “re opinion {n}” and acknowledge it with a measure, or explain."))
        {
            OpinionNumber = opinion.Number,
        };
    }

    /// <summary>Answered when the text names the opinion's number (意见5, 第5条意见, opinion 5) or quotes it.</summary>
    private static bool AnswersOpinion(string text, Opinion opinion)
    {
        var n = opinion.Number.ToString(CultureInfo.InvariantCulture);
        if (OpinionReference().Matches(text).Any(m => m.Groups["n"].Value == n))
        {
            return true;
        }

        var quote = opinion.Text.Trim() is { Length: > 12 } long_ ? long_[..12] : opinion.Text.Trim();
        return quote.Length >= 4 && text.Contains(quote, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"意见\s*第?\s*(?<n>\d{1,3})(?!\d)|第\s*(?<n>\d{1,3})\s*条意见|opinion\s*(?:no\.\s*|#)?(?<n>\d{1,3})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex OpinionReference();

    /// <summary>Answered when the text refers to the item's number (清单第3条, 问题3, item 3) or quotes its manifestation.</summary>
    private static bool Answers(string text, int number, ProblemItem item)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        if (Reference().Matches(text).Any(m => m.Groups["n"].Value == n))
        {
            return true;
        }

        var manifestation = item.Manifestation.Trim();
        var quote = manifestation.Length > 12 ? manifestation[..12] : manifestation;
        return quote.Length >= 4 && text.Contains(quote, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?:问题清单第|清单第|清单|问题)\s*(?<n>\d{1,3})(?!\d)|(?:item|no\.|#)\s*(?<n>\d{1,3})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    private static string? TextOf(ExaminationMaterial material)
    {
        if (material.Document is { } document)
        {
            return string.IsNullOrWhiteSpace(document.ExtractedText) ? null : document.ExtractedText;
        }

        return string.Join("\n", material.Problems.SelectMany(p => new[] { p.Description, p.TypicalCase })
            .Append(material.RootCauses ?? string.Empty)
            .Append(material.Direction ?? string.Empty)
            .Concat(material.Measures));
    }
}
