#include "app/adopt_quotes.h"

#include <set>

#include "app/minutes_to_store.h"
#include "core/errors.h"

namespace tracker {

namespace {

// Why each quote cannot be adopted, if it cannot: it asks nothing later, or the meeting that made
// it is not known (no committee, or only a month in which the calendar has no single meeting).
std::vector<QuotedStanding> judged(std::vector<QuotedStanding> standing, const QuotesToStore& quotes) {
  for (size_t n = 0; n < standing.size() && n < quotes.quotes.size(); ++n) {
    const QuotedToStore& q = quotes.quotes[n];
    QuotedStanding& s = standing[n];
    if (!q.clause.tracked()) {
      const std::string kind = kind_name(q.clause.kind);
      s.cannot = (kind[0] == 'a' ? "an " : "a ") + kind + " clause asks for nothing later";
    } else if (s.committee.empty()) {
      s.cannot = "the file does not say which committee made it";
    } else if (!s.meeting && q.month) {
      s.cannot = "the quote gives only the month (" + format_month_long(*q.month) + ") and the calendar has no single meeting of " +
                 s.committee + " in it: add that meeting's day (tracker.toml, or 'tracker meeting add')";
    } else if (!s.meeting) {
      s.cannot = "the quote does not say which meeting made it";
    }
  }
  return standing;
}

}  // namespace

std::vector<QuotedStanding> quoted_standing(const Store& store, const Extraction& x, const std::string& sha256) {
  const QuotesToStore quotes = quotes_to_store(x);
  return judged(store.quoted_standing(quotes, sha256), quotes);
}

AdoptResult adopt_quoted(Store& store, const Extraction& x, const std::string& sha256, const std::vector<int>& numbers,
                         const Config& config, const Change& change) {
  const QuotesToStore quotes = quotes_to_store(x);
  AdoptResult result;
  store.in_write_transaction([&] {
    store.sync_config(config);  // the calendar a quote that gives only its month is placed by
    const std::vector<QuotedStanding> standing = judged(store.quoted_standing(quotes, sha256), quotes);
    std::vector<int> chosen;
    if (numbers.empty()) {
      for (const QuotedStanding& s : standing)
        if (s.cannot.empty() && s.tracked_as.empty()) chosen.push_back(s.number);
    } else {
      std::set<int> seen;
      for (int n : numbers) {
        if (n < 1 || static_cast<size_t>(n) > standing.size())
          throw InputError(x.file + ": it quotes " + std::to_string(standing.size()) + " resolution(s); there is no number " + std::to_string(n) +
                           " (see 'tracker adopt " + x.file + " --list')");
        if (!seen.insert(n).second) continue;
        const QuotedStanding& s = standing[static_cast<size_t>(n - 1)];
        if (!s.cannot.empty()) throw InputError(x.file + ": quoted resolution " + std::to_string(n) + " cannot be adopted: " + s.cannot);
        if (!s.tracked_as.empty()) {
          result.notes.push_back(std::to_string(n) + ": already tracked as " + s.tracked_as + "; nothing to do");
          continue;
        }
        chosen.push_back(n);
      }
    }
    result.adopted = store.adopt_quoted(quotes, sha256, chosen, config, change);
  });
  return result;
}

}  // namespace tracker
