using AttributionKit.Loading.Html;

namespace AttributionKit.Tests.Loading.Html;

public class MainContentFinderTests
{
    [Fact]
    public void An_article_split_over_two_sections_keeps_both()
    {
        var html = HtmlTestPages.Page(string.Empty, """
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="page">
            <h1>The river is back</h1>
            <div class="section one"><div class="text">
            <p>After ten years of work, the river that once ran under the car park flows in the open again, and the town has a park around it.</p>
            <p>Engineers removed the concrete lid in three stages, working around the market days so that traders would not lose a single morning.</p>
            <p>The first fish, a small trout, was seen in the new channel last week, much earlier than the biologists had expected, said the town.</p>
            <p>Children from the primary school planted the willows along the banks, and each class has adopted a stretch of the water to watch.</p>
            </div></div>
            <div class="section two"><div class="text">
            <p>Not everyone is pleased: the car park had two hundred places, and the new one, further from the centre, is smaller and costs more.</p>
            <p>Shop owners say they will judge the project at Christmas, when the streets are usually full and parking is hardest to find.</p>
            </div></div>
            </div>
            """);

        var article = HtmlLoader.Load(html, null);

        article.Text.Should().Contain("After ten years of work").And.Contain("judge the project at Christmas");
    }
}
