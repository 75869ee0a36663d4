#pragma once
// Files the tracker reads and writes, checked before they are opened: only a regular file is
// read (a FIFO would block for ever, a device never ends), and a file is written whole through a
// private temporary file in its own folder, so that nobody else's file is written through a link
// and a crash or a full disk never leaves half a file under the real name.
#include <optional>
#include <string>
#include <string_view>

namespace tracker {

// Why `path` cannot be read as a file ("is a named pipe (FIFO), not a file"), or nothing when it
// is a regular file or does not exist (the caller says "no such file" in its own words).
std::optional<std::string> not_a_regular_file(const std::string& path);

// True when both paths exist and are the same file (through links too).
bool same_file(const std::string& a, const std::string& b);

// Writes `text` to `path` whole: to a new file made with mkstemp beside it (O_EXCL, so never
// through a link someone left there), flushed to disk with fsync, then renamed over `path`.
// A device or a FIFO that already exists under `path` (or a link to one, such as /dev/stdout)
// is written directly instead. Throws TrackerError naming `path` and the reason (folder, disk
// full, file too large, no permission), and leaves no temporary file behind.
void write_file_whole(const std::string& path, std::string_view text);

}  // namespace tracker
