#include "rules/condition.h"

#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "core/calendar_date.h"
#include "core/text.h"
#include "rules/action_facts.h"
#include "rules/fields.h"
#include "rules/rule_text_error.h"

namespace tracker {
namespace {

// ---- Tokens ---------------------------------------------------------------------------------

enum class Tok : uint8_t {
  end, word, number, date, text,
  equal, not_equal, less, less_equal, greater, greater_equal,
  plus, minus, open_paren, close_paren, open_bracket, close_bracket, comma,
};

struct Token {
  Tok kind = Tok::end;
  size_t offset = 0;  // byte offset of its first character
  std::string_view source;  // as written, quotes included
  int64_t number = 0;       // number, or date as a day number
  std::string_view text;    // a text literal without its quotes
};

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) { current_ = read(); }
  const Token& peek() const { return current_; }
  Token take() {
    Token t = current_;
    current_ = read();
    return t;
  }

 private:
  Token read() {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
    Token t;
    t.offset = pos_;
    if (pos_ >= text_.size()) return t;
    const char c = text_[pos_];
    auto symbol = [&](Tok kind, size_t length) {
      t.kind = kind;
      t.source = text_.substr(pos_, length);
      pos_ += length;
      return t;
    };
    const char next = pos_ + 1 < text_.size() ? text_[pos_ + 1] : '\0';
    if (is_alpha(c) || c == '_') {
      size_t end = pos_;
      while (end < text_.size() && (is_alpha(text_[end]) || is_digit(text_[end]) || text_[end] == '_')) ++end;
      return symbol(Tok::word, end - pos_);
    }
    if (is_digit(c)) return read_number_or_date(t);
    if (c == '\'' || c == '"') {
      const size_t close = text_.find(c, pos_ + 1);
      if (close == std::string_view::npos) throw RuleTextError(column_of(text_, pos_), "unclosed text: no closing " + std::string(1, c));
      t.text = text_.substr(pos_ + 1, close - pos_ - 1);
      return symbol(Tok::text, close + 1 - pos_);
    }
    switch (c) {
      case '=': return symbol(Tok::equal, next == '=' ? 2 : 1);
      case '!':
        if (next == '=') return symbol(Tok::not_equal, 2);
        break;
      case '<': return next == '=' ? symbol(Tok::less_equal, 2) : symbol(Tok::less, 1);
      case '>': return next == '=' ? symbol(Tok::greater_equal, 2) : symbol(Tok::greater, 1);
      case '+': return symbol(Tok::plus, 1);
      case '-': return symbol(Tok::minus, 1);
      case '(': return symbol(Tok::open_paren, 1);
      case ')': return symbol(Tok::close_paren, 1);
      case '[': return symbol(Tok::open_bracket, 1);
      case ']': return symbol(Tok::close_bracket, 1);
      case ',': return symbol(Tok::comma, 1);
      default: break;
    }
    size_t length = 1;  // the whole UTF-8 character
    while (pos_ + length < text_.size() && (static_cast<unsigned char>(text_[pos_ + length]) & 0xC0) == 0x80) ++length;
    throw RuleTextError(column_of(text_, pos_), "unexpected character '" + std::string(text_.substr(pos_, length)) + "'");
  }

  // 90, or 2020-12-15 (a date: four digits, two, two).
  Token read_number_or_date(Token t) {
    size_t end = pos_;
    while (end < text_.size() && is_digit(text_[end])) ++end;
    auto digits_at = [&](size_t at, size_t n) {
      for (size_t i = at; i < at + n; ++i)
        if (i >= text_.size() || !is_digit(text_[i])) return false;
      return true;
    };
    if (end - pos_ == 4 && end < text_.size() && text_[end] == '-' && digits_at(end + 1, 2) && end + 3 < text_.size() &&
        text_[end + 3] == '-' && digits_at(end + 4, 2)) {
      t.kind = Tok::date;
      t.source = text_.substr(pos_, 10);
      const auto day = parse_iso_day(t.source);
      if (!day) throw RuleTextError(column_of(text_, pos_), "not a real date: " + std::string(t.source));
      t.number = date::sys_days{*day}.time_since_epoch().count();
      pos_ += 10;
      return t;
    }
    t.kind = Tok::number;
    t.source = text_.substr(pos_, end - pos_);
    // Bounded far below int64's range, so that no sum or difference of the facts (days and
    // counts) and a chain of literals can overflow in a condition of any sensible length.
    constexpr int64_t kMaxLiteral = 1'000'000'000;
    for (char d : t.source) {
      t.number = t.number * 10 + (d - '0');
      if (t.number > kMaxLiteral)
        throw RuleTextError(column_of(text_, pos_), "number too large: " + std::string(t.source) + " (at most 1000000000)");
    }
    pos_ = end;
    return t;
  }

  std::string_view text_;
  size_t pos_ = 0;
  Token current_;
};

bool is_word(const Token& t, std::string_view word) { return t.kind == Tok::word && iequals(t.source, word); }

// ---- The compiled tree ----------------------------------------------------------------------

enum class Cmp : uint8_t { equal, not_equal, less, less_equal, greater, greater_equal };

enum class Op : uint8_t {
  // yes/no
  and_, or_, not_, yes_no_field, yes_no_literal,
  compare_numbers,  // numbers or dates, by `cmp`
  compare_texts,    // equal or not_equal, ignoring ASCII case
  compare_yes_no,   // equal or not_equal
  in_numbers, in_texts, text_is_null, number_is_null, contains,
  // numbers, and dates as day numbers
  number_field, optional_number_field, date_field, number_literal, add, subtract, add_months,
  // text
  text_field, text_literal,
};

struct Node {
  Op op;
  Cmp cmp = Cmp::equal;
  bool negate = false;  // not in, is not null
  uint32_t left = 0, right = 0;
  int64_t value = 0;  // a number literal, a yes/no literal, or the months to add
  std::string ActionFacts::*text = nullptr;
  std::optional<DayNumber> ActionFacts::*date = nullptr;
  int64_t ActionFacts::*number = nullptr;
  std::optional<int64_t> ActionFacts::*optional_number = nullptr;
  bool ActionFacts::*yes_no = nullptr;
  std::string literal{};             // a text literal
  std::vector<int64_t> numbers{};    // a list of numbers or dates
  std::vector<std::string> texts{};  // a list of texts, in lower case
};

// A number or a date; `set` is false for null.
struct Num {
  int64_t value;
  bool set;
};

bool compare(Cmp cmp, int64_t a, int64_t b) {
  switch (cmp) {
    case Cmp::equal: return a == b;
    case Cmp::not_equal: return a != b;
    case Cmp::less: return a < b;
    case Cmp::less_equal: return a <= b;
    case Cmp::greater: return a > b;
    case Cmp::greater_equal: return a >= b;
  }
  return false;
}

// `s` equals `lowered` (already lower case), ignoring the ASCII case of `s`.
bool equals_lowered(std::string_view s, std::string_view lowered) {
  if (s.size() != lowered.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (lower(s[i]) != lowered[i]) return false;
  return true;
}

// a + b or a - b, held at int64's ends instead of overflowing (undefined behaviour): literals are
// bounded when compiled, but facts come from the database, which anyone may have edited.
int64_t saturated(int64_t a, int64_t b, bool subtract) {
  int64_t out;
  if (!(subtract ? __builtin_sub_overflow(a, b, &out) : __builtin_add_overflow(a, b, &out))) return out;
  return (subtract ? b < 0 : b > 0) ? std::numeric_limits<int64_t>::max() : std::numeric_limits<int64_t>::min();
}

int64_t add_months_to(int64_t day, int64_t months) {
  // Only a day within some 8,000 years of 1970 is a calendar date: beyond, date's year would
  // overflow once the months (at most 100,000) are added, so such a day is left as it is.
  constexpr int64_t kCalendarDays = 3'000'000;
  if (day > kCalendarDays || day < -kCalendarDays) return day;
  const Day d{date::sys_days{date::days{day}}};
  return date::sys_days{add_months(d, static_cast<int>(months))}.time_since_epoch().count();
}

}  // namespace

struct Condition::Program {
  std::vector<Node> nodes;
  uint32_t root = 0;

  bool test(uint32_t i, const ActionFacts& f) const {
    const Node& n = nodes[i];
    switch (n.op) {
      case Op::and_: return test(n.left, f) && test(n.right, f);
      case Op::or_: return test(n.left, f) || test(n.right, f);
      case Op::not_: return !test(n.left, f);
      case Op::yes_no_field: return f.*n.yes_no;
      case Op::yes_no_literal: return n.value != 0;
      case Op::compare_numbers: {
        const Num a = number(n.left, f);
        if (!a.set) return false;
        const Num b = number(n.right, f);
        return b.set && compare(n.cmp, a.value, b.value);
      }
      case Op::compare_texts: {
        const std::string_view a = text(n.left, f), b = text(n.right, f);
        if (a.empty() || b.empty()) return false;
        return iequals(a, b) == (n.cmp == Cmp::equal);
      }
      case Op::compare_yes_no: return (test(n.left, f) == test(n.right, f)) == (n.cmp == Cmp::equal);
      case Op::in_numbers: {
        const Num a = number(n.left, f);
        if (!a.set) return false;
        for (int64_t v : n.numbers)
          if (v == a.value) return !n.negate;
        return n.negate;
      }
      case Op::in_texts: {
        const std::string_view a = text(n.left, f);
        if (a.empty()) return false;
        for (const std::string& v : n.texts)
          if (equals_lowered(a, v)) return !n.negate;
        return n.negate;
      }
      case Op::text_is_null: return text(n.left, f).empty() != n.negate;
      case Op::number_is_null: return !number(n.left, f).set != n.negate;
      case Op::contains: {
        const std::string_view a = text(n.left, f), b = text(n.right, f);
        return !a.empty() && !b.empty() && icontains(a, b);
      }
      default: return false;
    }
  }

  Num number(uint32_t i, const ActionFacts& f) const {
    const Node& n = nodes[i];
    switch (n.op) {
      case Op::number_field: return {f.*n.number, true};
      case Op::optional_number_field: {
        const auto& v = f.*n.optional_number;
        return v ? Num{*v, true} : Num{0, false};
      }
      case Op::date_field: {
        const auto& v = f.*n.date;
        return v ? Num{*v, true} : Num{0, false};
      }
      case Op::number_literal: return {n.value, true};
      case Op::add: {
        const Num a = number(n.left, f), b = number(n.right, f);
        return {saturated(a.value, b.value, false), a.set && b.set};
      }
      case Op::subtract: {
        const Num a = number(n.left, f), b = number(n.right, f);
        return {saturated(a.value, b.value, true), a.set && b.set};
      }
      case Op::add_months: {
        const Num a = number(n.left, f);
        return a.set ? Num{add_months_to(a.value, n.value), true} : a;
      }
      default: return {0, false};
    }
  }

  std::string_view text(uint32_t i, const ActionFacts& f) const {
    const Node& n = nodes[i];
    if (n.op == Op::text_field) return f.*n.text;
    return n.literal;
  }
};

namespace {

// ---- Parsing and type checking ----------------------------------------------------------------

// A compiled sub-expression: its node, its type and where it starts in the text.
struct Expr {
  uint32_t node;
  ValueType type;
  size_t offset;
  bool whole_number = false;  // a number written as a literal (what may come before "days")
};

// "a text", "a date", "a number", "a yes/no".
std::string a(ValueType type) { return "a " + std::string(type_name(type)); }

std::string plural(ValueType type) {
  switch (type) {
    case ValueType::text: return "texts";
    case ValueType::date: return "dates";
    case ValueType::number: return "numbers";
    case ValueType::yes_no: return "yes/no values";
  }
  return "values";
}

std::string describe(const Token& t) {
  if (t.kind == Tok::end) return "end of condition";
  if (t.kind == Tok::text) return std::string(t.source);
  return "'" + std::string(t.source) + "'";
}

constexpr int kMaxDepth = 64;
constexpr int64_t kMaxUnits = 100000;  // days, weeks or months added to a date

class Parser {
 public:
  Parser(std::string_view text, std::vector<Node>& nodes) : text_(text), lexer_(text), nodes_(nodes) {}

  uint32_t parse_condition() {
    if (lexer_.peek().kind == Tok::end) throw RuleTextError(1, "empty condition");
    const Expr e = parse_or();
    if (lexer_.peek().kind != Tok::end) fail(lexer_.peek(), "unexpected " + describe(lexer_.peek()) + ": expected 'and', 'or' or the end of the condition");
    if (e.type != ValueType::yes_no) fail_at(e.offset, "the condition must be yes/no, but this is " + a(e.type));
    return e.node;
  }

 private:
  [[noreturn]] void fail_at(size_t offset, const std::string& problem) const { throw RuleTextError(column_of(text_, offset), problem); }
  [[noreturn]] void fail(const Token& t, const std::string& problem) const { fail_at(t.offset, problem); }

  uint32_t add(Node n) {
    nodes_.push_back(std::move(n));
    return static_cast<uint32_t>(nodes_.size() - 1);
  }

  void need_yes_no(const Expr& e, std::string_view op) const {
    if (e.type != ValueType::yes_no) fail_at(e.offset, "'" + std::string(op) + "' needs yes/no on each side, not " + a(e.type));
  }

  Expr parse_or() {
    Expr left = parse_and();
    while (is_word(lexer_.peek(), "or")) {
      need_yes_no(left, "or");
      lexer_.take();
      const Expr right = parse_and();
      need_yes_no(right, "or");
      left = Expr{add(Node{.op = Op::or_, .left = left.node, .right = right.node}), ValueType::yes_no, left.offset};
    }
    return left;
  }

  Expr parse_and() {
    Expr left = parse_not();
    while (is_word(lexer_.peek(), "and")) {
      need_yes_no(left, "and");
      lexer_.take();
      const Expr right = parse_not();
      need_yes_no(right, "and");
      left = Expr{add(Node{.op = Op::and_, .left = left.node, .right = right.node}), ValueType::yes_no, left.offset};
    }
    return left;
  }

  Expr parse_not() {
    if (!is_word(lexer_.peek(), "not")) return parse_comparison();
    const Token op = lexer_.take();
    enter(op);
    const Expr operand = parse_not();
    --depth_;
    if (operand.type != ValueType::yes_no) fail_at(operand.offset, "'not' needs yes/no, not " + a(operand.type));
    return Expr{add(Node{.op = Op::not_, .left = operand.node}), ValueType::yes_no, op.offset};
  }

  Expr parse_comparison() {
    const Expr left = parse_additive();
    const Token& t = lexer_.peek();
    Cmp cmp;
    switch (t.kind) {
      case Tok::equal: cmp = Cmp::equal; break;
      case Tok::not_equal: cmp = Cmp::not_equal; break;
      case Tok::less: cmp = Cmp::less; break;
      case Tok::less_equal: cmp = Cmp::less_equal; break;
      case Tok::greater: cmp = Cmp::greater; break;
      case Tok::greater_equal: cmp = Cmp::greater_equal; break;
      default:
        if (is_word(t, "in")) {
          lexer_.take();
          return parse_in(left, false);
        }
        if (is_word(t, "not")) {
          lexer_.take();
          if (!is_word(lexer_.peek(), "in")) fail(lexer_.peek(), "unexpected " + describe(lexer_.peek()) + ": expected 'in' after 'not'");
          lexer_.take();
          return parse_in(left, true);
        }
        if (is_word(t, "is")) return parse_is_null(left);
        if (is_word(t, "contains")) return parse_contains(left);
        return left;
    }
    const Token op = lexer_.take();
    const Expr right = parse_additive();
    if (left.type != right.type) fail_at(right.offset, "cannot compare " + a(left.type) + " with " + a(right.type));
    const bool ordering = cmp != Cmp::equal && cmp != Cmp::not_equal;
    if (ordering && left.type == ValueType::text)
      fail(op, "'" + std::string(op.source) + "' cannot order texts; use =, !=, in or contains");
    if (ordering && left.type == ValueType::yes_no) fail(op, "'" + std::string(op.source) + "' cannot order yes/no values; use = or !=");
    const Op kind = left.type == ValueType::text ? Op::compare_texts : left.type == ValueType::yes_no ? Op::compare_yes_no : Op::compare_numbers;
    return Expr{add(Node{.op = kind, .cmp = cmp, .left = left.node, .right = right.node}), ValueType::yes_no, left.offset};
  }

  // After "in" or "not in": a list of literals of the left side's type.
  Expr parse_in(const Expr& left, bool negate) {
    const Token open = lexer_.peek();
    if (open.kind != Tok::open_bracket) fail(open, "unexpected " + describe(open) + ": expected a list such as ['open', 'scheduled']");
    lexer_.take();
    Node n{.op = Op::in_numbers, .negate = negate, .left = left.node};
    std::optional<ValueType> list_type;
    if (lexer_.peek().kind == Tok::close_bracket) fail(open, "empty list");
    while (true) {
      const Token& t = lexer_.peek();
      if (t.kind == Tok::end) fail(open, "unclosed '['");
      const size_t at = t.offset;
      ValueType type;
      if (t.kind == Tok::text) {
        type = ValueType::text;
        if (t.text.empty()) fail(t, "an empty text '' is null and matches nothing: use 'is null'");
        n.texts.push_back(to_lower(t.text));
        lexer_.take();
      } else if (t.kind == Tok::date) {
        type = ValueType::date;
        n.numbers.push_back(lexer_.take().number);
      } else if (t.kind == Tok::number || t.kind == Tok::minus) {
        type = ValueType::number;
        n.numbers.push_back(parse_signed_number());
      } else {
        fail(t, "unexpected " + describe(t) + ": a list holds written texts, numbers or dates");
      }
      if (!list_type) list_type = type;
      else if (*list_type != type) fail_at(at, "a list cannot mix " + plural(*list_type) + " and " + plural(type));
      const Token& sep = lexer_.peek();
      if (sep.kind == Tok::comma) {
        lexer_.take();
        continue;
      }
      if (sep.kind == Tok::close_bracket) {
        lexer_.take();
        break;
      }
      if (sep.kind == Tok::end) fail(open, "unclosed '['");
      fail(sep, "unexpected " + describe(sep) + ": expected ',' or ']'");
    }
    if (left.type != *list_type) fail(open, "cannot look for " + a(left.type) + " in a list of " + plural(*list_type));
    if (*list_type == ValueType::text) n.op = Op::in_texts;
    return Expr{add(std::move(n)), ValueType::yes_no, left.offset};
  }

  int64_t parse_signed_number() {
    const bool negative = lexer_.peek().kind == Tok::minus;
    if (negative) lexer_.take();
    const Token t = lexer_.peek();
    if (t.kind != Tok::number) fail(t, "unexpected " + describe(t) + ": expected a number after '-'");
    lexer_.take();
    return negative ? -t.number : t.number;
  }

  Expr parse_is_null(const Expr& left) {
    lexer_.take();
    bool negate = false;
    if (is_word(lexer_.peek(), "not")) {
      lexer_.take();
      negate = true;
    }
    if (!is_word(lexer_.peek(), "null")) fail(lexer_.peek(), "unexpected " + describe(lexer_.peek()) + ": expected 'null'");
    lexer_.take();
    if (left.type == ValueType::yes_no) fail_at(left.offset, "a yes/no is never null: test it with = true or = false");
    const Op op = left.type == ValueType::text ? Op::text_is_null : Op::number_is_null;
    return Expr{add(Node{.op = op, .negate = negate, .left = left.node}), ValueType::yes_no, left.offset};
  }

  Expr parse_contains(const Expr& left) {
    lexer_.take();
    const Expr right = parse_additive();
    if (left.type != ValueType::text) fail_at(left.offset, "'contains' needs a text on its left, not " + a(left.type));
    if (right.type != ValueType::text) fail_at(right.offset, "'contains' needs a text on its right, not " + a(right.type));
    return Expr{add(Node{.op = Op::contains, .left = left.node, .right = right.node}), ValueType::yes_no, left.offset};
  }

  // How many days a unit word means, 0 for months, or -1 when `t` is not a unit.
  static int unit_days(const Token& t) {
    if (is_word(t, "day") || is_word(t, "days")) return 1;
    if (is_word(t, "week") || is_word(t, "weeks")) return 7;
    if (is_word(t, "month") || is_word(t, "months")) return 0;
    return -1;
  }

  Expr parse_additive() {
    Expr left = parse_primary();
    while (lexer_.peek().kind == Tok::plus || lexer_.peek().kind == Tok::minus) {
      const Token op = lexer_.take();
      const bool plus = op.kind == Tok::plus;
      const Expr right = parse_primary();
      const int days = unit_days(lexer_.peek());
      if (days >= 0) {
        const Token unit = lexer_.take();
        const std::string unit_name = days == 1 ? "days" : days == 7 ? "weeks" : "months";
        if (!right.whole_number) fail_at(right.offset, "expected a whole number written out before '" + std::string(unit.source) + "', such as 2");
        if (left.type != ValueType::date)
          fail_at(left.offset, std::string(plus ? "cannot add " : "cannot subtract ") + unit_name + (plus ? " to " : " from ") + a(left.type));
        const int64_t n = nodes_[right.node].value;
        if (n > kMaxUnits || n < -kMaxUnits) fail_at(right.offset, "too many " + unit_name + ": at most " + std::to_string(kMaxUnits));
        if (days == 0) {
          left = Expr{add(Node{.op = Op::add_months, .left = left.node, .value = plus ? n : -n}), ValueType::date, left.offset};
        } else {
          nodes_[right.node].value = n * days;
          left = Expr{add(Node{.op = plus ? Op::add : Op::subtract, .left = left.node, .right = right.node}), ValueType::date, left.offset};
        }
        continue;
      }
      const std::string verb = plus ? "'+'" : "'-'";
      for (const Expr* e : {static_cast<const Expr*>(&left), &right})
        if (e->type == ValueType::text || e->type == ValueType::yes_no)
          fail_at(e->offset, verb + " needs numbers or dates, not " + a(e->type));
      ValueType result = ValueType::number;
      if (left.type == ValueType::date && right.type == ValueType::date) {
        if (plus) fail(op, "cannot add two dates");
        result = ValueType::number;  // date - date: days between
      } else if (left.type == ValueType::date) {
        fail_at(right.offset, std::string("a number ") + (plus ? "added to" : "subtracted from") + " a date needs a unit: days, weeks or months");
      } else if (right.type == ValueType::date) {
        fail_at(right.offset, plus ? "cannot add a date to a number" : "cannot subtract a date from a number");
      }
      left = Expr{add(Node{.op = plus ? Op::add : Op::subtract, .left = left.node, .right = right.node}), result, left.offset};
    }
    return left;
  }

  void enter(const Token& t) {
    if (++depth_ > kMaxDepth) fail(t, "condition nested too deeply");
  }

  Expr parse_primary() {
    const Token t = lexer_.peek();
    switch (t.kind) {
      case Tok::open_paren: {
        lexer_.take();
        enter(t);
        Expr inner = parse_or();
        --depth_;
        const Token& close = lexer_.peek();
        if (close.kind == Tok::end) fail(t, "unclosed '('");
        if (close.kind != Tok::close_paren) fail(close, "unexpected " + describe(close) + ": expected ')'");
        lexer_.take();
        inner.offset = t.offset;
        inner.whole_number = false;
        return inner;
      }
      case Tok::number:
      case Tok::minus: {
        const int64_t n = parse_signed_number();
        return Expr{add(Node{.op = Op::number_literal, .value = n}), ValueType::number, t.offset, true};
      }
      case Tok::date:
        lexer_.take();
        return Expr{add(Node{.op = Op::number_literal, .value = t.number}), ValueType::date, t.offset};
      case Tok::text: {
        lexer_.take();
        if (t.text.empty()) fail(t, "an empty text '' is null and matches nothing: use 'is null'");
        return Expr{add(Node{.op = Op::text_literal, .literal = std::string(t.text)}), ValueType::text, t.offset};
      }
      case Tok::open_bracket: fail(t, "a list can only follow 'in' or 'not in'");
      case Tok::word: return parse_word();
      default: fail(t, "unexpected " + describe(t) + ": expected a field or a value");
    }
  }

  Expr parse_word() {
    const Token t = lexer_.take();
    if (iequals(t.source, "true") || iequals(t.source, "false"))
      return Expr{add(Node{.op = Op::yes_no_literal, .value = iequals(t.source, "true") ? 1 : 0}), ValueType::yes_no, t.offset};
    if (iequals(t.source, "null")) fail(t, "null can only be tested with 'is null' or 'is not null'");
    static constexpr std::string_view kKeywords[] = {"and", "or", "not", "in", "is", "contains"};
    for (std::string_view k : kKeywords)
      if (iequals(t.source, k)) fail(t, "unexpected " + describe(t) + ": expected a field or a value");
    const FieldInfo* field = find_field(t.source);
    if (field == nullptr) fail(t, unknown_field_problem(t.source));
    Node n{.op = Op::text_field};
    switch (field->type) {
      case ValueType::text: n.text = field->text; break;
      case ValueType::date:
        n.op = Op::date_field;
        n.date = field->date;
        break;
      case ValueType::number:
        n.op = field->number ? Op::number_field : Op::optional_number_field;
        n.number = field->number;
        n.optional_number = field->optional_number;
        break;
      case ValueType::yes_no:
        n.op = Op::yes_no_field;
        n.yes_no = field->yes_no;
        break;
    }
    return Expr{add(std::move(n)), field->type, t.offset};
  }

  std::string_view text_;
  Lexer lexer_;
  std::vector<Node>& nodes_;
  int depth_ = 0;
};

}  // namespace

Condition::Condition(std::unique_ptr<const Program> program) : program_(std::move(program)) {}
Condition::~Condition() = default;
Condition::Condition(Condition&&) noexcept = default;
Condition& Condition::operator=(Condition&&) noexcept = default;

Condition Condition::compile(std::string_view text) {
  auto program = std::make_unique<Program>();
  Parser parser(text, program->nodes);
  program->root = parser.parse_condition();
  return Condition(std::move(program));
}

bool Condition::holds(const ActionFacts& facts) const { return program_->test(program_->root, facts); }

}  // namespace tracker
