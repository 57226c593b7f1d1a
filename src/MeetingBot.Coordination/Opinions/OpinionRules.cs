using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Opinions;

/// <summary>The checks every way in shares: the text's and name's bounds, the addressee, the opinion named by number.</summary>
internal static class OpinionRules
{
    public static Failure? Text(string text) =>
        string.IsNullOrWhiteSpace(text) ? Failure.Invalid(FailureCodes.OpinionTextRequired)
        : text.Trim().Length > OpinionCollection.MaxTextLength ? Failure.Invalid(FailureCodes.OpinionTooLong, ("max", Number(OpinionCollection.MaxTextLength)))
        : null;

    public static Failure? Name(string? name) =>
        name is not null && name.Trim().Length > OpinionCollection.MaxNameLength
            ? Failure.Invalid(FailureCodes.OpinionNameTooLong, ("max", Number(OpinionCollection.MaxNameLength)))
            : null;

    public static Failure? Addressee(Meeting meeting, string? addressedTo) =>
        addressedTo is null || meeting.Holds(addressedTo, Role.Member) ? null : Failure.Invalid(FailureCodes.OpinionAddresseeNotAMember);

    public static Failure? Room(OpinionCollection collection) =>
        collection.Opinions.Count >= OpinionCollection.MaxOpinions
            ? Failure.Conflict(FailureCodes.OpinionsFull, ("max", Number(OpinionCollection.MaxOpinions)))
            : null;

    /// <summary>The opinion by number, not merged away; a missing one and a merged one are told apart.</summary>
    public static Outcome<Opinion> Standing(OpinionCollection collection, int number)
    {
        if (collection.Find(number) is not { } opinion)
        {
            return Failure.NotFound(FailureCodes.OpinionNotFound, ("number", Number(number)));
        }

        return opinion.MergedInto is { } into
            ? Failure.Conflict(FailureCodes.OpinionAlreadyMerged, ("number", Number(number)), ("into", Number(into)))
            : opinion;
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
