using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// What every roster must satisfy after any change: one lead who is also a member, at least one secretary, at
/// least two members (criticism needs someone to criticise), and department heads only where a member oversees them.
/// </summary>
public static class RosterRules
{
    public const int MinimumMembers = 2;

    /// <summary>The lead is also a member, whatever the caller said; roles are kept once and in a fixed order.</summary>
    public static Participant Normalise(Participant participant)
    {
        var roles = participant.Roles.Distinct().ToList();
        if (roles.Contains(Role.Lead) && !roles.Contains(Role.Member))
        {
            roles.Add(Role.Member);
        }

        return participant with
        {
            Name = string.IsNullOrWhiteSpace(participant.Name) ? participant.UserId : participant.Name.Trim(),
            Roles = [.. roles.Order()],
            OverseenDepartmentHeads = [.. participant.OverseenDepartmentHeads.Distinct()],
        };
    }

    public static Failure? Check(IReadOnlyList<Participant> participants)
    {
        var duplicate = participants.GroupBy(p => p.UserId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return Failure.Invalid(FailureCodes.DuplicateParticipant, ("name", duplicate.First().Name));
        }

        if (participants.FirstOrDefault(p => p.Roles.Count == 0) is { } roleless)
        {
            return Failure.Invalid(FailureCodes.NoRoles, ("name", roleless.Name));
        }

        if (participants.Count(p => p.Holds(Role.Lead)) != 1)
        {
            return Failure.Invalid(FailureCodes.OneLeadRequired);
        }

        if (!participants.Any(p => p.Holds(Role.Secretary)))
        {
            return Failure.Invalid(FailureCodes.SecretaryRequired);
        }

        if (participants.Count(p => p.Holds(Role.Member)) < MinimumMembers)
        {
            return Failure.Invalid(FailureCodes.TooFewMembers, ("minimum", MinimumMembers.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return CheckDepartmentHeads(participants);
    }

    private static Failure? CheckDepartmentHeads(IReadOnlyList<Participant> participants)
    {
        foreach (var overseer in participants.Where(p => p.OverseenDepartmentHeads.Count > 0))
        {
            if (!overseer.Holds(Role.Member))
            {
                return Failure.Invalid(FailureCodes.NotAMember, ("name", overseer.Name));
            }

            foreach (var headId in overseer.OverseenDepartmentHeads)
            {
                var head = participants.FirstOrDefault(p => p.UserId == headId);
                if (head is null || !head.Holds(Role.DepartmentHead))
                {
                    return Failure.Invalid(FailureCodes.NotADepartmentHead, ("name", head?.Name ?? headId));
                }
            }
        }

        return null;
    }
}
