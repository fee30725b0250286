using System.Buffers;
using System.Text.Json;

namespace Warden.Endpoints;

/// <summary>Writes a JSON body built in memory with one asynchronous write (Kestrel forbids synchronous I/O).</summary>
public static class JsonResponse
{
    public static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write, string contentType = "application/json; charset=utf-8")
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
            write(json);
        context.Response.ContentType = contentType;
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }
}
