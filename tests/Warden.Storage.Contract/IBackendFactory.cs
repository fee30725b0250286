using Warden.Core.Caching;
using Warden.Core.Storage;

namespace Warden.Storage.Contract;

/// <summary>Makes a fresh, migrated, empty backend for one test. Bindings implement it once per backend.</summary>
public interface IBackendFactory
{
    Task<IStorageBackend> CreateAsync();
}

/// <summary>For the SQL backends: several backends opened on one database, as several Warden processes would.</summary>
public interface ISqlBackendFactory : IBackendFactory
{
    /// <summary>A new empty database; returns what <see cref="Open"/> takes to reach it.</summary>
    Task<string> NewDatabaseAsync();

    /// <summary>A backend (not migrated) on that database with the given table prefix.</summary>
    IStorageBackend Open(string database, string tablePrefix = "");

    /// <summary>The names of the tables and indexes in that database.</summary>
    Task<IReadOnlyList<string>> ListSchemaObjectsAsync(string database);

    /// <summary>The folder name of this backend's migrations (migrations/&lt;dialect&gt;/).</summary>
    string Dialect { get; }

    /// <summary>Runs one statement on that database outside the stores (to age or damage what they wrote) and returns its first value.</summary>
    Task<object?> ExecuteScalarAsync(string database, string sql);
}

/// <summary>Makes a cache for one test, and moves its clock so that expiry is tested without waiting.</summary>
public interface ICacheFactory : IAsyncDisposable
{
    Task<ICacheStore> CreateAsync();

    /// <summary>
    /// Lets <paramref name="elapsed"/> pass for the keys starting with <paramref name="keyPrefix"/> of the cache made by
    /// <see cref="CreateAsync"/>: a pinned clock moves forward, or a server whose clock is its own shortens those keys'
    /// remaining time to live by that much (deleting the keys whose time runs out).
    /// </summary>
    Task AdvanceAsync(string keyPrefix, TimeSpan elapsed);
}
