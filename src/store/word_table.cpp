// Significant words as small numbers. Reconciliation compares every action's words with every
// candidate's; comparing sets of strings spent its time in memcmp and malloc.
#include <algorithm>

#include "store/store_internal.h"

namespace tracker::store {

uint32_t WordTable::id(std::string_view word) {
  auto it = ids_.find(word);
  if (it == ids_.end()) it = ids_.emplace(std::string(word), static_cast<uint32_t>(ids_.size())).first;
  return it->second;
}

WordIds WordTable::ids(std::string_view words) {
  WordIds out;
  size_t start = 0;
  while (start <= words.size()) {
    size_t end = words.find(' ', start);
    if (end == std::string_view::npos) end = words.size();
    if (end > start) out.push_back(id(words.substr(start, end - start)));
    start = end + 1;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

WordIds WordTable::ids(const std::vector<std::string>& words) {
  WordIds out;
  for (const std::string& w : words) out.push_back(id(w));
  std::sort(out.begin(), out.end());
  return out;
}

size_t common_words(const WordIds& a, const WordIds& b) {
  size_t hits = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else ++hits, ++i, ++j;
  }
  return hits;
}

}  // namespace tracker::store
