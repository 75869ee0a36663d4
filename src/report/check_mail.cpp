// The weekly check as mail: one RFC 5322 message per owner, in an mbox stream that
// `formail -s sendmail -t` splits and sends. Headers with accents or dashes are RFC 2047
// encoded words; the body is UTF-8 text wrapped well inside the 998-octet line limit.
#include <date/date.h>

#include <algorithm>
#include <locale>

#include "domain/spelling.h"
#include "report/actions_report.h"
#include "report/monitoring_schedule.h"
#include "report/overdue_check.h"
#include "rules/wording.h"

namespace tracker {
namespace {

bool is_ascii(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80 || c < 0x20) return false;
  return true;
}

std::string base64(const std::string& bytes) {
  static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t k = 0;
  for (; k + 2 < bytes.size(); k += 3) {
    const unsigned v = (static_cast<unsigned char>(bytes[k]) << 16) | (static_cast<unsigned char>(bytes[k + 1]) << 8) |
                       static_cast<unsigned char>(bytes[k + 2]);
    out += {digits[v >> 18], digits[(v >> 12) & 63], digits[(v >> 6) & 63], digits[v & 63]};
  }
  if (k + 1 == bytes.size()) {
    const unsigned v = static_cast<unsigned char>(bytes[k]) << 16;
    out += {digits[v >> 18], digits[(v >> 12) & 63], '=', '='};
  } else if (k + 2 == bytes.size()) {
    const unsigned v = (static_cast<unsigned char>(bytes[k]) << 16) | (static_cast<unsigned char>(bytes[k + 1]) << 8);
    out += {digits[v >> 18], digits[(v >> 12) & 63], digits[(v >> 6) & 63], '='};
  }
  return out;
}

// Where a UTF-8 text can be cut at or before `at` without splitting a character.
size_t utf8_cut(const std::string& text, size_t at) {
  if (at >= text.size()) return text.size();
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

// RFC 2047: a header text that is not plain ASCII, or too long for one line, travels as encoded
// words of at most 75 characters, each on its own folded line.
std::string header_text(const std::string& text) {
  if (is_ascii(text) && text.size() <= 60) return text;
  // Plain ASCII (no line breaks: is_ascii refuses control characters) folds at its spaces, so a
  // Subject naming the committee stays readable; a word too long for a line is encoded below.
  if (is_ascii(text) && text.size() <= 900) {
    std::string out, line;
    bool fits = true;
    for (size_t at = 0; at <= text.size() && fits;) {
      size_t end = text.find(' ', at);
      if (end == std::string::npos) end = text.size();
      const std::string word = text.substr(at, end - at);
      if (word.size() > 60) fits = false;
      if (!line.empty() && line.size() + 1 + word.size() > 60) {
        out += line + "\n";
        line.clear();
      }
      line += (line.empty() ? (out.empty() ? "" : " ") : " ") + word;
      at = end + 1;
    }
    if (fits) return out + line;
  }
  std::string out;
  for (size_t at = 0; at < text.size();) {
    size_t end = utf8_cut(text, at + 45);
    if (end == at) end = std::min(text.size(), at + 45);
    out += (out.empty() ? "" : "\n ") + ("=?utf-8?B?" + base64(text.substr(at, end - at)) + "?=");
    at = end;
  }
  return out;
}

// "Jane Smith <jane@example.org>", the name quoted or encoded when it needs to be.
std::string mailbox(const std::string& name, const std::string& address) {
  if (name.empty()) return address;
  if (!is_ascii(name) || name.size() > 60) return header_text(name) + " <" + address + ">";
  if (name.find_first_of("()<>[]:;@\\,.\"") != std::string::npos) {
    std::string quoted = "\"";
    for (char c : name) {
      if (c == '"' || c == '\\') quoted.push_back('\\');
      quoted.push_back(c);
    }
    return quoted + "\" <" + address + ">";
  }
  return name + " <" + address + ">";
}

// Plain text wrapped at 76 columns, counting UTF-8 characters, breaking at spaces, and a word
// too long for a line broken across lines: no body line comes near RFC 5322's 998 octets.
// Line breaks, carriage returns and other control characters in the text become spaces.
std::string wrapped(const std::string& raw, const std::string& indent) {
  std::string text;
  text.reserve(raw.size());
  for (char c : raw) text.push_back(static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c);
  constexpr size_t kLongestWord = 70;
  std::string out, line = indent;
  size_t width = indent.size();
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find(' ', at);
    if (end == std::string::npos) end = text.size();
    if (end - at > kLongestWord) end = std::max(at + 1, utf8_cut(text, at + kLongestWord));
    const std::string word = text.substr(at, end - at);
    size_t chars = 0;
    for (unsigned char c : word) chars += (c & 0xC0) != 0x80;
    if (width > indent.size() && width + 1 + chars > 76) {
      out += line + "\n";
      line = indent;
      width = indent.size();
    }
    if (width > indent.size()) {
      line += " ";
      ++width;
    }
    line += word;
    width += chars;
    at = end < text.size() && text[end] == ' ' ? end + 1 : end;
  }
  return out + line + "\n";
}

std::string body_for(const OwnerGroup& g, const OverdueCheck& check) {
  std::string out = wrapped("Dear " + (g.salutation.empty() ? g.owner : g.salutation) + ",", "") + "\n";
  const std::string whose = g.committee.empty() ? "the committee" : g.committee;
  if (!g.body.empty() && !g.person.empty())
    out += wrapped("This is the weekly check of the actions of " + whose + " that are with " + g.body + ", as at " +
                       format_day_long(check.as_of) + ": you are named as " + g.body + "'s contact for them. Please send the " +
                       "Governance Advisor an update on each, or say when it will come to the committee.",
                   "");
  else if (!g.body.empty())
    out += wrapped("This is the weekly check of the actions of " + whose + " that are with " + g.body + ", as at " +
                       format_day_long(check.as_of) + ". Nobody is named as " + g.body + "'s contact for them ([[body]] contact " +
                       "in tracker.toml): please pass them on, or send the Governance Advisor an update on each.",
                   "");
  else
    out += wrapped("This is the weekly check of the actions of " + whose + " that you own, as at " + format_day_long(check.as_of) +
                       ". Please send the Governance Advisor an update on each, or say when it will come to the committee.",
                   "");
  auto section = [&](const std::vector<const AssessedAction*>& list, const char* heading, const char* severity) {
    if (list.empty()) return;
    out += "\n" + std::string(heading) + "\n";
    for (const auto* a : list) {
      const Action& v = a->action;
      out += "\n";
      out += wrapped(v.committee + ", " + day_words(v.decision_date) + (v.item_title.empty() ? "" : ", " + v.item_title) + ":", "");
      out += wrapped(clause_words(v), "  ");
      out += wrapped("Why: " + flag_lines(*a, severity), "  ");
      out += wrapped("Due: " + (v.due ? due_words(v.due) : std::string("not set")) + ". Reference: " + v.id, "  ");
    }
  };
  section(g.overdue, "OVERDUE", "red");
  section(g.at_risk, "AT RISK", "amber");
  out += "\n" + wrapped("This message was sent by the committee's action tracker. Reply to this message to give an update.", "");
  return out;
}

// mbox: a body line starting "From " would start a new message; quote it. A line of one "."
// would end the message for a sendmail run without -i; it gets a leading space.
std::string mbox_quoted(const std::string& body) {
  std::string out;
  size_t at = 0;
  while (at < body.size()) {
    size_t end = body.find('\n', at);
    if (end == std::string::npos) end = body.size();
    std::string_view line(body.data() + at, end - at);
    if (line.rfind("From ", 0) == 0 || (line.rfind(">", 0) == 0 && line.find_first_not_of('>') != std::string_view::npos &&
                                        line.substr(line.find_first_not_of('>')).rfind("From ", 0) == 0))
      out += ">";
    if (line == ".") out += " ";
    out.append(line);
    out += "\n";
    at = end + 1;
  }
  return out;
}

}  // namespace

std::string check_to_mail(const OverdueCheck& check, const CheckSettings& settings, std::vector<std::string>& skipped) {
  // Dates in English whatever the locale: RFC 5322 and mbox want "Mon, 01 Feb 2021".
  const date::sys_days day{check.as_of};
  const std::string from_line = date::format(std::locale::classic(), "%a %b %e 07:00:00 %Y", day);
  const std::string when = date::format(std::locale::classic(), "%a, %d %b %Y 07:00:00 +0000", day);
  std::string out;
  int n = 0;
  for (const auto& g : check.groups) {
    std::string to = g.email;
    if (to.empty()) to = settings.fallback_to;
    if (to.empty()) {
      skipped.push_back(g.person.empty() ? g.owner : g.person);
      continue;
    }
    ++n;
    const size_t count = g.overdue.size() + g.at_risk.size();
    std::string subject = (g.committee.empty() ? std::string("Committee actions") : g.committee) + ": ";
    if (!g.overdue.empty()) subject += std::to_string(g.overdue.size()) + (g.overdue.size() == 1 ? " action overdue" : " actions overdue");
    if (!g.at_risk.empty())
      subject += (g.overdue.empty() ? std::to_string(g.at_risk.size()) + (g.at_risk.size() == 1 ? " action" : " actions") : ", " + std::to_string(g.at_risk.size())) +
                 " at risk";
    subject += " (" + format_day_long(check.as_of) + ")";
    out += "From tracker " + from_line + "\n";
    out += "From: " + mailbox("Committee action tracker", settings.from) + "\n";
    // The name beside the address is the person's only when the address is theirs.
    out += "To: " + mailbox(g.email.empty() ? "" : g.person, to) + "\n";
    if (!settings.reply_to.empty()) out += "Reply-To: " + settings.reply_to + "\n";
    out += "Subject: " + header_text(subject) + "\n";
    out += "Date: " + when + "\n";
    out += "Message-ID: <tracker-check-" + format_day(check.as_of) + "-" + std::to_string(n) + "@" +
           settings.from.substr(settings.from.find('@') == std::string::npos ? 0 : settings.from.find('@') + 1) + ">\n";
    out += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n";
    out += "X-Tracker-Actions: " + std::to_string(count) + "\n\n";
    out += mbox_quoted(body_for(g, check)) + "\n";
  }
  return out;
}

}  // namespace tracker
