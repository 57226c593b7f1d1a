using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.WeCom.Callback;

/// <summary>
/// WeCom's callback encryption (加解密方案): AES-256-CBC with the key Base64(EncodingAESKey + "="), IV the key's first
/// 16 bytes, PKCS#7 padding to 32-byte blocks; plaintext = 16 random bytes + 4-byte big-endian length + message +
/// ReceiveId (the CorpID). msg_signature = SHA-1 hex of the sorted concatenation of token, timestamp, nonce and the
/// ciphertext. Public because the loopback fake platform encrypts with it too.
/// </summary>
public sealed class WeComCrypto
{
    private const int BlockSize = 32;
    private readonly byte[] _key;
    private readonly string _token;
    private readonly string _receiveId;

    public WeComCrypto(string token, string encodingAesKey, string receiveId)
    {
        _key = KeyOf(encodingAesKey) ?? throw new ArgumentException("The EncodingAESKey is not 43 characters of Base64 for a 32-byte key.", nameof(encodingAesKey));
        _token = token;
        _receiveId = receiveId;
    }

    /// <summary>The AES key an EncodingAESKey stands for, or null when it is not one.</summary>
    public static byte[]? KeyOf(string? encodingAesKey)
    {
        if (encodingAesKey is not { Length: 43 })
        {
            return null;
        }

        var bytes = new byte[33];
        return Convert.TryFromBase64String(encodingAesKey + "=", bytes, out var written) && written == 32 ? bytes[..32] : null;
    }

    public string Sign(string timestamp, string nonce, string encrypted)
    {
        string[] parts = [_token, timestamp, nonce, encrypted];
        Array.Sort(parts, StringComparer.Ordinal);
        // SHA-1 is the platform's choice, not ours: the signature must be computed as WeCom computes it.
#pragma warning disable CA5350
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
#pragma warning restore CA5350
    }

    /// <summary>Whether <paramref name="signature"/> is the platform's signature of these values (compared in constant time).</summary>
    public bool Verify(string? signature, string? timestamp, string? nonce, string? encrypted)
    {
        if (signature is null || timestamp is null || nonce is null || encrypted is null)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(timestamp, nonce, encrypted));
        var given = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>The message inside <paramref name="encrypted"/>, or null when it is not Base64, does not decrypt, or is for another corp.</summary>
    public string? Decrypt(string encrypted)
    {
        var cipher = new byte[encrypted.Length];
        if (!Convert.TryFromBase64String(encrypted, cipher, out var length) || length == 0 || length % 16 != 0)
        {
            return null;
        }

        byte[] plain;
        try
        {
            using var aes = Aes.Create();
            aes.Key = _key;
            plain = aes.DecryptCbc(cipher.AsSpan(0, length), _key.AsSpan(0, 16), PaddingMode.None);
        }
        catch (CryptographicException)
        {
            return null;
        }

        // PKCS#7 to 32-byte blocks, which .NET's PKCS7 mode (16-byte blocks for AES) does not accept: checked by hand.
        var pad = plain.Length == 0 ? 0 : plain[^1];
        if (pad is < 1 or > BlockSize || pad > plain.Length || plain.AsSpan(plain.Length - pad).ContainsAnyExcept((byte)pad))
        {
            return null;
        }

        var content = plain.AsSpan(0, plain.Length - pad);
        if (content.Length < 20)
        {
            return null;
        }

        var messageLength = BinaryPrimitives.ReadInt32BigEndian(content.Slice(16, 4));
        if (messageLength < 0 || messageLength > content.Length - 20)
        {
            return null;
        }

        var receiveId = Encoding.UTF8.GetString(content[(20 + messageLength)..]);
        if (!string.Equals(receiveId, _receiveId, StringComparison.Ordinal))
        {
            return null;
        }

        return Encoding.UTF8.GetString(content.Slice(20, messageLength));
    }

    public string Encrypt(string message)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var receiveId = Encoding.UTF8.GetBytes(_receiveId);
        var length = 20 + body.Length + receiveId.Length;
        var pad = BlockSize - (length % BlockSize);
        var plain = new byte[length + pad];
        RandomNumberGenerator.Fill(plain.AsSpan(0, 16));
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), body.Length);
        body.CopyTo(plain, 20);
        receiveId.CopyTo(plain, 20 + body.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, 16), PaddingMode.None));
    }
}
