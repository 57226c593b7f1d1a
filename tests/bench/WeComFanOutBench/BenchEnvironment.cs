using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.WeCom.Bench;

/// <summary>What the protocol layer asks of the host's environment, for a console benchmark.</summary>
internal sealed class BenchEnvironment : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Production;
    public string ApplicationName { get; set; } = "WeComFanOutBench";
    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
