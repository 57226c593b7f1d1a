using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Confirmations;

/// <summary>
/// A command whose action cannot be undone or changes the meeting for everyone. It is split in two: describe (check
/// on the stored state, without writing, whether the action would be allowed, and say what it will do) and act (do
/// it, deciding again on the state as stored then). Its <see cref="IChatCommandHandler.HandleAsync"/> asks
/// <see cref="ConfirmationGate"/> to describe and wait for the person's confirmation.
/// </summary>
public interface IConfirmedCommand : IChatCommandHandler
{
    /// <summary>
    /// What will happen, or null when nothing is to be confirmed because the command has already answered (a
    /// refusal, a usage hint, or a step of the command that changes nothing irreversible and was done at once).
    /// </summary>
    Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken);

    /// <summary>Does what was confirmed; <paramref name="details"/> is what <see cref="DescribeAsync"/> resolved.</summary>
    Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken);
}
