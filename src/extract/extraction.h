#pragma once
// extract: the meaning of what parse found. Each clause gets its kind, owner and due; the
// narrative's promises become commitments; whatever could not be read becomes a warning.
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "domain/clause_kind.h"
#include "extract/due.h"
#include "extract/kind.h"
#include "extract/owner.h"
#include "extract/quoted_resolutions.h"
#include "extract/schedule_rows.h"
#include "extract/vocabulary.h"
#include "parse/minutes.h"
#include "read/source_text.h"

namespace tracker {

struct Owner {
  std::string name;               // a role ("Governance Advisor"), a body ("Cabinet") or a person
  OwnerBasis basis = OwnerBasis::named;
  std::vector<std::string> all;   // "Chair and Vice-Chair" -> both
  std::string person;             // who holds the role on the meeting date, per tracker.toml
};

struct Resolution {
  RawClause clause;
  ClauseKind kind = ClauseKind::noting;
  KindBasis kind_basis = KindBasis::none;  // why it has that kind
  std::optional<Owner> owner;
  std::string portfolio_holder;  // the Cabinet Member who introduced the item
  std::optional<std::string> target_body;
  std::optional<Due> due;
  bool tracked() const { return is_tracked(kind); }
};

// A resolution an agenda pack quotes from an earlier meeting (extract/quoted_resolutions.h).
struct QuotedResolution {
  Resolution resolution;   // the clause with its kind, owner and due as read
  std::string committee;   // the body that made it: the file's committee unless the quote names another
  std::optional<Day> day;  // its meeting, when the day is known
  std::optional<Month> month;  // else the month ("Resolved in September 2019")
  std::string item;        // the item it was made under
  std::string quoted_in;   // the part of the file that quotes it ("Work programme – …")
  int line() const { return resolution.clause.line; }
};

struct Commitment {
  int item = -1;
  std::string text;
  int line = 0;
};

struct Warning {
  std::string code;
  int line = 0;
  std::string message;
};

struct Extraction {
  std::string file;
  MeetingHeader meeting;
  std::optional<Day> next_meeting;
  int next_meeting_line = 0;
  std::vector<DocumentPart> parts;
  int minutes_part = -1;
  std::vector<MinuteItem> items;
  std::vector<Resolution> resolutions;  // this meeting's own
  std::vector<QuotedResolution> quoted_resolutions;  // quoted from earlier meetings in other parts of a pack
  std::vector<Commitment> commitments;
  std::vector<CouncilScheduleRow> schedule_rows;  // the council's own monitoring schedule, where the file holds one
  std::vector<Warning> warnings;
  std::vector<Day> calendar;  // known meeting dates of the committee, tracker.toml and this file

  struct AnnouncedMeeting {
    Day date;
    std::string source;  // "agenda", "work programme", "next-meeting resolution"
  };
  std::vector<AnnouncedMeeting> announced;  // meetings this file announces (not tracker.toml's)
  struct ListedItem {
    Listing listing;
    std::string source;           // "agenda", "work programme"
    std::optional<Day> listed_on;  // the agenda's date or the work programme's "Updated:" date
  };
  std::vector<ListedItem> listings;
};

struct ExtractOptions {
  std::optional<Day> meeting_date;       // --date: used when the file does not say
  std::optional<std::string> committee;  // --committee: overrides the heading
  // The resolutions a pack quotes from earlier meetings (quoted_resolutions), each read as a
  // clause of its own: extract shows them and adopt takes them in. An import stores none of them
  // (import --adopt reads the file again), so it leaves them out and saves their reading.
  bool quoted_resolutions = true;
};

Extraction extract_minutes(const SourceText& source, const Config& config, const CompiledVocabulary& vocabulary,
                           const ExtractOptions& options);

}  // namespace tracker
