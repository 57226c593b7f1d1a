using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.People;

namespace MeetingBot.Chat.Administration;

/// <summary>
/// 管理员 修改 姓名 单位=党政办 职务=主任 手机号=…: the person named first (姓名（单位） when the name is shared), then
/// the fields to change, each as 字段=值 (or 字段：值). An empty value clears the field (not the name). The platform
/// accounts (企业微信帐号=…, 钉钉账号=…, 钉钉unionId=…) are the ids the WeCom and DingTalk adapters match people by: set
/// here by an administrator, never taken from what a user types about himself; one account is one person.
/// </summary>
public sealed class ChangePerson(PeopleDirectoryStore store) : IAdministrationAction
{
    private static readonly char[] Separators = ['=', '＝', ':', '：'];

    public IReadOnlyList<string> Words { get; } = ["修改", "change", "update"];

    public async Task RunAsync(AdministrationTurn turn, CancellationToken cancellationToken)
    {
        var words = PersonWords.Split(turn.Argument);
        var first = words.ToList().FindIndex(w => w.IndexOfAny(Separators) > 0);
        if (first <= 0)
        {
            await turn.ReplyAsync(AdministrationTexts.ChangeUsage, cancellationToken);
            return;
        }

        var who = string.Join(' ', words.Take(first));
        var fields = new List<(string Field, string Value)>();
        foreach (var word in words.Skip(first))
        {
            var cut = word.IndexOfAny(Separators);
            if (cut <= 0 || Field(word[..cut]) is not { } field)
            {
                await turn.ReplyAsync(AdministrationTexts.UnknownField, cancellationToken, word);
                return;
            }

            fields.Add((field, word[(cut + 1)..].Trim()));
        }

        if (fields.FirstOrDefault(f => f.Field == "phone" && f.Value.Length > 0 && PhoneNumber.Normalise(f.Value) is null) is { Value: { } bad } && bad.Length > 0)
        {
            await turn.RefuseAsync(Failure.Invalid(FailureCodes.MalformedPhone, ("phone", bad)), cancellationToken);
            return;
        }

        DirectoryPerson? changed = null;
        var outcome = await store.UpdateAsync(directory =>
        {
            var found = DirectoryLookup.One(directory, who);
            if (!found.IsSuccess)
            {
                return found.Failure;
            }

            changed = fields.Where(f => !IdentityKindOf.ContainsKey(f.Field)).Aggregate(found.Value, Apply);
            var updated = DirectoryChanges.Update(directory, turn.Administrator, changed);
            foreach (var (field, value) in fields.Where(f => IdentityKindOf.ContainsKey(f.Field)))
            {
                var kind = IdentityKindOf[field];
                updated = !updated.IsSuccess ? updated
                    : value.Length == 0 ? DirectoryChanges.Unlink(updated.Value, turn.Administrator, changed.Id, kind)
                    : DirectoryChanges.Link(updated.Value, turn.Administrator, changed.Id, new ChannelIdentity(kind, value));
            }

            return updated;
        }, cancellationToken);
        await (outcome.IsSuccess
            ? turn.ReplyAsync(AdministrationTexts.Changed, cancellationToken, changed!.Label)
            : turn.RefuseAsync(outcome.Failure, cancellationToken));
    }

    private static DirectoryPerson Apply(DirectoryPerson person, (string Field, string Value) change)
    {
        var value = change.Value.Length == 0 ? null : change.Value;
        return change.Field switch
        {
            "name" => value is null ? person : person with { Name = value },
            "unit" => person with { Unit = value },
            "title" => person with { Title = value },
            "phone" => person with { Phone = PhoneNumber.Normalise(value) },
            _ => person with { Email = value },
        };
    }

    private static readonly Dictionary<string, string> IdentityKindOf = new(StringComparer.Ordinal)
    {
        ["wecom"] = IdentityKinds.WeCom,
        ["dingtalk"] = IdentityKinds.DingTalk,
        ["dingtalk-union"] = IdentityKinds.DingTalkUnionId,
    };

    private static string? Field(string word) => word.Trim().ToLowerInvariant() switch
    {
        "企业微信" or "企业微信帐号" or "企业微信账号" or "wecom" => "wecom",
        "钉钉" or "钉钉账号" or "钉钉帐号" or "钉钉userid" or "dingtalk" => "dingtalk",
        "钉钉unionid" or "unionid" or "dingtalk-union" => "dingtalk-union",
        "姓名" or "name" => "name",
        "单位" or "部门" or "单位/部门" or "unit" or "department" => "unit",
        "职务" or "title" => "title",
        "手机号" or "手机" or "电话" or "phone" => "phone",
        "邮箱" or "email" => "email",
        _ => null,
    };
}
