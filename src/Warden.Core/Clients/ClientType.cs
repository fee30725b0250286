namespace Warden.Core.Clients;

/// <summary>RFC 6749 §2.1 client types.</summary>
public enum ClientType
{
    /// <summary>Can keep a secret (a server-side application).</summary>
    Confidential,

    /// <summary>Cannot keep a secret (a browser or native application).</summary>
    Public,
}
