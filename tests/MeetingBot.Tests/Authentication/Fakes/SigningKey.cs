using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Tests.Authentication.Fakes;

/// <summary>
/// An RSA key pair made in the test: the private half signs tokens, the public half is published as a JWK.
/// <see cref="Endorsements"/> null means the JWK has no <c>endorsements</c> entry at all (as Entra keys).
/// </summary>
public sealed class SigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public SigningKey(string keyId, IReadOnlyList<string>? endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public IReadOnlyList<string>? Endorsements { get; }

    /// <summary>RS256 with the key id in the token header, so the validator can pick the JWK by <c>kid</c>.</summary>
    public SigningCredentials Credentials => new(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);

    public static SigningKey Endorsed(string keyId, params string[] channels) => new(keyId, channels);

    public static SigningKey WithoutEndorsements(string keyId) => new(keyId, null);

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)JsonValue.Create(e))]);
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
