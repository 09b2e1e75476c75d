namespace AttributionKit.Tests.Loading.Html;

/// <summary>Small HTML pages written for these tests.</summary>
internal static class HtmlTestPages
{
    public const string Paragraphs = """
        <p>The city council approved the new budget on Tuesday after a long debate, with seven votes in favour and two against.</p>
        <p>The mayor said the plan would fund three new schools, a library and repairs to the old bridge, which has been closed since spring.</p>
        <p>Opposition members argued that the spending was too high, but agreed that the bridge repairs could not wait any longer.</p>
        """;

    public static string Page(string head, string body, string lang = "en") =>
        $"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n";

    public static string Article(string inside, string head = "", string around = "") =>
        Page(head, $"{around}\n<article>\n<h1>Council approves the budget</h1>\n{inside}\n{Paragraphs}\n</article>\n");
}
