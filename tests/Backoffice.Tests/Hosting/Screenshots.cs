namespace Ecommerce.Backoffice.Tests.Hosting;

/// <summary>
/// Where each test leaves its screenshot: tests/Backoffice.Tests/TestResults/screenshots/ (ignored by git, kept by CI
/// as an artifact), or BACKOFFICE_TESTS_SCREENSHOTS.
/// </summary>
internal static class Screenshots
{
    public static string Folder { get; } = Resolve();

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    private static string Resolve()
    {
        if (Environment.GetEnvironmentVariable("BACKOFFICE_TESTS_SCREENSHOTS") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Backoffice.Tests.csproj")))
            {
                return Path.Combine(folder.FullName, "TestResults", "screenshots");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
    }
}
