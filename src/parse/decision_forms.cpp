#include "parse/decision_forms.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "core/text.h"
#include "parse/line_shape.h"

namespace tracker {
namespace {

struct VerbEntry {
  std::string_view lemma;
  VerbSense sense;
};

// The verbs decisions are made with. A council's own words are added in tracker.toml's
// markers; these are the ones every body uses.
constexpr std::array<VerbEntry, 72> kVerbs = {{
    {"note", VerbSense::noting},         {"receive", VerbSense::noting},       {"welcome", VerbSense::noting},
    {"thank", VerbSense::noting},        {"acknowledge", VerbSense::noting},   {"recognise", VerbSense::noting},
    {"recognize", VerbSense::noting},    {"consider", VerbSense::noting},      {"comment", VerbSense::noting},
    {"approve", VerbSense::approving},   {"agree", VerbSense::approving},      {"endorse", VerbSense::approving},
    {"adopt", VerbSense::approving},     {"ratify", VerbSense::approving},     {"accept", VerbSense::approving},
    {"support", VerbSense::approving},   {"confirm", VerbSense::approving},    {"award", VerbSense::approving},
    {"grant", VerbSense::approving},     {"allocate", VerbSense::approving},   {"waive", VerbSense::approving},
    {"object", VerbSense::approving},    {"raise", VerbSense::approving},      {"resolve", VerbSense::approving},
    {"decide", VerbSense::approving},    {"determine", VerbSense::approving},  {"refuse", VerbSense::approving},
    {"reject", VerbSense::approving},    {"amend", VerbSense::approving},      {"set", VerbSense::approving},
    {"increase", VerbSense::approving},  {"release", VerbSense::approving},    {"close", VerbSense::approving},
    {"ask", VerbSense::acting},          {"request", VerbSense::acting},       {"instruct", VerbSense::acting},
    {"invite", VerbSense::acting},       {"direct", VerbSense::acting},        {"defer", VerbSense::acting},
    {"delegate", VerbSense::acting},     {"authorise", VerbSense::acting},     {"authorize", VerbSense::acting},
    {"remit", VerbSense::acting},        {"refer", VerbSense::acting},         {"write", VerbSense::acting},
    {"arrange", VerbSense::acting},      {"circulate", VerbSense::acting},     {"report", VerbSense::acting},
    {"bring", VerbSense::acting},        {"provide", VerbSense::acting},       {"present", VerbSense::acting},
    {"commission", VerbSense::acting},   {"review", VerbSense::acting},        {"establish", VerbSense::acting},
    {"prepare", VerbSense::acting},      {"publish", VerbSense::acting},       {"seek", VerbSense::acting},
    {"undertake", VerbSense::acting},    {"monitor", VerbSense::acting},       {"investigate", VerbSense::acting},
    {"explore", VerbSense::acting},      {"develop", VerbSense::acting},       {"submit", VerbSense::acting},
    {"forward", VerbSense::acting},      {"urge", VerbSense::acting},          {"place", VerbSense::approving},
    {"recommend", VerbSense::recommending}, {"appoint", VerbSense::procedural}, {"elect", VerbSense::procedural},
    {"adjourn", VerbSense::procedural},  {"exclude", VerbSense::procedural},   {"move", VerbSense::procedural},
}};

std::string lower_word(std::string_view w) {
  std::string out(w);
  for (auto& c : out) c = lower(c);
  return out;
}

std::optional<VerbSense> lookup(std::string_view lemma) {
  for (const auto& v : kVerbs)
    if (v.lemma == lemma) return v.sense;
  return std::nullopt;
}

size_t word_end(std::string_view s, size_t from) {
  size_t i = from;
  while (i < s.size() && (is_alpha(s[i]) || s[i] == '-' || s[i] == '\'')) ++i;
  return i;
}

size_t skip_spaces(std::string_view s, size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

// The words of a subject that decides: "The Committee", "Cabinet", "the Board", "The Health and
// Wellbeing Board", "Council". Returns the end of the subject, or npos.
constexpr std::array<std::string_view, 22> kBodyNouns = {
    "committee", "commission", "panel",     "board",  "cabinet", "council",   "sub-committee", "subcommittee",
    "forum",     "group",      "executive", "authority", "partnership", "assembly", "meeting", "trust",
    "cabinet's", "members",    "governors", "body",      "team",   "parliament"};

size_t body_subject_end(std::string_view text, bool allow_members) {
  size_t i = skip_spaces(text, 0);
  if (istarts_with(text.substr(i), "the ")) i = skip_spaces(text, i + 4);
  size_t words = 0, end = std::string_view::npos;
  while (i < text.size() && words < 8) {
    const size_t e = word_end(text, i);
    if (e == i) break;
    std::string w = lower_word(text.substr(i, e - i));
    const bool capital = is_upper(text[i]);
    if (std::find(kBodyNouns.begin(), kBodyNouns.end(), w) != kBodyNouns.end() && (capital || w == "members")) {
      if (w != "members" || allow_members) end = e;
    } else if (!(capital || w == "and" || w == "of" || w == "for")) {
      break;
    }
    ++words;
    i = skip_spaces(text, e);
  }
  return end;
}

}  // namespace

std::optional<VerbSense> decision_verb_sense(std::string_view word) {
  const std::string w = lower_word(word);
  if (w.size() < 3) return std::nullopt;
  if (auto s = lookup(w)) return s;
  auto try_strip = [&](size_t n, std::string_view add = {}) -> std::optional<VerbSense> {
    if (w.size() <= n + 1) return std::nullopt;
    std::string base = w.substr(0, w.size() - n);
    base += add;
    return lookup(base);
  };
  if (iends_with(w, "ies") || iends_with(w, "ied"))
    if (auto s = try_strip(3, "y")) return s;
  if (iends_with(w, "ing")) {
    if (auto s = try_strip(3)) return s;
    if (auto s = try_strip(3, "e")) return s;
  }
  if (iends_with(w, "s") || iends_with(w, "d"))
    if (auto s = try_strip(1)) return s;
  if (iends_with(w, "es") || iends_with(w, "ed"))
    if (auto s = try_strip(2)) return s;
  if (iends_with(w, "ed") && w.size() > 4 && w[w.size() - 3] == w[w.size() - 4])  // "referred", "deferred"
    if (auto s = try_strip(3)) return s;
  return std::nullopt;
}

std::optional<LeadingVerb> leading_decision_verb(std::string_view text) {
  size_t i = skip_spaces(text, 0);
  if (istarts_with(text.substr(i), "to ")) i = skip_spaces(text, i + 3);
  const size_t e = word_end(text, i);
  if (e == i) return std::nullopt;
  std::string_view word = text.substr(i, e - i);
  auto sense = decision_verb_sense(word);
  if (!sense) return std::nullopt;
  // "Set out below", "Report of the Director": a noun or a heading, not a decision. A verb
  // that leads a decision is followed by its object, a "that" clause or an infinitive.
  const size_t next = skip_spaces(text, e);
  if (next >= text.size()) return std::nullopt;
  std::string_view rest = text.substr(next);
  if (istarts_with(rest, "of ") || istarts_with(rest, "by ") || istarts_with(rest, "from ")) return std::nullopt;
  return LeadingVerb{*sense, i, e};
}

std::optional<size_t> in_sentence_decision(std::string_view text) {
  // "MOTION by Councilmember Reyes, second by Councilmember Park, to approve …"
  if (istarts_with(text, "motion by ") || istarts_with(text, "motion made by ") || istarts_with(text, "moved by ")) {
    for (auto second : {"second by ", "seconded by "}) {
      const size_t at = ifind(text, second);
      if (at == std::string_view::npos) continue;
      const size_t to = ifind(text, ", to ", at);
      if (to != std::string_view::npos && to - at < 80) return to + 5;
      const size_t that = ifind(text, ", that ", at);
      if (that != std::string_view::npos && that - at < 80) return that + 7;
    }
  }
  // One pass over the words ending in "ed": "resolved", "agreed" or "decided" after "it was",
  // "and" or a seconder.
  // Each "d" and "D" is found with memchr, two cursors taken in the text's order. Not ifind(text,
  // "ed"): a call per hit would scan again from the hit for the other case each time.
  const char* base = text.data();
  auto seek = [&](char c, size_t from) -> size_t {
    if (from >= text.size()) return text.size();
    const void* hit = std::memchr(base + from, c, text.size() - from);
    return hit ? static_cast<size_t>(static_cast<const char*>(hit) - base) : text.size();
  };
  size_t next_lower = seek('d', 5), next_upper = seek('D', 5);
  for (size_t d; (d = std::min(next_lower, next_upper)) < text.size();) {
    if (d == next_lower) next_lower = seek('d', d + 1);
    else next_upper = seek('D', d + 1);
    if (lower(text[d - 1]) != 'e') continue;
    const size_t after_verb = d + 1;
    if (after_verb < text.size() && is_alpha(text[after_verb])) continue;
    size_t at = d;
    while (at > 0 && is_alpha(text[at - 1])) --at;
    const std::string_view word = text.substr(at, after_verb - at);
    std::string_view verb;
    for (std::string_view v : {"resolved", "agreed", "decided"})
      if (iequals(word, v)) verb = v;
    if (verb.empty() || at == 0 || !is_space(text[at - 1])) continue;
    std::string_view before = trim(text.substr(0, at));
    if (iends_with(before, "unanimously")) before = trim(before.substr(0, before.size() - 11));
    const bool it_was = iends_with(before, "it was") || iends_with(before, "it is");
    const bool seconded = (iends_with(before, " and") || iends_with(before, ",")) &&
                          (icontains(before, "seconded") || icontains(before, "proposed") || icontains(before, "moved"));
    const bool capital_resolved = word == "RESOLVED" && iends_with(before, " and");
    // "… seconded by Cllr Bell,\n and RESOLVED that …": the proposer is on the line before.
    const bool continued = verb == "resolved" && (iequals(before, "and") || iequals(before, ", and"));
    if (!it_was && !seconded && !capital_resolved && !continued) continue;
    size_t p = skip_spaces(text, after_verb);
    if (istarts_with(text.substr(p), "unanimously")) p = skip_spaces(text, p + 11);
    while (p < text.size() && (text[p] == ':' || text[p] == '-' || text[p] == ',')) p = skip_spaces(text, p + 1);
    std::string_view rest = text.substr(std::min(p, text.size()));
    if (istarts_with(rest, "that ")) return p + 5;
    if (istarts_with(rest, "to ")) return p + 3;
    if (p > after_verb && p < text.size()) return p;
  }
  return std::nullopt;
}

bool starts_with_that_clause(std::string_view text) {
  if (auto label = clause_label_at_start(text)) text = text.substr(label->length);
  text = trim(text);
  return text.size() > 8 && text.substr(0, 5) == "That " && (is_alpha(text[5]) || text[5] == '"');
}

std::optional<size_t> narrative_verb_start(std::string_view text) {
  size_t end = body_subject_end(text, false);
  if (end == std::string_view::npos) return std::nullopt;
  size_t i = skip_spaces(text, end);
  for (auto adverb : {"also ", "then ", "unanimously ", "further ", "therefore "})
    if (istarts_with(text.substr(i), adverb)) i = skip_spaces(text, i + std::char_traits<char>::length(adverb));
  if (istarts_with(text.substr(i), "was consulted and ")) i += 18;
  const size_t e = word_end(text, i);
  if (e == i || !decision_verb_sense(text.substr(i, e - i))) return std::nullopt;
  return i;
}

bool is_narrative_decision(std::string_view text) {
  text = trim(text);
  if (text.size() < 12 || !is_upper(text[0])) return false;
  // "The minutes of the meeting held on … were approved as a correct record".
  if (istarts_with(text, "the minutes of") || istarts_with(text, "the minute of") || istarts_with(text, "minutes of the") ||
      istarts_with(text, "the minutes were") || istarts_with(text, "minutes agreed")) {
    const size_t window = std::min<size_t>(text.size(), 220);
    std::string_view head = text.substr(0, window);
    // "The minutes of this meeting were confirmed at the meeting on …": the sign-off, added later.
    if (icontains(head, "minutes of this meeting")) return false;
    return icontains(head, " approved") || icontains(head, " agreed") || icontains(head, " confirmed") ||
           icontains(head, "correct record") || icontains(head, "accurate record");
  }
  size_t end = body_subject_end(text, false);
  if (end == std::string_view::npos) return false;
  size_t i = skip_spaces(text, end);
  for (auto adverb : {"also ", "then ", "unanimously ", "further ", "therefore "})
    if (istarts_with(text.substr(i), adverb)) i = skip_spaces(text, i + std::char_traits<char>::length(adverb));
  if (istarts_with(text.substr(i), "was consulted and ")) i += 18;
  const size_t e = word_end(text, i);
  if (e == i) return false;
  std::string_view verb = text.substr(i, e - i);
  auto sense = decision_verb_sense(verb);
  if (!sense) return false;
  const std::string v = lower_word(verb);
  // A body that is told something, or that received a report, has not decided anything yet.
  if (v == "receive" || v == "received" || v == "receives" || v == "consider" || v == "considered" || v == "considers" ||
      v == "comment" || v == "commented" || v == "comments" || v == "report" || v == "reported" || v == "reports")
    return false;
  if (v.back() != 'd' && v.back() != 's') return false;  // "The Board agree" is an imperative list's stem
  std::string_view rest = trim(text.substr(e));
  if ((v == "noted" || v == "notes") && istarts_with(rest, "that") && (rest.size() == 4 || !is_alpha(rest[4])))
    return false;  // an observation
  return !rest.empty();
}

std::optional<ActionLine> action_line(std::string_view text) {
  size_t i = 0;
  for (auto prefix : {"ACTION:", "Action:", "ACTIONS:", "Actions:", "ACTION -", "Action -"}) {
    if (text.substr(0, std::char_traits<char>::length(prefix)) == prefix) {
      i = skip_spaces(text, std::char_traits<char>::length(prefix));
      break;
    }
  }
  const size_t start = i;
  // The owner: initials ("TH", "JS/KM"), a role or name in capitals ("Town Clerk", "Cllr Rowe",
  // "RFO"), at most six words, then " to " and a verb in lower case.
  size_t words = 0;
  while (i < text.size() && words < 6) {
    const size_t e = word_end(text, i);
    size_t w_end = e;
    while (w_end < text.size() && (text[w_end] == '/' || text[w_end] == '&') && w_end + 1 < text.size() && is_upper(text[w_end + 1]))
      w_end = word_end(text, w_end + 1);
    if (w_end == i) return std::nullopt;
    if (!(is_upper(text[i]) || (words > 0 && (text.substr(i, w_end - i) == "and" || text.substr(i, w_end - i) == "of"))))
      return std::nullopt;
    ++words;
    i = skip_spaces(text, w_end);
    if (istarts_with(text.substr(i), "to ") && text.substr(i, 3) == "to ") {
      const size_t v = skip_spaces(text, i + 3);
      const size_t ve = word_end(text, v);
      if (ve == v || !is_lower(text[v])) return std::nullopt;
      auto sense = decision_verb_sense(text.substr(v, ve - v));
      const bool common = sense && (*sense == VerbSense::acting || *sense == VerbSense::approving);
      if (!common && !(start > 0)) {
        // Without "ACTION:", only a verb of doing makes "X to …" an action line.
        static constexpr std::array<std::string_view, 16> doing = {"contact", "send", "share", "obtain", "chase", "check",
                                                                   "sign", "order", "make", "ask", "update", "liaise",
                                                                   "organise", "find", "look", "follow"};
        const std::string verb = lower_word(text.substr(v, ve - v));
        if (std::find(doing.begin(), doing.end(), verb) == doing.end()) return std::nullopt;
      }
      ActionLine a;
      a.text_start = start;
      a.owner = std::string(trim(text.substr(start, i - start)));
      return a;
    }
  }
  return std::nullopt;
}

std::optional<std::string> action_owner_line(std::string_view text) {
  text = trim(text);
  for (auto prefix : {"ACTION:", "Action:", "Action by:", "ACTION BY:", "Action By:", "Lead:", "LEAD:"}) {
    const size_t n = std::char_traits<char>::length(prefix);
    if (text.substr(0, n) != prefix) continue;
    std::string_view owner = trim(text.substr(n));
    if (owner.empty() || owner.size() > 80 || owner.find(" to ") != std::string_view::npos) return std::nullopt;
    if (!owner.empty() && owner.back() == '.') owner.remove_suffix(1);
    return std::string(owner);
  }
  return std::nullopt;
}

bool is_stem_only(std::string_view text) {
  text = trim(text);
  while (!text.empty() && (text.back() == ':' || text.back() == '-' || text.back() == ' ' || text.back() == ',')) text.remove_suffix(1);
  if (iends_with(text, "\xE2\x80\x93") || iends_with(text, "\xE2\x80\x94")) text.remove_suffix(3);
  text = trim(text);
  if (istarts_with(text, "that ")) text = trim(text.substr(5));
  if (text.empty()) return true;
  // "The Panel further agreed to make the following recommendations to the Commissioner:"
  if (icontains(text, "the following recommendation") && text.find(". ") == std::string_view::npos && !icontains(text, " noted") &&
      !icontains(text, "be noted") && !istarts_with(text, "the following"))
    return true;
  // "the following (additional) recommendations be submitted to Cabinet"
  if (istarts_with(text, "the following ")) {
    for (auto verb : {" be submitted to", " be referred to", " be made to", " be forwarded to", " be sent to", " be reported to",
                      " are submitted to", " are made to", " be recommended to", " be put to"})
      if (icontains(text, verb)) return text.find('.') == std::string_view::npos && !icontains(text, " and ");
    return false;
  }
  size_t end = body_subject_end(text, true);
  if (end == std::string_view::npos) return false;
  std::string_view rest = trim(text.substr(end));
  if (rest.empty()) return true;
  for (auto tail : {"has", "have", "hereby", "resolved", "resolves", "resolved to", "resolves to", "agreed", "agrees", "agreed to",
                    "agrees to", "decided", "decides", "decided to", "has resolved", "has agreed", "has decided",
                    "be recommended to", "is recommended to", "recommends", "recommended", "recommends that",
                    "recommended that", "resolved that", "agreed that"})
    if (iequals(rest, tail)) return true;
  return false;
}

bool is_mover_line(std::string_view text) {
  text = trim(text);
  if (!(text.substr(0, 5) == "MOVED" || text.substr(0, 5) == "Moved" || text.substr(0, 8) == "PROPOSED" ||
        text.substr(0, 8) == "Proposed" || text.substr(0, 8) == "SECONDED" || text.substr(0, 8) == "Seconded"))
    return false;
  return text.size() < 120 && !icontains(text, " that ") && !icontains(text, "resolved") && !icontains(text, " to ");
}

std::optional<VoteOutcome> vote_outcome(std::string_view text) {
  text = trim(text);
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
  if (text.size() > 60) return std::nullopt;
  if (istarts_with(text, "the motion was ") || istarts_with(text, "the motion ")) text = trim(text.substr(text.find(' ', 4) + 1));
  if (istarts_with(text, "motion ")) text = trim(text.substr(7));
  if (istarts_with(text, "was ")) text = trim(text.substr(4));
  if (istarts_with(text, "carried") || istarts_with(text, "agreed unanimously") || iequals(text, "agreed")) return VoteOutcome::carried;
  if (istarts_with(text, "lost") || istarts_with(text, "failed") || istarts_with(text, "defeated") || istarts_with(text, "fell") ||
      istarts_with(text, "not carried") || istarts_with(text, "withdrawn"))
    return VoteOutcome::lost;
  return std::nullopt;
}

std::optional<std::pair<size_t, VoteOutcome>> trailing_vote(std::string_view text) {
  if (ifind(text, "carried") == std::string_view::npos && ifind(text, "lost") == std::string_view::npos &&
      ifind(text, "failed") == std::string_view::npos)
    return std::nullopt;
  for (auto lead : {"Motion carried", "Motion Carried", "MOTION CARRIED", "Motion failed", "Motion Failed", "Motion lost", "Motion Lost",
                    "MOTION FAILED", "MOTION LOST", "CARRIED", "LOST"}) {
    const size_t at = text.rfind(lead);
    if (at == std::string_view::npos || at == 0) continue;
    size_t end = at;
    while (end > 0 && is_space(text[end - 1])) --end;
    if (end == 0 || !(text[end - 1] == '.' || text[end - 1] == ';')) continue;
    const VoteOutcome outcome = icontains(lead, "carried") ? VoteOutcome::carried : VoteOutcome::lost;
    return std::make_pair(end, outcome);
  }
  return std::nullopt;
}

bool records_no_decision(std::string_view text) {
  text = trim(text);
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
  if (text.empty() || text == "-" || iequals(text, "n/a") || iequals(text, "nil") || iequals(text, "none")) return true;
  for (auto start : {"none.", "none -", "none –", "no decision", "no resolution", "not applicable", "nothing to decide", "for information only"})
    if (istarts_with(text, start)) return true;
  return false;
}

bool introduces_proposals(std::string_view text) {
  text = trim(text);
  if (text.empty()) return false;
  if (istarts_with(text, "recommendation") || istarts_with(text, "proposal") || istarts_with(text, "officer recommendation") ||
      istarts_with(text, "officers' recommendation") || istarts_with(text, "officer's recommendation"))
    return text.size() < 120;
  if (icontains(text, " is asked to") || icontains(text, " are asked to") || icontains(text, " is invited to") ||
      icontains(text, " is recommended to") || icontains(text, " be recommended to consider"))
    return true;
  return text.find("RECOMMENDED") != std::string_view::npos && (icontains(text, " is RECOMMENDED") || icontains(text, " are RECOMMENDED"));
}

}  // namespace tracker
