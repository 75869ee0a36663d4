#include "extract/extraction.h"

#include <algorithm>
#include <map>

#include "core/text.h"
#include "extract/commitments.h"
#include "extract/initials.h"
#include "extract/kind.h"
#include "parse/date_parse.h"
#include "parse/decision_forms.h"
#include "parse/decision_tables.h"

namespace tracker {

namespace {

std::vector<std::string> committee_names(const Config& config) {
  std::vector<std::string> names;
  for (const auto& c : config.committees) {
    names.push_back(c.name);
    for (const auto& a : c.aliases) names.push_back(a);
  }
  return names;
}

// A heading in capitals ("2019 EDUCATION PERFORMANCE OUTCOMES") in title case, keeping the
// configured acronyms and any word of capitals without vowels ("CYPS") as they are.
std::string display_title(const std::string& raw, const Config& config) {
  if (!is_all_caps(raw, 4)) return raw;
  std::string titled = title_case(raw);
  for (const auto& acronym : config.vocabulary.acronyms) {
    const std::string cased = title_case(acronym);
    for (size_t at = titled.find(cased); at != std::string::npos; at = titled.find(cased, at + 1)) {
      const size_t end = at + cased.size();
      if ((at == 0 || !is_alpha(titled[at - 1])) && (end == titled.size() || !is_alpha(titled[end]))) titled.replace(at, cased.size(), acronym);
    }
  }
  std::string out;
  size_t i = 0;
  while (i < raw.size()) {
    size_t j = i;
    while (j < raw.size() && is_alpha(raw[j])) ++j;
    if (j > i) {
      std::string_view w(raw.data() + i, j - i);
      const bool vowel = w.find_first_of("AEIOUaeiou") != std::string_view::npos;
      out += (!vowel && w.size() >= 2) ? std::string(w) : titled.substr(i, j - i);
      i = j;
    } else {
      out.push_back(titled[i]);
      ++i;
    }
  }
  return out;
}

// "IMPROVING LIVES SELECT COMMISSION" -> the configured spelling, else the title-cased name.
std::string display_committee(const std::string& raw, const Config& config) {
  std::string name = collapse_spaces(raw);
  while (!name.empty() && (name.back() == '-' || name.back() == ',' || name.back() == ' ')) name.pop_back();
  if (const Committee* c = config.find_committee(name)) return c->name;
  return display_title(name, config);
}

// Whether `body` ("Council", "Cabinet") is the body whose meeting this is ("Ordinary Meeting of
// the Council", "Cabinet", "City Council Regular Meeting").
bool names_meeting_body(std::string_view meeting_committee, std::string_view body) {
  if (meeting_committee.empty() || body.empty()) return false;
  const size_t at = ifind(meeting_committee, body);
  if (at == std::string_view::npos) return false;
  const size_t end = at + body.size();
  const bool whole = (at == 0 || !is_alpha(meeting_committee[at - 1])) && (end == meeting_committee.size() || !is_alpha(meeting_committee[end]));
  // "Overview and Scrutiny Committee of the Council" names another body: the committee decides.
  return whole && !icontains(meeting_committee, "committee") && !icontains(meeting_committee, "scrutiny") &&
         !icontains(meeting_committee, "board") && !icontains(meeting_committee, "panel") && !icontains(meeting_committee, "commission");
}

// Two lists of clauses in one, in the order of their lines; parents keep pointing at their own.
std::vector<RawClause> merged_by_line(std::vector<RawClause> a, std::vector<RawClause> b) {
  const int offset = static_cast<int>(a.size());
  for (auto& c : b)
    if (c.parent_index >= 0) c.parent_index += offset;
  for (auto& c : b) a.push_back(std::move(c));
  std::vector<size_t> order(a.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](size_t l, size_t r) { return a[l].line < a[r].line; });
  std::vector<int> new_index(a.size());
  for (size_t k = 0; k < order.size(); ++k) new_index[order[k]] = static_cast<int>(k);
  std::vector<RawClause> out;
  out.reserve(a.size());
  for (size_t k : order) {
    out.push_back(std::move(a[k]));
    if (out.back().parent_index >= 0) out.back().parent_index = new_index[static_cast<size_t>(out.back().parent_index)];
  }
  return out;
}

// Every line number in `x` from the kept lines' numbering to the file's.
void to_file_lines(Extraction& x, const std::vector<int>& file_line) {
  auto map = [&](int& line) {
    if (line >= 1 && static_cast<size_t>(line) <= file_line.size()) line = file_line[static_cast<size_t>(line - 1)];
  };
  map(x.meeting.line);
  map(x.next_meeting_line);
  for (auto& p : x.parts) {
    map(p.begin_line);
    map(p.end_line);
  }
  for (auto& i : x.items) {
    map(i.line);
    map(i.end_line);
    map(i.minuted_from);
    map(i.truncated_line);
  }
  for (auto& r : x.resolutions) {
    map(r.clause.line);
    map(r.clause.end_line);
  }
  for (auto& q : x.quoted_resolutions) {
    map(q.resolution.clause.line);
    map(q.resolution.clause.end_line);
  }
  for (auto& c : x.commitments) map(c.line);
  for (auto& r : x.schedule_rows) map(r.line);
  for (auto& w : x.warnings) map(w.line);
  for (auto& l : x.listings) map(l.listing.line);
}

// "TH", "PPM", "JP/LT": initials standing for people.
bool looks_like_initials(std::string_view name) {
  if (name.size() < 2 || name.size() > 11) return false;
  size_t letters = 0;
  for (char c : name) {
    if (is_upper(c)) ++letters;
    else if (c != '/' && c != '&') return false;
  }
  return letters >= 2;
}

bool sends_parts_elsewhere(std::string_view stem) {
  return icontains(stem, "recommend") || icontains(stem, " submitted to") || icontains(stem, " referred to") ||
         icontains(stem, " forwarded to") || icontains(stem, " sent to") || icontains(stem, " made to") || icontains(stem, " put to");
}

bool mentions_next_meeting(std::string_view text) {
  return icontains(text, "next meeting") || icontains(text, "further meeting") || icontains(text, "next ordinary meeting") ||
         icontains(text, "date of next") || icontains(text, "date and time of");
}

// The resolutions quoted from earlier meetings (extract/quoted_resolutions.h), each with the
// committee and meeting that made it. A month this committee's calendar has one meeting in is
// that meeting; a quote repeated further on in the pack ("Resolved June 2020: That …" under
// "Items pending" after the June row's own clause) is listed once.
template <class Interpret>
void read_quoted_resolutions(Extraction& x, const CleanLines& lines, const std::vector<std::string_view>& kept,
                             const ResolutionMarkers& markers, const Furniture& furniture, const Config& config, Interpret& interpret) {
  QuotedClauses quoted = find_quoted_clauses(lines, kept, x.parts, x.minutes_part, markers, furniture);
  if (quoted.clauses.empty()) return;
  std::vector<std::string> committees(quoted.clauses.size());
  for (size_t n = 0; n < quoted.clauses.size(); ++n) {
    QuotedMeeting& m = quoted.meetings[n];
    const Committee* named = m.body.empty() ? nullptr : config.find_committee(m.body);
    committees[n] = m.body.empty() ? x.meeting.committee : named ? named->name : m.body;
    if (committees[n] == x.meeting.committee && m.month && !m.day) {
      std::optional<Day> only;
      int count = 0;
      for (Day d : x.calendar)
        if (d.year() == m.month->year() && d.month() == m.month->month()) {
          only = d;
          ++count;
        }
      if (count == 1) {
        m.day = only;
        m.month.reset();
      }
    }
    if (m.day) quoted.clauses[n].quoted_meeting = m.day;
  }
  std::vector<Resolution> all = interpret(quoted.clauses, false);
  std::vector<int> new_index(all.size(), -1);
  std::map<int, int> block_sizes;
  for (const auto& r : all)
    if (!r.clause.stem) ++block_sizes[r.clause.block];
  for (size_t n = 0; n < all.size(); ++n) {
    Resolution& r = all[n];
    if (r.clause.stem) continue;
    const QuotedMeeting& m = quoted.meetings[n];
    // Said again further on, in words ("Resolved June 2020: That …"): the same committee's same
    // meeting, the same words or the same item with a single clause (a reminder of what was resolved).
    std::string words;  // worked out for the first quote of the same meeting, if there is one
    const bool repeat = m.in_words && std::any_of(x.quoted_resolutions.begin(), x.quoted_resolutions.end(), [&](const QuotedResolution& q) {
      if (q.committee != committees[n]) return false;
      const bool same_meeting = (m.day && q.day && *m.day == *q.day) ||
                                (m.month && ((q.month && *q.month == *m.month) || (q.day && q.day->year() == m.month->year() && q.day->month() == m.month->month())));
      if (!same_meeting) return false;
      if (words.empty()) words = comparable_words(r.clause.text);
      if (comparable_words(q.resolution.clause.text) == words) return true;
      const std::string item = comparable_words(r.clause.quoted_item);
      return block_sizes[r.clause.block] == 1 && !item.empty() && comparable_words(q.item) == item && q.resolution.clause.block != r.clause.block;
    });
    if (repeat) continue;
    new_index[n] = static_cast<int>(x.quoted_resolutions.size());
    QuotedResolution q;
    if (r.clause.parent_index >= 0) r.clause.parent_index = new_index[static_cast<size_t>(r.clause.parent_index)];
    q.committee = committees[n];
    q.day = m.day;
    q.month = m.month;
    q.item = r.clause.quoted_item;
    q.quoted_in = x.parts[static_cast<size_t>(r.clause.part)].title;
    q.resolution = std::move(r);
    x.quoted_resolutions.push_back(std::move(q));
  }
}

}  // namespace

Extraction extract_minutes(const SourceText& source, const Config& config, const CompiledVocabulary& vocabulary,
                           const ExtractOptions& options) {
  Extraction x;
  x.file = source.path;
  // The reader keeps at most five blank lines in a row; line numbers are mapped back to the
  // file's at the end.
  const std::vector<std::string_view>& kept = source.lines;
  const CleanLines lines = clean_all(kept);
  const std::vector<std::string> names = committee_names(config);
  Furniture furniture;
  x.parts = find_document_parts(lines, names, furniture);
  for (size_t k = 0; k < x.parts.size(); ++k) {
    if (x.parts[k].kind == PartKind::minutes) {
      x.minutes_part = static_cast<int>(k);
      break;
    }
  }
  const VocabularyConfig& v = vocabulary.config();
  const ResolutionMarkers markers{v.resolution_markers, v.reason_markers};

  // The meeting these minutes record.
  if (x.minutes_part >= 0) {
    x.meeting = read_meeting_header(lines, x.parts[static_cast<size_t>(x.minutes_part)], names);
  } else {
    // An agenda or summons on its own still says which meeting it is for.
    for (const auto& part : x.parts) {
      if (part.kind != PartKind::agenda) continue;
      x.meeting = read_meeting_header(lines, part, names);
      break;
    }
  }
  if (options.committee) x.meeting.committee = *options.committee;
  if (!x.meeting.committee.empty()) x.meeting.committee = display_committee(x.meeting.committee, config);
  if (!x.meeting.date && options.meeting_date) x.meeting.date = options.meeting_date;
  if (!x.meeting.date)
    x.warnings.push_back({"meeting-date-missing", x.meeting.line,
                          "the meeting date could not be read from the file; give it with --date YYYY-MM-DD"});
  const std::optional<Day> meeting_date = x.meeting.date;

  // Items and clauses of the minutes (resolutions quoted in the other parts of a pack come later).
  std::vector<RawClause> raw;
  if (x.minutes_part >= 0) {
    const DocumentPart& part = x.parts[static_cast<size_t>(x.minutes_part)];
    x.items = find_items(lines, part, x.minutes_part, v.truncation_markers);
    // Tables are read row by row; the line-by-line forms leave their lines alone.
    TableDecisions tables = find_table_decisions(kept, part, x.minutes_part, 50000);
    Furniture outside_tables = furniture;
    for (size_t n = 0; n < tables.lines.size() && n < outside_tables.size(); ++n) outside_tables[n] |= tables.lines[n];
    raw = find_resolutions(lines, part, x.minutes_part, x.items, markers, outside_tables, 0);
    if (!tables.clauses.empty()) raw = merged_by_line(std::move(raw), std::move(tables.clauses));
  }
  for (auto& item : x.items) item.title = display_title(item.title, config);

  // The next meeting: from its resolution, else from the narrative.
  for (const auto& c : raw) {
    if (!mentions_next_meeting(c.text)) continue;
    if (auto found = find_date(c.text, meeting_date)) {
      x.next_meeting = found->day;
      x.next_meeting_line = c.line;
      break;
    }
  }
  if (!x.next_meeting && x.minutes_part >= 0) {
    const DocumentPart& part = x.parts[static_cast<size_t>(x.minutes_part)];
    for (int i = part.begin_line; i <= part.end_line; ++i) {
      const std::string& t = lines[static_cast<size_t>(i - 1)].text;
      if (t.size() > 400 || !icontains(t, "next meeting")) continue;
      if (auto found = find_date(t, meeting_date); found && (!meeting_date || found->day > *meeting_date)) {
        x.next_meeting = found->day;
        x.next_meeting_line = i;
        break;
      }
    }
  }
  // "TB/25/013 Date of next meeting" then "Wednesday 9 April 2025 at 10.00am.": the item says it.
  for (const auto& item : x.items) {
    if (x.next_meeting || !mentions_next_meeting(item.title)) continue;
    for (int i = item.line + 1; i <= item.end_line && i <= item.line + 6; ++i) {
      const std::string& t = lines[static_cast<size_t>(i - 1)].text;
      if (auto found = find_date(t, meeting_date); found && (!meeting_date || found->day > *meeting_date)) {
        x.next_meeting = found->day;
        x.next_meeting_line = i;
        break;
      }
    }
  }
  if (x.next_meeting && meeting_date && *x.next_meeting <= *meeting_date)
    x.warnings.push_back({"next-meeting-not-after", x.next_meeting_line,
                          "the next meeting is given as " + format_day_long(*x.next_meeting) + ", which is not after this meeting (" +
                              format_day_long(*meeting_date) + "); check the date in the minutes"});

  // The committee's calendar: tracker.toml, then every date this file announces.
  if (const Committee* c = config.find_committee(x.meeting.committee)) x.calendar = c->meetings;
  for (const auto& part : x.parts) {
    for (Day d : announced_meeting_dates(lines, part)) {
      x.calendar.push_back(d);
      x.announced.push_back({d, part_kind_name(part.kind)});
    }
    for (auto& l : announced_listings(lines, part)) x.listings.push_back({std::move(l), part_kind_name(part.kind), part.date});
  }
  if (x.next_meeting && (!meeting_date || *x.next_meeting > *meeting_date))
    x.announced.push_back({*x.next_meeting, "next-meeting resolution"});
  if (x.next_meeting && (!meeting_date || *x.next_meeting > *meeting_date)) x.calendar.push_back(*x.next_meeting);
  if (meeting_date) x.calendar.push_back(*meeting_date);
  std::sort(x.calendar.begin(), x.calendar.end());
  x.calendar.erase(std::unique(x.calendar.begin(), x.calendar.end()), x.calendar.end());

  // The narrative of each item, as paragraphs: not its title, not its resolutions, not page furniture.
  std::vector<char> narrative_skip = furniture;
  for (const auto& c : raw)
    for (int l = c.line; l <= c.end_line; ++l) narrative_skip[static_cast<size_t>(l)] = 1;
  for (const auto& item : x.items) narrative_skip[static_cast<size_t>(item.line)] = 1;
  std::vector<std::vector<Paragraph>> narrative(x.items.size());
  for (size_t k = 0; k < x.items.size(); ++k)
    narrative[k] = paragraphs_in(lines, x.items[k].line + 1, x.items[k].end_line, narrative_skip);

  // Who presented each item, looked for only when a tracked clause needs it (most items have
  // none); a briefing's lead officer stands in for an item with the same title.
  std::vector<std::optional<std::vector<Presenter>>> presenters(x.items.size());
  auto presenters_of = [&](int item) -> const std::vector<Presenter>& {
    auto& slot = presenters[static_cast<size_t>(item)];
    if (slot) return *slot;
    slot = find_presenters(narrative[static_cast<size_t>(item)], vocabulary);
    const std::string& title = x.items[static_cast<size_t>(item)].title;
    for (const auto& part : x.parts) {
      if (!slot->empty() || part.kind != PartKind::briefing || title.empty() || !icontains(part.title, title)) continue;
      *slot = find_presenters(paragraphs_in(lines, part.begin_line, std::min(part.end_line, part.begin_line + 6), furniture), vocabulary);
    }
    return *slot;
  };

  // The attendance: the minutes' lines before their first item, where people and their
  // initials are listed.
  std::vector<std::string> attendance;
  if (x.minutes_part >= 0) {
    const DocumentPart& part = x.parts[static_cast<size_t>(x.minutes_part)];
    int end = std::min(part.end_line, part.begin_line + 150);
    for (const auto& item : x.items)
      if (item.number) {
        end = std::min(end, item.line - 1);
        break;
      }
    for (int i = part.begin_line; i <= end; ++i) attendance.emplace_back(kept[static_cast<size_t>(i - 1)]);
  }

  DueContext due_context{meeting_date, x.next_meeting, x.calendar};
  if (due_context.next_meeting && meeting_date && *due_context.next_meeting <= *meeting_date) due_context.next_meeting.reset();

  auto interpret = [&](const std::vector<RawClause>& clauses, bool own) {
    std::vector<Resolution> out;
    out.reserve(clauses.size());
    for (const auto& c : clauses) {
      Resolution r;
      r.clause = c;
      if (own && c.item >= 0) r.clause.item = c.item;
      auto subject = clause_subject(c.text, vocabulary);
      if (!subject) subject = asked_person(c.text, vocabulary);
      Classification classified = classify_clause_with_basis(c.text, subject, vocabulary);
      // "That Council approve …" in the Council's own minutes, "That Cabinet defer …" in
      // Cabinet's: the body deciding for itself, not a recommendation to another body.
      if (subject && subject->body && names_meeting_body(x.meeting.committee, subject->text)) {
        if (auto verb_at = ifind(c.text, subject->verb); verb_at != std::string::npos && !subject->verb.empty()) {
          classified = classify_clause_with_basis(std::string_view(c.text).substr(verb_at), std::nullopt, vocabulary);
          subject.reset();
        }
      }
      r.kind = classified.kind;
      r.kind_basis = classified.basis;
      // "TH to provide …", "ACTION: Clerk": an action line names somebody who must do something.
      if ((c.found_by == "action-line" || action_line(c.text)) && !is_tracked(r.kind) && r.kind != ClauseKind::procedural) {
        r.kind = ClauseKind::action;
        r.kind_basis = KindBasis::action_line;
      }
      const Resolution* parent = c.parent_index >= 0 && static_cast<size_t>(c.parent_index) < out.size()
                                     ? &out[static_cast<size_t>(c.parent_index)]
                                     : nullptr;
      // A stem that names the deciding body ("That Cabinet:", "The Board:") passes nothing on; one
      // that names where its parts go ("the following recommendations be submitted to Cabinet:",
      // "That Council be recommended to:") makes each part a recommendation to that body.
      const bool parent_passes_on = parent && (!parent->clause.stem || sends_parts_elsewhere(parent->clause.text));
      if (parent_passes_on && parent->kind == ClauseKind::recommendation && r.kind != ClauseKind::procedural &&
          r.kind != ClauseKind::recommendation) {
        r.kind = ClauseKind::recommendation;
        r.kind_basis = KindBasis::stem;
      }
      if (parent_passes_on && is_tracked(parent->kind) && !is_tracked(r.kind) && r.kind != ClauseKind::procedural &&
          !vocabulary.match_kind(c.text)) {
        r.kind = parent->kind;
        r.kind_basis = KindBasis::stem;
      }
      if (r.kind == ClauseKind::recommendation) {
        if (parent_passes_on && parent->clause.stem && parent->target_body) r.target_body = parent->target_body;
        else if (subject && subject->body) r.target_body = subject->text;
        else if (auto body = vocabulary.body_named_in(c.text)) r.target_body = body;
        else if (parent && parent->target_body) r.target_body = parent->target_body;
      }
      const std::vector<Presenter>* item_presenters = own && c.item >= 0 && r.tracked() ? &presenters_of(c.item) : nullptr;
      if (item_presenters) {
        for (const auto& p : *item_presenters) {
          if (!p.officer && icontains(p.role, "cabinet member")) {
            r.portfolio_holder = p.role;
            break;
          }
        }
      }
      if (r.tracked()) {
        Owner owner;
        if (r.kind == ClauseKind::recommendation && r.target_body) {
          owner = {*r.target_body, OwnerBasis::body, {}, {}};
        } else if (!c.owner_hint.empty()) {
          owner = {c.owner_hint, OwnerBasis::named, {}, {}};
        } else if (subject && !subject->generic && !subject->body) {
          owner = {subject->text, OwnerBasis::named, {}, {}};
        } else if (parent_passes_on && parent->owner) {
          owner = *parent->owner;
        } else if (subject && subject->generic) {  // "officers", "partner organisations": named as a group
          owner = {subject->text, OwnerBasis::named, {}, {}};
        } else if (auto lead = item_presenters ? lead_presenter(*item_presenters) : std::nullopt) {
          owner = {lead->role.empty() ? lead->name : lead->role, OwnerBasis::presenter, {}, lead->role.empty() ? std::string() : lead->name};
        } else if (auto d = vocabulary.default_owner(c.text); !d.empty()) {
          owner = {d, OwnerBasis::config, {}, {}};
        }
        // "JS to circulate …", "ACTION: TH", "agreed that JP would …": initials are a person in
        // the attendance list, and the owner is their role.
        {
          std::optional<std::string> initials;
          if (looks_like_initials(owner.name)) initials = owner.name;
          else if (owner.name.empty() || owner.basis == OwnerBasis::presenter) initials = acting_initials(c.text, v.acronyms);
          if (initials) {
            if (auto role = role_for_initials(*initials, attendance)) {
              owner = {*role, OwnerBasis::named, {}, {}};
            } else if (owner.name.empty()) {
              owner = {*initials, OwnerBasis::named, {}, {}};
            }
          }
        }
        if (!owner.name.empty()) {
          owner.all = split_owner_names(owner.name);
          if (owner.person.empty() && meeting_date) {
            if (const Person* p = config.person_for_role(owner.name, *meeting_date)) owner.person = p->name;
          }
          r.owner = owner;
        }
        DueContext context = due_context;
        if (!own) context.meeting = c.quoted_meeting;
        r.due = find_due(c.text, context, v);
        if (!r.due && !c.due_hint.empty()) r.due = find_due(c.due_hint, context, v);
        if (!r.due && parent && parent->due) r.due = parent->due;
        if (own && r.due && r.due->unreadable()) {
          const std::string label = c.label ? "clause (" + *c.label + ")" : "the clause";
          x.warnings.push_back({"due-unreadable", c.line,
                                label + " says it is due '" + r.due->text + "', which cannot be turned into a date (" + r.due->basis + ")"});
        }
      }
      out.push_back(std::move(r));
    }
    return out;
  };
  // Stems were interpreted so that their parts could take what they pass on; they are not clauses.
  auto without_stems = [](std::vector<Resolution> all) {
    std::vector<int> new_index(all.size(), -1);
    std::vector<Resolution> kept;
    for (size_t k = 0; k < all.size(); ++k) {
      if (all[k].clause.stem) continue;
      new_index[k] = static_cast<int>(kept.size());
      kept.push_back(std::move(all[k]));
    }
    // A part keeps its stem's label as its parent; its index points only at clauses that remain.
    for (auto& r : kept)
      if (r.clause.parent_index >= 0) r.clause.parent_index = new_index[static_cast<size_t>(r.clause.parent_index)];
    return kept;
  };
  x.resolutions = without_stems(interpret(raw, true));
  if (options.quoted_resolutions) read_quoted_resolutions(x, lines, kept, markers, furniture, config, interpret);

  // The council's own monitoring schedule: in an agenda pack after the reports; a spreadsheet
  // export is nothing else.
  for (const DocumentPart& part : x.parts)
    for (auto& row : read_schedule_rows(kept, lines, part)) x.schedule_rows.push_back(std::move(row));

  // Commitments in what was minuted (not the agenda text above "Minutes:", not the resolutions).
  for (size_t k = 0; k < x.items.size(); ++k) {
    const int minuted_from = x.items[k].minuted_from;
    for (auto& f : find_commitments(narrative[k], vocabulary)) {
      if (f.line < minuted_from) continue;
      x.commitments.push_back({static_cast<int>(k), std::move(f.text), f.line});
    }
  }
  if (x.items.empty() && x.minutes_part >= 0) {
    const DocumentPart& part = x.parts[static_cast<size_t>(x.minutes_part)];
    for (auto& f : find_commitments(paragraphs_in(lines, part.begin_line, part.end_line, narrative_skip), vocabulary))
      x.commitments.push_back({-1, std::move(f.text), f.line});
  }

  for (const auto& r : x.resolutions) {
    if (r.clause.numbering_note.empty()) continue;
    x.warnings.push_back({"numbering-gap", r.clause.line,
                          "clause " + r.clause.numbering_note + " in the same list: a number is missing or repeated; check the minutes"});
  }
  for (const auto& item : x.items) {
    if (item.truncated_line == 0) continue;
    const std::string name = item.number ? "item " + *item.number + " (" + item.title + ")" : "item '" + item.title + "'";
    x.warnings.push_back({"item-truncated", item.truncated_line,
                          name + " is cut off ('view the full minutes text'); its resolution may be missing: import the full minutes"});
  }
  // A file that is only a monitoring schedule (a spreadsheet export) records no meeting of its own.
  if (x.resolutions.empty() && !x.schedule_rows.empty() && !x.meeting.date)
    std::erase_if(x.warnings, [](const Warning& w) { return w.code == "meeting-date-missing"; });
  if (x.resolutions.empty() && x.schedule_rows.empty()) {
    std::string words;
    for (const auto& w : v.resolution_markers) words += (words.empty() ? "" : ", ") + w;
    x.warnings.push_back({"no-resolutions", x.minutes_part >= 0 ? x.parts[static_cast<size_t>(x.minutes_part)].begin_line : 1,
                          "no resolutions were found in the minutes (looked for: " + words + ")"});
  }
  std::stable_sort(x.warnings.begin(), x.warnings.end(), [](const Warning& a, const Warning& b) { return a.line < b.line; });
  if (!source.numbers.empty()) to_file_lines(x, source.numbers);
  return x;
}

}  // namespace tracker
