using MeetingBot.BotFramework.Diagnostics;

namespace MeetingBot.BotFramework.Tests.Diagnostics;

public sealed class ProtocolLayerReferencesTests
{
    [Fact]
    public void ProtocolLayer_UsesSystemDiagnosticsOnly_NoTelemetrySdk()
    {
        var references = typeof(BotTelemetry).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);

        Assert.DoesNotContain(references, name => name.StartsWith("OpenTelemetry", StringComparison.OrdinalIgnoreCase));
    }
}
