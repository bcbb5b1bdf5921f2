"""Questions asked of every token whose answer depends on its text alone, answered once per form.

Many layers ask such a question of every token of an article ("may this word start a title?",
"is it a reporting verb?"), and most tokens are not what they seek. Word forms repeat from one
article to the next, so each answer is kept, per question, in a `FormMemo`.

Every word form gets a number (`_Numbering`, shared by all questions), each document an array of
its tokens' form numbers (`_DocForms`, made once per token list), and each memo one small
integer per form number (not asked yet / no / yes). A question then costs one numpy gather over
the document's tokens, plus a call of the test for the forms never seen before: about a tenth of
what one dictionary look-up per distinct form cost.

Threads may analyse documents with one set of memos at the same time: numberings and columns are
replaced, never changed in place where another thread could read a half-made state; a thread
that loses a race computes an answer again, it never reads a wrong one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from marsad.arabic.tokens import Token

FORMS_MAX = 300_000  # numbered forms before the numbering (and every memo) starts again
# the policy of the memos that keep a value per word form in a dict (`tokens.remember`): at most
# this many forms, then all are forgotten at once, so that a long batch cannot grow them (the
# same limit as the tokenizer's memos: see `tokens._CACHE_LIMIT` for what it costs and buys)
FORMS_KEPT = 150_000

_UNASKED, _NO, _YES = 0, 1, 2
_FEW = 24  # up to this many states are written one by one (`_ask_each`)


class _Numbering:
    """Form -> number, for one generation; a full numbering is replaced by a new generation.

    Each form's match key gets a number too (`key_numbers`; `form_keys[form number]` is its
    key's): which tokens have one of a few keys is then one gather and one test over the
    document (`key_positions`), not a look at every token."""

    def __init__(self, generation: int) -> None:
        self.generation = generation
        self.numbers: dict[str, int] = {}
        self.key_numbers: dict[str, int] = {}
        self.form_keys = np.zeros(1024, dtype=np.int64)  # replaced when it grows, never shrunk
        self.lock = threading.Lock()

    def number(self, forms: list[str], tokens: list[Token]) -> tuple[list[int], int, list[tuple[int, int]]]:
        """The number of each form (a form may come more than once: the texts of `tokens`), new
        forms numbered first; with the first number this call could have given and (number, first
        token) of each form it numbered: every other form of the list has a number below that one."""
        get = self.numbers.get
        start = len(self.numbers)  # any form numbered before this is below it
        got = list(map(get, forms))
        fresh: list[tuple[int, int]] = []
        if None in got:
            # the tokens whose form had no number (a few of an article): numbered in order, then
            # their numbers filled in, the others' kept
            new = [i for i, number in enumerate(got) if number is None]
            with self.lock:  # two threads must not give one number to two forms
                numbers, keys = self.numbers, self.key_numbers
                form_keys = self.form_keys
                start = len(numbers)  # the forms numbered here are start, start + 1, ...
                for i in new:
                    form = forms[i]
                    if form not in numbers:
                        tok = tokens[i]
                        n = len(numbers)
                        fresh.append((n, i))
                        if n >= len(form_keys):  # a new array: a reader of the old one reads its own forms
                            grown = np.zeros(2 * len(form_keys), dtype=np.int64)
                            grown[: len(form_keys)] = form_keys
                            form_keys = self.form_keys = grown
                        key = keys.get(tok.key)
                        if key is None:
                            key = keys[tok.key] = len(keys)
                        form_keys[n] = key  # before the form's number is given out
                        numbers[form] = n
            for i in new:
                got[i] = get(forms[i])
        return got, start, fresh  # type: ignore[return-value]


_numbering = _Numbering(0)


@dataclass(frozen=True, slots=True)
class _DocForms:
    tokens: list[Token]
    size: int  # len(tokens) when made (a token list is never changed once made)
    generation: int
    token_forms: np.ndarray  # form number of each token
    bound: int  # a bound on the form numbers of the document (the numbering's size)
    numbering: _Numbering  # the numbering of `token_forms`
    # the document's forms numbered when it was (form number, its first token), and the first
    # number they could have had: every other form of the document is numbered below `start`
    start: int
    fresh: list[tuple[int, int]]


_last: _DocForms | None = None


def _doc_forms(tokens: list[Token]) -> _DocForms:
    """The form numbers of a token list (the last one asked about is kept: layers ask several
    questions of one document in a row)."""
    global _last, _numbering
    last = _last
    if last is not None and last.tokens is tokens and last.size == len(tokens):
        return last
    numbering = _numbering
    texts = [t.text for t in tokens]
    # the tokens' texts numbered straight away (no list of distinct forms made first: most
    # forms of an article have a number already); a numbering that may fill up on this
    # document's forms is replaced first
    if len(numbering.numbers) + len(texts) > FORMS_MAX:
        numbering = _numbering = _Numbering(numbering.generation + 1)
    numbers, start, fresh = numbering.number(texts, tokens)
    token_forms = np.array(numbers, dtype=np.int64)
    made = _DocForms(tokens, len(tokens), numbering.generation, token_forms, len(numbering.numbers), numbering,
                     start, fresh)
    _last = made
    return made


class FormMemo:
    """The answers of one test, per word form, kept across documents (see `indices_where`)."""

    __slots__ = ("_columns",)

    def __init__(self) -> None:
        # (generation, state per form number, truthy answers by form number, a number below which
        # every form has been asked (0: none known)): replaced whole
        self._columns: tuple[int, np.ndarray, dict[int, Any], int] = (-1, np.zeros(0, dtype=np.int8), {}, 0)

    def __len__(self) -> int:
        """Forms asked about so far in the current numbering."""
        return int(np.count_nonzero(self._columns[1]))

    def columns(self, doc: _DocForms) -> tuple[np.ndarray, dict[int, Any], int]:
        """(state per form number, answers, the number below which every form has been asked,
        -1 when no such number may be used)."""
        columns = self._columns
        generation, state, answers, asked = columns
        if generation == doc.generation and len(state) >= doc.bound:
            return state, answers, asked  # as they are (the usual case)
        if generation != doc.generation:
            if generation > doc.generation:  # a thread racing a new numbering: answer, keep nothing
                return np.zeros(doc.bound, dtype=np.int8), {}, -1
            generation, state, answers, asked = doc.generation, np.zeros(0, dtype=np.int8), {}, 0
        if len(state) < doc.bound:
            grown = np.zeros(max(doc.bound, 2 * len(state), 1024), dtype=np.int8)
            grown[: len(state)] = state
            state = grown
        self._columns = (generation, state, answers, asked)
        return state, answers, asked

    def asked_below(self, generation: int, state: np.ndarray, number: int) -> None:
        """Every form below `number` has been asked, in `state` (kept only if `state` is still
        the memo's: a thread that grew it meanwhile keeps its own)."""
        columns = self._columns
        if columns[0] == generation and columns[1] is state and columns[3] < number:
            self._columns = (generation, state, columns[2], number)


def _ask(tokens: list[Token], memo: FormMemo, test: Callable[[Token], Any]) -> tuple[_DocForms, np.ndarray, dict]:
    """The document's forms, the state of each of its tokens (after asking) and the memo's
    answers, with every form of the document answered."""
    doc = _doc_forms(tokens)
    state, answers, asked = memo.columns(doc)
    forms = doc.token_forms
    if asked >= doc.start:
        # every form of the document but those numbered with it has been asked (the usual case in
        # a batch where each document is asked each question): those are asked, in order, without
        # looking for the unasked ones first
        fresh = doc.fresh
        if fresh and fresh[-1][0] >= asked:
            _ask_each([(form, i) for form, i in fresh if form >= asked], tokens, test, answers, state)
            memo.asked_below(doc.generation, state, fresh[-1][0] + 1)
        states = state[forms]
        if states.all():  # else a thread replaced the memo's state meanwhile: asked below
            return doc, states, answers
    else:
        states = state[forms]
    todo = (states == _UNASKED).nonzero()[0]  # flatnonzero without its Python wrappers
    if len(todo):
        # each form not asked yet, asked of its first token; the states written together after
        # (every answer kept first: a reader that finds yes finds its answer)
        new = forms[todo]
        firsts = dict(zip(reversed(new.tolist()), reversed(todo.tolist()), strict=True))
        _ask_each(firsts.items(), tokens, test, answers, state)
        states[todo] = state[new]  # those tokens' states now (the gathered array is our own)
    return doc, states, answers


def _ask_each(pairs: Iterable[tuple[int, int]], tokens: list[Token], test: Callable[[Token], Any],
              answers: dict[int, Any], state: np.ndarray) -> None:
    """Ask `test` of each (form, token index) pair, keep the answers, then write the states together
    (every answer kept first: a reader that finds yes finds its answer)."""
    yes: list[int] = []
    no: list[int] = []
    for form, i in pairs:
        answer = test(tokens[i])
        if answer:
            answers[form] = answer
            yes.append(form)
        else:
            no.append(form)
    # most questions find no yes among a document's new forms: an empty list is not written (a
    # numpy assignment costs a microsecond or two even when it writes nothing). A short list (the
    # few new forms of an article in a long batch) is written one item at a time: ~0.1 us an
    # item against ~2 us for converting the list to an index array
    if len(yes) > _FEW:
        state[yes] = _YES
    else:
        for form in yes:
            state[form] = _YES
    if len(no) > _FEW:
        state[no] = _NO
    else:
        for form in no:
            state[form] = _NO


def indices_where(tokens: list[Token], memo: FormMemo, test: Callable[[Token], Any]) -> list[int]:
    """Indices of the tokens for which `test(token)` is truthy, in order, when the answer depends
    on the token's text alone: `memo` keeps the answer per form, so a long batch asks once per form."""
    _, states, _ = _ask(tokens, memo, test)
    return (states == _YES).nonzero()[0].tolist()


def answers_where(tokens: list[Token], memo: FormMemo, test: Callable[[Token], Any]) -> list[tuple[int, Any]]:
    """(index, answer) of the tokens for which `test(token)` is truthy, as `indices_where`."""
    doc, states, answers = _ask(tokens, memo, test)
    hits = (states == _YES).nonzero()[0]
    return list(zip(hits.tolist(), map(answers.__getitem__, doc.token_forms[hits].tolist()), strict=True))


def indices_of_forms(tokens: list[Token], test: Callable[[Token], Any]) -> list[int]:
    """Indices of the tokens for which `test(token)` is truthy, in order, for a test that depends on
    the token's text and on the document (so nothing is kept): asked once per distinct form."""
    doc = _doc_forms(tokens)
    forms, first = np.unique(doc.token_forms, return_index=True)
    yes = [form for form, i in zip(forms.tolist(), first.tolist(), strict=True) if test(tokens[i])]
    if not yes:
        return []
    return np.isin(doc.token_forms, yes).nonzero()[0].tolist()


def key_positions(tokens: list[Token], keys: Iterable[str]) -> list[int]:
    """Indices of the tokens whose match key is one of `keys`, in order: the document's tokens
    looked at in one numpy test, however many there are."""
    doc = _doc_forms(tokens)
    numbering = doc.numbering
    get = numbering.key_numbers.get
    wanted = [n for n in map(get, keys) if n is not None]
    if not wanted:
        return []  # no token of any document so far has one of the keys
    token_keys = numbering.form_keys[doc.token_forms]
    if len(wanted) == 1:
        return (token_keys == wanted[0]).nonzero()[0].tolist()
    return np.isin(token_keys, wanted).nonzero()[0].tolist()
