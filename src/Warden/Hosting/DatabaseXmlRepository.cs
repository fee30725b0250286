using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Warden.Core.Keys;
using Warden.Core.Security;
using Warden.Core.Tenants;

namespace Warden.Hosting;

/// <summary>
/// Keeps the ASP.NET Core Data Protection key ring in the database, each element encrypted with AES-256-GCM under a
/// key derived from the master key, so that every instance sharing the database accepts the anti-forgery tokens of
/// the others and a database dump alone reveals no key.
/// </summary>
public sealed class DatabaseXmlRepository(IDataProtectionKeyStore store, KeyProtector protector, TimeProvider time) : IXmlRepository
{
    // Data Protection's repository interface is synchronous; it is called at start-up and when the key ring is
    // refreshed (about once a day), never per request.
    public IReadOnlyCollection<XElement> GetAllElements() =>
        store.ListAsync(Tenant.DefaultId).GetAwaiter().GetResult().Select(Decrypt).ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        var xml = Encoding.UTF8.GetBytes(element.ToString(SaveOptions.DisableFormatting));
        store.AddAsync(new DataProtectionKey(Tenant.DefaultId, friendlyName, protector.Protect(xml), time.GetUtcNow())).GetAwaiter().GetResult();
    }

    private XElement Decrypt(DataProtectionKey key)
    {
        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(protector.Unprotect(key.EncryptedXml)));
        }
        catch (CryptographicException exception)
        {
            throw new InvalidOperationException(
                $"data protection key {key.Name} cannot be decrypted with this instance's master key; every instance sharing a " +
                "database needs the same keys.encryption_key (WARDEN_MASTER_KEY)", exception);
        }
    }
}
