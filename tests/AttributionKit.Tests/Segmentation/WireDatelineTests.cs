using AttributionKit.Segmentation;

namespace AttributionKit.Tests.Segmentation;

public class WireDatelineTests
{
    [Theory]
    [InlineData("WASHINGTON — President Trump said so.", "WASHINGTON — ")]
    [InlineData("WASHINGTON (AP) — The Latest on the race.", "WASHINGTON (AP) — ")]
    [InlineData("NEW YORK (Reuters) - Shares fell.", "NEW YORK (Reuters) - ")]
    [InlineData("KYIV, Ukraine — Officials said the strikes continued.", "KYIV, Ukraine — ")]
    [InlineData("LONDON, May 19 (Reuters) - Shares fell, traders said.", "LONDON, May 19 (Reuters) - ")]
    [InlineData("Lakeside, May 19, 2025 — The council met.", "Lakeside, May 19, 2025 — ")]
    public void A_place_an_optional_date_and_agency_and_a_dash_open_a_paragraph(string paragraph, string dateline) =>
        paragraph[..WireDateline.LengthAt(paragraph, 0, paragraph.Length)].Should().Be(dateline);

    [Theory]
    [InlineData("NATO — the alliance of 32 countries — said it would act.")] // a dash pair sets off an aside
    [InlineData("Washington — and only Washington — can end this.")] // not in capitals, no date
    [InlineData("I — and I alone — decide.")] // one capital is no place
    [InlineData("WASHINGTON said nothing.")] // no dash
    [InlineData("President Trump — who spoke first — said so.")]
    public void Capitals_before_a_dash_that_opens_an_aside_or_a_sentence_are_no_dateline(string paragraph) =>
        WireDateline.LengthAt(paragraph, 0, paragraph.Length).Should().Be(0);
}
