#include "domain/schedule_match.h"

#include <algorithm>
#include <iterator>

#include "core/text.h"
#include "domain/matching.h"

namespace tracker {

double recommendation_likeness(std::string_view a, std::string_view b) {
  if (comparable_words(a) == comparable_words(b)) return 1.0;
  const std::vector<std::string> x = significant_words(a), y = significant_words(b);  // sorted, each once
  if (x.empty() || y.empty()) return 0.0;
  std::vector<std::string> common;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  const size_t either = x.size() + y.size() - common.size();
  return static_cast<double>(common.size()) / static_cast<double>(either);
}

std::optional<size_t> same_recommendation(std::string_view row_text, const std::vector<std::string>& candidates) {
  std::optional<size_t> best;
  double best_likeness = 0;
  for (size_t k = 0; k < candidates.size(); ++k) {
    const double likeness = recommendation_likeness(row_text, candidates[k]);
    if (likeness >= kSameRecommendation && likeness > best_likeness) {
      best = k;
      best_likeness = likeness;
    }
  }
  return best;
}

bool already_recorded(EventKind kind, std::optional<Day> own_date, std::string_view words, const std::vector<RecordedEntry>& recorded) {
  const std::string wanted = comparable_words(words);
  return std::any_of(recorded.begin(), recorded.end(), [&](const RecordedEntry& e) {
    return e.kind == kind && (!own_date || e.date == *own_date) && comparable_words(e.words) == wanted;
  });
}

std::vector<Day> entry_days(const std::vector<std::optional<Day>>& own_dates, Day known_by) {
  std::vector<Day> out(own_dates.size(), known_by);
  std::optional<Day> next;
  for (size_t k = own_dates.size(); k-- > 0;) {
    if (own_dates[k]) next = own_dates[k];
    out[k] = next ? *next : known_by;
  }
  return out;
}

}  // namespace tracker
