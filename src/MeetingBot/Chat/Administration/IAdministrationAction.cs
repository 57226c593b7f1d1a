namespace MeetingBot.Chat.Administration;

/// <summary>One thing an administrator does after <c>管理员</c>, by its words (添加 / add).</summary>
public interface IAdministrationAction
{
    IReadOnlyList<string> Words { get; }

    Task RunAsync(AdministrationTurn turn, CancellationToken cancellationToken);
}
