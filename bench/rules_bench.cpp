// Rule-check throughput: every rule of the configuration tested against many varied actions,
// in one process, so the figure is the engine's and not SQLite's.
//
//   tracker_rules_bench [--config PATH] [ACTIONS]    (default 200,000 actions)
#include <chrono>
#include <cstdio>
#include <exception>
#include <string>

#include "config/config.h"
#include "rules/action_facts.h"
#include "rules/rule_set.h"

int main(int argc, char** argv) {
  using namespace tracker;
  try {
    std::string config_path;
    size_t count = 200000;
    for (int k = 1; k < argc; ++k) {
      const std::string a = argv[k];
      if (a == "--config" && k + 1 < argc) config_path = argv[++k];
      else count = std::stoul(a);
    }
    const Config config = config_path.empty() ? default_config() : load_config(config_path);
    const RuleSet rules(config.rules);
    // Facts spread over the cases the default rules distinguish, so no branch is always taken.
    static const char* statuses[] = {"open", "scheduled", "delivered", "closed", "transferred", "open", "scheduled"};
    static const char* bodies[] = {"", "Cabinet", "", "OSMB", ""};
    std::vector<ActionFacts> facts(count);
    const DayNumber as_of = 18600;  // 2020-12-04
    for (size_t k = 0; k < count; ++k) {
      ActionFacts& f = facts[k];
      f.status = statuses[k % 7];
      f.kind = k % 5 == 1 ? "recommendation" : "action";
      f.target_body = bodies[k % 5];
      f.as_of = as_of;
      f.decision_date = as_of - static_cast<DayNumber>(k % 400);
      if (k % 3) f.due_date = as_of - 200 + static_cast<DayNumber>(k % 400);
      f.received_on = f.decision_date;
      f.next_meeting = as_of + 11;
      f.reschedule_count = static_cast<int64_t>(k % 4);
      f.chase_count = static_cast<int64_t>(k % 3);
      if (k % 2) f.last_chased = as_of - 10;
      if (k % 4) f.last_update = as_of - static_cast<DayNumber>(k % 30);
      f.age_days = as_of - *f.decision_date;
      f.has_response = k % 10 == 1;
    }
    const size_t rule_count = rules.specs().size();
    size_t held = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const auto& f : facts)
      for (size_t r = 0; r < rule_count; ++r) held += rules.holds(r, f);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double checks = static_cast<double>(count * rule_count);
    std::printf("rules: %zu actions x %zu rules = %.0f checks in %.3f s = %.1f million checks/s (%zu held)\n", count, rule_count, checks,
                seconds, checks / seconds / 1e6, held);
    size_t flags = 0;
    const auto start2 = std::chrono::steady_clock::now();
    for (const auto& f : facts) flags += rules.evaluate(f).size();
    const double seconds2 = std::chrono::duration<double>(std::chrono::steady_clock::now() - start2).count();
    std::printf("flags with messages: %zu actions in %.3f s = %.1f million actions/s (%zu flags)\n", count, seconds2,
                static_cast<double>(count) / seconds2 / 1e6, flags);
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "tracker_rules_bench: %s\n", e.what());
    return 2;
  }
}
