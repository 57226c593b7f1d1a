using MeetingBot.BotFramework.State;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Talks;

namespace MeetingBot.Meetings.Storage;

/// <summary>
/// Reads and writes the Coordination aggregates, one document each at the key <see cref="DocumentKeys"/> gives its id. Every write is
/// conditional on the ETag it was read with; on a lost race the document is read again and the decision made
/// again (the domain checks the version it was decided against), by the one retry policy of <see cref="StorageUpdates"/>.
/// </summary>
/// <remarks>
/// Every call names the unit of work of the turn it serves (<see cref="TurnUnitOfWork.Of"/>), or null outside a turn
/// (a reminder job, a web page). Inside a turn it reads and writes through that unit of work
/// (<see cref="TurnUnitOfWork.Documents"/>), so a document is read at most once per turn however many classes ask for it.
/// </remarks>
public sealed class MeetingRepository(IStorage storage)
{
    private readonly KnownDocuments _known = new();

    public async Task<Meeting?> GetMeetingAsync(TurnUnitOfWork? unitOfWork, string meetingId, CancellationToken cancellationToken) =>
        (await _known.ReadAsync<Meeting>(StorageOf(unitOfWork), DocumentKeys.Of(DocumentId.Meeting(meetingId)), cancellationToken))?.Value;

    /// <summary>The meeting and every deliverable document, in one listing by prefix.</summary>
    public async Task<MeetingDossier?> GetDossierAsync(TurnUnitOfWork? unitOfWork, string meetingId, CancellationToken cancellationToken)
    {
        var documents = await StorageOf(unitOfWork).ListAsync(DocumentKeys.Prefix(meetingId), cancellationToken);
        var meetingKey = DocumentKeys.Of(DocumentId.Meeting(meetingId));
        var header = documents.FirstOrDefault(d => d.Key == meetingKey);
        if (header is null)
        {
            return null;
        }

        var submissions = new List<Submission>();
        var talks = new List<TalkRecord>();
        var comments = new List<MaterialComment>();
        CollectiveMaterial? material = null;
        MeetingMinutes? minutes = null;
        ReportCirculation? report = null;
        RectificationList? rectification = null;
        OpinionCollection? opinions = null;
        var prefix = DocumentKeys.Prefix(meetingId);
        foreach (var document in documents)
        {
            var rest = document.Key[prefix.Length..];
            if (rest.StartsWith("submissions/", StringComparison.Ordinal))
            {
                submissions.Add(Read<Submission>(document));
            }
            else if (rest.StartsWith("talks/", StringComparison.Ordinal))
            {
                talks.Add(Read<TalkRecord>(document));
            }
            else if (rest.StartsWith("collective-material/comments/", StringComparison.Ordinal))
            {
                comments.Add(Read<MaterialComment>(document));
            }
            else if (rest == "collective-material")
            {
                material = Read<CollectiveMaterial>(document);
            }
            else if (document.Key == DocumentKeys.Of(DocumentId.Minutes(meetingId)))
            {
                minutes = Read<MeetingMinutes>(document);
            }
            else if (document.Key == DocumentKeys.Of(DocumentId.SpecialReport(meetingId)))
            {
                report = Read<ReportCirculation>(document);
            }
            else if (document.Key == DocumentKeys.Of(DocumentId.Rectification(meetingId)))
            {
                rectification = Read<RectificationList>(document);
            }
            else if (document.Key == DocumentKeys.Of(DocumentId.Opinions(meetingId)))
            {
                opinions = Read<OpinionCollection>(document);
            }
        }

        return new MeetingDossier(Read<Meeting>(header), submissions, talks, material, comments)
        {
            Minutes = minutes,
            Report = report,
            Rectification = rectification,
            Opinions = opinions,
        };
    }

    public async Task<T?> GetAsync<T>(TurnUnitOfWork? unitOfWork, DocumentId id, CancellationToken cancellationToken) where T : class =>
        (await _known.ReadAsync<T>(StorageOf(unitOfWork), DocumentKeys.Of(id), cancellationToken))?.Value;

    /// <summary>
    /// Reads the document <paramref name="id"/> names (null when there is none), lets <paramref name="decide"/> make
    /// the new state, and writes it conditionally; a lost race repeats both. Expected refusals come back as the
    /// decision's failure; a race lost every time <see cref="StorageUpdates"/> tries is a <see cref="FailureCodes.StaleVersion"/>.
    /// </summary>
    /// <remarks>In a replayed turn, a write the earlier run saved is not decided again: its outcome is returned (<see cref="TurnUnitOfWork.Recall"/>).</remarks>
    public async Task<Outcome<T>> UpdateAsync<T>(TurnUnitOfWork? unitOfWork, DocumentId id, Func<T?, Outcome<T>> decide, CancellationToken cancellationToken) where T : class
    {
        var key = DocumentKeys.Of(id);
        var position = 0;
        if (unitOfWork?.Recall(key, out position) is Outcome<T> saved)
        {
            return saved;
        }

        var outcome = await DecideAndWriteAsync(StorageOf(unitOfWork), key, decide, cancellationToken);
        if (outcome.IsSuccess)
        {
            unitOfWork?.Remember(key, position, outcome);
        }

        return outcome;
    }

    // The turn's view when there is a turn, the storage itself otherwise.
    private IStorage StorageOf(TurnUnitOfWork? unitOfWork) => unitOfWork?.Documents(storage) ?? storage;

    private static async Task<Outcome<T>> DecideAndWriteAsync<T>(IStorage storage, string key, Func<T?, Outcome<T>> decide, CancellationToken cancellationToken) where T : class
    {
        Outcome<T>? decided = null;
        try
        {
            await storage.UpdateDocumentAsync<T>(key, current =>
            {
                decided = decide(current);
                return decided.IsSuccess ? decided.Value : null;
            }, cancellationToken);
            return decided!;
        }
        catch (StorageConflictException)
        {
            return Failure.Conflict(FailureCodes.StaleVersion);
        }
    }

    private static T Read<T>(StoredDocument document) =>
        DocumentJson.Deserialize<T>(document.Json, document.Key);
}
