// libFuzzer target for the rule language: the input is a condition and, after the first newline,
// a message. Whatever compiles is evaluated against facts at the ends of their ranges (dates at
// int32's ends, counts at int64's, nulls, empty and long texts): parsing may refuse with
// ConfigError, evaluation must never overflow (UBSan stops on it) or fail.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "core/errors.h"
#include "rules/action_facts.h"
#include "rules/rule_set.h"

namespace {

std::vector<tracker::ActionFacts> extreme_facts() {
  using tracker::ActionFacts;
  using tracker::DayNumber;
  std::vector<ActionFacts> out;
  const DayNumber days[] = {std::numeric_limits<DayNumber>::min(), -1, 0, 18628, std::numeric_limits<DayNumber>::max()};
  const int64_t counts[] = {std::numeric_limits<int64_t>::min(), -1, 0, 2, std::numeric_limits<int64_t>::max()};
  for (size_t k = 0; k < 5; ++k) {
    ActionFacts f;
    f.status = k % 2 ? "open" : "";
    f.kind = "recommendation";
    f.owner = std::string(k * 200, 'x');
    f.committee = "Improving Lives Select Commission";
    f.committee_short = "ILSC";
    f.due = "15 December 2020 meeting";
    f.id = "ILSC-2020-09-95.3";
    for (std::optional<DayNumber>* d : {&f.as_of, &f.decision_date, &f.due_date, &f.received_on, &f.last_chased, &f.last_update,
                                        &f.next_meeting, &f.previous_meeting})
      *d = days[(k + static_cast<size_t>(d - &f.as_of)) % 5];
    f.age_days = counts[k];
    f.days_overdue = counts[4 - k];
    f.reschedule_count = counts[(k + 1) % 5];
    f.chase_count = counts[(k + 2) % 5];
    f.days_since_update = counts[(k + 3) % 5];
    f.owner_count = counts[(k + 4) % 5];
    f.has_response = k % 2 == 0;
    f.on_agenda = k % 3 == 0;
    out.push_back(f);
  }
  ActionFacts nulls;  // every optional null, every text empty
  out.push_back(nulls);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::vector<tracker::ActionFacts> facts = extreme_facts();
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t newline = input.find('\n');
  tracker::RuleSpec spec;
  spec.id = "fuzz";
  spec.flag = "Fuzz";
  spec.severity = "red";
  spec.when = std::string(input.substr(0, newline));
  if (newline != std::string_view::npos) spec.message = std::string(input.substr(newline + 1));
  spec.where = "fuzz";
  try {
    const tracker::RuleSet rules({spec});
    for (const auto& f : facts) {
      for (const auto& flag : rules.evaluate(f))
        if (flag.rule == nullptr) __builtin_trap();
      (void)rules.holds(0, f);
    }
  } catch (const tracker::ConfigError&) {
    // A condition or message that does not compile: the documented answer.
  }
  return 0;
}
