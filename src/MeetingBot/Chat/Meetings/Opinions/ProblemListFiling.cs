using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary>
/// After a change to the opinions (one assigned, merged, marked, recorded for a member, or answered) files them in the
/// problem list of each member the change touched (<see cref="FileOpinions"/>), one conditional write each. The
/// collection stays the record of the sorting and the answers; the problem list carries them for the member, his
/// reviewer and the report.
/// </summary>
public sealed class ProblemListFiling(MeetingRepository repository, TimeProvider time)
{
    public async Task FileAsync(MeetingInTurn found, OpinionCollection after, CancellationToken cancellationToken)
    {
        var dossier = await found.DossierAsync(cancellationToken);
        foreach (var memberId in FileOpinions.Touched(dossier.Opinions, after))
        {
            if (FileOpinions.IdOf(found.Meeting, found.Template, memberId) is not { } key)
            {
                return;
            }

            var outcome = await repository.UpdateAsync<Submission>(found.UnitOfWork, key, stored =>
                new FileOpinions(stored?.Version ?? 0, memberId).Decide(found.Meeting, found.Template, stored, after, found.Actor, time.GetUtcNow()), cancellationToken);
            // Already in step, or no longer on the team (removed since): nothing to file. Anything else is a bug.
            if (!outcome.IsSuccess && outcome.Failure.Code is not (FailureCodes.OpinionsAlreadyFiled or FailureCodes.NotAParticipant))
            {
                throw new InvalidOperationException($"Filing opinions in a problem list failed: {outcome.Failure.Code}.");
            }
        }
    }
}
