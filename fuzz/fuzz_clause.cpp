// libFuzzer target for the readers of one clause's text: its due (against a meeting date and a
// calendar), its owner (subject, asked person, the names it splits into) and initials resolved
// through attendance lines. Any text must come back with an answer, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "extract/due.h"
#include "extract/initials.h"
#include "extract/owner.h"
#include "extract/vocabulary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tracker::Config config = tracker::default_config();
  static const tracker::CompiledVocabulary vocabulary(config.vocabulary);
  static const tracker::DueContext context = [] {
    tracker::DueContext c;
    c.meeting = tracker::parse_iso_day("2024-02-29");
    c.next_meeting = tracker::parse_iso_day("2024-04-09");
    c.calendar = {*tracker::parse_iso_day("2024-02-29"), *tracker::parse_iso_day("2024-04-09"), *tracker::parse_iso_day("2024-07-16")};
    return c;
  }();

  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)tracker::find_due(text, context, config.vocabulary);
  (void)tracker::find_due(text, tracker::DueContext{}, config.vocabulary);
  if (auto subject = tracker::clause_subject(text, vocabulary)) (void)tracker::split_owner_names(subject->text);
  if (auto asked = tracker::asked_person(text, vocabulary)) (void)tracker::split_owner_names(asked->text);
  (void)tracker::split_owner_names(std::string(text));
  if (auto initials = tracker::acting_initials(text, config.vocabulary.acronyms)) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == '\n') {
        lines.emplace_back(text.substr(start, i - start));
        start = i + 1;
      }
    }
    (void)tracker::role_for_initials(*initials, lines);
  }
  (void)tracker::role_for_initials(text.substr(0, 3), {std::string(text)});
  return 0;
}
