using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Tests.Authentication.Fakes;

/// <summary>
/// A real HTTP server on loopback publishing two OpenID metadata documents and their key sets: the Bot Framework
/// channel style (keys with <c>endorsements</c>) and the Entra style the Emulator's tokens come from (no
/// endorsements). Keys can be published while it runs, as the real services roll keys over.
/// </summary>
public sealed class OpenIdMetadataServer : IAsyncDisposable
{
    public const string ChannelMetadataPath = "/v1/.well-known/openidconfiguration";
    public const string ChannelKeysPath = "/v1/.well-known/keys";
    public const string EmulatorMetadataPath = "/common/v2.0/.well-known/openid-configuration";
    public const string EmulatorKeysPath = "/common/discovery/v2.0/keys";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<SigningKey> _channelKeys = [];
    private readonly List<SigningKey> _emulatorKeys = [];

    private OpenIdMetadataServer(WebApplication app) => _app = app;

    /// <summary>The base address, with the port the operating system gave.</summary>
    public string BaseUrl { get; private set; } = "";

    public string ChannelMetadataUrl => BaseUrl + ChannelMetadataPath;

    public string EmulatorMetadataUrl => BaseUrl + EmulatorMetadataPath;

    public static async Task<OpenIdMetadataServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var server = new OpenIdMetadataServer(builder.Build());
        server.MapDocuments();
        await server._app.StartAsync();
        server.BaseUrl = new Uri(server._app.Urls.Single()).GetLeftPart(UriPartial.Authority);
        return server;
    }

    public void PublishChannelKey(SigningKey key)
    {
        lock (_gate)
        {
            _channelKeys.Add(key);
        }
    }

    public void PublishEmulatorKey(SigningKey key)
    {
        lock (_gate)
        {
            _emulatorKeys.Add(key);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void MapDocuments()
    {
        _app.MapGet(ChannelMetadataPath, () => Json(new JsonObject
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = BaseUrl + ChannelKeysPath,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }));
        _app.MapGet(ChannelKeysPath, () => Json(KeySet(_channelKeys)));
        _app.MapGet(EmulatorMetadataPath, () => Json(new JsonObject
        {
            ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
            ["token_endpoint"] = BaseUrl + "/common/oauth2/v2.0/token",
            ["jwks_uri"] = BaseUrl + EmulatorKeysPath,
            ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token", "id_token token"),
            ["subject_types_supported"] = new JsonArray("pairwise"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["tenant_region_scope"] = null,
        }));
        _app.MapGet(EmulatorKeysPath, () => Json(KeySet(_emulatorKeys)));
    }

    private JsonObject KeySet(List<SigningKey> keys)
    {
        lock (_gate)
        {
            return new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.ToJwk())]) };
        }
    }

    private static IResult Json(JsonObject document) => Results.Content(document.ToJsonString(), "application/json");
}
