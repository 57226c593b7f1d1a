namespace MeetingBot.Bench.Turns;

/// <summary>What the conversations say. Each slot is one conversation in flight, driven by one worker at a time.</summary>
public interface IWorkload
{
    /// <summary>Sends the slot's next turn and checks the replies the fake channel got for it.</summary>
    Task<TurnResult> NextTurnAsync(int slot);
}
