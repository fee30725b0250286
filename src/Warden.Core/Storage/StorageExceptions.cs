namespace Warden.Core.Storage;

/// <summary>Base of the facts a store reports; backends translate their driver errors into these.</summary>
public abstract class StorageException(string message, Exception? innerException = null) : Exception(message, innerException);

/// <summary>The database cannot be reached or timed out. The server answers 503 and retries on the next request.</summary>
public sealed class StorageUnavailableException(string message, Exception? innerException = null)
    : StorageException(message, innerException);

/// <summary>A row with the same unique key already exists.</summary>
public sealed class DuplicateEntityException(string entity, string key, Exception? innerException = null)
    : StorageException($"{entity} '{key}' already exists", innerException)
{
    public string Entity { get; } = entity;
    public string Key { get; } = key;
}

/// <summary>A row refers to one that does not exist (for example a client of an unknown tenant).</summary>
public sealed class MissingReferenceException(string message, Exception? innerException = null)
    : StorageException(message, innerException);
