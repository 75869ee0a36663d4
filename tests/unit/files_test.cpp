// core/files: only regular files are read, and files are written whole, never through a link.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/errors.h"
#include "core/files.h"
#include "test_helpers.h"

using namespace tracker;
using tracker::test::TempDir;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

size_t entries(const TempDir& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path)) ++n;
  return n;
}

}  // namespace

TEST_CASE("files: a FIFO, a device and a folder are not regular files - a file and a link to one are") {
  TempDir dir;
  const std::string fifo = (dir.path / "fifo").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(not_a_regular_file(fifo) == std::optional<std::string>("is a named pipe (FIFO), not a file"));
  CHECK(not_a_regular_file("/dev/zero") == std::optional<std::string>("is a device, not a file"));
  CHECK(not_a_regular_file(dir.path.string()) == std::optional<std::string>("is a folder, not a file"));
  const std::string file = dir.write("minutes.txt", "RESOLVED: That the report be noted.\n");
  CHECK_FALSE(not_a_regular_file(file));
  std::filesystem::create_symlink(file, dir.path / "link.txt");
  CHECK_FALSE(not_a_regular_file((dir.path / "link.txt").string()));
  CHECK_FALSE(not_a_regular_file((dir.path / "missing.txt").string()));
}

TEST_CASE("files: written whole, replacing the old file, with no temporary file left") {
  TempDir dir;
  const std::string path = dir.write("schedule.md", "old");
  ::chmod(path.c_str(), 0640);
  write_file_whole(path, "new schedule\n");
  CHECK(read_file(path) == "new schedule\n");
  struct stat st;
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);  // the replaced file's permissions are kept
  CHECK(entries(dir) == 1);
}

TEST_CASE("files: a link at the target or at the old '.part' name is never written through") {
  TempDir dir;
  const std::string victim = dir.write("victim.txt", "keep me");
  std::filesystem::create_symlink(victim, dir.path / "report.html.part");
  write_file_whole((dir.path / "report.html").string(), "<p>report</p>\n");
  CHECK(read_file(victim) == "keep me");
  std::filesystem::create_symlink(victim, dir.path / "link.html");
  CHECK_THROWS_WITH_AS(write_file_whole((dir.path / "link.html").string(), "x"), doctest::Contains("symbolic link"), TrackerError);
  CHECK(read_file(victim) == "keep me");
  CHECK(std::filesystem::is_symlink(dir.path / "link.html"));
}

TEST_CASE("files: a folder, a missing folder and a FIFO nobody reads are errors that name the path") {
  TempDir dir;
  const std::string folder = dir.path.string();
  CHECK_THROWS_WITH_AS(write_file_whole(folder, "x"), doctest::Contains("is a folder"), TrackerError);
  CHECK_THROWS_WITH_AS(write_file_whole(folder + "/", "x"), doctest::Contains("names a folder"), TrackerError);
  CHECK_THROWS_WITH_AS(write_file_whole(folder + "/missing/x.md", "x"), doctest::Contains("does not exist"), TrackerError);
  const std::string fifo = folder + "/pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_WITH_AS(write_file_whole(fifo, "x"), doctest::Contains((fifo + ": nothing is reading").c_str()), TrackerError);
  CHECK(std::filesystem::is_fifo(fifo));
}

TEST_CASE("files: a device is written as it is, and a full one says so") {
  write_file_whole("/dev/null", "discarded");
  CHECK_THROWS_WITH_AS(write_file_whole("/dev/full", "x"), doctest::Contains("/dev/full: could not be written: the disk is full"), TrackerError);
  struct stat st;
  REQUIRE(::stat("/dev/full", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
}

TEST_CASE("files: past the file size limit the write fails with a message, and nothing is left") {
  TempDir dir;
  struct rlimit old;
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
  const auto previous = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = old;
  small.rlim_cur = 1000;
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  std::string message;
  try {
    write_file_whole((dir.path / "big.md").string(), std::string(5000, 'x'));
  } catch (const TrackerError& e) {
    message = e.what();
  }
  ::setrlimit(RLIMIT_FSIZE, &old);
  std::signal(SIGXFSZ, previous);
  CHECK(message.find("larger than this process may write") != std::string::npos);
  CHECK(entries(dir) == 0);
}
