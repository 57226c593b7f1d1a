using System.Text;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Submissions.Revising;

/// <summary>
/// How a revision reads to its author (and to nobody else: it is sent only in his 1:1 chat): the last version and
/// the reviewer's comment when it opens, the working copy after each change, with an outline's or a material's pre-review flags.
/// </summary>
public sealed class RevisionView(IEnumerable<ISubmissionForm> forms, MeetingRepository repository)
{
    private readonly Dictionary<SubmissionKind, ISubmissionForm> _forms = forms.ToDictionary(f => f.Kind);

    public async Task<string> OpeningAsync(MeetingInTurn found, Revision revision, RevisionState state, string title, UserLocale locale, CancellationToken cancellationToken)
    {
        var text = new StringBuilder(RevisionTexts.Opened.In(locale, title, revision.LastVersion.Number)).Append('\n');
        if (revision.Return is { } returned)
        {
            var at = TimeZoneInfo.ConvertTime(returned.At, TimeZoneInfo.FindSystemTimeZoneById(found.Meeting.TimeZoneId));
            text.Append(RevisionTexts.ReturnComment.In(locale, MarkdownEscape.Text(found.Meeting.NameOf(returned.ByUserId)) + " " + HistoryDates.Short(at, locale),
                MarkdownEscape.Text(returned.Comment))).Append('\n');
        }

        text.Append('\n').Append(RevisionTexts.LastVersion.In(locale)).Append('\n').Append(Summary(found, state.Request, revision.LastVersion.Content, locale));
        if (!ReferenceEquals(revision.WorkingCopy, revision.LastVersion.Content))
        {
            text.Append("\n\n").Append(RevisionTexts.FromDraft.In(locale)).Append('\n').Append(RevisionTexts.Working.In(locale)).Append('\n')
                .Append(Summary(found, state.Request, revision.WorkingCopy, locale));
        }

        await AppendFlagsAsync(text, found, state.Request, revision.WorkingCopy, locale, cancellationToken);
        await AppendFiledOpinionsAsync(text, found, state.Request, locale, cancellationToken);
        var parts = ContentEdits.Parts(revision.WorkingCopy);
        text.Append("\n\n").Append(parts.Count > 1
            ? RevisionTexts.HowToEditParts.In(locale, PartNames(revision.WorkingCopy, locale))
            : RevisionTexts.HowToEdit.In(locale));
        return text.ToString();
    }

    /// <summary>The working copy after a change (<paramref name="done"/> says which), and what to do next.</summary>
    public async Task<string> CurrentAsync(MeetingInTurn found, RevisionState state, string? done, UserLocale locale, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        if (done is not null)
        {
            text.Append(done).Append('\n');
        }

        text.Append(RevisionTexts.Working.In(locale)).Append('\n').Append(Summary(found, state.Request, state.Working, locale));
        await AppendFlagsAsync(text, found, state.Request, state.Working, locale, cancellationToken);
        text.Append("\n\n").Append(RevisionTexts.Next.In(locale));
        return text.ToString();
    }

    /// <summary>A problem list's filed opinions (群众提、上级点、集体议) under it, with the author's answers.</summary>
    private async Task AppendFiledOpinionsAsync(StringBuilder text, MeetingInTurn found, SubmissionRequest request, UserLocale locale, CancellationToken cancellationToken)
    {
        if (request.Kind == SubmissionKind.Problems
            && await repository.GetAsync<Submission>(found.UnitOfWork, SubmissionUpdates.IdOf(found, request), cancellationToken) is { } stored
            && FiledOpinionsText.For(stored.Opinions, found.Template, locale) is { } filed)
        {
            text.Append("\n\n").Append(filed);
        }
    }

    /// <summary>Each part as plain text the author can edit in a card (numbered points, or the part's text); read back by the same form.</summary>
    public IReadOnlyList<string> PartTexts(MeetingInTurn found, SubmissionContent content, UserLocale locale)
    {
        var template = found.Template;
        return content switch
        {
            CriticismOutline outline => [Lines(outline.Points.Select(p => p.Example is null ? p.Text : $"{p.Text}（例如：{p.Example}）"))],
            StudyCheckIn study => [Lines(study.MaterialsStudied)],
            ProblemList problems => [Lines(problems.Items.Select(i => Problem(i, template)))],
            ExaminationMaterial material =>
            [
                Lines(material.Problems.Select(p => string.IsNullOrWhiteSpace(p.TypicalCase) ? p.Description : $"{p.Description}，典型事例：{p.TypicalCase}")),
                material.RootCauses ?? string.Empty,
                material.Direction ?? string.Empty,
                Lines(material.Measures),
            ],
            Notes notes => [.. notes.Sections.Select(s => Lines(s.Points))],
            _ => [],
        };
    }

    public string PartNames(SubmissionContent content, UserLocale locale) => content switch
    {
        Notes notes => string.Join(locale == UserLocale.En ? "; " : "；",
            notes.Sections.Select((s, i) => (locale == UserLocale.En ? $"part {i + 1} " : $"第{i + 1}部分 ") + MarkdownEscape.Text(s.Heading))),
        _ => RevisionTexts.MaterialParts.In(locale),
    };

    private string Summary(MeetingInTurn found, SubmissionRequest request, SubmissionContent content, UserLocale locale) =>
        _forms[request.Kind].Summary(content, found.Template, locale);

    /// <summary>The pre-review's flags on the working copy; a material is checked against its author's problem list.</summary>
    private async Task AppendFlagsAsync(StringBuilder text, MeetingInTurn found, SubmissionRequest request, SubmissionContent content, UserLocale locale, CancellationToken cancellationToken)
    {
        var deliverable = found.Template.FindDeliverable(request.DeliverableId);
        if (!PreReview.Applies(content, deliverable))
        {
            return;
        }

        var problemList = content is ExaminationMaterial && ReviewQueue.ProblemListId(found.Meeting, found.Template, found.Actor.UserId) is { } key
            ? (await repository.GetAsync<Submission>(found.UnitOfWork, key, cancellationToken))?.Latest?.Content as ProblemList
            : null;
        var opinions = content is ExaminationMaterial
            ? OpinionVisibility.AssignedTo(await repository.GetAsync<OpinionCollection>(found.UnitOfWork, DocumentId.Opinions(found.Meeting.Id), cancellationToken), found.Actor.UserId)
            : null;
        text.Append("\n\n").Append(PreReviewFlagsText.For(PreReview.Of(content, deliverable, found.Template, problemList, opinions), locale));
    }

    private static string Problem(ProblemItem item, ProcessTemplate template)
    {
        var category = template.ProblemCategories.FirstOrDefault(c => c.Id == item.CategoryId)?.Name.ZhCn ?? item.CategoryId;
        var source = template.ProblemSources.FirstOrDefault(s => s.Id == item.SourceId)?.Name.ZhCn ?? item.SourceId;
        var answer = item.Acknowledgement == ProblemAcknowledgement.Acknowledged ? "认账" : "异议：" + item.DisputeNote;
        return $"{category}｜{item.Manifestation}｜{item.TypicalCase}｜{source}｜{answer}";
    }

    private static string Lines(IEnumerable<string> items) =>
        string.Join("\n", items.Select((item, i) => $"{i + 1}. {item}"));

}
