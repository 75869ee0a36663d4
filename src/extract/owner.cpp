#include "extract/owner.h"

#include <algorithm>

#include "core/text.h"

namespace tracker {
namespace {

// Splits "the Assistant Director of X and the Head of Y" / "Jon Stonehouse, Strategic Director"
// into people. " and " inside a role ("Children and Young People's Services") stays, because
// only " and the " and ", the " separate people.
std::vector<Presenter> split_people(std::string_view list, int line, const CompiledVocabulary& vocabulary) {
  std::string text(strip_trailing_punctuation(list));
  for (std::string_view sep : {", and the ", " and the ", ", the ", "; ", " together with the ", " along with the "}) {
    for (size_t at; (at = ifind(text, sep)) != std::string::npos;) text.replace(at, sep.size(), "|");
  }
  std::vector<Presenter> people;
  for (std::string_view chunk : split(text, '|')) {
    chunk = strip_the(chunk);
    if (chunk.empty()) continue;
    // "Name, Role, Name, Role": a chunk without a role word names the person of the next one.
    std::vector<std::string_view> parts = split(chunk, ',');
    std::string pending_name;
    for (std::string_view part : parts) {
      part = strip_the(part);
      if (part.empty()) continue;
      if (vocabulary.mentions_role(part)) {
        Presenter p;
        p.role = std::string(part);
        p.name = pending_name;
        pending_name.clear();
        // A member role at the start ("Deputy Leader … and Cabinet Member …") makes a member.
        auto role = vocabulary.role_phrase(part);
        p.officer = role ? role->officer : vocabulary.mentions_officer_role(part);
        p.line = line;
        people.push_back(std::move(p));
      } else if (!pending_name.empty()) {
        Presenter p;
        p.name = pending_name;
        p.line = line;
        people.push_back(std::move(p));
        pending_name = std::string(part);
      } else {
        pending_name = std::string(part);
      }
    }
    if (!pending_name.empty()) {
      // Names with no role: "David McWilliams and Eileen Chambers".
      std::string names = pending_name;
      for (size_t at; (at = ifind(names, " and ")) != std::string::npos;) names.replace(at, 5, "|");
      for (std::string_view n : split(names, '|')) {
        n = trim(n);
        if (n.empty() || !is_upper(n[0])) continue;
        Presenter p;
        p.name = std::string(n);
        p.line = line;
        people.push_back(std::move(p));
      }
    }
  }
  return people;
}

size_t sentence_start(std::string_view text, size_t before) {
  for (size_t i = before; i-- > 1;) {
    if ((text[i - 1] == '.' || text[i - 1] == ';') && text[i] == ' ') return i + 1;
  }
  return 0;
}

size_t sentence_end(std::string_view text, size_t from) {
  for (size_t i = from; i < text.size(); ++i) {
    if (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ')) {
      // "Mr." and "Dr." do not end a sentence.
      if (i >= 2 && (iequals(text.substr(i - 2, 2), "mr") || iequals(text.substr(i - 2, 2), "dr") || iequals(text.substr(i - 2, 2), "ms")))
        continue;
      return i;
    }
  }
  return text.size();
}

// Which words a paragraph holds that a presenter's phrase starts with.
struct PresenterCues {
  bool present = false, attend = false, invite = false, field = false, by = false, report = false, joined = false,
       presenting = false;  // introduced, gave, provided, outlined, delivered, took members (or present…)
  bool any() const { return present || attend || invite || field || by || joined || presenting; }
};

PresenterCues presenter_cues(std::string_view lowered) {
  PresenterCues cues;
  for (size_t i = 0; i < lowered.size(); ++i) {
    if (!is_alpha(lowered[i]) || (i > 0 && is_alpha(lowered[i - 1]))) continue;
    const std::string_view word = lowered.substr(i);
    auto starts = [&](std::string_view stem) { return word.substr(0, stem.size()) == stem; };
    switch (lowered[i]) {
      case 'p':
        if (starts("present")) cues.present = cues.presenting = true;
        else if (starts("provided")) cues.presenting = true;
        break;
      case 'a':
        if (starts("attend")) cues.attend = true;
        else if (starts("author:")) cues.field = true;
        break;
      case 'i':
        if (starts("invite")) cues.invite = true;
        else if (starts("introduc")) cues.presenting = true;
        break;
      case 'o':
        if (starts("officer:")) cues.field = true;
        else if (starts("outlined")) cues.presenting = true;
        break;
      case 'b':
        if (starts("by ")) cues.by = true;
        break;
      case 'r':
        if (starts("report")) cues.report = true;
        break;
      case 'g':
        if (starts("gave")) cues.presenting = true;
        break;
      case 'd':
        if (starts("delivered")) cues.presenting = true;
        break;
      case 't':
        if (starts("took members")) cues.presenting = true;
        break;
      case 'j':
        if (starts("joined")) cues.joined = true;
        break;
      default:
        break;
    }
  }
  return cues;
}

void add_people(std::vector<Presenter>& out, std::string_view list, int line, const CompiledVocabulary& vocabulary) {
  list = trim(list);
  if (list.empty() || list.size() > 400) return;
  for (auto& p : split_people(list, line, vocabulary)) out.push_back(std::move(p));
}

}  // namespace

std::vector<Presenter> find_presenters(const std::vector<Paragraph>& paragraphs, const CompiledVocabulary& vocabulary) {
  std::vector<Presenter> out;
  for (const Paragraph& paragraph : paragraphs) {
    const std::string& t = paragraph.text;
    const int i = paragraph.line;
    // Lowered once: the phrases below are lower case, and a plain find is much faster than a
    // case-blind search repeated for each of them. Positions are the same in both strings.
    const std::string lowered = to_lower(t);
    auto find = [&](std::string_view needle, size_t from = 0) { return find_phrase(lowered, needle, from); };
    // Every phrase below starts a word with one of these cues; most paragraphs hold none, and
    // one pass over the words finds them all instead of a search per phrase.
    const PresenterCues cues = presenter_cues(lowered);
    if (!cues.any()) continue;
    if (t.size() < 12) continue;
    // "LEAD OFFICER: Dean Fenton Head of Service, Access to Education dean.fenton@…"
    for (std::string_view field : {"lead officer:", "report author:", "contact officer:", "presented by:"}) {
      if (!cues.field && !cues.present) break;
      size_t at = find(field);
      if (at == std::string::npos) continue;
      std::string_view rest = trim(std::string_view(t).substr(at + field.size()));
      size_t mail = rest.find('@');
      if (mail != std::string_view::npos) rest = trim(rest.substr(0, rest.rfind(' ', mail) == std::string_view::npos ? mail : rest.rfind(' ', mail)));
      size_t tab = rest.find('\t');
      if (tab != std::string_view::npos) rest = rest.substr(0, tab);
      // "Dean Fenton Head of Service": the role starts at the first role word.
      for (size_t w = 0; w < rest.size(); w = rest.find(' ', w) == std::string_view::npos ? rest.size() : rest.find(' ', w) + 1) {
        if (auto role = vocabulary.role_at_start(rest.substr(w))) {
          Presenter p;
          p.name = std::string(trim(rest.substr(0, w)));
          p.role = std::string(strip_trailing_punctuation(rest.substr(w)));
          p.officer = role->officer;
          p.line = i;
          out.push_back(std::move(p));
          break;
        }
      }
    }
    // "The X and the Y attended the meeting to present …"
    for (std::string_view verb : {" attended the meeting", " attend the meeting", " attended to present", " were in attendance",
                                  " was in attendance", " joined the meeting", " attended for this item", " attended for the item"}) {
      if (!cues.attend && !cues.joined) break;
      size_t at = find(verb);
      if (at == std::string::npos) continue;
      add_people(out, std::string_view(t).substr(sentence_start(t, at), at - sentence_start(t, at)), i, vocabulary);
    }
    // "… a presentation on X by Jon Stonehouse, Strategic Director."
    for (std::string_view lead : {"presented by ", "introduced by ", "presentation by ", "report by ", "report of the ",
                                  "submitted by ", "given by ", "delivered by "}) {
      if (lead == std::string_view("report of the ") ? !cues.report : !cues.by) continue;
      size_t at = find(lead);
      if (at == std::string::npos) continue;
      const size_t from = at + lead.size();
      std::string_view list = std::string_view(t).substr(from, sentence_end(t, from) - from);
      // "a report by the Executive Director of X was submitted": the people end at the verb.
      for (std::string_view stop : {" which ", " that ", " on ", " regarding ", " about ", " in relation ", " was ", " were ",
                                    " is ", " has ", " had "}) {
        size_t s = ifind(list, stop);
        if (s != std::string_view::npos) list = list.substr(0, s);
      }
      if (vocabulary.mentions_role(list) || lead != std::string_view("report of the ")) add_people(out, list, i, vocabulary);
    }
    if (cues.by) {
      // "Consideration was given to a presentation on … by Jon Stonehouse, Strategic Director."
      size_t given = find("consideration was given to");
      size_t by = given == std::string::npos ? std::string::npos : find(" by ", given);
      if (by != std::string::npos && find("presented by") == std::string::npos) {
        const size_t from = by + 4;
        std::string_view list = std::string_view(t).substr(from, sentence_end(t, from) - from);
        if (vocabulary.mentions_role(list)) add_people(out, list, i, vocabulary);
      }
    }
    // "The Chair invited the X and the Y to give the presentation"
    size_t invited = cues.invite ? find(" invited ") : std::string::npos;
    if (invited != std::string::npos) {
      const size_t from = invited + 9;
      for (std::string_view to : {" to give", " to present", " to introduce", " to provide"}) {
        size_t end = find(to, from);
        if (end != std::string::npos && end - from < 300) {
          add_people(out, std::string_view(t).substr(from, end - from), i, vocabulary);
          break;
        }
      }
    }
    // "The Head of X presented the draft strategy", "The Cabinet Member introduced the report and
    // the Chief Education Officer presented the detail", "X gave a presentation".
    static constexpr std::string_view kPresentingVerbs[] = {" presented ", " introduced ", " gave a ", " gave an ", " gave the ",
                                                           " provided a ", " provided an ", " outlined the ", " delivered a ",
                                                           " delivered the ", " took members through "};
    for (std::string_view verb : kPresentingVerbs) {
      if (!cues.presenting) break;
      for (size_t at = find(verb); at != std::string::npos; at = find(verb, at + 1)) {
        std::string_view object = std::string_view(t).substr(at + verb.size());
        if (istarts_with(object, "with ") || istarts_with(object, "by ")) continue;  // "were presented with"
        if ((verb == " gave a " || verb == " gave an " || verb == " gave the " || verb == " provided a " || verb == " provided an ") &&
            !(istarts_with(object, "presentation") || istarts_with(object, "update") || istarts_with(object, "overview") ||
              istarts_with(object, "summary") || istarts_with(object, "report") || istarts_with(object, "briefing") ||
              istarts_with(object, "brief ") || istarts_with(object, "progress")))
          continue;
        const size_t begin = sentence_start(t, at);
        std::string_view subject = std::string_view(t).substr(begin, at - begin);
        // "X introduced the report and the Y": Y is the subject of this verb.
        for (std::string_view earlier : {" introduced ", " presented ", " welcomed "}) {
          if (ifind(subject, earlier) == std::string_view::npos) continue;
          size_t cut = std::string_view::npos;
          for (std::string_view joint : {" and the ", " and "}) {
            size_t last = std::string_view::npos;
            for (size_t a = ifind(subject, joint); a != std::string_view::npos; a = ifind(subject, joint, a + 1)) last = a;
            if (last != std::string_view::npos && last > ifind(subject, earlier)) {
              cut = last + joint.size();
              break;
            }
          }
          subject = cut == std::string_view::npos ? std::string_view() : subject.substr(cut);
        }
        for (std::string_view lead : {"with the aid of powerpoint ", "with the aid of a powerpoint ", "with the aid of a presentation "}) {
          size_t l = ifind(subject, lead);
          if (l != std::string_view::npos) subject = subject.substr(l + lead.size());
        }
        if (!subject.empty() && std::count(subject.begin(), subject.end(), ' ') < 25) add_people(out, subject, i, vocabulary);
      }
    }
  }
  return out;
}

std::optional<Presenter> lead_presenter(const std::vector<Presenter>& presenters) {
  for (const auto& p : presenters)
    if (p.officer && !p.role.empty()) return p;
  for (const auto& p : presenters)
    if (!p.role.empty() && !p.officer) return p;
  for (const auto& p : presenters)
    if (!p.name.empty()) return p;
  return std::nullopt;
}

}  // namespace tracker
