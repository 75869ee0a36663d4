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

namespace {

WordIds sorted_once(std::vector<uint32_t> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  WordIds out{std::move(ids)};
  for (uint32_t id : out.ids) out.mask |= uint64_t{1} << (id % 64);
  return out;
}

}  // namespace

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

}  // namespace tracker::store
