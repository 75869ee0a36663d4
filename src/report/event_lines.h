#pragma once
// An event in words, twice. The public line is what the agenda pack prints in the monitoring
// schedule's "Action/Response Completed" column and the Chair's briefing, as the council writes
// it ("Chased 17 June 2020", "Report listed for the 26 January 2021 meeting"): no ISO dates,
// quotes, scores or tool names. The internal detail is what `show` and `dump` give: every fact
// the event records, for the Governance Advisor. The one place events are put into words.
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace tracker {

// "" for an event with no public line: the action being recorded, an owner changed, minutes
// imported again. `committee`: the action's own, so that another committee's meeting is named
// ("Considered by Cabinet at its 19 July 2021 meeting"). An event taken from a council's own
// schedule (taken_from) is the council's words: its note as written.
std::string public_line(const ActionEvent& event, const std::string& committee);

// Every fact of the event, and the person's note. `history`: the action's events, to name the
// one a correction undoes.
std::string internal_detail(const ActionEvent& event, const std::vector<ActionEvent>* history = nullptr);

// An action's public history in order: the public lines of its events dated on or before
// `as_of` (nullopt for all), leaving out each correction made by then and the event it undoes.
std::vector<std::string> public_history(const std::vector<ActionEvent>& events, const std::string& committee,
                                        std::optional<Day> as_of = std::nullopt);

// What a person wrote in the event's note. An older database's note may also hold the tool's
// own words ("chased", "(status open -> closed)", "considered at the …"): they are left out.
std::string person_note(const ActionEvent& event);

}  // namespace tracker
