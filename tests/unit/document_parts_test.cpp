// parse: the parts of a file (agenda, minutes, briefings, work programme), the meeting heading
// and the attendance.
#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar_date.h"
#include "parse/minutes.h"
#include "read/source_text.h"

#include "test_helpers.h"

using namespace tracker;
using tracker::test::text_of;

namespace {

struct Parsed {
  CleanLines lines;
  Furniture furniture;
  std::vector<DocumentPart> parts;
};

Parsed parse(const std::string& text, const std::vector<std::string>& committee_names = {}) {
  const SourceText source = source_text_from_bytes("test.txt", text);
  Parsed p;
  p.lines = clean_all(source.lines);
  p.parts = find_document_parts(p.lines, committee_names, p.furniture);
  return p;
}

std::string date_of(const std::optional<Day>& d) { return d ? format_day(*d) : "none"; }

// The header of the first minutes part.
MeetingHeader header_of(const Parsed& p, const std::vector<std::string>& committee_names = {}) {
  for (const auto& part : p.parts)
    if (part.kind == PartKind::minutes) return read_meeting_header(p.lines, part, committee_names);
  FAIL("no minutes part");
  return {};
}

}  // namespace

TEST_CASE("parts: a ModernGov page heading: committee - weekday date time") {
  const Parsed p = parse(text_of({
      "Agenda and minutes",
      "",
      "Improving Lives Select Commission - Tuesday, 11th June, 2019 5.30 p.m.",
      "",
      "Venue: Town Hall, Moorgate Street, ROTHERHAM. S60 2TH",
      "",
      "Contact: Debbie Pons, Principal Democratic Services Officer",
      "",
      "No. Item",
      "",
      "Declarations of Interest",
      "",
      "There were no declarations of interest.",
  }));
  REQUIRE(p.parts.size() == 1);
  const DocumentPart& part = p.parts[0];
  CHECK(part.kind == PartKind::minutes);
  CHECK(part.committee == "Improving Lives Select Commission");
  CHECK(date_of(part.date) == "2019-06-11");
  CHECK(part.begin_line == 1);
  CHECK(part.end_line == 13);
  CHECK(part.title == "Minutes of 11 June 2019");

  const MeetingHeader h = header_of(p);
  CHECK(h.committee == "Improving Lives Select Commission");
  CHECK(date_of(h.date) == "2019-06-11");
  REQUIRE(h.time);
  CHECK(h.time->first == 17);
  CHECK(h.time->second == 30);
  CHECK(h.venue == "Town Hall, Moorgate Street, ROTHERHAM. S60 2TH");
}

TEST_CASE("parts: a Markdown heading with the committee and the date on one line") {
  const Parsed p = parse(text_of({
      "# IMPROVING LIVES SELECT COMMISSION Tuesday, 14th January, 2020",
      "",
      "Present:- Councillor Jarvis (Vice-Chair in the Chair); Councillors Beaumont, Elliot, Marles, Pitchley and Buckley",
      "",
      "# 43. MINUTES OF THE PREVIOUS MEETING HELD ON OCTOBER 29, 2019",
  }));
  REQUIRE(p.parts.size() == 1);
  CHECK(p.parts[0].kind == PartKind::minutes);
  CHECK(p.parts[0].committee == "IMPROVING LIVES SELECT COMMISSION");
  CHECK(date_of(p.parts[0].date) == "2020-01-14");
}

TEST_CASE("parts: the committee on one line, the date on the next") {
  const Parsed p = parse(text_of({
      "IMPROVING LIVES SELECT COMMISSION",
      "Tuesday, 22nd September, 2020",
      "",
      "Present:- Councillor Cusworth (in the Chair); Councillors Jarvis, Atkin and Buckley.",
  }));
  REQUIRE(p.parts.size() == 1);
  CHECK(p.parts[0].committee == "IMPROVING LIVES SELECT COMMISSION");
  CHECK(date_of(p.parts[0].date) == "2020-09-22");
  CHECK(p.parts[0].begin_line == 1);
}

TEST_CASE("parts: 'Minutes of the meeting of the X held on …'") {
  SUBCASE("on one line") {
    const Parsed p = parse(text_of({
        "Minutes of the meeting of the Scrutiny Board held on Tuesday, 3 March 2020 at 6.00 pm",
        "",
        "Present: Councillor Smith (Chair), Councillors Jones and Patel",
    }));
    REQUIRE(p.parts.size() == 1);
    CHECK(p.parts[0].committee == "Scrutiny Board");
    CHECK(date_of(p.parts[0].date) == "2020-03-03");
  }
  SUBCASE("over two lines") {
    const Parsed p = parse(text_of({
        "Minutes of the meeting of the Overview and Scrutiny Committee held on",
        "Monday, 6 January 2020 at 6.00 pm",
        "",
        "Present: Councillor Smith (Chair), Councillors Jones and Patel",
    }));
    REQUIRE(p.parts.size() == 1);
    CHECK(p.parts[0].committee == "Overview and Scrutiny Committee");
    CHECK(date_of(p.parts[0].date) == "2020-01-06");
    CHECK(p.parts[0].begin_line == 1);
  }
  SUBCASE("a mention of the previous meeting is not a heading") {
    const Parsed p = parse(text_of({
        "IMPROVING LIVES SELECT COMMISSION",
        "Tuesday, 22nd September, 2020",
        "",
        "Present:- Councillor Cusworth (in the Chair); Councillors Jarvis and Atkin.",
        "",
        "90. MINUTES OF THE PREVIOUS MEETING HELD ON 28 JULY 2020",
        "",
        "Minutes of the previous meeting held on 28 July 2020 were considered.",
    }));
    REQUIRE(p.parts.size() == 1);
    CHECK(date_of(p.parts[0].date) == "2020-09-22");
  }
}

TEST_CASE("parts: a council's name above the committee") {
  const Parsed p = parse(text_of({
      "ROTHERHAM METROPOLITAN BOROUGH COUNCIL",
      "",
      "IMPROVING LIVES SELECT COMMISSION",
      "Tuesday, 22nd September, 2020",
      "",
      "Present:- Councillor Cusworth (in the Chair); Councillors Jarvis, Atkin and Buckley.",
  }));
  REQUIRE(p.parts.size() == 1);
  CHECK(p.parts[0].committee == "IMPROVING LIVES SELECT COMMISSION");
  CHECK(date_of(p.parts[0].date) == "2020-09-22");
  CHECK(p.parts[0].begin_line == 1);  // the council's name belongs to the minutes
}

TEST_CASE("parts: a configured committee name is recognised though it names no body noun") {
  const std::string text = text_of({
      "Improving Lives",
      "Tuesday, 22nd September, 2020",
      "",
      "Present:- Councillor Cusworth (in the Chair).",
  });
  const Parsed with_name = parse(text, {"Improving Lives"});
  REQUIRE(with_name.parts.size() == 1);
  CHECK(with_name.parts[0].committee == "Improving Lives");
}

TEST_CASE("parts: an agenda pack splits into agenda, minutes, briefing, work programme and schedule") {
  const Parsed p = parse(text_of({
      "IMPROVING LIVES SELECT COMMISSION",                                                         // 1
      "",                                                                                          // 2
      "- Date and Time :-** Tuesday, 27 October 2020 at 5.30 p.m.",                                // 3
      "- Venue:-** Microsoft Teams Meeting.",                                                      // 4
      "",                                                                                          // 5
      "AGENDA",                                                                                    // 6
      "",                                                                                          // 7
      "1. Apologies for Absence",                                                                  // 8
      "",                                                                                          // 9
      "2. Minutes of the previous meeting held on 22 September 2020 (Pages 1 - 8)",                 // 10
      "",                                                                                          // 11
      "IMPROVING LIVES SELECT COMMISSION",                                                         // 12
      "Tuesday, 22nd September, 2020",                                                             // 13
      "",                                                                                          // 14
      "Present:- Councillor Cusworth (in the Chair); Councillors Jarvis, Atkin and Buckley.",      // 15
      "",                                                                                          // 16
      "90. MINUTES OF THE PREVIOUS MEETING HELD ON 28 JULY 2020",                                  // 17
      "",                                                                                          // 18
      "Resolved: - That the Minutes of the meeting held on 28 July 2020 be approved as a correct record.",  // 19
      "",                                                                                          // 20
      "<h1>BRIEFING</h1>\tTO:\tImproving Lives Select Commission",                                 // 21
      "\tDATE:\t27 October 2020",                                                                  // 22
      "\tLEAD OFFICER:\tDean Fenton Head of Service, Access to Education dean.fenton@rotherham.gov.uk",  // 23
      "\tTITLE:\tElective Home Education",                                                         // 24
      "1.1\tElective home education (EHE) is a legal choice by parents.",                          // 25
      "",                                                                                          // 26
      "Work programme \xE2\x80\x93 Improving Lives Select Commission UPDATED: 13 OCTOBER 2020",     // 27
      "",                                                                                          // 28
      "Meeting Date\tAgenda Item\tPurpose/ Outcomes\tRecommendations",                             // 29
      "27 October\tWork Programme\tTo consider the work programme\t",                              // 30
      "",                                                                                          // 31
      "IMPROVING LIVES SELECT COMMISSION RECOMMENDATIONS \xE2\x80\x93 IMPLEMENTATION MONITORING SCHEDULE",  // 32
      "UPDATED: 13 OCTOBER 2020",                                                                  // 33
      "03/03/20\tEarly Help and Social Care Pathway\tThat an update be provided to members.",       // 34
  }));
  REQUIRE(p.parts.size() == 5);

  CHECK(p.parts[0].kind == PartKind::agenda);
  CHECK(p.parts[0].begin_line == 1);
  CHECK(p.parts[0].end_line == 11);
  CHECK(date_of(p.parts[0].date) == "2020-10-27");
  CHECK(p.parts[0].title == "Agenda for 27 October 2020");

  CHECK(p.parts[1].kind == PartKind::minutes);
  CHECK(p.parts[1].begin_line == 12);
  CHECK(p.parts[1].end_line == 20);
  CHECK(date_of(p.parts[1].date) == "2020-09-22");
  CHECK(p.parts[1].committee == "IMPROVING LIVES SELECT COMMISSION");
  CHECK(p.parts[1].title == "Minutes of 22 September 2020");

  CHECK(p.parts[2].kind == PartKind::briefing);
  CHECK(p.parts[2].begin_line == 21);
  CHECK(p.parts[2].title == "Briefing: Elective Home Education");

  CHECK(p.parts[3].kind == PartKind::work_programme);
  CHECK(p.parts[3].begin_line == 27);
  CHECK(p.parts[3].end_line == 31);
  CHECK(date_of(p.parts[3].date) == "2020-10-13");
  CHECK(p.parts[3].title == "Work programme \xE2\x80\x93 Improving Lives Select Commission");

  CHECK(p.parts[4].kind == PartKind::monitoring_schedule);
  CHECK(p.parts[4].begin_line == 32);
  CHECK(p.parts[4].end_line == 34);
  CHECK(date_of(p.parts[4].date) == "2020-10-13");

  SUBCASE("the work programme announces its meeting dates; the agenda its own") {
    CHECK(announced_meeting_dates(p.lines, p.parts[3]) == std::vector<Day>{*parse_iso_day("2020-10-27")});
    CHECK(announced_meeting_dates(p.lines, p.parts[0]) == std::vector<Day>{*parse_iso_day("2020-10-27")});
  }
  SUBCASE("part kinds have names") {
    CHECK(std::string(part_kind_name(PartKind::work_programme)) == "work programme");
    CHECK(std::string(part_kind_name(PartKind::monitoring_schedule)) == "monitoring schedule");
  }
}

TEST_CASE("parts: a heading repeated at the top of a page is furniture, not a new part") {
  const Parsed p = parse(text_of({
      "IMPROVING LIVES SELECT COMMISSION",     // 1
      "Tuesday, 22nd September, 2020",         // 2
      "",                                      // 3
      "Present:- Councillor Cusworth.",        // 4
      "",                                      // 5
      "90. MINUTES OF THE PREVIOUS MEETING",   // 6
      "",                                      // 7
      "Page 2",                                // 8
      "IMPROVING LIVES SELECT COMMISSION",     // 9
      "Tuesday, 22nd September, 2020",         // 10
      "",                                      // 11
      "91. DECLARATIONS OF INTEREST",          // 12
  }));
  REQUIRE(p.parts.size() == 1);
  CHECK(p.parts[0].end_line == 12);
  REQUIRE(p.furniture.size() == 13);
  CHECK(p.furniture[8]);
  CHECK(p.furniture[9]);
  CHECK(p.furniture[10]);
  CHECK_FALSE(p.furniture[6]);
  CHECK_FALSE(p.furniture[12]);
}

TEST_CASE("parts: a file with no heading is one minutes part") {
  const Parsed p = parse(text_of({"Resolved: - That the report be noted.", "", "More text."}));
  REQUIRE(p.parts.size() == 1);
  CHECK(p.parts[0].kind == PartKind::minutes);
  CHECK(p.parts[0].begin_line == 1);
  CHECK(p.parts[0].end_line == 3);
  CHECK_FALSE(p.parts[0].date);
}

TEST_CASE("header: attendance") {
  SUBCASE("Councillors A, B and C; the chairing note dropped") {
    const Parsed p = parse(text_of({
        "# IMPROVING LIVES SELECT COMMISSION Tuesday, 14th January, 2020",
        "",
        "Present:- Councillor Jarvis (Vice-Chair in the Chair); Councillors Beaumont, Elliot, Marles, Pitchley and Buckley",
        "",
        "Apologies for absence:- Apologies were received from Councillors Clark, Marriott, Price, Senior and Fenwick-Green.",
        "",
        "# 43. MINUTES OF THE PREVIOUS MEETING HELD ON OCTOBER 29, 2019",
    }));
    const MeetingHeader h = header_of(p);
    CHECK(h.present == std::vector<std::string>{"Councillor Jarvis", "Councillor Beaumont", "Councillor Elliot",
                                                "Councillor Marles", "Councillor Pitchley", "Councillor Buckley"});
    CHECK(h.apologies == std::vector<std::string>{"Councillor Clark", "Councillor Marriott", "Councillor Price",
                                                  "Councillor Senior", "Councillor Fenwick-Green"});
    CHECK(h.line == 1);
  }
  SUBCASE("a list that runs over two lines, ending with a full stop") {
    const Parsed p = parse(text_of({
        "IMPROVING LIVES SELECT COMMISSION",
        "Tuesday, 22nd September, 2020",
        "",
        "Present:- Councillor Cusworth (in the Chair); Councillors Jarvis, Atkin, Buckley,",
        "Simpson and Julie Turner.",
        "",
        "Apologies for absence:- Apologies were received from Councillors Fenwick-Green and Marriott.",
    }));
    const MeetingHeader h = header_of(p);
    CHECK(h.present == std::vector<std::string>{"Councillor Cusworth", "Councillor Jarvis", "Councillor Atkin",
                                                "Councillor Buckley", "Councillor Simpson", "Councillor Julie Turner"});
    CHECK(h.apologies == std::vector<std::string>{"Councillor Fenwick-Green", "Councillor Marriott"});
  }
  SUBCASE("no apologies") {
    const Parsed p = parse(text_of({
        "IMPROVING LIVES SELECT COMMISSION",
        "Tuesday, 22nd September, 2020",
        "",
        "Present:- Councillor Cusworth (in the Chair).",
        "",
        "Apologies for absence:- There were no apologies for absence.",
    }));
    const MeetingHeader h = header_of(p);
    CHECK(h.present == std::vector<std::string>{"Councillor Cusworth"});
    CHECK(h.apologies.empty());
  }
}

TEST_CASE("header: a plain 'Apologies were received from …' line") {
  const Parsed p = parse(text_of({
      "Minutes of the meeting of the Scrutiny Board held on Tuesday, 3 March 2020",
      "",
      "Present: Councillor Smith (Chair); Councillors Jones and Patel",
      "",
      "Apologies were received from Councillor Brown.",
  }));
  CHECK(header_of(p).apologies == std::vector<std::string>{"Councillor Brown"});
}

TEST_CASE("header: 'Councillor A (Chair), Councillors B and C'") {
  const Parsed p = parse(text_of({
      "Minutes of the meeting of the Scrutiny Board held on Tuesday, 3 March 2020",
      "",
      "Present: Councillor Smith (Chair), Councillors Jones and Patel",
  }));
  CHECK(header_of(p).present == std::vector<std::string>{"Councillor Smith", "Councillor Jones", "Councillor Patel"});
}

// Headings other bodies print: each form in its own words, fictional bodies.

TEST_CASE("heading: a committee name ending in a number or a letter still names the committee") {
  SUBCASE("the name above the date") {
    const Parsed p = parse(text_of({
        "LICENSING SUB-COMMITTEE 2",
        "",
        "Thursday, 7 March 2024",
        "",
        "Present: Councillors Ames, Brook and Carr",
    }));
    REQUIRE(p.parts.size() == 1);
    CHECK(p.parts[0].committee == "LICENSING SUB-COMMITTEE 2");
    CHECK(date_of(p.parts[0].date) == "2024-03-07");
  }
  SUBCASE("the name and the date on one line") {
    const Parsed p = parse(text_of({"Planning Committee B - Wednesday, 6th March, 2024 7.00 pm", "", "Present: Councillor Dale"}));
    REQUIRE(p.parts.size() == 1);
    CHECK(p.parts[0].committee == "Planning Committee B");
    CHECK(date_of(p.parts[0].date) == "2024-03-06");
  }
  SUBCASE("a field under the name; a roman numeral; a bracket") {
    CHECK(parse(text_of({"Licensing Panel A", "Date: Friday 8 March 2024"})).parts[0].committee == "Licensing Panel A");
    CHECK(parse(text_of({"Appeals Panel III", "Friday 8 March 2024"})).parts[0].committee == "Appeals Panel III");
    CHECK(parse(text_of({"Area Board (North) - Monday, 4th March, 2024"})).parts[0].committee == "Area Board (North)");
  }
  SUBCASE("an item number is not a committee's number") {
    const Parsed p = parse(text_of({"Standards Committee", "Tuesday 2 April 2024", "", "7. Recommendations from Cabinet - 26 March 2024"}));
    REQUIRE(p.parts.size() == 1);
    CHECK(date_of(p.parts[0].date) == "2024-04-02");
  }
}

TEST_CASE("heading: 'MINUTES of a meeting of … held at … on Tuesday 5 March 2019' over several lines") {
  SUBCASE("the venue between the committee and the date") {
    const Parsed p = parse(text_of({
        "MINUTES of a meeting of the Highways and Transport Committee held at Shire Hall, Aldbury",
        "on Tuesday 5 March 2019 at 10.00 am",
        "",
        "Present: County Councillor Frost (Chairman)",
    }));
    REQUIRE(p.parts.size() == 1);
    CHECK(p.parts[0].committee == "Highways and Transport Committee");
    CHECK(date_of(p.parts[0].date) == "2019-03-05");
    CHECK(p.parts[0].begin_line == 1);
  }
  SUBCASE("the body on a line of its own, then 'HELD ON'") {
    const Parsed p = parse(text_of({
        "MINUTES OF THE MEETING OF THE",
        "NORTH VALE JOINT WASTE AUTHORITY",
        "HELD ON FRIDAY, 12 JULY 2024 AT 2.00 PM",
        "AT THE DEPOT OFFICES, MILL LANE",
        "",
        "Present:",
    }));
    REQUIRE(p.parts.size() == 1);
    CHECK(p.parts[0].committee == "NORTH VALE JOINT WASTE AUTHORITY");
    CHECK(date_of(p.parts[0].date) == "2024-07-12");
  }
  SUBCASE("a Scottish 'Minute of Meeting', a comma inside the committee's name") {
    const Parsed p = parse(text_of({
        "MINUTE of MEETING of the HOUSING, ROADS AND ENVIRONMENT COMMITTEE held in the Burgh",
        "Chambers, High Street, Inverlarig on WEDNESDAY, 28 AUGUST 2024 at 2.00 pm",
        "",
        "Present: Councillor Baird (Convener)",
    }));
    REQUIRE(p.parts.size() == 1);
    CHECK(p.parts[0].committee == "HOUSING, ROADS AND ENVIRONMENT COMMITTEE");
    CHECK(date_of(p.parts[0].date) == "2024-08-28");
  }
  SUBCASE("the date alone on the phrase's last line") {
    const Parsed p = parse(text_of({
        "Minutes of the meeting of the RURAL AFFAIRS WORKING PARTY held in",
        "the Committee Room, Council Offices, Fenby at 6.30 pm on Monday",
        "11 March 2024.",
    }));
    CHECK(p.parts[0].committee == "RURAL AFFAIRS WORKING PARTY");
    CHECK(date_of(p.parts[0].date) == "2024-03-11");
  }
  SUBCASE("'Minutes of the Board of Directors Meeting held in Public', the date below") {
    const Parsed p = parse(text_of({"Minutes of the Board of Directors Meeting held in Public", "Thursday 16 May 2024, 9.30am"}));
    CHECK(p.parts[0].committee == "Board of Directors");
    CHECK(date_of(p.parts[0].date) == "2024-05-16");
  }
  SUBCASE("'the Council' in the phrase, the council's full name above it") {
    const Parsed p = parse(text_of({"HOLMBY PARISH COUNCIL", "", "Minutes of the Meeting of the Council held on Monday 13th May 2024 at 7pm"}));
    CHECK(p.parts[0].committee == "HOLMBY PARISH COUNCIL");
    CHECK(date_of(p.parts[0].date) == "2024-05-13");
  }
}

TEST_CASE("heading: a parish's Annual Parish Meeting is the body that met") {
  const Parsed p = parse(text_of({
      "Minutes of the Annual Parish Meeting of Little Hawton held in the Reading Room on Wednesday 15 May 2019",
      "",
      "Present: 14 electors and the Parish Council",
  }));
  REQUIRE(p.parts.size() == 1);
  CHECK(p.parts[0].committee == "Annual Parish Meeting");
  CHECK(date_of(p.parts[0].date) == "2019-05-15");
}

TEST_CASE("heading: US minutes: the body's title lines, a month-first date - a later approval date is not the meeting") {
  const Parsed p = parse(text_of({
      "TOWN OF PINE HOLLOW",           // 1
      "TOWN COUNCIL SPECIAL MEETING",  // 2
      "MINUTES",                       // 3
      "",                              // 4
      "March 4, 2024",                 // 5
      "7:00 p.m.",                     // 6
      "",                              // 7
      "1. CALL TO ORDER",              // 8
      "",                              // 9
      "Approved by Council: March 18, 2024",  // 10
  }));
  REQUIRE(p.parts.size() == 1);
  CHECK(p.parts[0].committee == "TOWN COUNCIL SPECIAL MEETING");
  CHECK(date_of(p.parts[0].date) == "2024-03-04");
  CHECK(p.parts[0].end_line == 10);
}

TEST_CASE("heading: an Australian running title 'Ordinary Council Meeting Minutes <date>' and the heading below it") {
  const Parsed p = parse(text_of({
      "Ordinary Council Meeting Minutes 26 March 2024",  // 1
      "",                                                // 2
      "MINUTES",                                         // 3
      "RIVERBEND SHIRE COUNCIL",                         // 4
      "ORDINARY COUNCIL MEETING",                        // 5
      "HELD IN THE COUNCIL CHAMBERS, 2 BANKSIA ROAD",    // 6
      "ON TUESDAY, 26 MARCH 2024 AT 4.00PM",              // 7
      "",                                                // 8
      "PRESENT: Cr Lowe (Mayor)",                        // 9
  }));
  REQUIRE(p.parts.size() == 1);
  CHECK(p.parts[0].committee == "Ordinary Council Meeting");
  CHECK(date_of(p.parts[0].date) == "2024-03-26");
  CHECK(p.furniture[7]);  // the heading repeats the running title's meeting
}

TEST_CASE("heading: the council's name before the committee in a title line") {
  const Parsed p = parse(text_of({"Oxbridge District Council \xE2\x80\x93 Cabinet \xE2\x80\x93 9 April 2024", "", "Present: Councillor Ray"}));
  CHECK(p.parts[0].committee == "Cabinet");
  CHECK(date_of(p.parts[0].date) == "2024-04-09");
}

TEST_CASE("heading: an agenda-item page 'Meeting: date - Committee (Item n)' - the item's history below is not a new part") {
  const Parsed p = parse(text_of({
      "Wyford Borough Council",                                                        // 1
      "Home",                                                                          // 2
      "Meetings",                                                                      // 3
      "",                                                                              // 4
      "Agenda item",                                                                   // 5
      "",                                                                              // 6
      "Town Centre Car Parks",                                                         // 7
      "",                                                                              // 8
      "Meeting: 18/06/2024 - Economy and Regeneration Committee (Item 12.)",           // 9
      "",                                                                              // 10
      "Minutes:",                                                                      // 11
      "",                                                                              // 12
      "Resolved: That the report be noted.",                                           // 13
      "",                                                                              // 14
      "Meeting: 12/03/2024 - Economy and Regeneration Committee (Item 4.) - Car Parks",  // 15
  }));
  REQUIRE(p.parts.size() == 1);
  CHECK(p.parts[0].begin_line == 1);
  CHECK(p.parts[0].end_line == 15);
  CHECK(p.parts[0].committee == "Economy and Regeneration Committee");
  CHECK(date_of(p.parts[0].date) == "2024-06-18");
}

TEST_CASE("heading: a decision details page: its decision maker and the date of decision, not of publication") {
  const Parsed p = parse(text_of({
      "Decision details",
      "",
      "Library Opening Hours",
      "",
      "Decision Maker: Executive",
      "",
      "Decision published: 20/06/2024",
      "",
      "Decision:",
      "",
      "That the revised opening hours be approved.",
      "",
      "Date of decision: 17/06/2024",
  }));
  REQUIRE(p.parts.size() == 1);
  const MeetingHeader h = header_of(p);
  CHECK(h.committee == "Executive");
  CHECK(date_of(h.date) == "2024-06-17");
}

TEST_CASE("heading: an issue's decisions page lists two meetings newest first: the page records the newest") {
  const Parsed p = parse(text_of({
      "Issue - decisions",                                                          // 1
      "",                                                                           // 2
      "Leisure Centre Contract",                                                    // 3
      "",                                                                           // 4
      "05/02/2024 - Leisure Centre Contract - Award ref: 905    Recommendations Approved",  // 5
      "",                                                                           // 6
      "That the contract be awarded to the preferred bidder.",                      // 7
      "",                                                                           // 8
      "09/10/2023 - Leisure Centre Contract - Procurement ref: 877    Recommendations Approved",  // 9
      "",                                                                           // 10
      "That officers begin the procurement and report back.",                       // 11
      "",                                                                           // 12
      "Decided at meeting: 05/02/2024 - Cabinet",                                   // 13
  }));
  REQUIRE(p.parts.size() == 1);
  CHECK(p.parts[0].begin_line == 1);
  CHECK(p.parts[0].end_line == 13);
  CHECK(date_of(p.parts[0].date) == "2024-02-05");
  CHECK(header_of(p).committee == "Cabinet");
}

TEST_CASE("heading: a summons gives the meeting's date, not the date it was signed") {
  const Parsed p = parse(text_of({
      "Thornley Town Council",
      "",
      "You are summoned to attend a meeting of the Town Council to be held in the Corn",
      "Exchange, Thornley on Monday, 24 June 2024 at 7.30 pm.",
      "",
      "Dated: 17 June 2024",
      "",
      "AGENDA",
      "",
      "1. Apologies",
  }));
  REQUIRE(p.parts.size() == 1);
  CHECK(p.parts[0].kind == PartKind::agenda);
  CHECK(p.parts[0].committee == "Thornley Town Council");
  CHECK(date_of(p.parts[0].date) == "2024-06-24");
}

TEST_CASE("heading: 'Minutes - <date>' under the body's name") {
  const Parsed p = parse(text_of({"Safer Streets Partnership", "", "Minutes - Thursday 11 April 2024, 10.00am - 12.00pm"}));
  CHECK(p.parts[0].committee == "Safer Streets Partnership");
  CHECK(date_of(p.parts[0].date) == "2024-04-11");
}

TEST_CASE("heading: lines that mention a meeting or a body are not headings") {
  const Parsed p = parse(text_of({
      "GREENFORD CITY COUNCIL",                                                         // 1
      "Planning Committee",                                                             // 2
      "Tuesday 9 April 2024",                                                           // 3
      "",                                                                               // 4
      "2. Minutes",                                                                     // 5
      "",                                                                               // 6
      "The minutes of the meeting held on 12 March 2024 were agreed as a correct record.",  // 7
      "",                                                                               // 8
      "Minutes of the meeting held on 12 March 2024 were signed by the Chair.",         // 9
      "",                                                                               // 10
      "REPORT TO: Council",                                                             // 11
      "DATE: 23 April 2024",                                                            // 12
      "",                                                                               // 13
      "PLANNING COMMITTEE - WORK PROGRAMME 2024/25",                                    // 14
      "",                                                                               // 15
      "14 May 2024      Local Plan update",                                             // 16
      "",                                                                               // 17
      "The next meeting will be held on",                                               // 18
      "Next Meeting: 14 May 2024",                                                      // 19
      "",                                                                               // 20
      "11/03/2024 - Planning Committee (Item 6.) - Local Plan",                         // 21
      "",                                                                               // 22
      "Minutes of the meeting held on 12 March 2024 pdf icon PDF 120 KB",               // 23
  }));
  REQUIRE(p.parts.size() == 1);
  CHECK(p.parts[0].committee == "Planning Committee");
  CHECK(date_of(p.parts[0].date) == "2024-04-09");
  CHECK(p.parts[0].end_line == 23);
}

TEST_CASE("heading: a bilingual title names the committee in each language") {
  const Parsed p = parse(text_of({"Pwyllgor Trwyddedu / Licensing Committee", "Dydd Mawrth, 14 Mai 2024 / Tuesday, 14 May 2024"}));
  CHECK(p.parts[0].committee == "Licensing Committee");
  CHECK(date_of(p.parts[0].date) == "2024-05-14");
}

TEST_CASE("heading: labels and titles that lead into the date") {
  SUBCASE("'Date and time of meeting:' above the attendance: minutes, not an agenda") {
    const Parsed p = parse(text_of({"Licensing Committee", "", "Date and time of meeting: Tuesday 5 March 2024, 10am", "",
                                    "Present: Councillors Fell and Gray"}));
    REQUIRE(p.parts.size() == 1);
    CHECK(p.parts[0].kind == PartKind::minutes);
    CHECK(p.parts[0].committee == "Licensing Committee");
    CHECK(date_of(p.parts[0].date) == "2024-03-05");
  }
  SUBCASE("'Meeting held on:'") {
    CHECK(date_of(parse(text_of({"Licensing Committee", "Meeting held on: Tuesday 5 March 2024"})).parts[0].date) == "2024-03-05");
  }
  SUBCASE("a CMIS title 'Meeting of Cabinet, <date>'") {
    const Parsed p = parse(text_of({"Meeting of Cabinet, Tuesday 5th March 2024 7.00 pm"}));
    CHECK(p.parts[0].committee == "Cabinet");
    CHECK(date_of(p.parts[0].date) == "2024-03-05");
  }
  SUBCASE("'Record of Decisions of the Cabinet held on …'") {
    CHECK(parse(text_of({"Record of Decisions of the Cabinet held on Tuesday 5 March 2024"})).parts[0].committee == "Cabinet");
  }
  SUBCASE("a bare 'MINUTES' title at the top of a file that names no body") {
    const Parsed p = parse(text_of({"MINUTES", "", "Tuesday 5 March 2024", "", "Present: Ms Hale"}));
    REQUIRE(p.parts.size() == 1);
    CHECK(p.parts[0].committee.empty());
    CHECK(date_of(p.parts[0].date) == "2024-03-05");
  }
}

TEST_CASE("heading: a decisions page's 'date - title' line with no reference or status") {
  const Parsed p = parse(text_of({
      "Issue - decisions",
      "",
      "Allotment Rents",
      "",
      "14/02/2022 - Allotment Rents 2022/23",
      "",
      "That the allotment rents be increased by 3%.",
  }));
  REQUIRE(p.parts.size() == 1);
  CHECK(date_of(p.parts[0].date) == "2022-02-14");
  CHECK(parse(text_of({"Minutes of the proceedings of the Harbour Board held on 3 May 2024"})).parts[0].committee == "Harbour Board");
}

TEST_CASE("parts: a sentence that runs on to a line beginning 'updated' does not start a document") {
  const Parsed p = parse(text_of({
      "Highways Committee",
      "Tuesday 9 April 2024",
      "",
      "The Head of Roads said that the traffic counts were due to be",
      "updated and that a full assessment would follow.",
      "",
      "The Committee agreed to note the report.",
  }));
  REQUIRE(p.parts.size() == 1);
  CHECK(p.parts[0].end_line == 7);
}
