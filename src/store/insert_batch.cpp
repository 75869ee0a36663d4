// Rows written together: a multi-row INSERT steps its statement once for all its rows, where
// one INSERT a row cost a statement step, a reset and a new set of bindings each.
#include <string>

#include "store/store_internal.h"

namespace tracker::store {

void InsertBatch::flush(SQLite::Database& db) {
  const size_t rows = values_.size() / columns_;
  size_t done = 0;
  while (done < rows) {
    const size_t n = std::min(kMaxRows, rows - done);
    SQLite::Statement& insert = statement(db, n);
    insert.tryReset();  // a failed run's error is not this one's
    // Every parameter is bound, and the text is not copied: the rows outlive the statement's run,
    // and the bindings are cleared before they go.
    int k = 1;
    for (size_t v = done * columns_; v < (done + n) * columns_; ++v, ++k) {
      const Value& value = values_[v];
      if (const auto* i = std::get_if<int64_t>(&value)) insert.bind(k, *i);
      else if (const auto* d = std::get_if<double>(&value)) insert.bind(k, *d);
      else if (const auto* s = std::get_if<std::string>(&value)) insert.bindNoCopy(k, *s);
      else if (const auto* literal = std::get_if<const char*>(&value)) insert.bindNoCopy(k, *literal);
      else insert.bind(k);
    }
    try {
      insert.exec();
    } catch (...) {
      insert.tryReset();
      insert.clearBindings();  // they point into the rows
      values_.clear();
      throw;
    }
    insert.clearBindings();
    done += n;
  }
  values_.clear();
}

SQLite::Statement& InsertBatch::statement(SQLite::Database& db, size_t rows) {
  auto& slot = statements_[rows];
  if (!slot) {
    std::string tuple = "(";
    for (size_t c = 0; c < columns_; ++c) tuple += c ? ", ?" : "?";
    tuple += ")";
    std::string sql = head_;
    for (size_t r = 0; r < rows; ++r) sql += (r ? ", " : " VALUES ") + tuple;
    slot = std::make_unique<SQLite::Statement>(db, sql);
  }
  return *slot;
}

}  // namespace tracker::store
