namespace Ecommerce.Backoffice.Tests.Hosting;

/// <summary>
/// Debian's chromium (apt-get install chromium; scripts/test.sh installs it when missing). Playwright never downloads
/// a browser here: it drives this one. Override the path with BACKOFFICE_TESTS_CHROMIUM.
/// </summary>
internal static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("BACKOFFICE_TESTS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"No chromium at {ExecutablePath}: install Debian's package (apt-get install -y chromium) or set BACKOFFICE_TESTS_CHROMIUM.");
        }

        return new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // The tests run as root in containers, where chromium's sandbox cannot start; /dev/shm is often small.
            ChromiumSandbox = false,
            Args = ["--disable-dev-shm-usage"],
        };
    }
}
