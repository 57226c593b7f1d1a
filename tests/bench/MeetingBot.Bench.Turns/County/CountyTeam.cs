using System.Globalization;
using System.Text;

namespace MeetingBot.Bench.Turns.County;

/// <summary>
/// The county the run sets up: one overseer (县委组织部) at the county, and per town committee a secretary (组织者),
/// a lead (书记) and members, each with a Teams object id the roster gives them, so the directory — not the chat —
/// says who organises and who oversees.
/// </summary>
public sealed class CountyTeam
{
    public const string County = "某县";

    private CountyTeam(Person overseer, IReadOnlyList<CountyUnit> units) => (Overseer, Units) = (overseer, units);

    public Person Overseer { get; }

    public IReadOnlyList<CountyUnit> Units { get; }

    public static CountyTeam Of(int units, int people)
    {
        if (people < 3)
        {
            throw new ArgumentException("A unit needs at least a secretary, a lead and one member (people ≥ 3).");
        }

        var overseer = new Person("29:county-overseer", "组织部长", Aad(0, 0));
        var list = Enumerable.Range(1, units).Select(u =>
        {
            var path = $"{County}/第{u:000}镇党委";
            var secretary = new Person($"29:u{u}-sec", $"秘书{u:000}", Aad(u, 0));
            var team = Enumerable.Range(1, people - 1)
                .Select(k => new Person($"29:u{u}-p{k}", k == 1 ? $"书记{u:000}" : $"委员{u:000}-{k:00}", Aad(u, k)))
                .ToArray();
            return new CountyUnit(u, path, secretary, team, new Conversation($"team-u{u}", true));
        }).ToList();
        return new CountyTeam(overseer, list);
    }

    /// <summary>The 花名册 the office imports: 姓名, 单位, 职务, 手机号, 角色, Teams对象ID.</summary>
    public string RosterCsv()
    {
        var csv = new StringBuilder("姓名,单位,职务,手机号,角色,Teams对象ID\n");
        csv.Append(CultureInfo.InvariantCulture, $"{Overseer.Name},{County},部长,{Phone(0, 0)},上级党委,{Overseer.AadObjectId}\n");
        foreach (var unit in Units)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{unit.Secretary.Name},{unit.Path},组织委员,{Phone(unit.Number, 0)},组织者,{unit.Secretary.AadObjectId}\n");
            foreach (var (person, k) in unit.Team.Select((p, i) => (p, i + 1)))
            {
                csv.Append(CultureInfo.InvariantCulture, $"{person.Name},{unit.Path},{(k == 1 ? "党委书记" : "党委委员")},{Phone(unit.Number, k)},,{person.AadObjectId}\n");
            }
        }

        return csv.ToString();
    }

    private static string Aad(int unit, int k) => string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8{unit:000}-{k:000000000000}");

    private static string Phone(int unit, int k) => string.Create(CultureInfo.InvariantCulture, $"139{unit:0000}{k:0000}");
}

/// <param name="Team">The lead first, then the members.</param>
public sealed record CountyUnit(int Number, string Path, Person Secretary, IReadOnlyList<Person> Team, Conversation Group)
{
    public string Theme => $"第{Number:000}镇党委专题民主生活会";
}
