using AttributionKit.Loading;

namespace AttributionKit.Tests.Loading;

public class DocumentDateParserTests
{
    [Theory]
    [InlineData("2025-05-19", 2025, 5, 19)]
    [InlineData("20250519", 2025, 5, 19)]
    [InlineData("  2025-05-19  ", 2025, 5, 19)]
    public void Machine_dates_without_a_time_have_no_time_or_offset(string value, int year, int month, int day)
    {
        var parsed = DocumentDateParser.ParseMachine(value);

        parsed.Should().NotBeNull();
        parsed!.Value.Date.Should().Be(new DateOnly(year, month, day));
        parsed.Value.Time.Should().BeNull();
        parsed.Value.Offset.Should().BeNull();
    }

    [Theory]
    [InlineData("2025-05-19T14:30:05Z", 14, 30, 5, 0, 0)]
    [InlineData("2025-05-19T14:30+02:00", 14, 30, 0, 2, 0)]
    [InlineData("2025-05-19 14:30:05.123-0530", 14, 30, 5, -5, -30)]
    [InlineData("2025-05-19T14:30:05+05", 14, 30, 5, 5, 0)]
    public void Machine_date_times_keep_their_time_and_offset(string value, int hour, int minute, int second, int offsetHours, int offsetMinutes)
    {
        var parsed = DocumentDateParser.ParseMachine(value)!.Value;

        parsed.Date.Should().Be(new DateOnly(2025, 5, 19));
        parsed.Time.Should().Be(new TimeOnly(hour, minute, second));
        parsed.Offset.Should().Be(new TimeSpan(offsetHours, offsetMinutes, 0));
    }

    [Fact]
    public void A_local_time_has_no_offset()
    {
        var parsed = DocumentDateParser.ParseMachine("2025-05-19T14:30:00")!.Value;

        parsed.Time.Should().Be(new TimeOnly(14, 30));
        parsed.Offset.Should().BeNull("a time without a zone says nothing about UTC");
    }

    [Fact]
    public void Rfc_1123_dates_are_read()
    {
        var parsed = DocumentDateParser.ParseMachine("Mon, 19 May 2025 08:15:00 GMT")!.Value;

        parsed.Date.Should().Be(new DateOnly(2025, 5, 19));
        parsed.Time.Should().Be(new TimeOnly(8, 15));
        parsed.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void A_human_date_in_metadata_is_read_without_a_time()
    {
        var parsed = DocumentDateParser.ParseMachine("May 19, 2025")!.Value;

        parsed.Date.Should().Be(new DateOnly(2025, 5, 19));
        parsed.Time.Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("1850-01-01")]
    [InlineData("yesterday")]
    [InlineData("Published 3 hours ago")]
    public void Impossible_or_missing_dates_give_nothing(string? value) =>
        DocumentDateParser.ParseMachine(value).Should().BeNull();

    [Theory]
    [InlineData("Monday, October 6, 2025", 2025, 10, 6)]
    [InlineData("Oct. 6 2025", 2025, 10, 6)]
    [InlineData("6 October 2025", 2025, 10, 6)]
    [InlineData("6th October, 2025", 2025, 10, 6)]
    [InlineData("10. April 2020", 2020, 4, 10)]
    [InlineData("Veröffentlicht am 10. März 2020", 2020, 3, 10)]
    [InlineData("Publié le 1er mai 2025", 2025, 5, 1)]
    [InlineData("6 de octubre de 2025", 2025, 10, 6)]
    [InlineData("Stand: 19.05.2025", 2025, 5, 19)]
    [InlineData("2025/05/19", 2025, 5, 19)]
    public void Human_dates_are_read_in_several_languages(string text, int year, int month, int day) =>
        DocumentDateParser.ParseHuman(text)!.Value.Date.Should().Be(new DateOnly(year, month, day));

    [Fact]
    public void A_human_date_reports_where_it_stands()
    {
        const string text = "By Ann Cole | Updated 6 October 2025, 10:00";

        var found = DocumentDateParser.ParseHuman(text)!.Value;

        text.Substring(found.Index, found.Length).Should().Be("6 October 2025");
    }

    [Theory]
    [InlineData("Chapter 6 October")]
    [InlineData("Call 6 Octopus 2025")]
    [InlineData("19/05/2025")]
    [InlineData("31.02.2025")]
    [InlineData("Room 2025")]
    public void Text_that_is_no_unambiguous_date_gives_nothing(string text) =>
        DocumentDateParser.ParseHuman(text).Should().BeNull();

    [Theory]
    [InlineData("Monday, October 6, 2025", 2025, 10, 6)]
    [InlineData("  6 October 2025 ", 2025, 10, 6)]
    [InlineData("Mon. | 6 October 2025", 2025, 10, 6)]
    [InlineData("2025-10-06", 2025, 10, 6)]
    public void A_line_that_is_only_a_date_is_a_dateline(string line, int year, int month, int day) =>
        DocumentDateParser.ParseDateline(line).Should().Be(new DateOnly(year, month, day));

    [Theory]
    [InlineData("The talks began on October 6, 2025 in Geneva")]
    [InlineData("2025-10-06 was the day the talks began")]
    [InlineData("")]
    public void A_line_with_more_than_a_date_is_no_dateline(string line) =>
        DocumentDateParser.ParseDateline(line).Should().BeNull();

    [Theory]
    [InlineData("LAKESIDE, May 19, 2025 — The council said", 2025, 5, 19, "LAKESIDE, May 19, 2025 — ")]
    [InlineData("Kyiv, 19 May 2025 (Reuters) - Talks resumed", 2025, 5, 19, "Kyiv, 19 May 2025 (Reuters) - ")]
    [InlineData("SAN JUAN, Puerto Rico, Tuesday, March 3, 2026 – Power returned", 2026, 3, 3, "SAN JUAN, Puerto Rico, Tuesday, March 3, 2026 – ")]
    [InlineData("NEW YORK, Oct. 6, 2025 -- Shares fell", 2025, 10, 6, "NEW YORK, Oct. 6, 2025 -- ")]
    public void A_wire_dateline_opening_a_paragraph_gives_its_date_and_length(string paragraph, int year, int month, int day, string dateline)
    {
        var found = DocumentDateParser.ParseWireDateline(paragraph);

        found.Should().NotBeNull();
        found!.Value.Date.Should().Be(new DateOnly(year, month, day));
        paragraph[..found.Value.Length].Should().Be(dateline);
    }

    [Theory]
    [InlineData("LONDON (Reuters) — Shares fell")] // no date
    [InlineData("LONDON, May 19 (Reuters) — Shares fell")] // no year to date it by
    [InlineData("The talks, May 19, 2025 — a day nobody forgot")] // a sentence: "The talks" is no place
    [InlineData("LAKESIDE, May 19, 2025, the council said it would act.")] // no dash
    [InlineData("Talks resumed in Kyiv, 19 May 2025 - the first since March")] // the date is not at the head
    [InlineData("")]
    public void A_paragraph_without_a_wire_dateline_gives_none(string paragraph) =>
        DocumentDateParser.ParseWireDateline(paragraph).Should().BeNull();
}
