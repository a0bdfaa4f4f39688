"""Shallow syntax over mentions that the relation constructions share: coordination, clause openings,
relative pronouns, prepositions. Words come from the lexicon (`words:`), so the code holds only the shape."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from itertools import chain
from typing import Any

from explorer.extract.context import ACTOR_KINDS, Context, Ment
from explorer.extract.lexicon import Phrase, first_words


def actor(m: Ment) -> bool:
    """A mention that can act: not inside a title, not a place where things happen, not a news outlet."""
    return m.kind in ACTOR_KINDS and not m.in_np and not m.located and not m.media


def same_class(a: Ment, b: Ment) -> bool:
    """People coordinate with people; states, bodies and armed groups with each other."""
    return (a.kind == "person") == (b.kind == "person")


def list_next(ctx: Context, k: int) -> int:
    """After a list item ending at token k: where the next item starts ("," or "and" passed; the Arabic «و» is
    glued to it), or -1 where the list ends."""
    toks = ctx.toks
    if k < len(toks) and (toks[k].text in (",", "،") or toks[k].text in ctx.lex.w("and")):
        return k + 1
    return k if ctx.lang == "ar" and k < len(toks) and toks[k].text.startswith("و") else -1


def _past_acronym(ctx: Context, m: Ment, end: int) -> int:
    """After a listed name, past its own short form in brackets ("the Justice and Equality Movement (JEM), …")."""
    k = m.te
    if k + 2 < end and ctx.texts[k] == "(":
        inner = next((x for x in ctx.ments.starting(k + 1) if x.entity == m.entity), None)
        if inner is not None and inner.te < end and ctx.texts[inner.te] == ")":
            return inner.te + 1
    return k


def _preposed_title(ctx: Context, k: int, end: int) -> bool:
    """«برئاسة هنية، برئيس المخابرات المصرية X»: after a comma, a title with a preposition glued to it (ب, ل)
    opens another phrase (the verb's object), not the list's next item (Arabic)."""
    if ctx.lang != "ar" or k >= end or ctx.toks[k].text[:1] not in ("ب", "ل"):
        return False
    hit = ctx.lex.titles.match_at(ctx.toks, k)
    return hit is not None and len(ctx.toks[k].forms) > 1 and hit[0].words[0] != ctx.toks[k].forms[0]


def coordinated_after(ctx: Context, ments: list[Ment], i: int, end: int) -> list[Ment]:
    """Actors in a coordinated list starting at token i: "X, Y and Z" / «X وY وZ»."""
    toks, lex = ctx.toks, ctx.lex
    by = i < end and ctx.lang != "ar" and toks[i].text == "by"
    i += by
    by = by or (ctx.lang != "ar" and i > 0 and toks[i - 1].text == "by")  # (a list the caller starts after "by")
    if i < end and toks[i].text == "the":
        i += 1
    if i < end and toks[i].text == '"':
        i += 1  # «بدعم من «حزب الله»»: a quoted name
    i = _past_modifiers(ctx, ments, i, end)  # "by the separatist leaders X and Y"
    out: list[Ment] = []
    while i < end:
        m = next((x for x in ments if (x.ts == i or x.np_start == i) and not x.in_np), None)
        if m is None:
            m = next((x for x in ments if x.ts <= i < x.te), None)
            if m is None or m.in_np:
                break
        out.append(m)
        i = _past_acronym(ctx, m, end)
        if m.kind == "person":
            i = past_own_title(ctx, m, end)  # "signed by X, head of the council, and Y", "by X of South Sudan and Y"
        if i < end and toks[i].text == '"':
            i += 1  # the closing mark of a quoted name
        i = _past_aside(ctx, i, end, 0)  # "between Israel, which launched the offensive, and Hamas"
        i = past_modifier_phrase(ctx, i)  # «بين الحكومة المعترف بها دوليا والحوثيين»
        if i < end and (toks[i].text in (",", "،") or toks[i].text in lex.w("and")):
            if _attribution(ctx, i, end) or _preposed_title(ctx, i + 1, end):
                break  # "Rwanda is arming the M23, UN experts said": the speaker, not a listed name
            i += 1 + (toks[i].text == "," and i + 1 < end and toks[i + 1].text in lex.w("and"))  # "A, B, and C"
            while i < end and (toks[i].text in ("the", '"') or by and toks[i].text == "by"):
                i += 1  # "and the", «و«حزب الله»»: "and" before a quoted name; "… and by envoys of …"
            i = _past_part_of(ctx, i, end)  # "and a faction of the Arab Movement of Azawad", «وفصيل من»
            i = _past_people_of(ctx, i, end)  # "and by envoys of Ukraine, Russia and the OSCE"
            continue
        # Arabic «وروسيا»: the conjunction is glued to the next mention
        glued = i < end and ctx.lang == "ar" and toks[i].text.startswith("و")
        if glued and any(i in (x.ts, x.np_start) for x in ments):
            continue  # («والزعيم جون قرنق»: the glued "and" opens a titled name too)
        if i + 2 < end and ctx.lang == "ar" and _and_head(ctx, toks[i]) and toks[i + 1].text == '"':
            i += 2  # «بين إسرائيل وحركة «حماس»»: "and the movement" before a quoted name
            continue
        if i + 1 < end and ctx.lang == "ar" and _and_head(ctx, toks[i]) and any(x.ts == i + 1 for x in ments):
            if toks[i].text.startswith("وال"):
                break  # «من إيران والقوات الحكومية»: a definite head and its adjective, another list's
            i += 1  # «بفصائل الحشد وقوات البيشمركة»: "and the forces of" before a name that leaves its head out
            continue
        break
    return out


def _attribution(ctx: Context, i: int, end: int) -> bool:
    """ "…, US officials said", "…, the UN said": past the comma at i, a name and a few words before a verb of
    saying (`speaker_verbs`) with nothing in between that links or ends a clause is who says it (English)."""
    if ctx.lang == "ar" or ctx.toks[i].text != ",":
        return False
    verbs, stops = ctx.lex.w("speaker_verbs"), ctx.lex.any_of("and", "relative_who", "relative_pronouns")
    i += 1
    for k in range(i, min(end, i + 9)):  # (", Russia's envoy at the United Nations said")
        if ctx.texts[k] in verbs:
            return k > i
        if not (ctx.toks[k].text[:1].isalnum() or ctx.toks[k].text in _NAME_JOINS) or ctx.texts[k] in stops:
            return False  # (", Turkey's foreign ministry said", ", the Saudi-led coalition said" are speakers too)
    return False


_NAME_JOINS = ("-", "'s", "\u2019s")


def _name_modifiers(ctx: Context) -> frozenset[str]:
    """Lowercase words that belong to the name after them: "rebel leader X", "the separatist leaders X and Y"."""
    return ctx.lex.any_of("title_modifiers", "armed_before", "group_nouns")


def _past_modifiers(ctx: Context, ments: list[Ment], i: int, end: int) -> int:
    """Past lowercase modifiers ("separatist", "rebel", "former") right before a name's phrase: where the name's
    phrase starts, else i."""
    mods, ranks, k = _name_modifiers(ctx), ctx.lex.any_of("name_cues", "rank_seconds"), i
    while k < end and k - i < 5 and (ctx.texts[k] in mods or ctx.texts[k] in ranks or _rank_stop(ctx, k, ranks)):
        k += 1  # ("led by Gen. Mohamed Hamdan Dagalo", «بقيادة الفريق أول محمد حمدان دقلو»: a rank before the name)
    if k == i and k + 1 < end and (bare_head(ctx, k) or ctx.lang == "ar" and ctx.texts[k] in ctx.lex.w("region_nouns")):
        k += 1  # «مع حركة إم23», «مع تحالف الجبهة الثورية»: the kind of body before a name that leaves it out
        k += k + 1 < end and ctx.texts[k] == '"'  # («مع إقليم "أرض الصومال"»: the name quoted after it)
    return k if k > i and any(m.np_start == k or m.ts == k for m in ments) else i


def _rank_stop(ctx: Context, k: int, ranks: frozenset[str]) -> bool:
    """The full stop of an abbreviated rank ("Gen.", "Lt.")."""
    return ctx.texts[k] == "." and k > 0 and ctx.texts[k - 1] in ranks


def bare_head(ctx: Context, k: int) -> bool:
    """Token k is an Arabic organization head without a clitic («حركة», «تحالف», «جماعة»), the kind of body a
    name right after it leaves out of its own phrase."""
    return ctx.lang == "ar" and ctx.texts[k] in ctx.lex.organization_heads


def _past_people_of(ctx: Context, i: int, end: int) -> int:
    """Past "envoys of", "representatives of" (`member_people` + `people_of`): the states or bodies they come from
    are listed."""
    if i + 1 < end and ctx.texts[i] in ctx.lex.w("member_people") and ctx.texts[i + 1] in ctx.lex.w("people_of"):
        return i + 2 + (i + 2 < end and ctx.texts[i + 2] == "the")
    return i


def _past_part_of(ctx: Context, i: int, end: int) -> int:
    """Past "a faction of (the)", "elements of", «فصيل من» (`part_of_phrases`) before a listed name: the body
    itself is listed (its faction belongs to the whole)."""
    for p in ctx.lex.w("part_of_phrases"):
        words = p.split()
        if ctx.texts[i : i + len(words)] == words:
            i += len(words)
            return i + (i < end and ctx.texts[i] == "the")
    return i


def part_of_before(ctx: Context, body: Ment) -> bool:
    """ "a faction of the Umma Party", «وفصيل من حزب الأمة»: the body's name follows a `part_of_phrases` phrase (what
    is named is part of the body, not all of it)."""
    k = body.np_start - (body.np_start > 0 and ctx.texts[body.np_start - 1] == "the")
    for p in ctx.lex.w("part_of_phrases"):
        words = p.split()
        j = k - len(words)
        if j >= 0 and ctx.texts[j + 1 : k] == words[1:] and words[0] in (ctx.texts[j], ctx.toks[j].forms[-1]):
            return True
    return False


def _next_in_group(ctx: Context, ments: list[Ment], group: list[Ment], cur: Ment, m: Ment) -> Ment | None:
    toks = ctx.toks
    k = cur.te
    if k < len(toks) and toks[k].text == '"':
        k += 1
    if cur.kind == "person" and ctx.lang == "ar":
        k = _past_title(ctx, ments, k, cur)  # «تميم بن حمد أمير دولة قطر، وأخيه الأمير محمد بن سلمان»
    k = past_modifier_phrase(ctx, k)  # «الحكومة اليمنية المعترف بها دوليا والمتمردون الحوثيون»
    k = _past_apposition(ctx, cur, k)
    k = _past_aside(ctx, k, len(toks), 1)  # "sanctions on the RSF, a paramilitary group, and the army": at "and"
    k = _past_adjunct_then(ctx, k)  # "met Macron in Paris on Monday, and later Sunak"
    k = _past_own_place(ctx, k)  # "fighting Hamas in Gaza and Hezbollah in Lebanon"
    if k < len(toks) and toks[k].text == "(":  # "the Rapid Support Forces (RSF) and the army": past the short form
        close = next((x for x in range(k + 1, min(len(toks), k + 8)) if toks[x].text == ")"), None)
        k = close + 1 if close is not None else k
    joined = k < len(toks) and (ctx.texts[k] in (",", "،") or ctx.texts[k] in ctx.lex.any_of("and", "then_words"))
    joined = joined and not _attribution(ctx, k, len(toks))  # "arming the M23, UN experts said": the speaker
    if (
        not joined
        and ctx.lang == "ar"
        and k + 1 < len(toks)
        and _and_head(ctx, toks[k])
        and not any(x.ts == k and actor(x) for x in ments)  # «والجبهة الثورية» is one name: the head is in it
    ):
        k += 1  # «وحركة «إم 23»», «وجماعة "أنصار الله"»: "and" glued to a head noun before a quoted name
        while k < len(toks) and toks[k].text == '"':
            k += 1
        joined = True
    elif joined:
        k = _past_then(ctx, k + 1)  # "met Macron, and later Sunak", «التقى X، ثم Y»
        skip = _LIST_DETERMINERS | ctx.lex.w("repeated_prepositions")
        while k < len(toks) and (toks[k].text in skip or ctx.lang == "ar" and toks[k].text == "و"):
            k += 1  # "with X and with Y", "X, his Turkish counterpart,"; «X، و"Y"»: "and" parted from a quoted name
        k = _past_and_head(ctx, ments, k)  # «الحكومة السودانية، وحركة جيش تحرير السودان»: the comma, then «و» + head
        k = _past_title_qualifiers(ctx, ments, k)  # "met Berri, caretaker Prime Minister X and army commander Y"
    elif _glued_link(ctx, ments, k):
        k, joined = k + 1, True
    along = along_with(ctx, k)
    if along:
        k, joined = along, True  # «…، إلى جانب كبير الدبلوماسيين الصينيين وانغ يي», "along with"
    k, joined = _past_kin_or_nationality(ctx, ments, k, cur, joined)
    mts, mte = m.ts, m.te
    for x in ments:
        same_span, at_k = x.ts == mts and x.te == mte, x.ts == k or x.np_start == k
        if not (same_span or at_k) or x is cur or not actor(x) or not _listed_with(ctx, x, m):
            continue  # (the place first: most mentions are neither m's span nor at k, and none of the returns fit)
        if same_span and x not in group:  # «الرئيسان التركي والروسي», "both countries"
            return x
        if joined and at_k:
            return x
        glued = ctx.lang == "ar" and x.np_start == k and toks[k].text.startswith("و")
        glued = glued and (x.start > ctx.norm.offsets[ctx.tok_starts[k]] or _clitic_in_span(x, toks[k]))
        if not joined and glued:
            return x
    return None


_LIST_DETERMINERS = frozenset({"the", '"', "his", "her"})
_NAME_ROLES = frozenset({"name", "demonym", "capital", "short"})  # mentions the gazetteer finds, clitics left out


def _clitic_in_span(x: Ment, tok) -> bool:
    """A mention starting with its token's «و»: the conjunction glued to a phrase a later step spans whole
    («وسلطات إقليم تيغراي»), not the first letter of a known name («واشنطن»: the gazetteer leaves clitics out,
    so a known name that starts where its token does owns the letter)."""
    return x.role not in _NAME_ROLES and (len(tok.forms) > 1 or not x.text.startswith("و"))  # «وبن شبات»: too short


def _past_title_qualifiers(ctx: Context, ments: list[Ment], k: int) -> int:
    """Past the words that qualify the next listed person's title to where his titled phrase starts: up to three
    of `title_modifiers` / `government_qualifiers` ("caretaker", "former", "army"), or one other word that opens no
    name ("the Humanitarian Coordinator for Libya X"): "met with Berri, caretaker Prime Minister Najib Mikati, army
    commander Joseph Aoun and …", "… and the former Kenyan President X" (English; else k)."""
    if ctx.lang == "ar":
        return k
    mods, texts = ctx.lex.any_of("title_modifiers", "government_qualifiers"), ctx.texts
    for j in range(k + 1, min(len(texts), k + 4)):
        one = j == k + 1 and ctx.toks[k].is_word and not ctx.ments.starting(k)
        if texts[j - 1] not in mods and not one:
            break
        if any(x.np_start == j and x.kind == "person" and x.office for x in ments):
            return j
    return k


def _glued_link(ctx: Context, ments: list[Ment], k: int) -> bool:
    """Arabic «و» glued to a word the next item of a list opens with: a repeated preposition («مع X ومع Y»), a
    deputy word before the next person's title («X ونائب زعيم حركة طالبان Y») or "the rebels" before the name
    of an armed group («والمتمردون الحوثيون», `armed_before`)."""
    toks = ctx.toks
    if ctx.lang != "ar" or k + 1 >= len(toks) or toks[k].text[:1] != "و":
        return False
    if toks[k].forms[-1] in ctx.lex.w("repeated_prepositions"):
        return True
    armed, last = ctx.lex.w("armed_before"), toks[k].forms[-1]
    if (last in armed or "ال" + last in armed) and any(x.ts == k + 1 and actor(x) for x in ments):
        return True
    return toks[k].forms[-1] in ctx.lex.w("deputy_words") and any(
        x.np_start == k + 1 and x.kind == "person" for x in ments
    )


def _past_adjunct_then(ctx: Context, k: int) -> int:
    """Past a place or time after an object (`and_adjunct_openers`, «في», up to eight words naming no actor) to the
    comma before "and later", "then", «ثم» (`then_words`): "met Macron in Paris on Monday, and later Sunak",
    «التقى X في القدس، ثم Y»; else k."""
    texts, n = ctx.texts, len(ctx.texts)
    if k >= n or ctx.lex.any_of("and_adjunct_openers", "verb_aside_openers").isdisjoint(ctx.toks[k].forms):
        return k
    c = next((x for x in range(k + 1, min(n - 1, k + 9)) if texts[x] in (",", "،", ".", ";", ":")), -1)
    if c < 0 or texts[c] not in (",", "،") or _past_then(ctx, c + 1) == c + 1:
        return k
    return k if any(actor(m) for m in ctx.ments.ending_within(k, c)) else c


def _past_own_place(ctx: Context, k: int) -> int:
    """Past a place right after a listed name when "and" and another actor follow it ("fighting Hamas in Gaza and
    Hezbollah in Lebanon", "met Putin in Moscow and Erdogan in Ankara", «حماس في غزة وحزب الله في لبنان»): the
    place is that name's, the list goes on; else k."""
    n = len(ctx.toks)
    if k + 2 >= n or ctx.texts[k] not in ctx.lex.w("location_words"):
        return k
    place = next((m for m in ctx.ments.starting(k + 1) if m.kind == "place"), None)
    e = place.te if place is not None else -1
    nxt = next((m for m in _near(ctx, e) if actor(m) and m.np_start - e <= 2), None) if 0 < e < n else None
    if nxt is None or not _and_at(ctx, e) or nxt.te < n and verb_ending_at(ctx, nxt.te + 1, nxt.te) is not None:
        return k  # («… وحزب الله أعلن الرد»: the next name opens a clause of its own)
    return e


def _past_then(ctx: Context, k: int) -> int:
    """Past "and later", "and then", "later", «ثم» (`then_words`) at k, which go on with a list of objects one
    after the other ("met Macron in Paris, and later Sunak in London"); else k."""
    texts, then = ctx.texts, ctx.lex.w("then_words")
    k += k + 1 < len(texts) and texts[k] in ctx.lex.w("and") and texts[k + 1] in then
    return k + (k < len(texts) and texts[k] in then)


def _past_apposition(ctx: Context, cur: Ment, k: int) -> int:
    """English, after a listed person: past his own title ("met Zelensky, the Ukrainian president, and Duda", "with
    Kiir of South Sudan and Machar") and, when a comma closed it, past the "and" after that comma."""
    if cur.kind != "person" or ctx.lang == "ar":
        return k
    n = len(ctx.toks)
    past = past_own_title(ctx, cur, n)
    s = cur.np_start - (cur.np_start > 0 and ctx.texts[cur.np_start - 1] in ("the", "his", "her"))
    opened = cur.role == "coref" and s > 0 and ctx.texts[s - 1] == ","  # "Zelensky, the Ukrainian president, and"
    if past > k or opened or closed_item(ctx, cur):
        k = max(k, past)
        if k + 2 < n and ctx.texts[k] == "," and ctx.texts[k + 1] in ctx.lex.w("and"):
            return k + 1  # (the "and" is what joins the next name: ", and" read as "and")
    return k


def _past_kin_or_nationality(ctx: Context, ments: list[Ment], k: int, cur: Ment, joined: bool) -> tuple[int, bool]:
    """Past a kinship word («وأخيه الأمير …», «وشقيقه») or, after a person, "and" glued to a nationality
    adjective before the next name («الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان»; not
    «نظراءه الألماني والفرنسي», where the adjective itself stands for the counterpart)."""
    toks = ctx.toks
    if k < len(toks) and not ctx.lex.w("kin_nouns").isdisjoint(toks[k].forms):
        return k + 1, True
    if k + 1 < len(toks) and cur.kind == "person" and toks[k].text in ctx.lex.w("associate_nouns"):
        return k + 1, True  # «المنفي ونائباه موسى الكوني وعبد الله اللافي»: his deputies, named, act with him
    if cur.kind != "person" or ctx.lang != "ar" or k + 1 >= len(toks):
        return k, joined
    if (j := _counterpart_in_body(ctx, ments, k)) > k:
        return j, True
    t = toks[k]  # (after a comma too: «الرئيسان التركي أردوغان، والروسي بوتين،»)
    nationality = t.text.startswith("وال") and t.text.endswith("ي") and len(t.text) > 5
    if nationality and not any(x.ts == k and x.kind == "person" for x in ments):
        return k + 1, True
    return k, joined


def _counterpart_in_body(ctx: Context, ments: list[Ment], k: int) -> int:
    """«السوداني ونظيره في حكومة إقليم كردستان مسرور بارزاني»: "and his counterpart in" a body or state, then the
    person named: where that person starts, else k (Arabic)."""
    toks = ctx.toks
    if not toks[k].text.startswith("و") or ctx.lex.counterpart.isdisjoint(toks[k].forms[1:]):
        return k
    j = k + 1
    if j < len(toks) and toks[j].text in ctx.lex.w("inside_words"):
        body = next((m for m in ments if m.np_start == j + 1 and m.kind in ("organization", "state")), None)
        j = body.te if body is not None else j
    return j if any(m.np_start == j and m.kind == "person" for m in ments) else k


def along_with(ctx: Context, k: int) -> int:
    """After a name, "along with" / «إلى جانب» (a comma may come first): where the next name starts, else 0."""
    toks = ctx.toks
    if k < len(toks) and toks[k].text in (",", "،"):
        k += 1
    phrases = _ALONG.get(ctx.lex.lang)
    if phrases is None:  # first word → the phrases' words, built once per lexicon
        phrases = _ALONG[ctx.lex.lang] = {}
        for p in ctx.lex.w("along_with"):
            phrases.setdefault(p.split()[0], []).append(p.split())
    for words in phrases.get(toks[k].text, ()) if k < len(toks) else ():
        if [t.text for t in toks[k : k + len(words)]] == words:
            return k + len(words)
    return 0


_ALONG: dict[str, dict[str, list[list[str]]]] = {}


def _past_title(ctx: Context, ments: list[Ment], k: int, name: Ment) -> int:
    """After a name, its title in apposition and the body it names, up to a comma: where the list goes on.
    A title that introduces the name after it is not the name's («التقى لافروف رئيسَ المجلس الرئاسي الليبي، محمد
    المنفي»: Lavrov met al-Menfi; the two are not a list)."""
    c = k + (k + 1 < len(ctx.toks) and ctx.toks[k].text in (",", "،"))  # «بدر البوسعيدي، وزير الخارجية العماني، وY»
    hit = ctx.lex.titles.match_at(ctx.toks, c) if c < len(ctx.toks) else None
    if not hit or any(t.ts == c and t.person is not None and t.person is not name for t in ctx.titles):
        return k
    e = hit[1]
    while True:
        inside = next((x for x in ments if x.ts <= e < x.te and x.in_np), None)
        if inside is None:
            break
        e = inside.te
    return e if e < len(ctx.toks) and ctx.toks[e].text in (",", "،") else k


def _and_head(ctx: Context, tok) -> bool:
    heads = ctx.lex.organization_heads
    return (
        tok.text.startswith("و") and len(tok.forms) > 1 and any(f in heads or "ال" + f in heads for f in tok.forms[1:])
    )


def _past_and_head(ctx: Context, ments: list[Ment], k: int) -> int:
    """Arabic: past «و» glued to a head noun after a comma («، وحركة جيش تحرير السودان») when no actor's mention
    opens on that word (the name that follows is the next item)."""
    toks = ctx.toks
    if ctx.lang != "ar" or k + 1 >= len(toks) or not _and_head(ctx, toks[k]):
        return k
    if any((x.ts == k or x.np_start == k) and actor(x) for x in ments):
        return k
    k += 1
    while k < len(toks) and toks[k].text == '"':
        k += 1
    return k


def group_with(ctx: Context, ments: list[Ment], m: Ment) -> list[Ment]:
    """m plus actors coordinated with it ("Kerry and Lavrov", «كيري ولافروف», «كيري ونظيره الروسي»)."""
    group = [m]
    cur = m
    while True:
        nxt = _next_in_group(ctx, ments, group, cur, m)
        if nxt is None or nxt in group:
            return group
        group.append(nxt)
        cur = nxt


def group_with_left(ctx: Context, ments: list[Ment], m: Ment, asides: bool = True) -> list[Ment]:
    """The coordinated group that ends with m ("Kerry and Lavrov agreed"); `asides`: also past an aside about an
    item ("Hezbollah, the Iran-backed group, and Hamas"; not for the antecedent of a relative: "A, which …, and B,
    which backs Assad": B backs him)."""
    ordered = [x for x in ments if x.te <= m.te and actor(x)]
    group = [m]
    idx = ordered.index(m) if m in ordered else -1
    edge = m.np_start  # where the group's first phrase starts
    while idx > 0:
        prev = ordered[idx - 1]
        if prev.possessive and prev.kind == "state" and ctx.texts[prev.te : edge] in (["'s"], ["'"]):
            edge, idx = prev.np_start, idx - 1  # "… and Rwanda's Olivier Nduhungirehe": the owner opens the phrase
            continue
        if prev.entity == group[0].entity and len(group) == 1 and ctx.texts[prev.te : group[0].ts] == ["("]:
            group[0], edge, idx = prev, prev.np_start, idx - 1  # "… and the RSF (Rapid Support Forces) agreed"
            continue
        if bracketed_np_gloss(ctx, prev):
            idx -= 1  # "X, commander of the Rapid Support Forces (RSF), and Y": the short form of X's title owner
            continue
        if prev.ts == group[0].ts and prev.te == group[0].te:  # "both countries": one phrase, two actors
            group.insert(0, prev)
            idx -= 1
            continue
        if asides and (head := _apposed_head(ctx, ordered, idx, edge)) >= 0:
            prev, idx = ordered[head], head + 1  # "Hezbollah, the Iran-backed group, and Hamas": past the aside
            if _object_of_verb(ctx, prev) or not _listed_with(ctx, prev, m):
                break
            group.insert(0, prev)
            edge, idx = prev.np_start, idx - 1
            continue
        if _object_of_verb(ctx, prev) or _between_side(ctx, ordered, idx - 1, edge):
            break  # "Sisi received Abiy and Kenya's Ruto hosted Burhan": Abiy is the object of the verb before
        if _joins(ctx, prev, group, edge) and _listed_with(ctx, prev, m):
            group.insert(0, prev)
            edge, idx = prev.np_start, idx - 1
            continue
        break
    return group


def listed_before(ctx: Context, edge: int, find: Callable[[int], Ment | None]) -> list[Ment]:
    """The names listed with "and" or a comma right before token `edge`, in reading order: `find` gives the one
    that ends at a token (None ends the list). "the US and Albanian-sponsored resolution": the names a hyphenated
    compound's own name has listed before it, which no coordination the syntax reads holds (English)."""
    out: list[Ment] = []
    while edge >= 2 and (ctx.texts[edge - 1] in ctx.lex.w("and") or ctx.texts[edge - 1] == ","):
        prev = find(edge - 1)
        if prev is None:
            break
        out.insert(0, prev)
        edge = prev.ts
    return out


def _between_side(ctx: Context, ordered: list[Ment], k: int, edge: int) -> bool:
    """ "Despite the meeting between A and B, C went on a tirade against X": B, the second side "between"
    introduces, ends an adjunct a comma closes; it is not listed with C (English)."""
    if ctx.lang == "ar" or k < 1 or ctx.texts[ordered[k].te : edge] != [","]:
        return False
    a, b = ordered[k - 1], ordered[k]
    opened = a.np_start > 0 and ctx.texts[a.np_start - 1] in ctx.lex.w("between")
    return opened and ctx.texts[a.te : b.np_start] == ["and"]


def _apposed_head(ctx: Context, ordered: list[Ment], idx: int, edge: int) -> int:
    """ "Hezbollah, the Iran-backed Lebanese group, and Hamas", "Sisi, who hosted the talks, and Tamim", "Fano, an
    Amhara militia, and the OLA": before ", and" that opens the group's first phrase at `edge`, an aside
    (`aside_close`) describes the name before its opening comma, which is listed with the group. The index in
    `ordered` of that name, or -1."""
    texts = ctx.texts
    k = edge - 1 - (edge > 0 and texts[edge - 1] == "the")
    if ctx.lang == "ar" or k < 3 or texts[k] not in ctx.lex.w("and") or texts[k - 1] != ",":
        return -1
    opening = next((c for c in range(k - 2, max(0, k - 16), -1) if texts[c] in _ASIDE_STOPS), -1)
    if opening < 1 or aside_close(ctx, opening, k + 1) != k - 1:
        return -1
    return next((n for n in range(idx - 1, -1, -1) if ordered[n].te == opening), -1)


_ASIDE_STOPS = frozenset((",", "،", ";", "؛", ":", "(", ")", "."))
_COMMAS = (",", "،")


def aside_close(ctx: Context, o: int, end: int) -> int:
    """The comma that closes an aside about the name before the comma at o, where "and" follows it: an article, a
    relative pronoun or a participle with "by" opens it (`apposition_openers`; ", the Iran-backed group, and", ",
    who hosted the talks, and", ", backed by Iran, and"; «الجيش، الذي يقوده البرهان، وقوات الدعم السريع», «،
    المدعومة من إيران، و…»). -1 when there is none, or the commas hold another list item ("Egypt, the UAE, and
    Qatar") or who says it ("Hamas, the army said, and …")."""
    texts = ctx.texts
    if o + 3 >= end or texts[o] not in _COMMAS or not _aside_opener(ctx, o):
        return -1
    c = next((x for x in range(o + 2, min(end, o + 15)) if texts[x] in _ASIDE_STOPS), -1)
    if c < 0 or texts[c] not in _COMMAS or c + 1 >= end or not _and_at(ctx, c + 1) or _attribution(ctx, o, c):
        return -1
    head = next((x for x in ctx.ments.ending(o) if actor(x)), None)
    if head is None:
        return -1
    # another name opens the commas: a list item ("Egypt, the UAE, and Qatar"; "which Israel, the US and the EU
    # list as …, and Fatah": Israel is in a list); a demonym or the head's own description is no other item
    item = next((x for x in _near(ctx, o) if actor(x) and x.np_start <= o + 2 and x.entity != head.entity), None)
    relative = texts[o + 1] in ctx.lex.any_of("relative_who", "relative_asides")  # ("which Kinshasa says …")
    return -1 if item is not None and not relative and (item.role != "demonym" or item.te == c) else c


def _aside_opener(ctx: Context, o: int) -> bool:
    """The word after the comma at o opens an aside: an article or relative pronoun (`apposition_openers`), a
    participle with "by" (English) or a participle of backing (Arabic, `adjective_participles`)."""
    if ctx.texts[o + 1] in ctx.lex.w("apposition_openers"):
        return True
    if ctx.lang == "ar":
        return not ctx.lex.w("adjective_participles").isdisjoint(ctx.toks[o + 1].forms)
    return _participle_by(ctx, o)


def _and_at(ctx: Context, k: int) -> bool:
    """ "and" at token k, or (Arabic) «و» glued to an actor's name that starts there («وقوات الدعم السريع»)."""
    tok = ctx.toks[k]
    if ctx.lang != "ar":
        return tok.text in ctx.lex.w("and")
    glued = tok.text.startswith("و") and len(tok.forms) > 1 and tok.text not in ctx.lex.w("waw_words")
    return tok.text in ctx.lex.w("and") or glued and any(actor(x) and x.np_start == k for x in _near(ctx, k))


def _near(ctx: Context, k: int) -> list[Ment]:
    """The mentions that end within eight tokens after k (a titled name starts past its title)."""
    return ctx.ments.ending_within(k, min(len(ctx.toks), k + 9))


def past_modifier_phrase(ctx: Context, k: int) -> int:
    """Past a set phrase that describes the name before it and names no one (`name_modifier_phrases`: «المعترف
    بها دوليا», «المنتهية ولايته», «المدعوم إماراتيا»), so the list of names goes on after it; else k."""
    phrases = ctx.lex.w("name_modifier_phrases")
    for n in (3, 2):
        if k + n <= len(ctx.texts) and " ".join(ctx.texts[k : k + n]) in phrases:
            return k + n
    return k


def _past_aside(ctx: Context, k: int, end: int, step: int) -> int:
    """At the comma at k that opens an aside about the name before it (`aside_close`): its closing comma plus
    `step` (1: the "and" after it); else k."""
    c = aside_close(ctx, k, end) if k < end and ctx.texts[k] in _COMMAS else -1
    return c + step if c >= 0 else k


def past_verb_aside(ctx: Context, j: int, te: int) -> int:
    """Past an aside of time, place or circumstance set off by commas right after the verb: "signed, under UN
    auspices, a ceasefire with the GNA", "agreed, after talks in Pretoria, to a truce", «وكان المغرب قد وقع، في ديسمبر
    الماضي، مع إسرائيل إعلاناً» (its first word one of `verb_aside_openers`, up to twelve words, no other comma): the
    object follows it. j when there is none."""
    texts, commas = ctx.texts, (",", "،")
    if j + 3 >= te or texts[j] not in commas:
        return j
    # («اعتبر العراق، الأحد، الهجوم …»: a day with its article, `time_adverbs`, opens one too)
    opener = not ctx.lex.w("verb_aside_openers").isdisjoint(ctx.toks[j + 1].forms)
    if not opener and texts[j + 1] not in ctx.lex.w("time_adverbs"):
        return j
    c = next((k for k in range(j + 2, min(te, j + 14)) if texts[k] in commas or texts[k] in (".", ":", ";", "؛")), -1)
    return c + 1 if c > 0 and texts[c] in commas and c + 1 < te else j


def _participle_by(ctx: Context, c: int) -> bool:
    """ ", backed by Iran,": a passive participle and its "by" right after the comma at c (English)."""
    texts = ctx.texts
    return c + 2 < len(texts) and texts[c + 1].endswith(("ed", "en")) and texts[c + 2] == "by"


def _object_of_verb(ctx: Context, m: Ment) -> bool:
    """A name right after a verb of relation (English; not a verb of saying, whose clause may open with a
    subject: "said Russia and Iran backed Assad") is that verb's object, no part of a later verb's subject."""
    if ctx.lang == "ar":
        return False
    ends = {m.np_start, m.np_start - (m.np_start > 0 and ctx.texts[m.np_start - 1] in ("the", "a", "an"))}
    return any((hit := verb_ending_at(ctx, k)) is not None and hit[0].label != "states" for k in ends)


def verb_ending_at(ctx: Context, k: int, lo: int = 0) -> tuple[Phrase, int] | None:
    """The verb trigger (phrase, end) that ends right before token k, starting at most three tokens before it and
    not before `lo` (a sentence's start); None when there is none."""
    hits = ctx.trigger_hits[1]
    for x in range(max(lo, k - 3), k):
        hit = hits.get(x)
        if hit is not None and hit[1] == k and not hit[0].nominal:
            return hit
    return None


def object_after_subject(ctx: Context, i: int, sent_ts: int) -> bool:
    """«وانتقدت الصين دعم واشنطن لتايبيه», «وأدان المجلس الرئاسي قصف …»: right after a verb of relation and the
    name of its subject (Arabic, verb first), a verb's word at i is that verb's object: a noun, no second verb."""
    if ctx.lang != "ar":
        return False
    subject = ctx.ending_at(i)
    if subject is None or not actor(subject):
        return False
    prev = verb_ending_at(ctx, subject.np_start, sent_ts)
    if prev is None or prev[0].label not in ("opposes", "supports", "states"):
        return False
    own = ctx.trigger_hits[1].get(i)  # «وأكدت الدول الثلاث دعمها»: "their support", the subject's own (its verb)
    return own is None or not pronoun_suffix(ctx, ctx.toks[i], own[0].words[0])


def opens_clause(ctx: Context, m: Ment) -> bool:
    """A verb of relation follows the name (English, past auxiliaries): "… and Turkey armed the RSF": the name is
    the subject of a clause of its own, not listed with the names before."""
    return ctx.lang != "ar" and verb_follows(ctx, m.te)


def verb_follows(ctx: Context, v: int) -> bool:
    """A verb of relation starts at token v, past auxiliaries ("has rejected"): a trigger not of the lexicon's nouns."""
    n = len(ctx.toks)
    while v < n and ctx.texts[v] in ctx.lex.w("auxiliaries"):
        v += 1  # "and Israel has rejected"
    hit = ctx.trigger_hits[1].get(v) if v < n else None
    return hit is not None and not hit[0].nominal


def bracketed_np_gloss(ctx: Context, prev: Ment) -> bool:
    """A bracketed short form right after a name that only modifies a phrase (a title's owner): "(RSF)" in
    "commander of the Rapid Support Forces (RSF)"."""
    if prev.ts < 2 or ctx.texts[prev.ts - 1] != "(" or prev.te >= len(ctx.toks) or ctx.texts[prev.te] != ")":
        return False
    return any(x.in_np for x in ctx.ments.ending(prev.ts - 1))


def _listed_with(ctx: Context, prev: Ment, m: Ment) -> bool:
    """Whether prev may stand in m's list: the same class, or states and the leaders an article names for states
    ("the leaders of Russia, Ukraine and France", where "Russia" and "France" are also Putin and Hollande): what
    the leaders do, their states do (the engine's office proxies)."""
    return same_class(prev, m) or (_state_like(ctx, prev) and _state_like(ctx, m))


def _state_like(ctx: Context, x: Ment) -> bool:
    """A state, or the office holder an article names on a state's words («leaders of Russia»: Putin)."""
    if x.kind == "state":
        return True
    return (
        x.kind == "person"
        and x.role == "coref"
        and bool(x.office)
        and any(y.kind == "state" and y.te == x.te for y in ctx.ments.starting(x.ts))
    )


def _joins(ctx: Context, prev: Ment, group: list[Ment], edge: int) -> bool:
    """What stands between an actor and the group after it joins them: "and", a comma, «و», "along with"."""
    lo = past_own_title(ctx, prev, edge)
    between = ctx.texts[lo:edge]
    if _title_then_comma(ctx, between, lo):
        between = ["and"]  # "President Salva Kiir and head of the opposition, Riek Machar signed"
    if between[:2] == [",", "and"] and len(between) <= 3 and closed_item(ctx, prev):
        between = between[1:]  # "Syria's president, Ahmed al-Sharaa, and Mazloum Abdi", "Russia, China, and Iran"
    if prev.kind == "state" and len(between) > 1 and between[0] in ctx.lex.w("regime_nouns") and ctx.lang != "ar":
        between = between[1:]  # "The Kiev government and separatist rebels signed": the state's government
    glued = ctx.lang == "ar" and not between and ctx.toks[edge].text.startswith("و")
    between = [w for w in between if w != '"']  # «إسرائيل و«حزب الله»», «"حماس" و"الجهاد"»
    if ctx.lang == "ar" and len(between) == 1 and _and_kind_word(ctx, between[0]):
        between = ["و"]  # «الجيش السوداني وميليشيا "الدعم السريع"», «الحكومة وحركة "الشباب"»: "and" + what it is
    between = _past_brackets(between)  # "Al Qaeda in the Islamic Maghreb (AQIM) and Ansar Dine"
    if len(between) > 1 and between[0] == "and" and group[0].np_start < group[0].ts:
        between = _past_title_words(ctx, between)  # "Salva Kiir and rebel leader Riek Machar signed"
    if len(between) > 1 and between[0] == "and":
        between = _past_conjunct_modifiers(ctx, between)  # "the army and the rival paramilitary RSF agreed"
    if 2 < len(between) <= 5 and between[0] == "and" and between[-1] in ("'s", "'"):
        between = ["and"]  # "Yemen's government and the country's Houthi rebels": an owner opens the next item
    goes_on = group[-1].te < len(ctx.toks) and ctx.texts[group[-1].te] == "and"  # "A, the B and other groups"
    if between == [",", "the"] and (len(group) > 1 or goes_on):
        between = [","]  # "Saudi Arabia, the United Arab Emirates and Jordan": a list, not an apposition
    words = [w for w in between if w not in (",", "،")]
    if words[-1:] == ["the"]:
        words = words[:-1]  # "A, along with the B": the article opens B's phrase
    along = " ".join(words) in ctx.lex.any_of("along_with", "addition_phrases")  # "A, along with B", "as well as"
    if not (glued or along or between in (["and"], [","], ["و"], ["،"], ["and", "the"])):
        return False
    # "Speaking after talks with Zelensky, Erdogan said …": the first is the preposition's
    return not (between in ([","], ["،"]) and _after_with(ctx, prev))


def _and_kind_word(ctx: Context, word: str) -> bool:
    """«وميليشيا», «وحركة», «والمتمردون»: «و» glued to a noun saying what the next name is (an organization head,
    `armed_before`, `descriptor_heads`), whose name follows it quoted or apart (Arabic)."""
    rest = word[1:]
    if word[:1] != "و" or len(rest) < 3:
        return False
    kinds = ctx.lex.any_of("armed_before", "descriptor_heads")
    return rest in kinds or rest in ctx.lex.organization_heads


def past_own_title(ctx: Context, prev: Ment, edge: int) -> int:
    """After a listed person, past the title that follows his name: "X of South Sudan and Y", "X, the commander
    of the SDF, and Y" (to the comma that closes the apposition): where the words that join him to the next
    name start."""
    k = prev.te
    if prev.kind != "person" or k >= edge:
        return k
    comma = ctx.texts[k] in (",", "،")
    for t in ctx.titles:
        if t.person is not prev:
            continue
        e = max([t.te] + [x.te for x in t.of])
        if not comma and e > k and (t.ts == k or ctx.texts[k] == "of"):
            return e  # ("President X of South Sudan": the title before the name, its owner after)
        if not k + comma <= t.ts <= k + comma + 3:
            continue
        e = _past_short_form(ctx, e, edge)  # "X, commander of the Rapid Support Forces (RSF), and Y"
        return e if e < edge and ctx.texts[e] in (",", "،") and "," not in ctx.texts[k + 1 : e] else k
    return k


def _past_short_form(ctx: Context, e: int, edge: int) -> int:
    """Past a bracketed short form right after a title's owner ("… Liberation Movement/Army (SPLM/A)", "… of Korea
    (DPRK)"): the token after its closing bracket, else e."""
    lo = max(0, e - 6)
    opened = max((x for x in range(lo, min(edge, e + 1)) if ctx.texts[x] == "("), default=-1)
    if opened < 0 or ")" in ctx.texts[opened:e]:
        return e
    close = next((x for x in range(e, min(edge, opened + 8)) if ctx.texts[x] == ")"), None)
    return close + 1 if close is not None else e  # (the title may hold the bracket, or stop inside it)


def closed_item(ctx: Context, prev: Ment) -> bool:
    """ ", and" after a list item that a comma opened: a person in apposition after his title ("Syria's interim
    president, Ahmed al-Sharaa, and …") or before it ("X, the commander of Y, and …", past by `past_own_title`),
    or the last but one of a list with a serial comma ("Russia, China, and Iran")."""
    if prev.kind == "person":
        for t in ctx.titles:
            if t.person is prev and (t.ts >= prev.te or t.te == prev.ts - 1 and ctx.texts[t.te] in (",", "،")):
                return True
    s = prev.np_start
    s -= s > 2 and ctx.texts[s - 1] == "the"  # "Egypt, the United Arab Emirates, and Saudi Arabia"
    if s < 2 or ctx.texts[s - 1] not in (",", "،"):
        return False
    before = next((m for m in ctx.ments.ending(s - 1) if actor(m)), None)
    return before is not None and same_class(before, prev)


def _past_brackets(between: list[str]) -> list[str]:
    """The words after a name's bracketed short form or gloss ("(AQIM)", «(الدعم السريع)»), which names no one else;
    [")", "and"] when the short form is the name before (its own mention)."""
    if between[:1] == [")"]:
        return between[1:]
    if between[:1] == ["("] and ")" in between[:8]:
        return between[between.index(")") + 1 :]
    return between


def _past_title_words(ctx: Context, between: list[str]) -> list[str]:
    """Between "and" and a titled name, the title's own modifiers ("rebel", "opposition", "former") belong to
    the next name: ["and", "rebel"] is ["and"]."""
    mods = _name_modifiers(ctx)
    return ["and"] if all(w in mods for w in between[1:]) else between


def _title_then_comma(ctx: Context, between: list[str], lo: int) -> bool:
    """ "and head of the opposition," before a name: "and", a title that opens right after it (or after "the"),
    and the one comma that sets the name after it off (English)."""
    if ctx.lang == "ar" or len(between) > 8 or between[:1] != ["and"] or between[-1:] != [","]:
        return False
    k = lo + 1 + (len(between) > 2 and between[1] == "the")
    return "," not in between[:-1] and any(t.ts == k and t.person is None for t in ctx.titles)


def _past_conjunct_modifiers(ctx: Context, between: list[str]) -> list[str]:
    """Between "and (the)" and the next name, words that describe that name and name no one (`conjunct_modifiers`,
    the name modifiers, or a compound "Iran-backed", "eastern-based"), with the country as their owner and a noun
    of what the name is (`descriptor_heads`, then "of (the)"): ["and", "the", "rival", "paramilitary"] and ["and",
    "the", "country", "'s", "main", "armed", "movement"] ("Angola and the country's main armed movement UNITA
    signed …") are ["and", "the"]; so is ["and", "the", "rebels", "of", "the"]."""
    rest = between[1 + (between[1] == "the") :]
    mods = ctx.lex.any_of("conjunct_modifiers", "title_modifiers", "armed_before", "descriptor_heads")
    participles = ctx.lex.w("compound_participles")
    k = 0
    while k < len(rest):
        if k + 2 < len(rest) and rest[k + 1] == "-" and rest[k + 2] in participles:
            k += 3
        elif k == 0 and rest[k] in ctx.lex.w("country_nouns") and rest[k + 1 : k + 2] in (["'s"], ["'"]):
            k += 2  # "the country's"
        elif rest[k] in mods or rest[k] in ("of", "the") and k > 0 and rest[k - 1] in mods | {"of"}:
            k += 1
        else:
            return between
    return between[: 1 + (between[1] == "the")] if rest else between


def _after_with(ctx: Context, m: Ment) -> bool:
    """The name is the object of "with" / «مع» (or of «مع» glued to it: «ومع»)."""
    k = m.np_start - 1
    return k >= 0 and (ctx.toks[k].text in ctx.lex.w("with") or ctx.toks[k].text[1:] in ctx.lex.w("with"))


def clause_break_at(ctx: Context, k: int) -> bool:
    """A comma then a word that opens a new clause (`clause_breaks`: ", while …", ", as a government offensive …",
    ", but their delegations held talks"), not ", as well as" or ", but also", which go on with the list."""
    if ctx.texts[k] not in ctx.lex.w("clause_breaks") or k == 0 or ctx.texts[k - 1] not in (",", "،"):
        return False
    return not (k + 1 < len(ctx.texts) and ctx.texts[k + 1] in ("well", "also"))


def last_clause_break(ctx: Context, lo: int, hi: int) -> int:
    """The last clause break between two token positions (", as a government offensive backed by …": the
    participle's clause starts there), else lo."""
    lo = max(lo, 0)
    if ctx.lex.w("clause_breaks").isdisjoint(ctx.texts[lo:hi]):
        return lo
    return max([lo] + [k for k in range(lo, hi) if clause_break_at(ctx, k)])


def one_of(ctx: Context, tok, words: frozenset[str]) -> bool:
    """The word, or in Arabic the word behind a leading «و» or «ف» («ولم», «فلن», «ويتوقع»): short particles keep
    their clitic in the token's forms, which strip only down to three letters."""
    t = tok.text
    return t in words or (ctx.lang == "ar" and t[:1] in ("و", "ف") and t[1:] in words)


_GLUED: dict[frozenset[str], frozenset[str]] = {}  # (Arabic; in another language a word stands alone)


def _glued(ctx: Context, words: frozenset[str]) -> frozenset[str]:
    """The tokens `one_of` accepts for `words`: the words and, in Arabic, each behind «و» or «ف», so that a
    window of tokens is tested with one set check in C."""
    if ctx.lang != "ar":
        return words
    got = _GLUED.get(words)
    if got is None:
        got = _GLUED[words] = words | {c + w for w in words for c in "وف"}
    return got


def negated(ctx: Context, i: int, sent_ts: int) -> bool:
    """A negation within two words before the trigger ("did not meet", «لم يلتق», «ولم يجتمع»), or before a verb
    of taking part a few words before it ("will not take part in the talks with")."""
    window = ctx.texts[max(sent_ts, i - 2) : i]
    if not _glued(ctx, ctx.lex.negations).isdisjoint(window) or _nor_subject(ctx, i, sent_ts):
        return True
    texts, lo = ctx.texts, max(sent_ts, i - 5)
    phrases = ctx.lex.w("negation_phrases")  # «ولم تعد تركيا تدعم»: no longer; «لم يسبق لإسرائيل أن تفاوضت»: never
    if phrases and not first_words(phrases).isdisjoint(texts[lo : i - 1]):  # (most triggers: none, one check in C)
        if any(" ".join(texts[k : k + 2]) in phrases for k in range(lo, i - 1)):
            return True
    if _participation_negated(ctx, lo, i, sent_ts):
        return True
    return ctx.lang != "ar" and (
        any(t.endswith("n't") for t in window) or _denied_gerund(ctx, i, sent_ts) or _absent_noun(ctx, i, sent_ts)
    )


def _absent_noun(ctx: Context, i: int, sent_ts: int) -> bool:
    """ "ended the talks without a final peace deal", "with no lasting agreement": "no" or "without" (and its
    article) before the trigger's noun phrase, past up to seven lowercase modifiers and hyphens (English)."""
    texts, toks, k = ctx.texts, ctx.toks, i
    while k > sent_ts and i - k < 7 and (toks[k - 1].text == "-" or toks[k - 1].text.isalpha()
                                         and toks[k - 1].text.islower() and texts[k - 1] not in _ABSENCE):
        k -= 1
    if k == i or k <= sent_ts:
        return False  # (right before the trigger: the two-word window has seen it)
    k -= texts[k - 1] in ("a", "an") and k - 1 > sent_ts
    return texts[k - 1] in ("no", "without")


_ABSENCE = frozenset({"no", "without", "a", "an", "any"})


def _denied_gerund(ctx: Context, i: int, sent_ts: int) -> bool:
    """ "The UAE has repeatedly denied providing military support to the RSF", "Iran denies sending drones to help
    Russia": a denial verb (`denial_verbs`) with an -ing verb right after it, the trigger further on in its phrase
    (words only, no "and"/"but", no name between that would be the trigger's own subject)."""
    texts, toks = ctx.texts, ctx.toks
    lo = max(sent_ts, i - 8)
    k = next((x for x in range(i - 2, lo - 1, -1) if texts[x] in ctx.lex.w("denial_verbs")), -1)
    if k < 0 or not texts[k + 1].endswith("ing"):
        return False
    stops = ctx.lex.any_of("and", "clause_openers")
    if any(not toks[x].is_word or texts[x] in stops for x in range(k + 2, i)):
        return False
    return not any(m.kind in ACTOR_KINDS for m in ctx.ments.ending_within(k + 2, i))


def _participation_negated(ctx: Context, lo: int, i: int, sent_ts: int) -> bool:
    """ "will not take part in the talks with", "did not participate in": a negated verb of taking part (from
    token lo) whose preposition comes before the trigger at i."""
    verbs, forms, texts = ctx.lex.w("participation_verbs"), ctx.forms, ctx.texts
    if verbs.isdisjoint(chain.from_iterable(forms[lo:i])):
        return False  # (most triggers: no such verb before them, one check in C)
    neg, preps = _glued(ctx, ctx.lex.negations), ctx.lex.w("participation_prepositions")
    for k in range(lo, i):
        if not verbs.isdisjoint(forms[k]) and not neg.isdisjoint(texts[max(sent_ts, k - 2) : k]):
            return not preps.isdisjoint(texts[k + 1 : i])  # ("did not take long to attack": no part taken)
    return False


def _nor_subject(ctx: Context, i: int, sent_ts: int) -> bool:
    """ "Neither the opposition nor the government has signed it": a subject after "nor" (`correlative_negations`)
    with no comma or clause break before the verb negates it."""
    nor, stops = ctx.lex.w("correlative_negations"), {",", ";", ":", "،"}
    for k in range(i - 1, max(sent_ts, i - 10) - 1, -1):
        if ctx.texts[k] in stops:
            return False
        if ctx.texts[k] in nor:
            return True
    return False


_REFUSABLE = ("meets", "phones", "visits", "negotiates_with", "agrees_with", "supports", "fights")


def refused_object(ctx: Context, i: int, sent_ts: int, rtype: str) -> bool:
    """«رفضت قوات الدعم السريع التوقيع على …», «نفت حماس إجراء أي مفاوضات», «لم يجر بوتين أي اتصال»: a noun
    trigger that is the object of a verb, before its subject, that refuses, denies or is negated. Between the two
    stand only the subject's name and light words (`object_fillers`: «إجراء», «أي», «يجر»; `denied_part_words`:
    "Hezbollah denied any role in the attack on …", «نفت الحركة أي علاقة لها بالهجوم»: a part denied is none taken)."""
    refusals = ctx.lex.w("refusal_verbs")
    if not refusals or rtype not in _REFUSABLE:
        return False
    # (`one_of` as set look-ups: a token is one of the words, glued or not, when it is in their `_glued` set)
    fillers = _glued(ctx, ctx.lex.w("object_fillers") | ctx.lex.w("denied_part_words"))
    texts, covered = ctx.texts, ctx.covered
    refusing, negating = _glued(ctx, refusals), _glued(ctx, ctx.lex.negations)
    for k in range(i - 1, max(sent_ts, i - 9) - 1, -1):
        t = texts[k]
        if t in refusing or t in negating:
            return True
        if not (covered[k] or t in fillers):
            return _refused_past_and(ctx, k, i, sent_ts, refusing | negating)
    return False


def _refused_past_and(ctx: Context, k: int, i: int, sent_ts: int, refusing: frozenset[str]) -> bool:
    """«رفض الحزب الشيوعي ولجان المقاومة التوقيع على …»: the subject's second item, «و» and up to two words no
    name covers, after a named first item that follows the refusing verb (Arabic)."""
    if ctx.lang != "ar":
        return False
    texts, covered = ctx.texts, ctx.covered
    x = next((x for x in range(k, max(sent_ts, k - 3) - 1, -1) if texts[x].startswith("و") and len(texts[x]) > 2), None)
    if x is None or x == sent_ts or not covered[x - 1] or any(covered[y] for y in range(x, k + 1)):
        return False
    y = x - 1
    while y > max(sent_ts, i - 12) and covered[y - 1]:
        y -= 1  # the first item's name
    return y > sent_ts and texts[y - 1] in refusing


_EVENTS = ("meets", "phones", "visits", "negotiates_with", "agrees_with", "supports", "opposes", "fights")
_WISHED = ("meets", "phones", "visits", "negotiates_with", "agrees_with")  # (a stance or a war wished is held)


def _undone(ctx: Context) -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
    """Words that, shortly before a trigger, leave its event undone, with the events they apply to: "fears a
    Kurdish offensive", «لن تسمح بشن هجمات على إيران» (feared or barred); "wants to sign", "seeks talks with",
    «تريد توقيع» (wished); "Qatar prevented a meeting between", «منعت عقد لقاء» (barred)."""
    return (
        (ctx.lex.w("unrealized_fight_words"), ("fights",)),
        (ctx.lex.w("wish_words"), _WISHED),
        (ctx.lex.w("barred_event_words"), ("meets", "phones", "visits", "negotiates_with")),
    )


def _agreed_upon_event(ctx: Context, i: int, sent_ts: int) -> bool:
    """ "agreed to a number of further meetings", "agreed on future talks": an event noun right after a word of
    what is still to come (`coming_event_modifiers`), with a verb of agreeing or planning (`event_plan_verbs`)
    within eight words before it, is to be held, not held (English; "held further talks" stays); so is the verb
    right after such a verb and "to" ("agreed to meet again next month", "agreed to hold talks")."""
    verbs, texts = ctx.lex.w("event_plan_verbs"), ctx.texts
    k = i - 1 - (i - 1 > sent_ts and texts[i - 1] in ctx.lex.w("event_light_verbs"))  # ("agreed to hold talks")
    if k - 1 >= sent_ts and texts[k] == "to" and texts[k - 1] in verbs:
        return True
    if i < 1 or ctx.texts[i - 1] not in ctx.lex.w("coming_event_modifiers"):
        return False
    return not verbs.isdisjoint(ctx.texts[max(sent_ts, i - 9) : i - 1])


def modal(ctx: Context, i: int, sent_ts: int, rtype: str) -> bool:
    """ "may meet", "is expected to sign", «من المقرر أن يلتقي», «ويتوقع أن يجتمع», «قد يلتقي»: an event not (yet)
    happened is not a relation."""
    if rtype not in _EVENTS:
        return False
    if rtype not in ("supports", "opposes") and future(ctx, i, sent_ts) and not _commitment(ctx, i, rtype):
        return True  # "will meet", «سيلتقي», «سوف يوقع»: not yet; "will support", «ستدعم» is a stance held now
    if rtype in ("meets", "phones", "visits", "negotiates_with") and _agreed_upon_event(ctx, i, sent_ts):
        return True
    words = ctx.lex.w("modal_words")
    if rtype in ("supports", "opposes") and ctx.lex.has("support_modal_words"):
        words = ctx.lex.w("support_modal_words")  # "it will continue to back", "is ready to impose sanctions on"
    lo = max(sent_ts, i - 4)
    if rtype == "agrees_with" and (_purpose(ctx, lo, i) or _sought(ctx, i, sent_ts)):
        return True
    lo = _and_window(ctx, i, sent_ts, lo)
    if _demanded(ctx, sent_ts, i, rtype):
        return True
    if rtype not in ("supports", "opposes") and _hypothetical_clause(ctx, i, sent_ts):
        return True
    if any(rtype in types and not _glued(ctx, words).isdisjoint(ctx.texts[lo:i]) for words, types in _undone(ctx)):
        return True  # feared, barred or wished: not done
    if _modal_cues(ctx, words).isdisjoint(ctx.texts[lo:i]):
        return False  # (most triggers: one check in C for the three below)
    going_on = not ctx.lex.w("going_on_words").isdisjoint(ctx.texts[max(lo, i - 3) : i])
    if going_on and rtype in ("fights", "negotiates_with"):
        return False  # "would keep fighting", "will continue talks with": a war or talks that go on are held
    if not _glued(ctx, words).isdisjoint(ctx.texts[lo:i]) or _may(ctx, lo, i):
        return True
    near = ctx.lex.w("near_words")  # "were close to a deal", «اقتربا من اتفاق»: not reached yet
    if first_words(near).isdisjoint(ctx.texts[lo:i]):
        return False  # (most triggers: one check in C instead of a joined pair per word)
    return any(" ".join(ctx.texts[k : k + 2]) in near or ctx.texts[k] in near for k in range(lo, i))


def _and_window(ctx: Context, i: int, sent_ts: int, lo: int) -> int:
    """Where modal words before a verb after "and" are looked for: "has to be signed and ratified", "may meet and
    sign" share the modal (six words back); "said the war 'must end' and accused X" does not (the past verb is the
    speaker's)."""
    if not (i - 2 > sent_ts and ctx.texts[i - 1] in ctx.lex.w("and")):
        return lo
    if _past_after_bare(ctx, i):
        return i - 1
    return max(sent_ts, i - 6) if ctx.free(i - 2, i - 1) and ctx.toks[i - 2].is_word else lo


def _past_after_bare(ctx: Context, i: int) -> bool:
    """ "said the war must end and accused X": a past form after "and" and a verb that is not one is no second
    verb of the modal; it goes with the clause's own past verb (English)."""
    k = i - 2 - (not ctx.toks[i - 2].is_word)  # (past a closing quotation mark)
    return ctx.lang != "ar" and ctx.texts[i].endswith("ed") and ctx.toks[k].is_word and not ctx.texts[k].endswith("ed")


_GATE_CUES: dict[tuple[str, int], tuple[object, frozenset[str], frozenset[str], tuple[str, ...]]] = {}


def gate_cues(ctx: Context, i: int, sent_ts: int) -> bool:
    """Whether `negated`, `refused_object` or `modal` could find anything before token i: a word one of them
    looks for within the nine tokens before it (a mandative verb within sixteen), a "n't" within two, or a
    purpose «لـ» or a conjugation prefix (the future's «سـ») on the trigger itself. Most triggers have none, and
    the gate then asks this one set check in C instead of the three (each answers False without a cue; this test
    may say True where they all say False)."""
    texts = ctx.texts
    got = _GATE_CUES.get((ctx.lang, id(ctx.lex)))
    if got is None or got[0] is not ctx.lex:  # (the lexicon kept: an id is only unique while it lives)
        got = _gate_words(ctx)
    _, words, verbs, prefixes = got
    if not words.isdisjoint(texts[max(sent_ts, i - 9) : i]):
        return True
    if verbs and not verbs.isdisjoint(texts[max(sent_ts, i - 16) : i]):
        return True
    if ctx.lang != "ar":  # ("to reach": an outcome sought, `_sought`)
        return (i > sent_ts and texts[i - 1] == "to") or any(t.endswith("n't") for t in texts[max(sent_ts, i - 2) : i])
    return texts[i].startswith(prefixes) or texts[i] in ctx.lex.triggers.readings  # («سيلتقي»: the future)


def _commitment(ctx: Context, i: int, rtype: str) -> bool:
    """«ستلتزم بالهدنة», "will abide by the truce": a commitment to keep an agreement is held now, whatever the
    tense (`commitment_verbs`); "will sign" is not done yet."""
    return rtype == "agrees_with" and not ctx.lex.w("commitment_verbs").isdisjoint(ctx.toks[i].forms)


def future(ctx: Context, i: int, sent_ts: int) -> bool:
    """The verb at token i is in the future: read through the future prefix («سيلتقي», «ستوقع»: the matcher's
    Conjugations) or right after a future particle («سوف يلتقي», `future_particles`). ("will" is an English
    `modal_words` word.)"""
    reading = ctx.lex.triggers.readings.get(ctx.texts[i])
    if reading is not None and reading.future:
        return True
    if i > sent_ts and ctx.texts[i - 1] in _glued(ctx, ctx.lex.w("future_particles")):
        return True
    verbs = future_light_verbs(ctx)
    if not verbs or verbs.isdisjoint(ctx.texts[max(sent_ts, i - 9) : i]):
        return False
    # «وسيعقد بلينكن اجتماعا مع لافروف», «ستستضيف قطر محادثات»: a noun held by a light or hosting verb in the
    # future, with only its subject's name and light words between ("will hold a meeting")
    texts, covered, titled, fillers = ctx.texts, ctx.covered, ctx.title_tokens, _glued(ctx, ctx.lex.w("object_fillers"))
    for k in range(i - 1, max(sent_ts, i - 9) - 1, -1):
        if texts[k] in verbs:
            return True
        if not (covered[k] or titled[k] or texts[k] in fillers):
            return False
    return False


_FUTURE_VERBS: dict[int, tuple[object, frozenset[str]]] = {}


def future_light_verbs(ctx: Context) -> frozenset[str]:
    """The light and hosting verbs (`object_fillers`, `host_verbs`: «يعقد», «تجري», «تستضيف») under the future
    prefix, with «و» or «ف» before it («وسيعقد»), joined once per lexicon (the prefix: the matcher's Conjugations)."""
    got = _FUTURE_VERBS.get(id(ctx.lex))
    if got is None or got[0] is not ctx.lex:  # (the lexicon kept: an id is only unique while it lives)
        conj = ctx.lex.triggers.conjugations
        present, future = (conj.present, conj.future) if conj is not None else ((), ())
        verbs = [v for v in ctx.lex.any_of("object_fillers", "host_verbs") if v.startswith(present)]
        words = {c + f + v for v in verbs for f in future for c in ("", "و", "ف")}
        got = _FUTURE_VERBS[id(ctx.lex)] = (ctx.lex, frozenset(words))
    return got[1]


def _gate_words(ctx: Context) -> tuple[object, frozenset[str], frozenset[str], tuple[str, ...]]:
    """What gate_cues looks for, joined once per language and lexicon: the cue words of the three checks, the
    mandative verbs, the purpose prefixes."""
    lex = ctx.lex
    words = _glued(ctx, lex.negations) | _glued(ctx, lex.w("refusal_verbs")) | _glued(ctx, lex.w("purpose_words"))
    words |= _modal_cues(ctx, lex.w("modal_words")) | _modal_cues(ctx, lex.w("support_modal_words"))
    words |= _glued(ctx, lex.w("future_particles")) | future_light_verbs(ctx) | lex.w("coming_event_modifiers")
    words |= lex.w("event_plan_verbs")  # ("agreed to meet")
    words |= lex.w("hypothetical_openers") | lex.w("present_tense_openers")
    for undone, _ in _undone(ctx):
        words |= _glued(ctx, undone)
    got = _GATE_CUES[(ctx.lang, id(lex))] = (lex, words, lex.w("mandative_verbs"), tuple(lex.w("purpose_prefixes")))
    return got


_CUES: dict[tuple[str, str, frozenset[str]], frozenset[str]] = {}


def _modal_cues(ctx: Context, words: frozenset[str]) -> frozenset[str]:
    """Every token one of `modal`'s checks needs in its window: a modal word, a «قد» particle (as `_glued` reads
    them) or the first word of a "close to" phrase; a window with none of them is no modal (joined once per
    lexicon and vocabulary)."""
    key = (ctx.lang, ctx.lex.lang, words)
    got = _CUES.get(key)
    if got is None:
        got = _CUES[key] = (
            _glued(ctx, words) | _glued(ctx, ctx.lex.w("may_particles")) | first_words(ctx.lex.w("near_words"))
        )
    return got


def _demanded(ctx: Context, sent_ts: int, i: int, rtype: str) -> bool:
    """ "demanded that the government sign the communique", "ordered Sudan and South Sudan to resume
    negotiations": a bare verb in a clause a demand opens (`mandative_verbs` + "that" or its object + "to",
    within ten words) is asked for, not done."""
    verbs = ctx.lex.w("mandative_verbs")
    lo = max(sent_ts, i - 16)
    if not verbs or verbs.isdisjoint(ctx.texts[lo:i]) or ctx.texts[i].endswith("ed"):
        return False
    stance = rtype in ("supports", "opposes")  # ("called on X to support Y": the caller's, see called-to)
    breaks = ctx.lex.w("clause_breaks").intersection(ctx.texts[lo:i])
    if not stance and not breaks and "to" in ctx.texts[max(lo, i - 3) : i]:
        return True  # "urged X to resume negotiations", "ordered X to stop fighting within … and to resume talks"
    lo = max(lo, i - 10)
    return any(ctx.texts[k] in verbs and ctx.texts[k + 1] in ctx.lex.complementizers for k in range(lo, i - 1))


def _hypothetical_clause(ctx: Context, i: int, sent_ts: int) -> bool:
    """ "sanctions go once Iran and the United States reach a deal", "until the two sides sign it": the verb heads a
    clause opened by a conditional (`hypothetical_openers`) or by "once"/"when" with a verb in the present
    (`present_tense_openers`; "once they signed" happened), its subject in between: an outcome not had yet. Read
    back to the clause's start (punctuation or a relative word), nine tokens at most, as gate_cues looks."""
    openers, present = ctx.lex.w("hypothetical_openers"), ctx.lex.w("present_tense_openers")
    stops = ctx.lex.w("embedded_clause_words")
    texts = ctx.texts
    for k in range(i - 1, max(sent_ts, i - 9) - 1, -1):
        t = texts[k]
        if t in openers:
            return True
        if t in present:
            return not texts[i].endswith("ed")
        if t in stops or not ctx.toks[k].is_word:
            return False
    return False


def _purpose(ctx: Context, lo: int, i: int) -> bool:
    """A deal sought, not reached: "in an effort to reach a ceasefire", "seeking to sign", «سعياً للتوصل»,
    «بهدف التوصل», «جهود التوصل»; in Arabic also the purpose «لـ» on the noun itself («للتوصل إلى», «لتوقيع»)."""
    if not _glued(ctx, ctx.lex.w("purpose_words")).isdisjoint(ctx.texts[lo:i]):
        return True
    return ctx.lang == "ar" and ctx.toks[i].text.startswith(tuple(ctx.lex.w("purpose_prefixes")))


def _sought(ctx: Context, i: int, sent_ts: int) -> bool:
    """ "held talks to reach a ceasefire", "working to secure a deal": an outcome after "to" is what the clause
    seeks, not what it has ("managed to reach", "agreed to conclude" have it: `achieved_leads`)."""
    if i - 2 < sent_ts or ctx.texts[i - 1] != "to" or ctx.texts[i] not in ctx.lex.w("sought_goal_verbs"):
        return False
    return ctx.texts[i - 2] not in ctx.lex.w("achieved_leads")


def _may(ctx: Context, lo: int, i: int) -> bool:
    """«قد» before a present-tense verb is "may" («قد يلتقي», «قد تفتح»); before a past one, or after «كان»
    («وكان قد التقى», «قد تم»), it is "has"."""
    particles = ctx.lex.w("may_particles")
    if not particles or _glued(ctx, particles).isdisjoint(ctx.texts[lo:i]):
        return False
    toks, prefixes, past = ctx.toks, ctx.lex.w("present_prefixes"), ctx.lex.w("past_auxiliaries")
    for k in range(lo, i):
        if not one_of(ctx, toks[k], particles) or any(toks[x].text in past for x in range(max(0, lo - 1), k)):
            continue  # («وكان الطرفان قد توصلا»: «كان» before the subject makes it "had reached")
        verb = toks[k + 1].text
        if verb[:1] in prefixes and verb not in past and not _dual_past(ctx, k + 1):
            return True
    return False


def _dual_past(ctx: Context, k: int) -> bool:
    """«توصلا», «تعهدوا»: a dual or plural past ends in a bare «ا» as written (a present dual ends in «ان»; «تبدأ»
    ends in a hamza that matching normalizes away)."""
    s, e = ctx.orig(k, k + 1)
    return ctx.text[s:e].endswith("ا")


def verb_initial(ctx: Context, i: int, sent_ts: int) -> bool:
    """The trigger starts its clause: «وأكد ...», «، وأشار ...», or the sentence's first word."""
    if i == sent_ts:
        return True
    prev = ctx.texts[i - 1]
    if prev in ("،", ",", "؛", ";", '"', "(", ":", "-", "–", "—") or prev in ctx.lex.w("clause_openers"):
        return True
    if time_clause_verb(ctx, i, sent_ts):
        return True
    text = ctx.texts[i]
    return text[:1] in ("و", "ف") and text not in ctx.forms[i][1:]


def time_clause_verb(ctx: Context, i: int, sent_ts: int) -> bool:
    """«بعد أن علّق الاتحاد الأفريقي عضوية السودان»: the verb right after «بعد أن», «قبل أن» (`an_leads`, `an_words`)
    opens a time clause, its subject after it."""
    return i - 2 >= sent_ts and ctx.texts[i - 1] in ctx.lex.w("an_words") and ctx.texts[i - 2] in ctx.lex.w("an_leads")


def pronoun_suffix(ctx: Context, tok, stem: str) -> bool:
    """A noun trigger with an attached possessive pronoun: لقائه, زيارته, محادثاتهما."""
    key = (id(ctx.lex), stem, tok.text)  # (a token's forms follow from its text: the answer is kept)
    got = _SUFFIXED.get(key)
    if got is None:
        suffixes = ctx.lex.w("pronoun_suffixes")
        got = any(f.startswith(b) and f[len(b) :] in suffixes for b in _stem_bases(stem) for f in tok.forms)
        if len(_SUFFIXED) < 200_000:
            _SUFFIXED[key] = got
    return got


_SUFFIXED: dict[tuple[int, str, str], bool] = {}


def object_pronoun_after(ctx: Context, i: int, j: int) -> bool:
    """An Arabic verb at token i whose object is a pronoun: its own ending («أعدته», «وقّعوها», whatever form the
    lexicon lists the verb in) or the preposition after it at j («تقدمت به», `agreement_pronoun_objects`)."""
    if any(f.endswith(x) and len(f) - len(x) >= 3 for f in ctx.toks[i].forms for x in OBJECT_SUFFIXES):
        return True
    preps = ctx.lex.w("agreement_pronoun_objects")  # (the trigger phrase may end with it: «تقدمت به»)
    return (j < len(ctx.toks) and ctx.texts[j] in preps) or (j - 1 > i and ctx.texts[j - 1] in preps)


#: An Arabic verb's object pronouns, after its own ending or none: «وقّعه», «وقّعته», «وقّعاه», «رفضوها».
OBJECT_SUFFIXES = frozenset(("ه", "ها", "هما", "هم", "ته", "تها", "تاه", "تاها", "اه", "اها", "وه", "وها"))


@cache
def _stem_bases(stem: str) -> tuple[str, ...]:
    """A noun stem and the spellings it takes before a pronoun (kept per stem: triggers repeat)."""
    bases = {stem}
    if stem.endswith("ء"):
        bases.add(stem[:-1] + "ي")  # لقاء → لقائه (the hamza changes its seat)
    if stem.endswith("ه"):
        bases.add(stem[:-1] + "ت")  # زيارة → زيارته
    return tuple(bases)


def stance_noun(ctx: Context, i: int, rtype: str) -> bool:
    """A stance or fighting verb's word with the article is its noun («الدعم», «الرفض», «القصف»): what a clause
    condemns or backs, not a verb that opens one."""
    return rtype in ("supports", "opposes", "fights") and definite(ctx, ctx.toks[i])


def speech_verb_at(ctx: Context, k: int) -> bool:
    """A verb of saying (a `states` trigger read as a verb, not a noun) starts at token k ("…, Qatar said")."""
    hit = ctx.lex.triggers.match_at(ctx.toks, k) if 0 <= k < len(ctx.toks) else None
    return hit is not None and hit[0].label == "states" and not hit[0].nominal


def after_determiner(ctx: Context, i: int, ts: int) -> bool:
    """An English word right after an article or determiner (`noun_determiners`, "the strikes on"): a noun, never
    a verb, whatever else the word may be."""
    return i > ts and ctx.texts[i - 1] in ctx.lex.w("noun_determiners")


def definite(ctx: Context, tok) -> bool:
    """An Arabic noun with the article («اللقاء», «والمحادثات»): it cannot head a genitive («لقاء الرئيس»). Not a
    noun whose own first letters are those of the article («التزام الحكومة», «والتزام»: `article_like_nouns`)."""
    if ctx.lang != "ar" or not tok.text.startswith(("ال", "وال", "بال", "لل", "لال", "ولال", "فال", "كال")):
        return False
    known = _DEFINITE.get(ctx.lex.lang)
    got = known.get(tok.text) if known is not None else None
    if got is None:  # (a token's answer follows from its text: kept per lexicon, not a prefix test per call)
        like = _ARTICLE_LIKE.get(ctx.lex.lang)
        if like is None:  # the nouns with each clitic that may come before them, as prefixes (once per lexicon)
            like = _ARTICLE_LIKE[ctx.lex.lang] = tuple(
                c + n for n in ctx.lex.w("article_like_nouns") for c in ("", "و", "ف", "ب", "ك")
            )
        got = not tok.text.startswith(like)
        known = _DEFINITE.setdefault(ctx.lex.lang, {})
        if len(known) < 200_000:
            known[tok.text] = got
    return got


_ARTICLE_LIKE: dict[str, tuple[str, ...]] = {}
_DEFINITE: dict[str, dict[str, bool]] = {}


def linker(ctx: Context, tok) -> bool:
    """The verb or preposition that joins a noun trigger to its agent: «محادثات أجراها ...», «اتصال جمع ...»."""
    words = ctx.lex.w("linkers")
    return tok.text in words or not words.isdisjoint(tok.forms)


def idiom(ctx: Context, i: int) -> bool:
    """«على وقع» ("to the sound of") is not «وقّع» ("signed")."""
    return ctx.lang == "ar" and ctx.texts[i] == "وقع" and i > 0 and ctx.texts[i - 1] in ctx.lex.w("idiom_heads")


def relative_antecedent(ctx: Context, ments: list[Ment], i: int) -> Ment | None:
    """The agreement a relative clause is about: «الاتفاق الذي تفاهم عليه ...» → الاتفاق; «القرار 2165، الذي تقدمت
    به أستراليا»: also past the comma of a non-restrictive clause."""
    k = i - 1
    if k < 0 or ctx.toks[k].text not in ctx.lex.w("relative_pronouns"):
        return None
    k -= k > 0 and ctx.toks[k - 1].text in (",", "،")
    place = next((m for m in ments if m.te == k and m.kind == "place"), None)
    if place is not None:
        k = place.ts  # «اتفاق جوبا الذي …»: the agreement noun, then the place that names it
    return next((m for m in ments if m.te == k and m.kind == "agreement"), None)


def in_relative_clause(ctx: Context, i: int, sent_ts: int) -> bool:
    """The token opens or continues a relative clause (right after «الذي», "which", "that", or with «و» after one
    in the same clause: «الذي صاغته واشنطن وتبناه المجلس»): its subject is no subject for the main clause's
    next verb."""
    rel, k = ctx.lex.w("relative_pronouns"), i - 1
    if rel.isdisjoint(ctx.texts[max(sent_ts, i - 11) : i]):
        return False  # (most tokens: no relative pronoun within reach, one check in C)
    while k >= sent_ts and ctx.texts[k] not in rel and ctx.texts[k] not in (".", "،", ",") and i - k < 12:
        k -= 1
    return k >= sent_ts and ctx.texts[k] in rel


def relative_without_actor(ctx: Context, ments: list[Ment], i: int, sent_ts: int) -> bool:
    """ "fighting that has killed …", "the army of Eritrea, which is supporting …": the relative pronoun is the
    verb's subject and stands for a noun that names no actor, so no actor does it (English)."""
    if ctx.lang == "ar":
        return False
    toks = ctx.toks
    k = i - 1
    if k > sent_ts and toks[k].text in ctx.lex.w("auxiliaries"):
        k -= 1
    w = toks[k].text
    if k <= sent_ts or not (w in ctx.lex.w("relative_pronouns") or w in ctx.lex.w("relative_who")):
        return False
    k2 = k - 1 if toks[k - 1].text == "," else k
    named = next((m for m in ments if m.te == k2), None)  # ("the Rapid Support Forces, which …": the name's own)
    if named is None and k2 > 0 and toks[k2 - 1].text in ctx.lex.w("troop_nouns"):
        k2 -= 1  # "Kurdish Peshmerga forces, which fought …": the forces of the actor named before the noun
        named = next((m for m in ments if m.te == k2), None)
    b = named.np_start - 1 - (named.np_start > 1 and toks[named.np_start - 1].text == "the") if named else -1
    if k2 == k and b > sent_ts and toks[b].text == "by" and toks[b - 1].text.endswith(("ed", "en")):
        return True  # "a resolution drafted by Britain that condemns …": the pronoun is the participle's noun
    return named is None


def side_before(ctx: Context, ments: list[Ment], v: int, ts: int) -> list[Ment]:
    """The actors whose names end right before the verb at token v, past "has"/"have" and adverbs
    (`perfect_auxiliaries`, `chair_adverbs`): "Iran has long provided …", "Saudi Arabia has led …"."""
    skip = ctx.lex.any_of("perfect_auxiliaries", "chair_adverbs")
    k = v - 1
    while k > ts and ctx.texts[k] in skip:
        k -= 1
    return [m for m in ments if m.te == k + 1 and actor(m)]


def relative_subject(ctx: Context, ments: list[Ment], i: int) -> list[Ment] | None:
    """«الجيش الوطني الذي يحارب», "the US, UK and France, who reacted": the antecedent of the relative."""
    texts = ctx.texts
    k = i - 1
    if k >= 0 and texts[k] in ctx.lex.w("auxiliaries"):
        k -= 1
    if k < 0 or texts[k] not in ctx.lex.w("relative_who"):
        return None
    k2 = k - 1 if k >= 1 and texts[k - 1] in (",", "،") else k
    m = next((x for x in ments if x.te == k2 and actor(x)), None)
    return group_with_left(ctx, ments, m, asides=False) if m is not None else None


def title_aside(ctx: Context, i: int, sent_ts: int) -> tuple[int, int] | None:
    """«عقد غروندبرغ، المبعوث الأممي إلى اليمن، مباحثات …», «اختتم X، مبعوث الأمم المتحدة إلى اليمن، اليوم
    الثلاثاء، زيارة للإمارات»: a person's own title set off by commas (a time set off after it too) right before
    the verb or noun at i: the commas (opening, closing) of the aside; the names in it are not the subject (Arabic)."""
    texts, commas = ctx.texts, (",", "،")
    c = i - 1
    if ctx.lang != "ar" or c <= sent_ts or texts[c] not in commas:
        return None
    o = max((k for k in range(max(sent_ts, c - 6), c) if texts[k] in commas), default=-1)
    close = o if o > 0 and ctx.lex.w("time_adverbs").issuperset(texts[o + 1 : c]) else c  # («، اليوم الثلاثاء،»)
    for te, comma in _apposed_titles(ctx):
        if not comma < te <= close <= te + 4:
            continue
        if not any(texts[k] in commas for k in range(te, close)):
            return comma, c
    return None


def _apposed_titles(ctx: Context) -> list[tuple[int, int]]:
    """(end of the title, the comma before it) for each title set off by a comma right after its person's name, in
    the order of the document's titles: found once per document (title_aside runs in the relation phase, once
    every step has found its titles) instead of a pass over every title per trigger."""
    got = ctx.memo.get("apposed-titles")
    if got is None:
        texts = ctx.texts
        got = ctx.memo["apposed-titles"] = [
            (t.te, t.person.te)
            for t in ctx.titles
            if t.person is not None and t.ts == t.person.te + 1 and texts[t.person.te] in (",", "،")
        ]
    return got  # type: ignore[return-value]


def aside(ctx: Context, ments: list[Ment], i: int, sent_ts: int) -> tuple[int, int] | None:
    """ "The RSF, which has fought the army since April, said …", "Britain, the penholder on Sudan, drafted …":
    the commas (opening, closing) of an aside between an actor and the verb at token i; the names inside it are
    not the verb's subject (English)."""
    if ctx.lang == "ar":
        return None
    toks, aux = ctx.toks, ctx.lex.any_of("auxiliaries", "verb_adverbs")  # ", also said", ", has since said"
    c = i - 1
    while c > sent_ts and toks[c].text in aux:
        c -= 1
    if c <= sent_ts or toks[c].text != ",":
        return None
    openers = ctx.lex.any_of("relative_who", "articles", "relative_asides")
    rel = _relative_opening(ctx, ments, c, sent_ts)
    if rel is not None:
        return rel, c  # "The CMA, which groups the MNLA, the HCUA and …, had refused": past the list's commas
    for o in range(c - 2, max(sent_ts, c - 25) - 1, -1):
        if toks[o].text != ",":
            continue
        nxt = toks[o + 1].text
        opens = nxt in openers or nxt == "the" or (nxt.endswith("ing") and nxt.islower() and len(nxt) > 5)
        # ("Aliyev, speaking in a video link with Putin, said …": a participle opens an aside too)
        if opens and any(m.te == o and actor(m) for m in ments):
            return o, c
        if nxt.endswith("ed") and nxt.islower() and "by" in ctx.texts[o + 2 : c]:
            return o, c  # "Resolution 2046, drafted by the United States, endorses …": a passive aside
        return None
    return None


def _relative_opening(ctx: Context, ments: list[Ment], c: int, sent_ts: int) -> int | None:
    """The comma that opens a relative aside ("X, which …", "X, whose …") within 40 tokens before the closing comma
    at c, however many commas the aside holds (the names of a list inside it are no subject)."""
    rel = ctx.lex.any_of("relative_who", "relative_asides")
    for o in range(c - 2, max(sent_ts, c - 40) - 1, -1):
        if ctx.toks[o].text == "," and ctx.toks[o + 1].text in rel:
            return o
    return None


def after_location_prep(ctx: Context, m: Ment) -> bool:
    """ "in Syria", «في سوريا»: a place where something happens, not a party to it; so is a body whose seat is
    named («بمقر المجلس», `venue_words`)."""
    k = m.np_start - 1
    return k >= 0 and (ctx.toks[k].text in ctx.lex.w("location_words") or ctx.toks[k].text in ctx.lex.w("venue_words"))


def after_agent_words(ctx: Context, k: int) -> bool:
    """The name at k follows "led by", "backed by", «المدعومين من», «بقيادة» (`np_agent_words`): it modifies the
    noun before it ("the Houthis, backed by Iran"), and is no side of its own."""
    words = ctx.lex.w("np_agent_words")
    k = quoted_name_start(ctx, k)
    if k >= 2 and (ctx.texts[k - 1] in words or f"{ctx.texts[k - 2]} {ctx.texts[k - 1]}" in words):
        return True
    return k >= 3 and " ".join(ctx.texts[k - 3 : k]) in words  # «المدعومة من قبل روسيا»


def quoted_name_start(ctx: Context, k: int) -> int:
    """Where a name in quotation marks starting at k begins for the words before it: its opening mark, and the head
    noun before that («الموالية لتنظيم «القاعدة»»: «لتنظيم», `proper_name_heads`)."""
    if k < 2 or ctx.texts[k - 1] not in ('"', "«", "“"):
        return k
    k -= 1
    return k - (not ctx.lex.w("proper_name_heads").isdisjoint(ctx.toks[k - 1].forms))


def _loyal_forces(ctx: Context, k: int) -> bool:
    """ "troops loyal to Kiir", «القوات الموالية لسلفا كير»: forces named by whom they serve are that side."""
    loyal, forces = ctx.lex.w("loyal_words"), ctx.lex.w("loyal_forces")
    return any(
        k - n >= 1 and " ".join(ctx.texts[k - n : k]) in loyal and _unglued(ctx, ctx.texts[k - n - 1]) in forces
        for n in (1, 2)
    )


def _unglued(ctx: Context, word: str) -> str:
    """«والمقاتلين» → «المقاتلين»: an Arabic word without the «و» glued to it (English words as they are)."""
    return word[1:] if ctx.lang == "ar" and word[:1] == "و" and len(word) > 3 else word


def _forces_of(ctx: Context, m: Ment) -> bool:
    """ "Machar's forces": an owner of forces is that side."""
    k = m.te + 1
    return k < len(ctx.toks) and ctx.texts[k] in ctx.lex.w("loyal_forces")


_SENTENCE_ENDS = frozenset((".", "?", "!", "؟"))


def _ends_sentence(ctx: Context, t: int) -> bool:
    """Token t ends a sentence: a full stop that is no part of a name ("U.S.", "U.N.") nor after an initial."""
    return ctx.texts[t] in _SENTENCE_ENDS and ctx.free(t, t + 1) and not (t > 0 and len(ctx.texts[t - 1]) == 1)


def between_pair(ctx: Context, ments: list[Ment], j: int, end: int) -> tuple[Ment, Ment] | None:
    """ "talks between representatives of X and Y", «المفاوضات التي جرت بين إيران والقوى الست»."""
    toks, between, and_ = ctx.toks, ctx.lex.w("between") | ctx.lex.w("between_pronouns"), ctx.lex.w("and")
    end = next((t for t in range(j, end) if _ends_sentence(ctx, t)), end)  # (the sides are in its sentence:
    # «اتفاقا لتطبيع العلاقات بين البلدين. وقع … تاجي وداتيتش» does not name the next sentence's signers)
    ments = [m for m in ments if m.te <= end]
    reach = j + 4 + 2 * (j < end and toks[j].text in ctx.lex.w("location_words"))  # "talks in a Geneva hotel between"
    k = j
    while k < min(end, reach) and toks[k].text not in between:
        k += 1
    if k >= min(end, reach):
        return None
    sides = _demonym_sides(ctx, ments, k, end)
    if sides is not None:
        return sides  # "talks between the Russian and Ukrainian delegations"
    at = k + (toks[k].text not in ctx.lex.w("between_pronouns"))  # «بينهما»: the two it stands for, at k
    actors = [m for m in ments if m.ts >= at and actor(m) and not m.topic and (not m.possessive or _forces_of(ctx, m))]
    # «بين الحوثيين المدعومين من إيران و…»: the backer is no side; "troops loyal to Kiir": Kiir's troops are
    actors = [m for m in actors if not after_agent_words(ctx, m.np_start) or _loyal_forces(ctx, m.np_start)]
    if len(actors) < 2 or _unnamed_sides(ctx, k, min(m.np_start for m in actors)):
        return None
    both = [m for m in actors if m.ts == actors[0].ts and m.role == "coref"]
    if len(both) == 2 and both[0].entity != both[1].entity:  # «مفاوضات بين الطرفين»: the two it stands for; not
        # past a named agreement ("brokered the 2020 ceasefire between the two sides": the truce's sides)
        named = any(m.kind == "agreement" for m in ctx.ments.ending_within(k - 1, k + 1) if m.te == k)
        return None if named else (both[0], both[1])
    glued = ctx.lang == "ar"
    and_at = next(
        (
            t
            for t in range(k + 1, min(end, k + 32))  # (a list of titled names is long)
            if toks[t].text in and_ or (glued and toks[t].text.startswith("و") and len(toks[t].forms) > 1)
        ),
        None,
    )
    if and_at is None:
        return None
    left = [m for m in actors if m.te <= and_at and m.ts < and_at]
    right = [m for m in actors if m.np_start >= and_at]
    if not left or not right:
        return None
    alike = [m for m in right if same_class(left[-1], m)]  # «بين … حفتر، ورئيس المجلس … السراج»: a person
    second = min(alike or right, key=lambda m: m.np_start)
    if second.np_start - and_at > 8 and not any(m.np_start - and_at <= 8 for m in right):
        return None  # "between CMA and Platform forces … the Algiers process": the second side is not named
    return left[-1], second


def _demonym_sides(ctx: Context, ments: list[Ment], k: int, end: int) -> tuple[Ment, Ment] | None:
    """ "between the Russian and Ukrainian delegations", "between the Armenian and Azerbaijani foreign ministers":
    two demonyms joined by "and" right after "between", then a plural noun of those who act for a state
    (`side_heads`); the persons a plural title names, if it names them, else the two states (English)."""
    x = k + 1 + (k + 1 < end and ctx.texts[k + 1] == "the")
    first = next((m for m in ments if m.ts == x and m.role == "demonym" and m.kind == "state"), None)
    if first is None or first.te + 1 >= end or ctx.texts[first.te] not in ctx.lex.w("and"):
        return None
    second = next((m for m in ments if m.ts == first.te + 1 and m.role == "demonym" and m.kind == "state"), None)
    if second is None or second.entity == first.entity:
        return None
    head = second.te
    words = ctx.lex.w("side_heads")
    two = " ".join(ctx.texts[head : head + 2]) in words
    if not (head < end and (ctx.texts[head] in words or two)):
        return None
    persons = [m for m in ments if m.ts == head and m.kind == "person"]
    if len(persons) == 2 and persons[0].entity != persons[1].entity:
        return persons[0], persons[1]  # ("the Armenian and Azerbaijani foreign ministers": Mirzoyan and Bayramov)
    k = head + 1 + two  # "…, Ararat Mirzoyan and Jeyhun Bayramov,": the two named in apposition
    named = [m for m in ments if m.kind == "person" and k < m.ts <= k + 6] if k < end and ctx.texts[k] == "," else []
    if len(named) >= 2 and ctx.texts[named[0].te] in ctx.lex.w("and") and named[1].ts == named[0].te + 1:
        return named[0], named[1]
    return first, second


def _unnamed_sides(ctx: Context, k: int, first: int) -> bool:
    """ "talks between the two sides in Doha, with the participation of Qatar and Egypt", «مفاوضات بين الطرفين في
    شرم الشيخ، بمشاركة تركيا ومصر»: a comma or a word of attendance (`between_breaks`) before the first name
    after "between" ends the sides' phrase; the names after it attend, they are no sides."""
    breaks = ctx.lex.w("between_breaks")
    return any(t in (",", "،") or t in breaks for t in ctx.texts[k + 1 : first])


def dual_verb(tok) -> bool:
    """اتفقا، التقيا، ناقشا، وقعا: a past-tense verb with the dual ending has two subjects."""
    w = tok.forms[-1] if tok.forms else tok.text
    if w.endswith("ها") and not w.endswith("اها"):
        return False  # «واعتبرتها»: "she considered it", an object pronoun, not a dual
    return len(w) >= 4 and w.endswith("ا") and not w.endswith(("اا", "يا")) and "\u0621" <= w[0] <= "\u064a"


def after_complement_clause(ctx: Context, subjects: list[Ment], i: int) -> bool:
    """«أعلن غروندبرغ أن أطراف النزاع وافقت»: a new subject stands between «أن» and the verb."""
    last = max(m.te for m in subjects)
    if last > i:
        return False
    toks = ctx.toks
    comp = [k for k in range(last, i) if toks[k].text in ctx.lex.complementizers]
    if not comp:
        return False
    c = comp[-1]
    if toks[c].text.endswith(("ه", "ها")) and all(ctx.texts[k] in ctx.lex.w("going_on_verbs") for k in range(c + 1, i)):
        return False  # «قالت مصر إنها ستواصل دعم الجيش»: the pronoun on «إن» is the speaker, the verb's subject
    return any(toks[k].is_word for k in range(c + 1, i))


def pairs(group: list[Ment]) -> list[tuple[Ment, Ment]]:
    """Every unordered pair of a small group, in order."""
    return [(group[a], group[b]) for a in range(len(group)) for b in range(a + 1, len(group))]


def past_place(ctx: Context, k: int, end: int) -> int:
    """The token after a place phrase at k ("in Gaza", "in the Gaza Strip", «في غزة») that ends by token `end`,
    else k."""
    j = k + 1 if k < end and ctx.texts[k] in ctx.lex.w("location_words") else k
    j += j < end and ctx.texts[j] == "the"
    place = next((x for x in ctx.ments.starting(j) if x.kind == "place"), None) if j > k else None
    return place.te if place is not None and place.te <= end else k


def terms_verb_in(ctx: Context, lo: int, hi: int) -> bool:
    """A verb of taking on an agreement's terms between tokens lo and hi (`terms_verbs`: "agreed", "pledged",
    «تعهدت», «اتفق»): "Under the plan, both sides agreed to withdraw", «وتعهد الطرفان بموجب الاتفاق بـ…» describe
    what the sides took on as parties, not a statement that invokes it."""
    terms = ctx.lex.w("terms_verbs")
    return any(not terms.isdisjoint(ctx.toks[k].forms) for k in range(max(lo, 0), min(hi, len(ctx.toks))))


def determined(ctx: Context, i: int) -> bool:
    """An English trigger after a determiner or a possessive ("the signing", "Friday's signing"): a noun, the
    object of another verb, not an act of the clause's subject."""
    return ctx.lang != "ar" and i > 0 and ctx.texts[i - 1] in ("the", "a", "'s", "its", "their")


def last_agreement(ctx: Context, i: int, window: int) -> Ment | None:
    """The agreement named last within `window` tokens before token i ("welcomed it", "Under its terms, …",
    «وقّعه»: what a pronoun or a bare signing stands for)."""
    return next(reversed([m for m in ctx.ments.ending_within(i - window, i) if m.kind == "agreement"]), None)


def suffix_agrees(ctx: Context, i: int, stem: str, agr: Ment) -> bool:
    """The object pronoun on the Arabic verb at token i agrees in gender with the agreement's noun: «رفضته» takes
    «الاتفاق», «الإعلان»; «رفضتها» takes «الهدنة», «المبادرة», «الاتفاقات» (a noun ending in «ة» or a plural in
    «ات»), so a pronoun for a clause or a person is not read as the agreement."""
    suffixes = {f[len(stem) :] for f in ctx.toks[i].forms if f.startswith(stem) and f != stem} - {"هما", "هم"}
    dem = ctx.lex.w("demonstratives")
    head = next((ctx.lasts[k] for k in range(agr.ts, agr.te) if dem.isdisjoint(ctx.toks[k].forms)), "")
    feminine = head.endswith(("ه", "ات"))
    return any(x.endswith(("ه", "ها")) and x.endswith("ها") == feminine for x in suffixes)


def agreement_before(ctx: Context, ments: list[Ment], i: int, sent_ts: int) -> Ment | None:
    """ "the Taif Agreement remained the basis for …", «اتفاق الطائف يبقى الأساس لأي …»: the agreement named up to
    two words before a phrase whose complement it is (its subject), not inside another name."""
    return next(
        (m for m in ments if m.kind == "agreement" and not m.in_np and sent_ts <= m.ts and i - 3 <= m.te <= i), None
    )


def genitive_signers(ctx: Context, site, emit, method: str) -> None:
    """«توقيع A وB على الاتفاق», «بتوقيع A على X», «انضمام A إلى X»: an Arabic signing noun in construct with its
    agents, the agreement right after them: whoever witnesses, hosts, announces or welcomes the signing (the caller
    knows the trigger is that verb's object, a noun), they signed it."""
    if ctx.lang != "ar":
        return
    j = site.j + (site.j < site.sent.te and ctx.lasts[site.j] in ctx.lex.w("member_people_of"))  # «ممثلي A وB»
    first = next((m for m in site.view.after(j) if m.np_start == j and actor(m) and not m.located), None)
    grp = [a for a in group_with(ctx, site.ments, first) if actor(a)] if first is not None else []
    if not grp:
        return
    k = max(a.te for a in grp)
    agr = next((m for m in ctx.ments.starting(k) if m.kind == "agreement"), None)  # «للاتفاق»
    if agr is None and k < site.sent.te and ctx.texts[k] in ctx.lex.w("agreement_object_prepositions"):
        agr = next((m for m in ctx.ments.starting(k + 1) if m.kind == "agreement"), None)  # «على اتفاق الرياض»
    if agr is None:
        return
    for a in grp:
        emit(a, agr, "agrees_with", site.conf, site.trig.text, method)
    k = agr.te
    if k < site.sent.te and ctx.texts[k] in ctx.lex.w("with"):  # «موافقة لبنان على الاتفاق مع إسرائيل»: a party too
        for b in coordinated_after(ctx, site.ments, k + 1, site.sent.te):
            if actor(b) and b not in grp:
                emit(b, agr, "agrees_with", site.conf - 0.05, site.trig.text, method)


def affiliate_after(ctx: Context, j: int) -> Ment | None:
    """The body (or state) an affiliation word at token j names right after it: «التابعة للحوثيين», «المنبثقة عن
    …», "affiliated with the Houthis" (lexicon affiliated_words; its preposition and article passed)."""
    if ctx.texts[j] not in ctx.lex.w("affiliated_words"):
        return None
    k, n = j + 1, len(ctx.toks)
    while k < n and k - j <= 2 and ctx.texts[k] in ("عن", "with", "to", "the"):
        k += 1
    return next((m for m in ctx.ments.starting(k) if m.kind in ("organization", "armed_group", "state")), None)


def ground_owner(ctx: Context, start: int, te: int) -> Ment | None:
    """The state after "in" (past "the" and a direction) that closes a ground noun the object at `start` opens
    with (also `retype`'s: "struck a power plant in …" is an attack, not a deal struck). Arabic puts the noun's
    modifiers after it: «مصفاة نفط في روسيا», «منشأة نفطية في غرب السعودية»."""
    toks, nouns, ar = ctx.toks, ctx.lex.w("struck_ground_nouns"), ctx.lang == "ar"
    stops = ctx.lex.any_of("location_words", "agent_prepositions", "target_prepositions")

    def plain(k: int) -> bool:  # a word of the object's own phrase, naming no one
        t = toks[k]
        return t.is_word and (ar or t.text.islower()) and not ctx.covered[k] and t.text not in stops

    k, end = start, min(te, start + 5)
    while k < end and nouns.isdisjoint(toks[k].forms):
        if not plain(k):
            return None  # a name on the ground ("a Russian oil refinery") is the side: the verb's own object
        k += 1
    if k >= end:
        return None
    k, more = k + 1, k + 3
    while k < min(te, more) and (not nouns.isdisjoint(toks[k].forms) or ar and plain(k)):
        k += 1  # "a fuel depot facility", «منشأة نفطية»
    if k >= te or toks[k].text not in ctx.lex.w("location_words"):
        return None
    k += 1
    k += k < te and toks[k].text == "the"
    k += k < te and toks[k].text in ctx.lex.any_of("direction_words", "ground_directions")
    owner = next((m for m in ctx.ments.starting(k) if m.kind == "state" and not m.in_np), None)
    if owner is None or any(m.kind == "armed_group" for m in ctx.ments.ending_within(start, te)):
        return None  # ("struck a compound in Somalia used by al-Shabaab": the group is fought, not the state)
    return owner


def camp_label(ctx: Context, i: int, j: int, sent_ts: int, sent_te: int) -> bool:
    """ "the opposition Syrian Negotiation Commission", "opposition leader Raila Odinga", "resistance fighters": a
    camp's name (`group_nouns`) before an actor or a word for its people (`camp_heads`) labels them; it is no stance
    (nor a verb that ends the clause before it)."""
    if ctx.texts[i] not in ctx.lex.w("group_nouns"):
        return False
    k, adjectives = i - 1, ctx.lex.w("camp_adjectives")
    while k > sent_ts and i - k <= 2 and ctx.texts[k] in adjectives:
        k -= 1  # "the armed opposition", "the moderate opposition"
    if k >= sent_ts and ctx.texts[k] == "the" and ctx.texts[j : j + 1] != ["to"]:
        return True  # "50 named by the opposition", "the opposition's delegation": the camp itself ("… to X": a stance)
    if j >= sent_te:
        return False
    return ctx.texts[j] in ctx.lex.w("camp_heads") or bool(ctx.ments.starting(j))


def after_time_word(ctx: Context, i: int, lo: int) -> bool:
    """The event noun at token i follows a time word ("after talks with", "during a visit to", "before the
    summit"): `time_prepositions`, past `event_determiners`, at or after token lo."""
    k, dets = i - 1, ctx.lex.w("event_determiners")
    while k > lo and ctx.texts[k] in dets:
        k -= 1
    return k >= lo and ctx.texts[k] in ctx.lex.w("time_prepositions")


def lifted(ctx: Context, lo: int, m: Ment) -> bool:
    """A measure named as something to lift or repeal: `lifting_words` in the few words (from token lo) before
    it («برفع حظر السلاح», "the lifting of the arms embargo", "to lift the sanctions")."""
    return lifted_before(ctx, lo, m.np_start, 4)


def lifted_before(ctx: Context, lo: int, k: int, reach: int) -> bool:
    """`lifting_words` among the `reach` words before token k (not before token lo)."""
    words = ctx.lex.w("lifting_words")
    return any(t.text in words or not words.isdisjoint(t.forms) for t in ctx.toks[max(lo, k - reach) : k])


def relayed_it(ctx: Context, i: int) -> bool:
    """«نقلته», «نقلتها»: a relay verb (`relay_verbs`) with an object pronoun (`pronoun_suffixes`) carries words
    already spoken (a statement, «ما»); its subject passes them on and says nothing of its own."""
    known, forms = forms_memo(ctx, "relayed-it"), ctx.toks[i].forms
    got = known.get(forms)
    if got is None:
        verbs, ends = ctx.lex.w("relay_verbs"), ctx.lex.w("pronoun_suffixes")
        got = any(f[: len(f) - len(e)] in verbs for f in forms for e in ends if f.endswith(e) and len(f) > len(e))
        if len(known) < 100_000:
            known[forms] = got
    return bool(got)


_BY_FORMS: dict[tuple[str, int], tuple[object, dict[tuple[str, ...], Any]]] = {}


def forms_memo(ctx: Context, question: str) -> dict[tuple[str, ...], Any]:
    """Answers to one question about a token that reads only the token's forms and the lexicon, by its forms, for
    the document's lexicon: asked once per word rather than at each occurrence (the caller keeps the table under
    a bound)."""
    key = (question, id(ctx.lex))
    got = _BY_FORMS.get(key)
    if got is None or got[0] is not ctx.lex:  # (the lexicon kept: an id is only unique while it lives)
        got = _BY_FORMS[key] = (ctx.lex, {})
    return got[1]


def former_title_at(ctx: Context, i: int, found: Sequence[Any] = ()) -> bool:
    """ "asylum to ousted president X", "met Niger's ousted President X", "met deposed President X": a participle
    (`former_ruler_words`) before a title, after a preposition, an article or a possessive (`former_title_openers`)
    or right after a verb of meeting or talks (a trigger of `found` ending there), says what became of the title's
    holder: no verb of its own ("Sudan's military ousted President Bashir": its subject right before it)."""
    if ctx.texts[i] not in ctx.lex.w("former_ruler_words") or i + 1 >= len(ctx.toks):
        return False
    k = i - 1
    encounters = ("meets", "phones", "visits", "negotiates_with")  # ("Taliban fighters ousted …": a noun)
    verb = k >= 0 and any(f.j == i and f.rtype in encounters and not f.phrase.nominal for f in found)
    adjective = i == 0 or ctx.texts[k] in ctx.lex.w("former_title_openers") or verb
    return adjective and bool(ctx.lex.titles.match_at(ctx.toks, i + 1))
