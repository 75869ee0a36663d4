#include "app/adopt_quotes.h"

#include <set>

#include "app/minutes_to_store.h"
#include "core/errors.h"

namespace tracker {

std::vector<QuotedStanding> quoted_standing(const Store& store, const Extraction& x, const std::string& sha256) {
  return store.quoted_standing(quotes_to_store(x), sha256);
}

AdoptResult adopt_quoted(Store& store, const Extraction& x, const std::string& sha256, const std::vector<int>& numbers,
                         const Config& config, const Change& change) {
  const QuotesToStore quotes = quotes_to_store(x);
  AdoptResult result;
  store.in_write_transaction([&] {
    store.sync_config(config);  // the calendar a quote that gives only its month is placed by
    const std::vector<QuotedStanding> standing = store.quoted_standing(quotes, sha256);
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
