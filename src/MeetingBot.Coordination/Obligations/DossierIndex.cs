using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Talks;

namespace MeetingBot.Coordination.Obligations;

/// <summary>
/// A dossier's submissions by (deliverable, author, target) and its talk records by pair, built once per ledger so
/// that each obligation is a lookup rather than a scan of every submission.
/// </summary>
internal sealed class DossierIndex
{
    private readonly Dictionary<(string Deliverable, string Author, string? Target), List<Submission>> _submissions = [];
    private readonly Dictionary<TalkPairKey, TalkRecord> _talkRecords = [];

    public DossierIndex(MeetingDossier dossier)
    {
        foreach (var submission in dossier.Submissions)
        {
            var key = (submission.DeliverableId, submission.AuthorId, submission.TargetId);
            if (!_submissions.TryGetValue(key, out var found))
            {
                _submissions[key] = found = [];
            }

            found.Add(submission);
        }

        foreach (var record in dossier.TalkRecords)
        {
            // The first record of a pair, as a scan in dossier order would find it.
            _talkRecords.TryAdd(record.Pair, record);
        }
    }

    public TalkRecord? TalkRecord(TalkPairKey pair) => _talkRecords.GetValueOrDefault(pair);

    /// <summary>The most advanced submission of any of the authors (one, except for once-per-meeting deliverables).</summary>
    public Submission? MostAdvanced(string deliverableId, IReadOnlyList<string> authors, string? targetId)
    {
        Submission? best = null;
        foreach (var author in authors)
        {
            if (!_submissions.TryGetValue((deliverableId, author, targetId), out var found))
            {
                continue;
            }

            foreach (var submission in found)
            {
                if (best is null || ObligationLedger.Of(submission) > ObligationLedger.Of(best))
                {
                    best = submission;
                }
            }
        }

        return best;
    }
}
