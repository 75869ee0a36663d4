#include "core/files.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/errors.h"

namespace tracker {
namespace {

std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// The reason a write failed, in words a user can act on.
std::string write_problem(int error) {
  switch (error) {
    case ENOSPC: return "the disk is full";
    case EDQUOT: return "the disk quota is used up";
    case EFBIG: return "the file would be larger than this process may write (see 'ulimit -f')";
    case EACCES:
    case EPERM: return "permission denied";
    case EROFS: return "the file system is read-only";
    case EIO: return "input/output error (a failing disk?)";
    default: return std::strerror(error);
  }
}

[[noreturn]] void fail(const std::string& path, const std::string& problem) { throw TrackerError(path + ": " + problem); }

// Writes all of `text` to `fd`, retrying short writes; returns 0 or the errno of the failure.
int write_all(int fd, std::string_view text) {
  size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    done += static_cast<size_t>(n);
  }
  return 0;
}

// A device, FIFO or socket is written as it is: renaming a file over it would replace it.
// O_NONBLOCK so that a FIFO nobody reads is an error rather than a hang.
void write_directly(const std::string& path, std::string_view text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENXIO) fail(path, "nothing is reading from this pipe or socket");
    fail(path, "cannot be opened for writing: " + write_problem(errno));
  }
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  const int error = write_all(fd, text);
  ::close(fd);
  if (error != 0) fail(path, "could not be written: " + write_problem(error));
}

}  // namespace

std::optional<std::string> not_a_regular_file(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode)) return std::nullopt;
  return "is " + kind_of(st.st_mode) + ", not a file";
}

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa, sb;
  return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void write_file_whole(const std::string& path, std::string_view text) {
  if (path.empty()) throw TrackerError("the output file name is empty");
  if (path.back() == '/') fail(path, "names a folder; give a file name");
  struct stat link;
  mode_t mode = 0;
  if (::lstat(path.c_str(), &link) == 0) {
    struct stat target;
    const bool followed = ::stat(path.c_str(), &target) == 0;
    if (followed && (S_ISCHR(target.st_mode) || S_ISBLK(target.st_mode) || S_ISFIFO(target.st_mode) || S_ISSOCK(target.st_mode)))
      return write_directly(path, text);
    // /dev/stdout and its kind are the user's own streams, whatever they were redirected to.
    if (followed && S_ISLNK(link.st_mode) && (path.rfind("/dev/", 0) == 0 || path.rfind("/proc/self/fd/", 0) == 0))
      return write_directly(path, text);
    if (followed && S_ISDIR(target.st_mode)) fail(path, "is a folder; give a file name");
    if (S_ISLNK(link.st_mode))
      fail(path, "is a symbolic link; give the file it points to (a link is never written through)");
    if (S_ISREG(link.st_mode)) mode = link.st_mode & 07777;
  } else if (errno != ENOENT) {
    fail(path, "cannot be written: " + write_problem(errno));
  }
  if (mode == 0) {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }

  const size_t slash = path.rfind('/');
  const std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  std::string temporary = (slash == std::string::npos ? "" : path.substr(0, slash + 1)) + "." + name + ".XXXXXX";
  const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT || errno == ENOTDIR) fail(path, "the folder '" + folder + "' does not exist");
    fail(path, "cannot write in the folder '" + folder + "': " + write_problem(errno));
  }
  int error = write_all(fd, text);
  if (error == 0 && ::fchmod(fd, mode) != 0) error = errno;
  if (error == 0 && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && ::rename(temporary.c_str(), path.c_str()) != 0) error = errno;
  if (error != 0) {
    ::unlink(temporary.c_str());
    fail(path, "could not be written: " + write_problem(error));
  }
  // The rename itself reaches the disk only when the folder is flushed too.
  const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

}  // namespace tracker
