using System.Reflection;
using System.Runtime.InteropServices;
using Confluent.Kafka;

namespace Ecommerce.EmbeddedKafka.Native;

/// <summary>
/// Points this assembly's <c>[DllImport("librdkafka")]</c> at the very file Confluent.Kafka loaded. Confluent.Kafka
/// picks one of several builds from librdkafka.redist (on Debian 12 the centos8 one, the plain one needs
/// libsasl2.so.3); loading another copy would give the mock cluster a different library state than the client handle.
/// </summary>
internal static class LibrdkafkaResolver
{
    private static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(LibrdkafkaResolver).Assembly, Resolve);
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != RdKafkaMockApi.LibraryName)
        {
            return IntPtr.Zero;
        }

        Library.Load();
        var loadedPath = FindLoadedLibrdkafka();
        return loadedPath is null ? IntPtr.Zero : NativeLibrary.Load(loadedPath);
    }

    // Linux only; elsewhere the default probing (returning zero) finds the package's single build.
    private static string? FindLoadedLibrdkafka()
    {
        const string maps = "/proc/self/maps";
        if (!File.Exists(maps))
        {
            return null;
        }

        foreach (var line in File.ReadLines(maps))
        {
            var pathStart = line.IndexOf('/');
            if (pathStart < 0)
            {
                continue;
            }

            var path = line[pathStart..].Trim();
            var fileName = Path.GetFileName(path);
            if (fileName.Contains("librdkafka", StringComparison.Ordinal) && fileName.EndsWith(".so", StringComparison.Ordinal))
            {
                return path;
            }
        }

        return null;
    }
}
