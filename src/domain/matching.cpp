#include "domain/matching.h"

#include <algorithm>
#include <unordered_set>

#include "core/text.h"

namespace tracker {
namespace {

const std::unordered_set<std::string_view>& stop_words() {
  static const std::unordered_set<std::string_view> words = {
      "the", "a", "an", "of", "and", "or", "to", "for", "on", "in", "at", "by", "with", "be", "is", "are", "that", "this", "from",
      "into", "as", "its", "their", "report", "progress", "update", "further", "meeting", "item", "annual", "regarding", "re",
      "concerning", "members", "member", "information", "circulated", "provided", "brought", "back", "time", "month", "s",
      "commission", "committee", "select", "panel", "board", "scrutiny", "council", "briefing", "paper", "presentation",
      "next", "future", "up", "date", "it", "receive", "consider", "discussed", "detail", "details"};
  return words;
}

WordIds sorted_once(std::vector<uint32_t> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  WordIds out{std::move(ids)};
  for (uint32_t id : out.ids) out.mask |= uint64_t{1} << (id % 64);
  return out;
}

double containment(const WordIds& part, const WordIds& whole) {
  if (part.empty()) return 0;
  return static_cast<double>(common_words(part, whole)) / static_cast<double>(part.size());
}

}  // namespace

std::vector<std::string> significant_words(std::string_view text, const std::vector<std::string>& also_ignore) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();  // plurals
    if (word.size() >= 2 && !stop_words().count(word) && !std::binary_search(also_ignore.begin(), also_ignore.end(), word))
      out.push_back(word);
    word.clear();
  };
  for (char c : text) {
    if (is_alpha(c) || is_digit(c)) word.push_back(lower(c));
    else flush();
  }
  flush();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string subject_words(std::string_view text, const std::vector<std::string>& also_ignore) {
  std::string out;
  for (const auto& w : significant_words(text, also_ignore)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

bool asks_to_come_back(std::string_view clause_text) {
  std::string text(clause_text.size(), ' ');
  std::transform(clause_text.begin(), clause_text.end(), text.begin(), [](char c) { return lower(c); });
  for (std::string_view cue : {"report", "update", "progress", "back", "present", "review", "consider", "session", "briefing", "return",
                               "scrutin", "monitor", "information"})
    if (text.find(cue) != std::string::npos) return true;
  return false;
}

uint32_t WordTable::id(std::string_view word) {
  auto it = ids_.find(word);
  if (it == ids_.end()) it = ids_.emplace(std::string(word), static_cast<uint32_t>(ids_.size())).first;
  return it->second;
}

WordIds WordTable::ids(std::string_view words) {
  std::vector<uint32_t> out;
  size_t start = 0;
  while (start <= words.size()) {
    size_t end = words.find(' ', start);
    if (end == std::string_view::npos) end = words.size();
    if (end > start) out.push_back(id(words.substr(start, end - start)));
    start = end + 1;
  }
  return sorted_once(std::move(out));
}

WordIds WordTable::ids(const std::vector<std::string>& words) {
  std::vector<uint32_t> out;
  for (const std::string& w : words) out.push_back(id(w));
  return sorted_once(std::move(out));
}

size_t common_words(const WordIds& a, const WordIds& b) {
  if ((a.mask & b.mask) == 0) return 0;
  size_t hits = 0;
  auto i = a.ids.begin(), j = b.ids.begin();
  while (i != a.ids.end() && j != b.ids.end()) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else ++hits, ++i, ++j;
  }
  return hits;
}

double match_score(const WordIds& candidate, const WordIds& origin, const WordIds& clause, bool comes_back) {
  double best = containment(origin, candidate) * (comes_back ? 1.0 : 0.7);
  if (candidate.size() >= 2) best = std::max(best, containment(candidate, clause));
  return best;
}

int day_key(Day d) {
  return static_cast<int>(d.year()) * 10000 + static_cast<int>(static_cast<unsigned>(d.month())) * 100 +
         static_cast<int>(static_cast<unsigned>(d.day()));
}

int day_key(std::string_view iso) {
  int key = 0;
  for (char c : iso)
    if (c >= '0' && c <= '9') key = key * 10 + (c - '0');
  return key;
}

MatchWindow match_window(Day decided, std::optional<Day> due) {
  MatchWindow w;
  w.decided = day_key(decided);
  w.due_limit = due ? day_key(*due) : 0;
  w.horizon = day_key(due ? add_months(*due, kMonthsAfterDue) : add_months(decided, kMonthsWithoutDue));
  return w;
}

MatchDecision decide_match(const MatchAction& action, const MatchCandidate& candidate, const MatchThresholds& thresholds) {
  const MatchWindow& w = action.window;
  if (candidate.day <= w.decided || candidate.day > w.horizon) return {};
  const bool delivery = candidate.kind == EventKind::delivered;
  // Delivered at M only when the clause asked for it at or before M's month.
  if (delivery && w.due_limit != 0 && w.due_limit / 100 > candidate.day / 100) return {};
  // Another committee taking up what was sent to it is delivery, whether or not the clause
  // asked for the subject to come back.
  const double score = match_score(*candidate.words, *action.origin, *action.clause, action.comes_back || candidate.other_committee);
  if (score < thresholds.proposal) return {};
  return {score < thresholds.event ? MatchOutcome::proposal : MatchOutcome::event, candidate.kind, score};
}

}  // namespace tracker
