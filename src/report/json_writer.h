#pragma once
// A small streaming JSON writer with two-space indentation. Enough for our reports, and much
// lighter on the build than a general JSON library.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tracker {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}
  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view k);
  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(bool b);
  void value(long long n);
  void value(int n) { value(static_cast<long long>(n)); }
  void value(double d);
  void null();
  void value(const std::optional<std::string>& s) { s ? value(*s) : null(); }
  void string_array(const std::vector<std::string>& items);

 private:
  void before_value();
  void newline();
  std::string& out_;
  struct Frame {
    bool object;
    int count;
  };
  std::vector<Frame> stack_;
  bool after_key_ = false;
};

void append_json_string(std::string& out, std::string_view s);

}  // namespace tracker
