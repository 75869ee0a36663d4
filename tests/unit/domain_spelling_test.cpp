// domain/spelling: each lifecycle word spelled once for SQL, JSON and people, and read back.
#include <doctest/doctest.h>

#include "domain/spelling.h"

using namespace tracker;

TEST_CASE("domain spelling: every status reads back from its SQL spelling") {
  for (Status s : kAllStatuses) {
    CHECK(status_from_sql(to_sql(s)) == s);
    CHECK_FALSE(words(s).empty());
  }
  CHECK(to_sql(Status::transferred) == "transferred");
  CHECK(words(Status::open) == "Open");
  CHECK(to_json(Status::scheduled) == "scheduled");
  CHECK_FALSE(status_from_sql("Open").has_value());
  CHECK_FALSE(status_from_sql("bogus").has_value());
  CHECK_FALSE(status_from_sql("").has_value());
}

TEST_CASE("domain spelling: event kinds and responses") {
  for (int k = 0; k <= static_cast<int>(EventKind::reopened); ++k) {
    const auto kind = static_cast<EventKind>(k);
    CHECK(event_kind_from_sql(to_sql(kind)) == kind);
  }
  CHECK(to_sql(EventKind::rescheduled) == "rescheduled");
  CHECK_FALSE(event_kind_from_sql("moved").has_value());
  // The database keeps the space older versions wrote; JSON carries a code without one.
  CHECK(to_sql(Response::partially_accepted) == "partially accepted");
  CHECK(to_json(Response::partially_accepted) == "partially_accepted");
  CHECK(words(Response::partially_accepted) == "Partially accepted");
  CHECK(response_from_sql("partially accepted") == Response::partially_accepted);
  CHECK(response_from_sql("rejected") == Response::rejected);
  CHECK_FALSE(response_from_sql("partially_accepted").has_value());
}
