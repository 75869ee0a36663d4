#pragma once
// Renderings of tracked actions: a table to read, JSON for scripts, CSV for a spreadsheet, and
// one action in full with its history.
#include <string>
#include <vector>

#include "store/store.h"

namespace tracker {

std::string actions_to_text(const std::vector<Action>& actions);
std::string actions_to_json(const std::vector<Action>& actions);
// The same, each action saying whether the monitoring schedule leaves it out, and why
// ("not_reported"), with [report] never_reported's kinds.
std::string actions_to_json(const std::vector<Action>& actions, const std::vector<std::string>& never_reported);
// RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read the accents right.
std::string actions_to_csv(const std::vector<Action>& actions);
std::string action_detail_text(const Action& action);
// "(2) That a further progress report …", "(5(a)) …" kept as "5(a) …": the clause as the minutes number it.
std::string clause_words(const Action& action);

}  // namespace tracker
