using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MeetingBot.Tests.Hosting;

/// <summary>
/// The layout the architecture page claims, read from the source: project references only along the arrows written
/// in docs/architecture.md and without cycles; and, inside the host, no cycle between sibling feature folders (by
/// the namespaces each file uses). Composition (Hosting/, *Feature.cs, Program.cs) may reference everything.
/// </summary>
public sealed partial class DependencyDirectionTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void ProjectReferences_FollowTheArrowsOfTheArchitecturePage()
    {
        var allowed = DocumentedArrows();
        var against = ProjectReferences().Where(r => !allowed.Contains(r)).Select(r => $"{r.From} -> {r.To}").ToList();

        Assert.True(allowed.Count > 0, "docs/architecture.md has no ```dependencies block.");
        Assert.True(against.Count == 0, "Not drawn in docs/architecture.md: " + string.Join("; ", against));
    }

    [Fact]
    public void ProjectReferences_HaveNoCycle()
    {
        var cycles = Cycles(ProjectReferences());
        Assert.True(cycles.Count == 0, "Project cycle: " + string.Join("; ", cycles.Select(c => string.Join(" <-> ", c))));
    }

    [Fact]
    public void Projects_UseOnlyTheNamespacesOfProjectsDownTheirArrows()
    {
        // A namespace belongs to the project whose name is its longest prefix (MeetingBot: the host). A library that
        // names a namespace of a project it may not reach (the host's, say) depends against the direction, even
        // where the compiler would not see it (a namespace the library declares again).
        var arrows = DocumentedArrows();
        var projects = ProjectReferences().Select(r => r.From).Concat(arrows.Select(a => a.To)).Append("MeetingBot").ToHashSet(StringComparer.Ordinal);
        var against = new List<string>();
        foreach (var project in projects.Where(p => p != "MeetingBot" && Directory.Exists(Path.Combine(Root, "src", p))))
        {
            var reachable = Reachable(project, arrows);
            foreach (var file in SourceFiles(Path.Combine(Root, "src", project)))
            {
                var text = StripCommentsAndStrings(File.ReadAllText(file));
                foreach (var ns in UsingDirective().Matches(text).Select(m => m.Groups[1].Value).Where(n => n.StartsWith("MeetingBot.", StringComparison.Ordinal)))
                {
                    var owner = projects.Where(p => ns == p || ns.StartsWith(p + ".", StringComparison.Ordinal)).MaxBy(p => p.Length)!;
                    if (owner != project && !reachable.Contains(owner))
                    {
                        against.Add($"{Path.GetRelativePath(Root, file)} uses {ns} ({owner})");
                    }
                }
            }
        }

        Assert.True(against.Count == 0, "Against the arrows of docs/architecture.md: " + string.Join("; ", against));
    }

    [Fact]
    public void HostFeatureFolders_HaveNoCycle()
    {
        var edges = FolderEdges();
        var cycles = Cycles(edges.Keys);
        Assert.True(cycles.Count == 0, "Feature folder cycle: " + string.Join("; ", cycles.Select(c =>
            string.Join(" <-> ", c) + " via " + string.Join(", ", edges.Where(e => c.Contains(e.Key.From) && c.Contains(e.Key.To))
                .Select(e => $"{e.Key.From} -> {e.Key.To} ({string.Join(", ", e.Value.Distinct())})")))));
    }

    [Fact]
    public void Reminders_DoNotUseTheChatFront()
    {
        var edges = FolderEdges();
        Assert.False(edges.ContainsKey(("MeetingBot.Reminders", "MeetingBot.Chat")),
            "Reminders use the chat front: " + string.Join(", ", edges.GetValueOrDefault(("MeetingBot.Reminders", "MeetingBot.Chat")) ?? []));
    }

    private static HashSet<(string From, string To)> DocumentedArrows()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "architecture.md"));
        var block = DependenciesBlock().Match(text);
        return [.. block.Groups[1].Value.Split('\n')
            .Select(l => l.Split("->", StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .SelectMany(p => p[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(to => (p[0], to)))];
    }

    private static List<(string From, string To)> ProjectReferences() =>
        [.. Directory.GetFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .SelectMany(csproj => XDocument.Load(csproj).Descendants("ProjectReference")
                .Select(r => (Path.GetFileNameWithoutExtension(csproj), Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))))];

    private static HashSet<string> Reachable(string from, HashSet<(string From, string To)> arrows)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var next = new Queue<string>([from]);
        while (next.TryDequeue(out var project))
        {
            foreach (var to in arrows.Where(a => a.From == project).Select(a => a.To).Where(reached.Add))
            {
                next.Enqueue(to);
            }
        }

        return reached;
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>Edges between sibling namespaces of the host (below their nearest common namespace), with the files that make them.</summary>
    private static Dictionary<(string From, string To), List<string>> FolderEdges()
    {
        var host = Path.Combine(Root, "src", "MeetingBot");
        var files = Directory.GetFiles(host, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(Root, f), Text: StripCommentsAndStrings(File.ReadAllText(f))))
            .Select(f => (f.Path, f.Text, Namespace: FileNamespace().Match(f.Text) is { Success: true } m ? m.Groups[1].Value : null))
            .Where(f => f.Namespace is not null)
            .ToList();
        var declared = files.Select(f => f.Namespace!).ToHashSet(StringComparer.Ordinal);
        // A namespace only another project declares (MeetingBot.WebChannel.DirectLine, while the host has its own
        // MeetingBot.WebChannel) is that project's, not a folder of the host.
        var elsewhere = Directory.GetDirectories(Path.Combine(Root, "src")).Where(d => d != host)
            .SelectMany(SourceFiles)
            .Select(f => FileNamespace().Match(File.ReadAllText(f)) is { Success: true } m ? m.Groups[1].Value : null)
            .OfType<string>()
            .Where(n => !declared.Contains(n))
            .ToHashSet(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string), List<string>>();
        foreach (var (path, text, ns) in files.Where(f => !IsComposition(f.Path)))
        {
            foreach (var used in Used(text, ns!, declared, elsewhere))
            {
                var a = ns!.Split('.');
                var b = used.Split('.');
                var k = 0;
                while (k < a.Length && k < b.Length && a[k] == b[k])
                {
                    k++;
                }

                if (k == a.Length || k == b.Length)
                {
                    continue; // a parent or a child namespace: not a sibling
                }

                var key = (string.Join('.', a[..(k + 1)]), string.Join('.', b[..(k + 1)]));
                if (key.Item2.StartsWith("MeetingBot.", StringComparison.Ordinal) && !IsOtherProject(key.Item2))
                {
                    (edges.TryGetValue(key, out var list) ? list : edges[key] = []).Add(path);
                }
            }
        }

        return edges;
    }

    // MeetingBot.WebChannel is not listed: the host keeps the web channel's meeting side (invitation issuing, the
    // /chat endpoint, sign-in against the directory) in that namespace, so its folder edges are the host's own.
    private static bool IsOtherProject(string ns) =>
        ns is "MeetingBot.Coordination" or "MeetingBot.BotFramework" or "MeetingBot.Storage" or "MeetingBot.Delivery" or "MeetingBot.DingTalk" or "MeetingBot.WeCom";

    private static bool IsComposition(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}Hosting{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.EndsWith("Feature.cs", StringComparison.Ordinal) || path.EndsWith("Program.cs", StringComparison.Ordinal);

    /// <summary>Namespaces named by using directives and by (partly) qualified names resolved against the enclosing namespaces.</summary>
    private static HashSet<string> Used(string text, string ns, HashSet<string> declared, HashSet<string> elsewhere)
    {
        var used = UsingDirective().Matches(text).Select(m => m.Groups[1].Value).Where(u => !elsewhere.Contains(u)).ToHashSet(StringComparer.Ordinal);
        var scopes = ns.Split('.');
        foreach (var chain in QualifiedName().Matches(text).Select(m => m.Groups[1].Value.Split('.')).Distinct())
        {
            var found = false;
            for (var i = scopes.Length; i >= 0 && !found; i--)
            {
                for (var j = chain.Length; j > 0 && !found; j--)
                {
                    var candidate = string.Join('.', scopes[..i].Concat(chain[..j]));
                    if (elsewhere.Contains(candidate))
                    {
                        found = true;
                    }
                    else if (declared.Contains(candidate) || IsOtherProject(candidate))
                    {
                        used.Add(candidate);
                        found = true;
                    }
                }
            }
        }

        return used;
    }

    private static string StripCommentsAndStrings(string text) =>
        StringLiteral().Replace(BlockComment().Replace(LineComment().Replace(text, string.Empty), string.Empty), "\"\"");

    private static List<List<string>> Cycles(IEnumerable<(string From, string To)> edges)
    {
        var graph = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToHashSet());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<List<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            foreach (var w in graph.GetValueOrDefault(v) ?? [])
            {
                if (!index.TryGetValue(w, out var seen))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (stack.Contains(w))
                {
                    low[v] = Math.Min(low[v], seen);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    cycles.Add(component);
                }
            }
        }

        foreach (var v in graph.Keys.ToList().Where(v => !index.ContainsKey(v)))
        {
            Visit(v);
        }

        return cycles;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MeetingBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("MeetingBot.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"```dependencies\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex DependenciesBlock();

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"(?<![\w.])([A-Z]\w*(?:\.[A-Z]\w*)+)")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"@?\$?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();
}
