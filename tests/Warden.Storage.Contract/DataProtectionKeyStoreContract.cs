using Warden.Core.Keys;
using Warden.Core.Storage;
using Xunit;

namespace Warden.Storage.Contract;

public abstract class DataProtectionKeyStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    [Fact]
    public async Task Elements_are_kept_once_per_name_and_listed_oldest_first()
    {
        var tenant = await CreateTenantAsync();
        var second = new DataProtectionKey(tenant, "key-b", [2, 2], Now.AddMinutes(1));
        var first = new DataProtectionKey(tenant, "key-a", [1, 1, 1], Now);

        await Storage.DataProtectionKeys.AddAsync(second);
        await Storage.DataProtectionKeys.AddAsync(first);
        await Storage.DataProtectionKeys.AddAsync(first with { EncryptedXml = [9] });

        Assert.Equal([first, second], await Storage.DataProtectionKeys.ListAsync(tenant));
        Assert.Empty(await Storage.DataProtectionKeys.ListAsync(await CreateTenantAsync()));
        await Assert.ThrowsAsync<MissingReferenceException>(() => Storage.DataProtectionKeys.AddAsync(first with { TenantId = "no-such-tenant" }));
    }
}
