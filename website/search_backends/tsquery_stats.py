"""How many index entries a tsquery matches, estimated from the column's statistics
(PostgreSQL only), where the planner's guess is known to be far off.

The planner multiplies the frequencies of the words of an AND or a phrase as if they
were independent, so a phrase of words that go together is guessed far too rare:
"tiết kiệm năng lượng" 1,254 entries at 100,000 articles, where 19,766 have it. The
stored vector holds each pair of neighbouring folded words as a lexeme of its own
(migration 0015), and ANALYZE keeps the frequencies of the commonest lexemes
(``pg_stats.most_common_elems``: 818 at 100,000 articles, 398 of them pairs, down to
2.3 %). No entry matches an AND more often than its rarest part, and for words that
go together the rarest part is about right: that phrase's rarest pair is in 19.6 % of
the entries. So the estimate of:

- a listed lexeme is its frequency; one the statistics do not list is rarer than 2.3 %
  but not known: 0, "ask the planner" (which is right about rare words);
- an AND or a phrase is its rarest part;
- an OR is its rarest part too: the search's ORs are the exact and the folded forms of
  the same words (``'sấy' & 'máy' | 'may say'``), whose matches are much the same, and
  the folded side's pairs are the better estimate (the sum, a true bound, said 46,826
  for "máy sấy", where 20,790 have it);
- a prefix or a negation is unknown (None): then so is the whole.
"""

import re
import time

from django.db import connections

# The text form of a tsquery (``tsqueryout``): quoted lexemes ('' for a quote, \\ for a
# backslash) with optional prefix and weight marks, and the operators.
TOKEN = re.compile(r"\s*(?:'((?:[^'\\]|''|\\.)*)'(:\*?[A-D]*)?|(<->|<\d+>|[&|!()]))")


class _Parser:
    """Recursive descent over the tokens, by tsquery's precedence: ! binds tightest,
    then the phrase operators, then &, then |. Each rule answers the estimated share
    of entries, or None where it is unknown."""

    def __init__(self, text, frequencies):
        self.tokens = []
        position = 0
        text = text.rstrip()
        while position < len(text):
            match = TOKEN.match(text, position)
            if match is None:
                raise ValueError(f"not a tsquery: {text!r}")
            lexeme, marks, operator = match.groups()
            if operator is None:
                word = lexeme.replace("''", "'").replace("\\\\", "\\")
                self.tokens.append(("lexeme", (word, "*" in (marks or ""))))
            else:
                self.tokens.append(("op", operator))
            position = match.end()
        self.position = 0
        self.frequencies = frequencies

    def peek(self):
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self):
        token = self.peek()
        if token is None:
            raise ValueError("tsquery ends too soon")
        self.position += 1
        return token

    def _rarest(self, rule, operators):
        shares = [rule()]
        while (token := self.peek()) is not None and token[0] == "op" and operators(token[1]):
            self.take()
            shares.append(rule())
        return None if None in shares else min(shares)

    def any_of(self):
        return self._rarest(self.all_of, lambda operator: operator == "|")

    def all_of(self):
        return self._rarest(self.phrase, lambda operator: operator == "&")

    def phrase(self):
        return self._rarest(self.unary, lambda operator: operator.startswith("<"))

    def unary(self):
        kind, value = self.take()
        if kind == "lexeme":
            word, prefix = value
            return None if prefix else self.frequencies.get(word, 0.0)
        if value == "!":
            self.unary()
            return None
        if value == "(":
            share = self.any_of()
            if self.take() != ("op", ")"):
                raise ValueError("unbalanced parentheses")
            return share
        raise ValueError(f"unexpected {value!r}")


def estimate(text, frequencies):
    """The estimated share of entries that the tsquery ``text`` matches, given the
    listed lexemes' ``frequencies`` {lexeme: share}: 0 when it needs a lexeme that is
    not listed (rare), None when it is unknown (a prefix, a negation)."""
    parser = _Parser(text, frequencies)
    if not parser.tokens:
        return 0.0
    share = parser.any_of()
    if parser.peek() is not None:
        raise ValueError(f"not a tsquery: {text!r}")
    return share


# {(database alias, table): (read at, frequencies)}: the statistics change only when
# the table is analysed.
_STATISTICS = {}
STATISTICS_SECONDS = 600


def statistics(using, table, column="kcqg_vector"):
    """{lexeme: share of entries} of the commonest lexemes of ``table.column`` from
    pg_stats, or None before the table was analysed; read again after
    STATISTICS_SECONDS."""
    key = (using, table)
    now = time.monotonic()
    held = _STATISTICS.get(key)
    if held is not None and now - held[0] < STATISTICS_SECONDS:
        return held[1]
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
            "WHERE schemaname = current_schema() AND tablename = %s AND attname = %s",
            [table, column],
        )
        row = cursor.fetchone()
    found = None
    if row is not None and row[0]:
        lexemes, shares = row
        # The shares list ends with three more: the smallest, the largest, the nulls'.
        found = dict(zip(lexemes, shares[: len(lexemes)], strict=True))
    _STATISTICS[key] = (now, found)
    return found
