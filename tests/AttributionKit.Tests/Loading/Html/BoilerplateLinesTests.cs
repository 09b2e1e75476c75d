using AttributionKit.Loading.Html;

namespace AttributionKit.Tests.Loading.Html;

public class BoilerplateLinesTests
{
    [Theory]
    [InlineData("© 2024, The Harbour News. This story is the property of The Harbour News. Written permission must be obtained before it is reprinted in print or online media. Reprinting without permission or payment is theft and will be pursued. For licensing, write to the editors at the address on our contact page, giving the story and where it will appear.")]
    [InlineData("Valora esta noticia")]
    [InlineData("Was this article helpful?")]
    [InlineData("Anzeige, enthält Affiliate Links")]
    [InlineData("The new ferry leaves the harbour on its first crossing. Photo: Jane Doe")]
    [InlineData("Image: City Archive")]
    [InlineData("Beitragsbild: Titelseite der Zeitung vom 2.4.2019, Ausriss.")]
    [InlineData("Von: Jane Doe")]
    [InlineData("Snow clearing duty - what owners must know© Jane Doe/pictures.example")]
    [InlineData("Summer is holiday time, and the singer spent hers on a Greek island. See for yourself! Read more")]
    [InlineData("Das Museum öffnet wieder: alle Termine im Überblick. Weiterlesen »")]
    [InlineData("IMPRESSUM | | COPYRIGHT JANE DOE | THIS IS AN EXAMPLE PROJECT")]
    [InlineData("Impressum | Datenschutz | Kontakt")]
    public void Notices_prompts_and_disclosures_are_boilerplate(string block)
    {
        BoilerplateLines.IsBoilerplate(block).Should().BeTrue();
    }

    [Theory]
    [InlineData("The harbour office said the ferry will run every hour from May, after a winter with only three crossings a day.")]
    [InlineData("The photo: a boy, a dog and the sea, taken by a tourist in 1953, is now in the town's museum.")]
    [InlineData("Copyright law was the subject of the second debate, which ran late into the night as members argued over the details.")]
    [InlineData("The logo © was added in 1990. Since then the firm has grown to three hundred staff in four countries.")]
    [InlineData("She told the committee that people should read more.")]
    [InlineData("Ticket prices | 12 euros for adults, 6 euros for children")]
    public void Article_sentences_are_not_boilerplate(string block)
    {
        BoilerplateLines.IsBoilerplate(block).Should().BeFalse();
    }

    [Theory]
    [InlineData("24. März 2004, 19:49 | Genesis")]
    [InlineData("asked Feb 6, 2014 at 20:37")]
    [InlineData("12.12.2022, 08:30 Uhr")]
    public void Time_stamp_rows_are_date_lines(string block)
    {
        BoilerplateLines.IsDateLine(block).Should().BeTrue();
    }

    [Theory]
    [InlineData("The council met on 12.12.2022 and voted at 20:37 to approve the plan.")]
    [InlineData("Opening hours")]
    public void Sentences_and_labels_are_not_date_lines(string block)
    {
        BoilerplateLines.IsDateLine(block).Should().BeFalse();
    }
}
