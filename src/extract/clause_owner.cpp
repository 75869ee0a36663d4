// Who a clause's own words make act: its subject ("That the Clerk obtain …"), the person it asks
// ("requests the Director of Place to …", "delegates authority to the Director of …"), or the agent
// of a passive ("be prepared by the Director of …").
#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

#include "config/config.h"
#include "core/text.h"
#include "extract/owner.h"

namespace tracker {
namespace {

// Words that end a clause's subject: auxiliaries and the verbs clauses use.
bool is_verb_word(std::string_view w) {
  static constexpr std::string_view verbs[] = {
      "be", "is", "are", "should", "shall", "will", "would", "must", "may", "can", "could", "to", "continue", "continues",
      "provide", "provides", "circulate", "circulates", "make", "makes", "arrange", "arranges", "write", "writes", "meet",
      "meets", "agree", "agrees", "contact", "contacts", "review", "reviews", "investigate", "investigates", "report",
      "reports", "bring", "brings", "ensure", "ensures", "liaise", "liaises", "follow", "follows", "raise", "raises",
      "seek", "seeks", "share", "shares", "update", "updates", "undertake", "undertakes", "explore", "explores",
      "consider", "considers", "examine", "examines", "prepare", "prepares", "produce", "produces", "organise",
      "organises", "convene", "convenes", "schedule", "schedules", "develop", "develops", "work", "works", "send", "sends",
      "submit", "submits", "invite", "invites", "request", "requests", "ask", "asks", "note", "notes", "approve",
      "approves", "endorse", "endorses", "support", "supports", "welcome", "welcomes", "receive", "receives", "attend",
      "attends", "present", "presents", "publish", "publishes", "include", "includes", "respond", "responds", "engage",
      "engages", "clarify", "clarifies", "confirm", "confirms", "check", "checks", "pursue", "pursues", "hold", "holds",
      "establish", "establishes", "set", "sets", "take", "takes", "keep", "keeps", "monitor", "monitors", "consult",
      "consults", "identify", "identifies", "look", "looks", "discuss", "discusses", "give", "gives",
      "draft", "drafts", "visit", "visits", "convey", "conveys", "obtain", "obtains", "add", "adds", "commission",
      "commissions", "sign", "signs", "place", "places", "nominate", "nominates", "compile", "compiles", "collate",
      "collates", "inform", "informs", "notify", "notifies", "assess", "assesses", "evaluate", "evaluates", "procure",
      "procures", "order", "orders", "apply", "applies", "complete", "completes", "return", "returns", "implement",
      "implements", "deliver", "delivers", "co-ordinate", "co-ordinates", "coordinate", "coordinates", "remind", "reminds",
      "email", "emails", "e-mail", "e-mails", "prioritise", "prioritises", "amend", "amends", "revise", "revises",
      "refresh", "refreshes", "gather", "gathers", "lead", "leads", "chase", "chases", "issue", "issues", "carry",
      "carries", "draw", "draws", "progress", "progresses", "forward", "forwards", "lobby", "lobbies", "seek", "source",
      "sources", "bid", "bids", "purchase", "purchases", "recommend", "recommends", "brief", "briefs", "reflect",
      "reflects", "collect", "collects", "research", "researches", "put", "puts", "feed", "feeds", "supply", "supplies",
      "install", "installs", "repair", "repairs", "replace", "replaces", "book", "books", "advise",
      "advises", "hosts", "host", "facilitate", "facilitates", "organize", "organizes"};
  // Sorted once: this is asked of most words of every clause.
  static const std::vector<std::string_view> sorted = [] {
    std::vector<std::string_view> v(std::begin(verbs), std::end(verbs));
    std::sort(v.begin(), v.end());
    return v;
  }();
  if (w.empty() || w.size() > 16) return false;
  char lowered[16];
  for (size_t i = 0; i < w.size(); ++i) lowered[i] = lower(w[i]);
  return std::binary_search(sorted.begin(), sorted.end(), std::string_view(lowered, w.size()));
}

// Forms a decided clause cannot take for its actor: "noted that the Director had circulated …".
bool is_past_or_state(std::string_view verb) {
  for (std::string_view w : {"had", "has", "have", "was", "were", "is", "are", "did", "does"})
    if (iequals(verb, w)) return true;
  return verb.size() > 3 && iends_with(verb, "ed");
}

// Lower-case words inside a name: "Head of Roads and Transportation", "Director for Place".
bool is_name_joint(std::string_view w) {
  return iequals(w, "of") || iequals(w, "and") || iequals(w, "for") || iequals(w, "the") || w == "&" || w == "-" ||
         w == "\xE2\x80\x93" || iequals(w, "in") || iequals(w, "on");
}

// What follows a verb: its object or a particle ("obtain three quotations", "add an item", "draw up").
bool object_follows(std::string_view next) {
  if (next.empty()) return false;
  if (is_digit(next[0])) return true;
  for (std::string_view w : {"the", "a", "an", "all", "any", "each", "every", "its", "their", "his", "her", "this", "these",
                             "those", "that", "with", "to", "on", "for", "up", "out", "back", "forward", "further", "two",
                             "three", "four", "five", "six", "members", "Members", "officers", "details", "data", "information",
                             "options", "proposals", "quotations", "quotes", "a"})
    if (iequals(next, w)) return true;
  return false;
}

// "TO note the report", "ALL members": a word in capitals is not a person.
bool is_capitalised_word(std::string_view w) {
  for (std::string_view word : {"TO", "BE", "IT", "IN", "ON", "OF", "BY", "AT", "AS", "IS", "AN", "OR", "IF", "NO", "SO", "UP", "WE",
                                "THE", "AND", "FOR", "ALL", "NOT", "BUT", "ANY", "MAY", "CAN", "THAT", "WITH", "FROM", "NOTE", "ALSO"})
    if (w == word) return true;
  return false;
}

// "JS", "PPM", "JP/LT": initials standing for a person (not an acronym the vocabulary keeps).
bool is_initials(std::string_view w, const CompiledVocabulary& vocabulary) {
  const std::string_view first = w.substr(0, w.find('/'));
  if (first.size() < 2 || first.size() > 4) return false;
  for (char c : first)
    if (!is_upper(c)) return false;
  for (const auto& acronym : vocabulary.config().acronyms)
    if (first == acronym) return false;
  if (is_capitalised_word(first)) return false;
  return !vocabulary.body_at_start(first);
}

// What `who` names, as an owner: a body, "officers", a group, an organisation, a role or initials.
std::optional<ClauseSubject> read_owner(std::string_view who, const CompiledVocabulary& vocabulary) {
  who = strip_trailing_punctuation(who);
  if (who.empty() || who.size() > 160) return std::nullopt;
  ClauseSubject out;
  const std::string_view bare = strip_the(who);
  if (auto body = vocabulary.body_at_start(bare); body && body->second == bare.size()) {
    out.text = body->first;
    out.body = true;
    return out;
  }
  if (vocabulary.is_generic_owner(who)) {
    out.text = std::string(bare);
    out.generic = true;
    return out;
  }
  if (vocabulary.is_collective_owner(who) || vocabulary.is_organisation(who)) {
    out.text = std::string(bare);
    return out;
  }
  if (auto role = vocabulary.expand_role_abbreviation(bare)) {
    out.text = *role;
    out.officer = true;
    return out;
  }
  if (auto role = vocabulary.role_phrase(who)) {
    out.text = std::string(bare);
    out.officer = role->officer;
    return out;
  }
  // "That the Chair and the Head of Planning meet …": every person joined by "and" is a role.
  std::string joined(who);
  for (size_t at; (at = ifind(joined, " and ")) != std::string::npos;) joined.replace(at, 5, "|");
  bool all_roles = joined.find('|') != std::string::npos;
  for (std::string_view part : split(joined, '|'))
    if (!vocabulary.role_phrase(part) && !vocabulary.expand_role_abbreviation(strip_the(part))) all_roles = false;
  if (all_roles) {
    out.text = std::string(bare);
    out.officer = vocabulary.mentions_officer_role(who);
    return out;
  }
  if (bare.find(' ') == std::string_view::npos && is_initials(bare, vocabulary)) {
    out.text = std::string(bare.substr(0, bare.find('/')));
    out.initials = true;
    return out;
  }
  return std::nullopt;
}

// The subject at the start of `s` and its verb: "the Clerk obtain …", "officers would …".
std::optional<ClauseSubject> subject_at(std::string_view s, const CompiledVocabulary& vocabulary) {
  s = trim(s);
  size_t pos = 0;
  size_t subject_end = std::string_view::npos;
  std::string verb;
  while (pos < s.size()) {
    while (pos < s.size() && is_space(s[pos])) ++pos;
    size_t end = pos;
    while (end < s.size() && !is_space(s[end])) ++end;
    const std::string_view raw = s.substr(pos, end - pos);
    const std::string_view word = strip_trailing_punctuation(raw);
    // A capitalised word is part of a name ("the Head of Domestic Abuse Support"), not the verb.
    if (pos > 0 && !word.empty() && is_lower(word[0])) {
      // "the Director's report be noted": a word after a possessive is its noun, and the phrase names no actor.
      const std::string_view previous = trim(s.substr(0, pos));
      if (iends_with(previous, "'s") || iends_with(previous, "\xE2\x80\x99s")) return std::nullopt;
      // "Clerk to the Authority": "to" before a determiner is part of the role, before a verb it is the verb's.
      const bool role_to = iequals(word, "to") && [&] {
        std::string_view next = trim(s.substr(end));
        next = next.substr(0, next.find(' '));
        return iequals(next, "the") || iequals(next, "a") || iequals(next, "an") || (!next.empty() && is_upper(next[0]));
      }();
      if (role_to) {
        pos = end;
        continue;
      }
      if (is_verb_word(word)) {
        subject_end = pos;
        verb = std::string(word);
        break;
      }
      // A verb the list does not know: after a name that owns actions, before its object.
      size_t next_begin = end;
      while (next_begin < s.size() && is_space(s[next_begin])) ++next_begin;
      size_t next_end = next_begin;
      while (next_end < s.size() && !is_space(s[next_end])) ++next_end;
      const std::string_view subject = strip_trailing_punctuation(s.substr(0, pos));
      if (!is_name_joint(word) && raw == word && object_follows(strip_trailing_punctuation(s.substr(next_begin, next_end - next_begin))) &&
          !iends_with(subject, "'s") && [&] {
            // A body is read with the verbs the list knows only: "That the Council adopt a target"
            // under a stem of recommendations to Cabinet is a recommendation to Cabinet.
            auto owner = read_owner(subject, vocabulary);
            return owner && !owner->body;
          }()) {
        subject_end = pos;
        verb = std::string(word);
        break;
      }
    }
    pos = end;
    if (pos > 160) break;
  }
  if (subject_end == std::string_view::npos) return std::nullopt;
  auto out = read_owner(s.substr(0, subject_end), vocabulary);
  if (!out) return std::nullopt;
  out->verb = verb;
  // "The Mayor asked that a letter be sent": who asks is not who acts (a body asking is a recommendation).
  if (!out->body) {
    for (std::string_view asking : {"ask", "asks", "asked", "request", "requests", "requested", "urge", "urges", "urged"}) {
      if (!iequals(verb, asking)) continue;
      std::string_view after = trim(s.substr(subject_end + verb.size()));
      if (istarts_with(after, "that ")) return std::nullopt;
    }
  }
  return out;
}

// Where a decided part begins inside a clause: "…, and that the Scrutiny Officer add …",
// "… and agrees that the Head of Internal Audit will …", "recommends that the Cabinet write …".
std::vector<size_t> decided_that_clauses(std::string_view s) {
  std::vector<size_t> starts;
  for (size_t at = ifind(s, "that "); at != std::string_view::npos; at = ifind(s, "that ", at + 1)) {
    if (at == 0 || is_alpha(s[at - 1])) continue;
    std::string_view before = trim(s.substr(0, at));
    while (!before.empty() && (before.back() == ',' || before.back() == ';')) before = trim(before.substr(0, before.size() - 1));
    size_t b = before.size();
    while (b > 0 && is_alpha(before[b - 1])) --b;
    const std::string_view word = before.substr(b);
    bool decided = iequals(word, "and") || iequals(word, "also") || before.empty();
    for (std::string_view verb : {"agree", "request", "ask", "recommend", "resolve", "decide", "direct", "urge", "require",
                                  "instruct", "propose", "insist"})
      if (istarts_with(word, verb)) decided = true;
    if (decided) starts.push_back(at + 5);
  }
  return starts;
}

// The capitalised name starting at `s` ("Director of Policy and Net Zero and brought …" -> the role).
std::string_view name_at(std::string_view s) {
  size_t pos = 0, name_end = 0;
  while (pos < s.size()) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    size_t end = pos;
    while (end < s.size() && s[end] != ' ' && s[end] != ',' && s[end] != ';' && s[end] != '.' && s[end] != ')' && s[end] != '(') ++end;
    const std::string_view word = s.substr(pos, end - pos);
    if (word.empty()) {
      // ", Resources": a comma goes on only into another capitalised word.
      if (pos < s.size() && s[pos] == ',' && pos + 2 < s.size() && s[pos + 1] == ' ' && is_upper(s[pos + 2])) {
        pos += 1;
        continue;
      }
      break;
    }
    if (is_upper(word[0]) || is_digit(word[0]) || word.find('\'') != std::string_view::npos) {
      name_end = end;
    } else if (!is_name_joint(word)) {
      break;
    }
    pos = end;
  }
  return s.substr(0, name_end);
}

}  // namespace

std::optional<ClauseSubject> clause_subject(std::string_view clause_text, const CompiledVocabulary& vocabulary) {
  std::string_view s = trim(clause_text);
  if (istarts_with(s, "that ")) s.remove_prefix(5);
  if (auto found = subject_at(s, vocabulary)) return found;
  for (size_t start : decided_that_clauses(s)) {
    auto found = subject_at(s.substr(start), vocabulary);
    if (found && !is_past_or_state(found->verb)) return found;
  }
  return std::nullopt;
}

std::optional<ClauseSubject> asked_person(std::string_view clause_text, const CompiledVocabulary& vocabulary) {
  // "… to ask the Community Safety Manager to provide …", "requests that the Commissioner provide …",
  // "AUTHORISED the Director of Place to procure …", "to remit to the Head of Roads to carry out …"
  static constexpr std::array<std::string_view, 38> verbs = {
      "ask",        "asks",        "asked",       "request",    "requests",   "requested",  "invite",     "invites",
      "invited",    "require",     "requires",    "instruct",   "instructs",  "instructed", "urge",       "urges",
      "urged",      "direct",      "directs",     "directed",   "authorise",  "authorises", "authorised", "authorising",
      "authorize",  "authorizes",  "authorized",  "authorizing", "call on",   "calls on",   "called on",  "remit to",
      "remits to",  "remitted to", "encourage",   "encourages", "recommend",  "recommends"};
  // Lowered once: the words below are lower case, and a plain find is much cheaper than a
  // case-blind one repeated for each. Positions are the same in both strings.
  const std::string lowered = to_lower(clause_text);
  // Where each verb starts a word, found in one pass over the words; taken verb by verb in the
  // list's order, then in the text's, as a search for each verb in turn would find them.
  std::vector<std::pair<size_t, size_t>> hits;  // (verb, where)
  for (size_t i = 0; i < lowered.size(); ++i) {
    if (!is_alpha(lowered[i]) || (i > 0 && is_alpha(lowered[i - 1]))) continue;
    for (size_t k = 0; k < verbs.size(); ++k)
      if (lowered[i] == verbs[k][0] && std::string_view(lowered).substr(i, verbs[k].size()) == verbs[k]) hits.emplace_back(k, i);
  }
  std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [k, at] : hits) {
    const std::string_view verb = verbs[k];
    const size_t after = at + verb.size();
    if (after >= clause_text.size() || clause_text[after] != ' ') continue;
    std::string_view rest = clause_text.substr(after + 1);
    if (istarts_with(rest, "that ")) {
      if (auto found = subject_at(rest.substr(5), vocabulary); found && !is_past_or_state(found->verb)) {
        found->verb = "asked";
        return found;
      }
      continue;
    }
    const size_t to = ifind(rest, " to ");
    if (to == std::string_view::npos || to > 120) continue;
    if (auto found = read_owner(rest.substr(0, to), vocabulary)) {
      found->verb = "asked";
      return found;
    }
  }
  // "be referred to the Cabinet Member for Environment for a response": a person or organisation
  // (a body referred to is the extractor's recommendation).
  for (size_t at = find_phrase(lowered, "referred to "); at != std::string::npos; at = find_phrase(lowered, "referred to ", at + 1)) {
    std::string_view who = name_at(strip_the(clause_text.substr(at + 12)));
    if (who.empty()) continue;
    if (auto found = read_owner(who, vocabulary); found && !found->body && !found->generic && !found->initials) {
      found->verb = "be";
      return found;
    }
  }
  // "delegates authority to the Director of X, in consultation with …, to procure …",
  // "Delegate approval of the draft to the Director of Public Health", "authority be delegated to …"
  for (size_t at = find_phrase(lowered, "delegat"); at != std::string::npos; at = find_phrase(lowered, "delegat", at + 1)) {
    for (size_t to = find_phrase(lowered, " to ", at); to != std::string::npos && to - at < 200; to = find_phrase(lowered, " to ", to + 1)) {
      std::string_view who = name_at(strip_the(clause_text.substr(to + 4)));
      if (who.empty()) continue;
      if (auto found = read_owner(who, vocabulary); found && !found->body && !found->initials) {
        found->verb = "delegated";
        return found;
      }
    }
  }
  // A passive with its agent: "be prepared by the Director of Policy and Net Zero", "to be arranged by the Clerk".
  for (size_t by = find_phrase(lowered, " by "); by != std::string::npos; by = find_phrase(lowered, " by ", by + 1)) {
    std::string_view before = clause_text.substr(0, by);
    size_t b = before.size();
    while (b > 0 && is_alpha(before[b - 1])) --b;
    const std::string_view participle = before.substr(b);
    bool passive = participle.size() > 3 && iends_with(participle, "ed");
    for (std::string_view w : {"made", "done", "undertaken", "written", "drawn", "led", "taken", "brought", "given", "set", "sent", "run"})
      if (iequals(participle, w)) passive = true;
    const std::string_view lead_in = trim(before.substr(0, b));
    const bool be_before = iends_with(lead_in, " be") || iends_with(lead_in, " being") || iends_with(lead_in, " been") ||
                           iends_with(lead_in, " is") || iends_with(lead_in, " are");
    if (!passive || !be_before) continue;
    std::string_view who = name_at(strip_the(clause_text.substr(by + 4)));
    if (who.empty()) continue;
    if (auto found = read_owner(who, vocabulary); found && !found->body) {
      // The agent owns the clause; whether it is an action ("be prepared by") or not ("be signed
      // by the Chair") is for the kind patterns, as for any passive.
      found->verb = "be";
      return found;
    }
  }
  return std::nullopt;
}

// "the Chair and Vice-Chair" and "the Chair, Vice-Chair and Governance Advisor" are lists of
// roles; "Assistant Director of Children and Young People's Services" and "Service Director,
// Legal and Business Operations" are one role whose service has an "and" or a comma in it. A
// separator starts a new person only when what follows names a role ("the" before it, or a role
// word in it), and an "and" after an "of" or "for" belongs to the service unless "the" follows.
std::vector<std::string> split_owner_names(const std::string& name) {
  static const VocabularyConfig defaults = default_vocabulary();
  auto names_role = [&](std::string_view part) {
    for (const auto* list : {&defaults.officer_roles, &defaults.member_roles}) {
      for (const auto& role : *list) {
        for (size_t at = ifind(part, role); at != std::string_view::npos; at = ifind(part, role, at + 1)) {
          const size_t end = at + role.size();
          if ((at == 0 || !is_alpha(part[at - 1])) && (end >= part.size() || !is_alpha(part[end]) || part[end] == 's'))
            return true;
        }
      }
    }
    return false;
  };
  std::vector<std::string> out;
  auto keep = [&](std::string_view part) {
    part = trim(part);
    if (istarts_with(part, "the ")) part.remove_prefix(4);
    if (!part.empty()) out.emplace_back(part);
  };
  const std::string_view text = name;
  auto next_separator = [&](size_t from, size_t& length) {
    size_t best = std::string_view::npos;
    for (std::string_view sep : {" and the ", " and ", ", "}) {
      const size_t at = ifind(text.substr(from), sep);
      if (at != std::string_view::npos && (best == std::string_view::npos || from + at < best)) {
        best = from + at;
        length = sep.size();
      }
    }
    return best;
  };
  size_t start = 0, from = 0;
  while (from < text.size()) {
    size_t length = 0;
    const size_t best = next_separator(from, length);
    if (best == std::string_view::npos) break;
    const bool new_role = length == std::string_view(" and the ").size();
    const std::string_view left = text.substr(start, best - start);
    size_t following_length = 0;
    const size_t following_end = next_separator(best + length, following_length);
    const std::string_view following =
        text.substr(best + length, following_end == std::string_view::npos ? std::string_view::npos : following_end - best - length);
    const bool qualified = ifind(left, " of ") != std::string_view::npos || ifind(left, " for ") != std::string_view::npos;
    const bool comma = length == 2;
    if (new_role || (!qualified && names_role(following) && (!comma || names_role(left)))) {
      keep(left);
      start = best + length;
    }
    from = best + length;
  }
  keep(text.substr(start));
  return out;
}

}  // namespace tracker
