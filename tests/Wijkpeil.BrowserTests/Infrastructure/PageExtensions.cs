using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Wijkpeil.BrowserTests.Infrastructure;

public static class PageExtensions
{
    /// <summary>The WCAG 2.0 and 2.1 success criteria of levels A and AA: what Dutch public websites must meet.</summary>
    public static IReadOnlyList<string> WcagTags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>
    /// Signs in as <paramref name="account"/> the way a person does: the login page, typing address and password, the
    /// button. Fails unless the site then shows the account as signed in.
    /// </summary>
    public static async Task SignInAsync(this IPage page, TestAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(account.Email);
        await page.GetByLabel("Wachtwoord").FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// Waits until every chart not folded away in a closed <c>details</c> is drawn by charts.js: a chart that stays
    /// undrawn fails the test (its script or data broke), rather than being screenshotted or checked half-done.
    /// </summary>
    public static async Task WaitForChartsAsync(this IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForFunctionAsync(
            """
            () => [...document.querySelectorAll("figure.wp-chart")]
                .filter(f => !f.closest("details:not([open])"))
                .every(f => f.classList.contains("wp-chart--drawn"))
            """,
            null,
            new PageWaitForFunctionOptions { Timeout = 15_000 });
    }

    /// <summary>Runs axe-core with the WCAG 2.1 A and AA rules and describes every violation, or returns null when there is none.</summary>
    public static async Task<string?> WcagViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });
        if (result.Violations.Length == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{page.Url}: {result.Violations.Length} WCAG 2.1 A/AA violation(s)");
        foreach (var violation in result.Violations)
        {
            text.AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes.Take(3))
            {
                text.AppendLine();
                var why = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).FirstOrDefault(m => !string.IsNullOrWhiteSpace(m));
                text.Append(CultureInfo.InvariantCulture, $"    {node.Target}: {why}");
            }

            if (violation.Nodes.Length > 3)
            {
                text.AppendLine();
                text.Append(CultureInfo.InvariantCulture, $"    ... and {violation.Nodes.Length - 3} more");
            }
        }

        return text.ToString();
    }
}
