#include "read/zip_archive.h"

#include <zip.h>

#include "core/errors.h"
#include "core/text.h"
#include "read/readers.h"

namespace tracker {

struct ZipArchive::Handle {
  zip_t* zip = nullptr;
  ~Handle() {
    if (zip != nullptr) zip_discard(zip);
  }
};

ZipArchive::ZipArchive(const std::string& path, std::string_view bytes, std::string application)
    : zip_(std::make_unique<Handle>()), path_(path), application_(std::move(application)) {
  const std::string file_words = application_ == "Word" ? "a Word document's" : "an " + application_ + " workbook's";
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) throw InputError(path + ": cannot be read as a zip archive (" + zip_error_strerror(&error) + ")");
  zip_->zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (zip_->zip == nullptr) {
    zip_source_free(source);
    const std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw InputError(path + ": is a damaged or cut-off " + application_ + " (zip) file (" + why + "); save it again from " + application_);
  }
  zip_error_fini(&error);
  const zip_int64_t entries = zip_get_num_entries(zip_->zip, 0);
  if (entries < 0 || static_cast<size_t>(entries) > kMaxZipEntries)
    throw InputError(path + ": holds " + std::to_string(entries) + " zip entries, more than " + file_words + " " +
                     std::to_string(kMaxZipEntries) + "; it is not read (it may be a zip bomb)");
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::has(const std::string& name) const { return zip_name_locate(zip_->zip, name.c_str(), 0) >= 0; }

std::optional<std::string> ZipArchive::read(const std::string& name) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(zip_->zip, name.c_str(), 0, &stat) != 0) return std::nullopt;
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
    throw InputError(path_ + ": is password-protected; save an unprotected copy from " + application_ + " first");
  auto too_big = [&] {
    throw InputError(path_ + ": its part " + name + " inflates to more than " + std::to_string(kMaxZipEntryBytes / (1024 * 1024)) +
                     " MB (or the parts read to more than " + std::to_string(kMaxZipTotalBytes / (1024 * 1024)) +
                     " MB); it is not read (it may be a zip bomb)");
  };
  if ((stat.valid & ZIP_STAT_SIZE) && (stat.size > kMaxZipEntryBytes || total_read_ + stat.size > kMaxZipTotalBytes)) too_big();
  zip_file_t* file = zip_fopen(zip_->zip, name.c_str(), 0);
  if (file == nullptr)
    throw InputError(path_ + ": its part " + name + " cannot be opened (" + zip_strerror(zip_->zip) + "); save the document again from " + application_);
  std::string out;
  char chunk[1 << 16];
  for (;;) {
    // The sizes in the directory can lie: the bytes actually inflated are what is counted.
    const zip_int64_t n = zip_fread(file, chunk, sizeof chunk);
    if (n < 0) {
      const std::string why = zip_file_strerror(file);
      zip_fclose(file);
      throw InputError(path_ + ": its part " + name + " is damaged (" + why + "); save the document again from " + application_);
    }
    if (n == 0) break;
    out.append(chunk, static_cast<size_t>(n));
    if (out.size() > kMaxZipEntryBytes || total_read_ + out.size() > kMaxZipTotalBytes) {
      zip_fclose(file);
      too_big();
    }
  }
  zip_fclose(file);
  total_read_ += out.size();
  return out;
}

void check_plain_xml(const std::string& path, const std::string& part, std::string_view xml, std::string_view application) {
  if (ifind(xml.substr(0, 1 << 20), "<!DOCTYPE") != std::string_view::npos || ifind(xml, "<!ENTITY") != std::string_view::npos)
    throw InputError(path + ": its part " + part + " declares a DTD or entities, which " + std::string(application) + " never writes; it is not read");
}

}  // namespace tracker
