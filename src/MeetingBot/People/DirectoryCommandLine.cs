using System.Globalization;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.People.Roster;

namespace MeetingBot.People;

/// <summary>
/// <c>dotnet MeetingBot.dll directory list | add | grant | import | export</c>: the directory from the server's shell,
/// acting as the service itself (whoever runs it operates the server). Runs the start-up step first, so the
/// configured administrators and the web chat migration are there. Exit 0 when done, 2 for bad usage or a refusal,
/// with the reason in Chinese and English on stderr.
/// </summary>
public static class DirectoryCommandLine
{
    public const string Verb = "directory";
    private const string Usage =
        "用法 / usage: MeetingBot directory list\n" +
        "  directory add --name <姓名> [--unit <单位路径，如 某县/某镇党委>] [--title <职务>] [--phone <手机号>] [--email <邮箱>] [--role organiser|administrator|overseer] [--wecom <企业微信帐号 UserID>] [--dingtalk <钉钉 userId>] [--dingtalk-union <钉钉 unionId>]\n" +
        "  directory grant --person <id|phone> --role organiser|administrator|overseer\n" +
        "  directory import <file.xlsx|file.csv> [--skip-bad-rows]\n" +
        "  directory export <file.xlsx|file.csv>";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Verb;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var store = services.GetRequiredService<PeopleDirectoryStore>();
        await services.GetRequiredService<DirectoryStartup>().RunAsync(CancellationToken.None);
        return args.ElementAtOrDefault(1) switch
        {
            "list" => await ListAsync(store, output),
            "add" => await AddAsync(store, args, output, error),
            "grant" => await GrantAsync(store, args, output, error),
            "import" when args.Length > 2 => await ImportAsync(services.GetRequiredService<RosterImporter>(), args, output, error),
            "export" when args.Length > 2 => await ExportAsync(store, args[2], output, error),
            _ => await FailAsync(error, Usage),
        };
    }

    private static async Task<int> ListAsync(PeopleDirectoryStore store, TextWriter output)
    {
        foreach (var p in (await store.GetAsync(CancellationToken.None)).People)
        {
            var roles = string.Join(",", p.Roles.Select(OrganisationRoleNames.English));
            await output.WriteLineAsync(string.Join('\t', p.Id, p.Name, p.Unit ?? "", p.Title ?? "", p.Phone ?? "", roles));
        }

        return 0;
    }

    private static async Task<int> AddAsync(PeopleDirectoryStore store, string[] args, TextWriter output, TextWriter error)
    {
        if (Option(args, "--name") is not { } name)
        {
            return await FailAsync(error, Usage);
        }

        var phone = PhoneNumber.Normalise(Option(args, "--phone"));
        if (Option(args, "--phone") is { } typed && phone is null)
        {
            return await RefuseAsync(error, Failure.Invalid(FailureCodes.MalformedPhone, ("phone", typed)));
        }

        OrganisationRole[] roles = [];
        if (Option(args, "--role") is { } roleText)
        {
            if (OrganisationRoleNames.Parse(roleText) is not { } role)
            {
                return await FailAsync(error, Usage);
            }

            roles = [role];
        }

        // The platform ids the adapters match people by (as the contact export or the member's page shows them): the
        // WeCom UserID (帐号), the DingTalk userId, and DingTalk's unionId.
        ChannelIdentity[] identities =
        [
            .. new[] { ("--wecom", IdentityKinds.WeCom), ("--dingtalk", IdentityKinds.DingTalk), ("--dingtalk-union", IdentityKinds.DingTalkUnionId) }
                .Where(o => Option(args, o.Item1) is { Length: > 0 })
                .Select(o => new ChannelIdentity(o.Item2, Option(args, o.Item1)!.Trim())),
        ];
        // A unit is its path in the tree (某县/某镇党委/某村支部); an overseer oversees his own unit and every unit below it.
        var person = new DirectoryPerson(PeopleDirectoryStore.NewPersonId(), name, UnitPath.Normalise(Option(args, "--unit")), Option(args, "--title"), phone,
            Option(args, "--email"), roles, identities);
        var outcome = await store.UpdateAsync(d => DirectoryChanges.Add(d, null, person), CancellationToken.None);
        if (!outcome.IsSuccess)
        {
            return await RefuseAsync(error, outcome.Failure);
        }

        await output.WriteLineAsync($"{person.Id}\t{person.Label}");
        return 0;
    }

    private static async Task<int> GrantAsync(PeopleDirectoryStore store, string[] args, TextWriter output, TextWriter error)
    {
        if (Option(args, "--person") is not { } who || OrganisationRoleNames.Parse(Option(args, "--role")) is not { } role)
        {
            return await FailAsync(error, Usage);
        }

        DirectoryPerson? person = null;
        var outcome = await store.UpdateAsync(directory =>
        {
            var found = DirectoryLookup.One(directory, who);
            return found.IsSuccess ? DirectoryChanges.Grant(directory, null, (person = found.Value).Id, role) : found.Failure;
        }, CancellationToken.None);
        if (!outcome.IsSuccess)
        {
            return await RefuseAsync(error, outcome.Failure);
        }

        await output.WriteLineAsync($"{person!.Id}\t{person.Label}\t{OrganisationRoleNames.English(role)}");
        return 0;
    }

    private static async Task<int> ImportAsync(RosterImporter importer, string[] args, TextWriter output, TextWriter error)
    {
        var path = args[2];
        if (RosterFormats.FromFileName(path) is not { } format || !File.Exists(path))
        {
            return await FailAsync(error, $"不是可读取的 .xlsx 或 .csv 文件 / not a readable .xlsx or .csv file: {path}");
        }

        var report = await importer.ImportAsync(await File.ReadAllBytesAsync(path), format, null, args.Contains("--skip-bad-rows"), CancellationToken.None);
        const string hint = "--skip-bad-rows";
        if (!report.Succeeded)
        {
            await error.WriteLineAsync(report.PlainText(UserLocale.ZhCn, "跳过这些行、导入其余各行：加 " + hint));
            await error.WriteLineAsync(report.PlainText(UserLocale.En, "To skip these rows and import the others, add " + hint));
            return 2;
        }

        await output.WriteLineAsync(report.PlainText(UserLocale.ZhCn, hint));
        return 0;
    }

    private static async Task<int> ExportAsync(PeopleDirectoryStore store, string path, TextWriter output, TextWriter error)
    {
        if (RosterFormats.FromFileName(path) is not { } format)
        {
            return await FailAsync(error, $"文件名须以 .xlsx 或 .csv 结尾 / the file name must end in .xlsx or .csv: {path}");
        }

        var people = (await store.GetAsync(CancellationToken.None)).People;
        await File.WriteAllBytesAsync(path, RosterWriter.Write(people, format));
        await output.WriteLineAsync(people.Count.ToString(CultureInfo.InvariantCulture) + "\t" + path);
        return 0;
    }

    private static async Task<int> RefuseAsync(TextWriter error, Failure failure)
    {
        await error.WriteLineAsync(FailureReply.Plain(failure, UserLocale.ZhCn));
        await error.WriteLineAsync(FailureReply.Plain(failure, UserLocale.En));
        return 2;
    }

    private static async Task<int> FailAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync(message);
        return 2;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && !string.IsNullOrWhiteSpace(args[index + 1]) ? args[index + 1] : null;
    }
}
