// Opening the database: foreign keys on, WAL, a busy timeout, and the schema brought up to date
// one numbered migration at a time. A database newer than this program is refused.
#include <array>
#include <cstdio>
#include <filesystem>

#include <sqlite3.h>

#include "core/errors.h"
#include "core/files.h"
#include "store/store_internal.h"

namespace tracker {

namespace {

// SQLite counts every allocation under a global mutex for sqlite3_memory_used(), which the
// tracker never asks for; an import makes hundreds of thousands of them. Set once, before the
// first connection (later calls would be refused, harmlessly).
void configure_sqlite() {
  static const bool once = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)once;
}

// `path` as an SQLite URI filename: the characters a URI gives meaning to are percent-encoded.
std::string uri_for(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "file:";  // an empty authority, so "//x" stays a path
  for (unsigned char c : path) {
    if (c == '%' || c == '?' || c == '#' || c <= ' ' || c >= 0x7F) out += {'%', hex[c >> 4], hex[c & 15]};
    else out.push_back(static_cast<char>(c));
  }
  return out;
}

}  // namespace

std::string describe_database_error(const std::string& path, int code, const std::string& what) {
  // SQLite's primary result code is the low byte of the extended one.
  switch (code & 0xff) {
    case SQLITE_NOTADB: return path + ": is not a tracker database";
    case SQLITE_CORRUPT: return path + ": the database is damaged (" + what + "); restore it from a backup";
    case SQLITE_READONLY: return path + ": cannot write to the database: the file or its folder is read-only";
    case SQLITE_FULL: return path + ": the disk is full; nothing was changed";
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return path + ": the database is busy (another tracker is writing to it); try again";
    // A table or column this program needs is missing (or a statement cannot run on the file).
    case SQLITE_ERROR: return path + ": is not a tracker database, or is damaged (" + what + ")";
    case SQLITE_CANTOPEN: return path + ": the database cannot be opened (" + what + ")";
    case SQLITE_IOERR: return path + ": the disk failed while the database was read or written (" + what + ")";
    default: return path + ": database error: " + what;
  }
}

Store::Store(const std::string& path, StoreAccess access) {
  configure_sqlite();
  const bool create = access == StoreAccess::create;
  const bool read_only = access == StoreAccess::read_only;
  std::error_code ec;
  const bool exists = std::filesystem::exists(path, ec);
  if (!exists && !create) throw StoreError(path + ": no database here; create one with 'tracker init'");
  if (exists && std::filesystem::is_directory(path, ec)) throw StoreError(path + ": is a directory, not a database");
  if (auto why = not_a_regular_file(path); exists && why) throw StoreError(path + ": " + *why);
  try {
    // One thread per connection: no mutex around each call.
    impl_ = std::make_unique<Impl>(path, (read_only ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE) | SQLite::OPEN_NOMUTEX |
                                             (create ? SQLite::OPEN_CREATE : 0));
    if (read_only) {
      try {
        impl_->db.execAndGet("PRAGMA user_version");
      } catch (const SQLite::Exception& e) {
        // A database in WAL mode needs its -shm file to be read. In a read-only folder that
        // file cannot be made, and then no writer can be at work either (it would need the
        // -wal file beside it): the file is read as immutable, without any locking.
        if (e.getErrorCode() != SQLITE_READONLY && e.getErrorCode() != SQLITE_CANTOPEN) throw;
        if (std::filesystem::exists(path + "-wal", ec)) throw;
        impl_ = std::make_unique<Impl>(uri_for(path) + "?immutable=1", SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX | SQLite::OPEN_URI);
      }
    }
    SQLite::Database& db = impl_->db;
    db.setBusyTimeout(10000);
    db.exec("PRAGMA foreign_keys = ON");
    // Temporary b-trees (reconciliation's UNIONs) and any statement's undo copies stay in memory,
    // and a second's import group fits in the page cache (64 MiB): nothing is written twice.
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA cache_size = -65536");
    // A report reads much of the file once: mapped, its pages are read in place, without a copy
    // into the page cache (which was most of a report's time). Writers keep the page cache.
    if (read_only) db.exec("PRAGMA mmap_size = 1073741824");
    const int version = db.execAndGet("PRAGMA user_version").getInt();
    const int latest = store::kMigrations[store::kMigrationCount - 1].version;
    if (version > latest)
      throw StoreError(path + ": the database is version " + std::to_string(version) + ", newer than this tracker (" +
                       std::to_string(latest) + "); use a newer tracker");
    if (version == 0 && exists) {
      const int tables = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
      if (tables > 0) throw StoreError(path + ": is a database, but not a tracker's");
      // Only init makes a database of an empty file: a command that found its database emptied
      // must say so, not rebuild it and report that nothing is overdue.
      if (!create) throw StoreError(path + ": is empty, not a tracker database; create one with 'tracker init'");
    }
    if (read_only && version < latest)
      throw StoreError(path + ": the database is version " + std::to_string(version) + ", older than this tracker (" +
                       std::to_string(latest) + "); run 'tracker init' to upgrade it");
    // Only now, when the file is known to be a tracker's (or to be made one by init): setting
    // the journal mode writes the file's header.
    if (!read_only) {
      db.exec("PRAGMA journal_mode = WAL");
      db.exec("PRAGMA synchronous = NORMAL");
    }
    for (int k = 0; k < store::kMigrationCount; ++k) {
      const auto& m = store::kMigrations[k];
      if (m.version <= version) continue;
      SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
      db.exec(m.sql);
      db.exec("PRAGMA user_version = " + std::to_string(m.version));
      t.commit();
    }
  } catch (const SQLite::Exception& e) {
    throw StoreError(describe_database_error(path, e.getExtendedErrorCode(), e.what()));
  }
}

Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

namespace {

// SHA-256 (FIPS 180-4), small enough to keep rather than add a crypto library for one hash.
struct Sha256 {
  std::array<uint32_t, 8> h{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  static constexpr std::array<uint32_t, 64> k{
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
      0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
      0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
      0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
      0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
      0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
      0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
  static uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
  void block(const unsigned char* p) {
    uint32_t w[64];
    for (int i = 0; i < 16; ++i) w[i] = uint32_t(p[4 * i]) << 24 | uint32_t(p[4 * i + 1]) << 16 | uint32_t(p[4 * i + 2]) << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; ++i) {
      const uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      const uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; ++i) {
      const uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
      const uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
};

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  Sha256 s;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  size_t i = 0;
  for (; i + 64 <= n; i += 64) s.block(p + i);
  unsigned char tail[128] = {};
  const size_t rest = n - i;
  std::copy(p + i, p + n, tail);
  tail[rest] = 0x80;
  const size_t total = rest + 9 <= 64 ? 64 : 128;
  const uint64_t bits = static_cast<uint64_t>(n) * 8;
  for (int b = 0; b < 8; ++b) tail[total - 1 - b] = static_cast<unsigned char>(bits >> (8 * b));
  s.block(tail);
  if (total == 128) s.block(tail + 64);
  std::string out;
  char buf[9];
  for (uint32_t v : s.h) {
    std::snprintf(buf, sizeof buf, "%08x", v);
    out += buf;
  }
  return out;
}

}  // namespace tracker
