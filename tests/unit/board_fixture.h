#pragma once
// A database of its own with one set of minutes imported (Scrutiny Board, 2 March 2021: an
// action due at the June 2021 meeting and a recommendation to Cabinet) and meetings planned on
// 15 June and 20 July 2021: what the tests of the application layer's flows start from.
#include <string>

#include "app/minutes_to_store.h"
#include "store/store.h"
#include "test_helpers.h"

namespace tracker::test {

inline const char* kBoardMinutes =
    "SCRUTINY BOARD\nTuesday, 2nd March, 2021\n\n12. CHILDREN'S CENTRES REVIEW\n\n"
    "The Head of Early Help attended the meeting to present the report.\n\n"
    "Resolved:-\n(1) That the report be noted.\n(2) That a progress report on the children's centres review be brought to the June 2021 meeting.\n"
    "(3) That the following recommendation be submitted to Cabinet: that every children's centre stays open.\n";
inline const char* kBoardAction = "SB-2021-03-12.2";

// A change by the Governance Advisor on a day (YYYY-MM-DD), with a note.
inline Change by_hand(const char* iso, const char* note = "") { return Change{*parse_iso_day(iso), "Governance Advisor", note}; }

struct BoardDatabase {
  TempDir dir;
  std::string path = (dir.path / "t.db").string();
  Store store{path, true};
  BoardDatabase() {
    const Config config = default_config();
    store.import_minutes(minutes_to_store(extract_text(kBoardMinutes)), sha256_hex(kBoardMinutes), config, false, by_hand("2021-03-10"));
    store.add_meeting("Scrutiny Board", *parse_iso_day("2021-06-15"), by_hand("2021-03-10"), config);
    store.add_meeting("Scrutiny Board", *parse_iso_day("2021-07-20"), by_hand("2021-03-10"), config);
  }
};

}  // namespace tracker::test
