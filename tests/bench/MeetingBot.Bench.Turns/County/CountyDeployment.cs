using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;

namespace MeetingBot.Bench.Turns.County;

/// <summary>
/// The intranet deployment of manifests/intranet on loopback: one PostgreSQL database (a fresh one on the server the
/// test command started, or a throw-away cluster of our own), two MeetingBot processes on it (state, documents and the
/// clustered reminder job store), and Debian's nginx in front with the repository's configuration. An instance can be
/// killed (SIGKILL) and started again on its port, as the compose file's restart policy does.
/// </summary>
public sealed class CountyDeployment : IAsyncDisposable
{
    private readonly string _dll;
    private readonly string _folder;
    private readonly string _connectionString;
    private readonly Process?[] _instances;
    private readonly int[] _ports;
    private readonly string _directLineKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly string _documentLinksKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private Process? _nginx;
    private string? _ownCluster;

    private CountyDeployment(string dll, string folder, string connectionString, int instances)
    {
        (_dll, _folder, _connectionString) = (dll, folder, connectionString);
        _instances = new Process?[instances];
        _ports = [.. Enumerable.Range(0, instances).Select(_ => FreePort())];
        // The sign-in cookie's key ring, shared by both instances (as the compose file's volume is). Made here, before
        // they start, so there is one key and the run can sign its overseer in as the organisation's sign-in would.
        _signInKeys = DataProtectionProvider.Create(new DirectoryInfo(SignInKeyRing), b => b.SetApplicationName(ServiceApplicationName));
        _ = _signInKeys.CreateProtector("county-run").Protect([1]);
    }

    // The service's names for its sign-in cookie (SignInFeature, SignInSchemes): the run seals the cookie its sign-in
    // would have set after the organisation's identity provider named the person.
    private const string ServiceApplicationName = "MeetingBot";
    private const string CookieScheme = "meetingbot-signin";
    private const string CookieName = "meetingbot.signin";

    private readonly IDataProtectionProvider _signInKeys;

    private string SignInKeyRing => Path.Combine(_folder, "signin-keys");

    /// <summary>nginx's address: what people and channels reach.</summary>
    public Uri FrontUrl { get; private set; } = new("http://127.0.0.1/");

    public int Instances => _instances.Length;

    public Uri InstanceUrl(int i) => new($"http://127.0.0.1:{_ports[i]}/");

    public int Pid(int i) => _instances[i]?.Id ?? 0;

    public string ConnectionString => _connectionString;

    public static async Task<CountyDeployment> StartAsync(string dll, int instances, string roster, TextWriter log)
    {
        var folder = Directory.CreateTempSubdirectory("meetingbot-county-").FullName;
        string? ownCluster = null;
        var server = Environment.GetEnvironmentVariable("MEETINGBOT_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            if (!OperatingSystem.IsWindows())
            {
                // PostgreSQL runs as its own user (as root, start-postgres.sh runs it as postgres): it must reach its folder.
                File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
            }

            ownCluster = Path.Combine(folder, "postgres");
            Directory.CreateDirectory(ownCluster);
            var started = await RunAsync("bash", [ScriptPath("start-postgres.sh"), ownCluster, Path.Combine(folder, "postgres.log")]);
            var parts = started.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            server = $"Host=127.0.0.1;Port={parts[0]};Database={parts[1]};Username={parts[2]}";
        }

        // A database of its own, so the run starts empty and leaves the server's other databases alone.
        var database = "county_" + Guid.NewGuid().ToString("N")[..10];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 60 }.ConnectionString;
        var deployment = new CountyDeployment(Path.GetFullPath(dll), folder, connection, instances) { _ownCluster = ownCluster };
        try
        {
            var rosterPath = Path.Combine(folder, "花名册.csv");
            await File.WriteAllTextAsync(rosterPath, roster);
            var imported = await RunAsync("dotnet", [deployment._dll, "directory", "import", rosterPath], deployment.ServiceEnvironment(), Path.GetDirectoryName(deployment._dll));
            await log.WriteLineAsync("roster: " + imported.Trim());
            for (var i = 0; i < instances; i++)
            {
                deployment.StartInstance(i);
            }

            for (var i = 0; i < instances; i++)
            {
                await deployment.WaitHealthyAsync(i, TimeSpan.FromSeconds(90));
            }

            await deployment.StartNginxAsync();
            return deployment;
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
    }

    /// <summary>The Cookie header of a browser signed in as the directory's person <paramref name="personId"/>.</summary>
    public string SignedInCookie(string personId, string name)
    {
        var protector = _signInKeys.CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", CookieScheme, "v2");
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("pid", personId), new Claim("name", name)], CookieScheme));
        return $"{CookieName}={new TicketDataFormat(protector).Protect(new AuthenticationTicket(principal, CookieScheme))}";
    }

    /// <summary>SIGKILL: no shutdown hook runs, as when a machine or container dies.</summary>
    public async Task KillAsync(int i)
    {
        var process = _instances[i] ?? throw new InvalidOperationException($"Instance {i + 1} is not running.");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        _instances[i] = null;
    }

    /// <summary>Started again on the same port and database, as the compose file's <c>restart: unless-stopped</c> does.</summary>
    public async Task RestartAsync(int i)
    {
        StartInstance(i);
        await WaitHealthyAsync(i, TimeSpan.FromSeconds(90));
    }

    public async ValueTask DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            // Its workers too: a killed master leaves them running (and holding the port) otherwise.
            _nginx.Kill(entireProcessTree: true);
            await _nginx.WaitForExitAsync();
        }

        foreach (var process in _instances.OfType<Process>().Where(p => !p.HasExited))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        if (_ownCluster is not null)
        {
            await RunAsync("bash", [ScriptPath("stop-postgres.sh"), _ownCluster]);
        }

        if (Environment.GetEnvironmentVariable("COUNTY_KEEP") is null)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left in the temp folder.
            }
        }
    }

    private Dictionary<string, string> ServiceEnvironment() => new()
    {
        // Development: the loopback channel sends no Bot Framework token (authentication off), as in the other benches.
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["Storage__Provider"] = "Postgres",
        ["Storage__Postgres__ConnectionString"] = _connectionString,
        ["Reminders__JobStore"] = "Postgres",
        // As in the compose file: shared keys, so a link one instance signs the other accepts.
        ["DirectLine__SigningKey"] = _directLineKey,
        ["Documents__Links__SigningKey"] = _documentLinksKey,
        ["Logging__LogLevel__Default"] = "Warning",
        // Sign-in on, for the overseer's overview page; the provider is never contacted (the run seals the cookie).
        ["SignIn__Authority"] = "http://127.0.0.1:9/realms/county",
        ["SignIn__ClientId"] = "meetingbot-web",
        ["SignIn__RequireHttpsMetadata"] = "false",
        ["SignIn__KeyRingPath"] = SignInKeyRing,
    };

    private void StartInstance(int i)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Path.GetDirectoryName(_dll)!, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        // exec: the shell becomes dotnet, so a kill reaches the service itself.
        start.ArgumentList.Add("exec dotnet \"$0\" --urls \"$1\" >> \"$2\" 2>&1");
        start.ArgumentList.Add(_dll);
        start.ArgumentList.Add($"http://127.0.0.1:{_ports[i]}");
        start.ArgumentList.Add(Path.Combine(_folder, $"instance-{i + 1}.log"));
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MicrosoftApp", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (key, value) in ServiceEnvironment())
        {
            start.Environment[key] = value;
        }

        _instances[i] = Process.Start(start) ?? throw new InvalidOperationException("The service did not start.");
    }

    private async Task WaitHealthyAsync(int i, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_instances[i] is { HasExited: true })
            {
                throw new InvalidOperationException($"Instance {i + 1} exited; see {Path.Combine(_folder, $"instance-{i + 1}.log")}.");
            }

            try
            {
                if ((await http.GetAsync(new Uri(InstanceUrl(i), "readyz"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Instance {i + 1} was not ready within {timeout}.");
    }

    /// <summary>
    /// nginx with the repository's server block (manifests/intranet/meetingbot.nginx.conf) inside a minimal main
    /// configuration: the upstream servers are the loopback instances, and ip_hash is dropped — on loopback every
    /// client has one address, so it would send everything to one instance.
    /// </summary>
    private async Task StartNginxAsync()
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed (Debian's nginx package; scripts/install-test-deps.sh installs it).");
        var port = FreePort();
        var conf = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "manifests", "intranet", "meetingbot.nginx.conf"));
        var servers = string.Join("\n", _ports.Select(p => $"    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;"));
        conf = System.Text.RegularExpressions.Regex.Replace(conf, @"(?m)^\s*ip_hash;\s*\n", string.Empty);
        conf = System.Text.RegularExpressions.Regex.Replace(conf, @"(?m)^\s*server meetingbot-\d:8080[^\n]*\n", string.Empty);
        conf = conf.Replace("upstream meetingbot {", "upstream meetingbot {\n" + servers, StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        var root = Path.Combine(_folder, "nginx");
        Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(Path.Combine(root, "meetingbot.conf"), conf);
        foreach (var temp in new[] { "body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            // nginx's workers run as another user (nobody, www-data) when started as root.
            if (!OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(Path.Combine(root, temp), (UnixFileMode)0b111_111_111);
            }
        }

        await File.WriteAllTextAsync(Path.Combine(root, "nginx.conf"), $$"""
            worker_processes 1;
            daemon off;
            pid {{root}}/nginx.pid;
            error_log {{root}}/error.log warn;
            events { worker_connections 4096; }
            http {
                access_log off;
                client_body_temp_path {{root}}/body;
                proxy_temp_path {{root}}/proxy;
                fastcgi_temp_path {{root}}/fastcgi;
                uwsgi_temp_path {{root}}/uwsgi;
                scgi_temp_path {{root}}/scgi;
                include {{root}}/meetingbot.conf;
            }
            """);
        var start = new ProcessStartInfo(nginx) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in new[] { "-p", root, "-c", Path.Combine(root, "nginx.conf"), "-e", Path.Combine(root, "error.log") })
        {
            start.ArgumentList.Add(arg);
        }

        _nginx = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        FrontUrl = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_nginx.HasExited)
            {
                throw new InvalidOperationException("nginx exited: " + await _nginx.StandardError.ReadToEndAsync());
            }

            try
            {
                if ((await http.GetAsync(new Uri(FrontUrl, "healthz"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("nginx did not answer /healthz.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MeetingBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (MeetingBot.sln) was not found above " + AppContext.BaseDirectory);
    }

    private static string ScriptPath(string name) => Path.Combine(RepositoryRoot(), "scripts", name);

    private static async Task<string> RunAsync(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(file + " did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}: {await error}");
        }

        return await output;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
