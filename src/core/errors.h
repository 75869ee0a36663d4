#pragma once
// Typed errors, caught once in main and turned into a one-line message and exit code 2.
#include <stdexcept>
#include <string>

namespace tracker {

// Something the user can fix: the message says where (file, line) and what.
class TrackerError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A minutes file that cannot be read as text.
class InputError : public TrackerError {
 public:
  using TrackerError::TrackerError;
};

// tracker.toml is missing something or has a bad value.
class ConfigError : public TrackerError {
 public:
  using TrackerError::TrackerError;
};

// Bad command line: unknown command, option or value.
class UsageError : public TrackerError {
 public:
  using TrackerError::TrackerError;
};

}  // namespace tracker

namespace tracker {

// The database: missing, busy, newer than this program, or a change that is not allowed
// ("closing a closed action"), with the reason.
class StoreError : public TrackerError {
 public:
  using TrackerError::TrackerError;
};

}  // namespace tracker
