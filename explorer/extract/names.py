"""People's names the knowledge base does not know, and surnames that refer back to a full name."""

from __future__ import annotations

import re

from explorer.extract.context import Context, Ment, MentionList, _nset, stable_id
from explorer.extract.spelling import known_en_spelling, known_spelling
from explorer.text.normalize import normalize
from explorer.text.tokens import Token

_AR_STOP = _nset(
    set(
        """في على من الى إلى عن مع بين خلال بعد قبل عند لدى حول ضد منذ حتى ان أن إن الذي التي الذين هذا هذه ذلك تلك
هو هي هم هما كان كانت قد لقد ثم او أو كما لكن بل اي أي كل بعض غير سوى امس أمس اليوم غدا يوم عام عاما الماضي المقبل
وقال وقالت قال قالت واضاف وأضاف اضاف الجديد الجديده السابق الاسبق الخاص الدايم الحالي المنتخب الاول الثاني نفسه ايضا
أيضا حيث بينما فيما عندما حينما بعدما عبر وفق نحو وذلك الي علي له لها لهم لهما به بها فيه فيها منه منها عنه عنها
اليه كلمه خطاب بيان المؤتمر الموتمر الاجتماع الملتقى الحوار الحل الازمه الوضع الملف القضيه العمليه المنطقه الحرب السلام
عليه عليها العام المفاوضات المحادثات الاتفاق الهدنه القمه الجلسه الزياره الاعمال تصريف وفد الوفد وفدا
انها انه انهم انهما انني امام تجاه ازاء حيال بشان""".split()
    )
)


_AR_NAME_PARTICLES = _nset({"بن", "ابن", "ابو", "بنت", "عبد", "ال", "ولد", "اب", "ابي", "عبدال"})


_EN_NAME_PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "de",
    "van",
    "von",
    "der",
    "abu",
    "abdul",
    "abd",
    "ould",
    "di",
    "da",
    "la",
    "le",
}


def _is_ar_word(tok: Token) -> bool:
    return "\u0621" <= tok.text[0] <= "\u06d3"


def _stopword(ctx: Context, i: int) -> bool:
    t = ctx.toks[i]
    if t.text in _AR_STOP or any(f in _AR_STOP for f in t.forms[1:2]):
        return True
    if t.text in ctx.lex.negations or t.text in ctx.lex.counterpart or any(f in ctx.lex.counterpart for f in t.forms):
        return True
    if ctx.lex.titles.match_at(ctx.toks, i):
        return True
    if t.text in ctx.lex.w("article_like_verbs"):
        return True  # «التقى», «التزم»: a verb whose stem starts as an article does
    # a verb has no article: «الساعدي» is a family name, not «ساعد»
    return bool(ctx.lex.triggers.match_at(ctx.toks, i)) and not t.text.startswith("ال")


# The verbal nouns of derived verbs (تفعيل تقديم, إفعال إرسال, افتعال اتفاق, استفعال استئناف), normalized
_MASDAR = re.compile(r"^(?:ت..ي.|ا..ا.|ا.ت.ا.|است...ا.)$")
# The verbal noun of a form III verb (مفاعلة متابعة, مواصلة, مناقشة), normalized
_MASDAR_III = re.compile(r"^م.ا..ه$")


def _clitic_noun(ctx: Context, tok: Token, first: bool) -> bool:
    """«بتقديم», «لإرسال», «بضرورة»: «ب» or «ل» glued to a verbal noun of a derived verb, or (as the first word)
    to a feminine noun that is no given name the knowledge base knows («بثينة»): a preposition's object, never a
    word of a name (a family name may end so: «رمطان لعمامرة»)."""
    w = tok.text
    if w[:1] not in ("ب", "ل") or len(tok.forms) < 2 or len(w) < 5:
        return False
    stem = tok.forms[1]
    return bool(_MASDAR.match(stem)) or (first and stem.endswith("ه") and w not in given_names(ctx))


def _spelled_name_word(ctx: Context, k: int, first: bool = True) -> bool:
    """«علي» written with «ي» is the given name Ali, not the preposition «على» that normalization writes alike
    (`dotted_name_words`): a name word where the text spells it so, in a text that writes «ى» elsewhere (a text
    that never does may write the preposition «علي» too), before another given name («علي حسن») or, inside a
    name, before a word that is no feminine noun, verbal noun or particle («فرحان علي دوحول», not «علي ضرورة»)."""
    toks = ctx.toks
    if toks[k].text not in ctx.lex.w("dotted_name_words") or k + 1 >= len(toks) or ctx.covered[k + 1]:
        return False
    e = ctx.orig(k, k + 1)[1]
    if ctx.text[e - 1 : e] != "\u064a" or "\u0649" not in ctx.text:
        return False
    nxt = toks[k + 1].text
    if nxt in given_names(ctx):
        return True
    common = nxt.endswith("ه") or _MASDAR.match(nxt) or _stopword(ctx, k + 1)
    return not first and _is_ar_word(toks[k + 1]) and not common


def _given_ar(ctx: Context, k: int, given: frozenset[str]) -> bool:
    return ctx.toks[k].text in given or _spelled_name_word(ctx, k)


def _discover_ar_name(ctx: Context, j: int) -> tuple[int, int] | None:
    toks, n = ctx.toks, len(ctx.toks)
    k = j
    words: list[str] = []
    while k < n and len(words) < 5 and _is_ar_word(toks[k]) and (not ctx.covered[k]):
        w = toks[k].text
        if w.startswith("و") and words and _AR_NAME_PARTICLES.isdisjoint((w, w[1:])) and not _waw_surname(ctx, k):
            break  # "and …" ends the name (not «ولد», a particle: «أحمد ولد البشير»)
        if any(f in ctx.lex.w("name_words_not") for f in toks[k].forms) or len(w) > 4 and w.endswith(("هم", "هما")):
            break  # «وزير الخارجية السعودي موقف بلاده»: the verb's object after a title is no name; nor a word
            # with "their" («منعهم»)
        if words and (w in ctx.lex.person_cues or w in ctx.lex.w("name_enders") or w in ctx.lex.w("quote_nouns")):
            break  # «المتحدث باسم قواته اللواء X»: a rank opens the next name; «صرّح X بأن …»: "that" ends it;
            # «عن المتحدث X قوله إن …»: "his saying" ends it
        if _spelled_name_word(ctx, k, not words):
            words.append(w)  # «فرحان علي دوحول»: Ali, not «على»
            k += 1
            continue
        kunya = words and words[-1] in _AR_NAME_PARTICLES and w in ctx.lex.w("dotted_name_words")  # «أبو علي»
        stop = w in _AR_STOP or any(f in ctx.lex.negations or (f in _AR_STOP and w[:2] != "ال") for f in toks[k].forms)
        if stop and not kunya:
            break  # (a definite word is no particle: «العلي» is a family name, «على» is written «علي»)
        if _stopword(ctx, k) and w not in _AR_NAME_PARTICLES and not (words and words[-1] in _AR_NAME_PARTICLES):
            break  # (after «آل», «بن», «أبو» the word is a name even when it is also a verb: «آل صادق»)
        if ctx.lex.agreement_nouns.match_at(toks, k) or words and w in ctx.lex.w("time_adverbs"):
            break  # «وقّع … أوسوفو موماد اتفاق سلام»: the agreement signed starts after the name; so does a day
            # («… رودريغو لوندونو الخميس اتفاق …»); right after a title it is the title-holder's object («أقر
            # وزراء الخارجية قرارا بعودة …»), no name
        if not words and (_opens_no_name(ctx, w) or _imperfect_verb(ctx, k)):
            break
        if w.startswith(("بال", "لال", "وال", "فال", "كال")[: 4 + (not words)]) or w in ctx.lex.organization_heads:
            break  # a preposition with the article, or an organization's head noun, is not part of a name (inside a
            # name «كال» opens a word of it: «جان بيير كالونجي»; «كالعادة» after a name is rare)
        if _clitic_noun(ctx, toks[k], not words) or (words and _common_phrase_ar(ctx, k)):
            break  # «طلب المبعوث الدولي بضرورة التقدم», «الملك الأردني أوصى بتقديم …»: a verb's complement;
            # «هاجم قائد اللواء X Y مجموعات مسلحة جنوب …»: the verb's object after the name
        words.append(w)
        k += 1
        if _family_name_ends(ctx, words, k):
            break
    while words and words[-1] in _AR_NAME_PARTICLES:
        words.pop()
        k -= 1
    if len(words) < 2:
        return None
    return j, k


def _common_phrase_ar(ctx: Context, k: int) -> bool:
    """An indefinite noun with an adjective of a body after it («مجموعات مسلحة», «مواقع عسكرية», «قوات خاصة»), or a
    word of direction before a place or a definite word («جنوب طرابلس», «شمال المدينة»): a common noun phrase
    (the verb's object or an adverb of place), never words of a person's name."""
    toks, lex = ctx.toks, ctx.lex
    w = toks[k].text
    if w.startswith("ال") or k + 1 >= len(toks) or not _is_ar_word(toks[k + 1]):
        return False
    nxt = toks[k + 1]
    if w in lex.w("direction_words"):
        return nxt.text.startswith("ال") or any(m.kind in ("state", "place") for m in ctx.ments.starting(k + 1))
    return nxt.text in lex.w("body_adjectives")


def _opens_no_name(ctx: Context, w: str) -> bool:
    """A name does not start with the article (`article_given_names` aside: «الطاهر أحمد»), nor with an office
    («رئيس مكتب الشؤون …»), nor with a noun and its possessive pronoun («رئيس وفدها المفاوض»), nor with the
    verbal noun of a form III verb that is no given name the knowledge base knows («طلب من الأمين العام متابعة
    تنفيذ القرار», «دعا المبعوث مواصلة جهوده»: the task asked of the title's holder, who is not named)."""
    if w.startswith("ال") and w not in ctx.lex.w("article_given_names") or w in ctx.lex.w("name_openers_not"):
        return True
    if _MASDAR_III.match(w) and w not in given_names(ctx):
        return True
    if w.startswith("و") and _MASDAR.match(w[1:]):
        return True  # «… وزير الخارجية السعودي والمملكة وتأكيد الثقة»: "and" with a verbal noun goes on a list of
        # what was praised; no name opens with it
    return len(w) > 4 and w.endswith(("ها", "هما", "هم"))


def _imperfect_verb(ctx: Context, k: int) -> bool:
    """«رئيس الوزراء الصومالي يعطي الأولوية لـ…», «وزير الخارجية تتابع الملف»: after a title, a word with the
    prefix of a present-tense verb («ي», «ت») that is no given name the knowledge base knows, followed by a noun
    with the article, is the verb of a sentence whose subject is the title, not the first word of a name."""
    toks = ctx.toks
    w = toks[k].text
    if w[:1] not in ("ي", "ت") or len(w) < 4 or k + 1 >= len(toks) or w in given_names(ctx):
        return False
    return toks[k + 1].text.startswith("ال") and len(toks[k + 1].text) > 3


def _family_name_ends(ctx: Context, words: list[str], k: int) -> bool:
    """A family name with the article ends the name (بشار الأسد), unless it follows «آل» («محمد آل جابر»), is the
    second word of a compound given name («كمال الدين جابر»: `compound_name_ends`) or a patronymic particle goes
    on after it («محمد الأمين ولد سيدي»)."""
    w, toks = words[-1], ctx.toks
    if not w.startswith("ال") or w == "ال" or len(words) < 2 or words[-2] in _AR_NAME_PARTICLES:
        return False
    if len(words) == 2 and w in ctx.lex.w("compound_name_ends"):
        return False
    return not (k + 1 < len(toks) and toks[k].text in ("ولد", "بن", "ابن") and _is_ar_word(toks[k + 1]))


def _waw_surname(ctx: Context, k: int) -> bool:
    """«مصطفى عبدي وارسمي إن …», «غل رحمن وردك،»: a word opening with «و» is the name's last one, not "and" and
    the next name, when what it would join is no given name the knowledge base knows and the name's clause ends
    right after it (a complementizer, a comma, a preposition or the sentence's end)."""
    toks = ctx.toks
    w = toks[k].text
    if len(w) < 4 or w[1:] in given_names(ctx) or w.startswith("وال") or ctx.lex.triggers.match_at(toks, k):
        return False  # («وأحمد», «والوزير», «وقال»: a given name, a definite noun or a verb after "and")
    if k + 1 >= len(toks):
        return True
    nxt = toks[k + 1].text
    return nxt in ctx.lex.complementizers or nxt in ("،", ",", ".", ":") or nxt in ctx.lex.w("name_enders_after")


_EN_ARTICLES = frozenset({"al", "el"})


def _discover_en_name(ctx: Context, j: int) -> tuple[int, int] | None:
    toks, n = ctx.toks, len(ctx.toks)
    k = j
    count = 0
    while k < n and (not ctx.covered[k]) and toks[k].is_word:
        s, _ = ctx.orig(k, k + 1)
        ch = ctx.text[s : s + 1]
        w = toks[k].text
        if ch.isupper() or (w in _EN_NAME_PARTICLES and count > 0) or (w in _EN_NAME_PARTICLES and k + 1 < n):
            if (not ch.isupper() or w.lower() in _EN_ARTICLES) and k + 1 < n and toks[k + 1].text == "-":
                k += 2  # al-Assad; "Al-Jouweili" is one word of a name, not two
                continue
            k += 1
            count += 1
            if k < n and toks[k].text == "-" and k + 1 < n:
                k += 1  # Abdel-Fattah
            continue
        break
    if count < 2 or count > 5:
        return None
    if toks[k - 1].text in ctx.lex.organization_heads:
        return None  # "the head of the Kenya National Commission …": a body's name, not a person's
    if ctx.lex.agreement_nouns.match_at(toks, k - 1) is not None:
        return None  # "the leaders in the Kuala Lumpur Peace Accord": an agreement's title, not a person's
    return j, k


def _add_person(ctx: Context, span: tuple[int, int], office: str | None) -> Ment:
    ts, te = span
    s, e = ctx.orig(ts, te)
    name = ctx.text[s:e].strip()
    normalized = " ".join(ctx.norm.text[ctx.toks[ts].start : ctx.toks[te - 1].end].split())
    if ctx.lang == "ar":
        known = known_spelling(ctx.kb, normalized, given_names(ctx)) or _short_holder_ar(ctx, normalized, office)
    else:
        known = known_en_spelling(ctx.kb, name)
    if known is not None:  # «دبرصيون جبرميكائيل»: the knowledge base's «دبرصيون جبرمكائيل»
        ctx.register(known)
        return ctx.add(Ment(s, e, ts, te, known, "person", "discovered", name, office=office))
    eid = stable_id("person", normalized)
    ar = any("\u0600" <= c <= "\u06ff" for c in name)
    ctx.entities.add(eid, name, "person", name if ar else None, [], known=False)
    return ctx.add(Ment(s, e, ts, te, eid, "person", "discovered", name, office=office))


def _short_holder_ar(ctx: Context, normalized: str, office: str | None) -> str | None:
    """«رئيس الوزراء القطري محمد آل ثاني»: a name of given name and family («آل …») only, after a title, is the
    one holder of that office on the date whose full Arabic name opens and ends with those words."""
    words = normalized.split()
    if office is None or ctx.on is None or len(words) != 3 or words[1] != "ال":
        return None
    people = {r.person for (o, _of), rs in ctx.kb.roles_by_key.items() if o == office for r in rs if r.active(ctx.on)}
    fit = []
    for p in people:
        e = ctx.kb.entities.get(p)
        full = normalize(str(e.record.get("name_ar") or "")).text.split() if e is not None else []
        if len(full) > 3 and full[0] == words[0] and full[-2:] == words[1:]:
            fit.append(p)
    return fit[0] if len(fit) == 1 else None


def find_kb_spellings(ctx: Context) -> None:
    """English: a person the knowledge base knows, under another transliteration of his name ("Moammar Qaddafi"
    for Muammar Gaddafi, "Minni Minawi" for Minni Minnawi; see spelling.en_skeleton), wherever two to five
    capitalized words the gazetteer left stand, with or without a cue."""
    if ctx.lang == "ar":
        return
    added = _lengthen_known(ctx)
    n, covered, toks, caps = len(ctx.toks), ctx.covered, ctx.toks, ctx.capitals
    i = 0
    while i < n:
        if covered[i] or not (toks[i].is_word and caps[i]):  # (_capitalized, without a call per token)
            i += 1
            continue
        ends = _name_ends(ctx, i)
        for k in reversed(ends):
            s, e = ctx.orig(i, k)
            eid = known_en_spelling(ctx.kb, ctx.text[s:e])
            if eid is not None:
                ctx.register(eid)
                ctx.add(Ment(s, e, i, k, eid, "person", "name", ctx.text[s:e]))
                added, i = True, k
                break
        else:
            i += 1
    if added:
        ctx.ments.sort_by_start()


def find_longer_names(ctx: Context) -> None:
    """English: a known person's one-word name that is only part of a longer capitalized name is someone else,
    whom the knowledge base does not know: "Mubarak Ismail Dahab" (a given name, the father's, after it: a
    patronymic chain), "Saddam Haftar" (a given name the knowledge base knows right before the surname). Runs after the
    other spellings of known names were tried (`find_kb_spellings`). Arabic: `_longer_names_ar`."""
    if ctx.lang == "ar":
        _longer_names_ar(ctx)
        return
    n, given, changed = len(ctx.toks), given_names(ctx), False
    for m in [m for m in ctx.ments if m.kind == "person" and m.te - m.ts == 1 and m.role == "name"]:
        k = m.ts
        if k > 0 and _free_capital(ctx, k - 1) and (ctx.toks[k - 1].text in given or _plain_given(ctx, m, k - 1)):
            k -= 1  # "Saddam Haftar", "Lisa Johnson" (a surname alias of one known man, another given name)
        elif not (m.te < n and _free_capital(ctx, m.te) and given.intersection((ctx.texts[k], ctx.texts[m.te]))):
            continue  # (a surname before other capitalized words is theirs: "Biden Administration", "Kiir Mayardit")
        ctx.unname(m)
        span = _discover_en_name(ctx, k)
        if span is None or span[1] <= m.te and k == m.ts or not _plain_name(ctx, span) or _named_thing(ctx, span):
            ctx.add(m)  # (not a longer name: the known person stays)
            continue
        _add_person(ctx, span, None)
        changed = True
    if changed:
        ctx.ments.sort_by_start()


def _plain_given(ctx: Context, m: Ment, k: int) -> bool:
    """English: the capitalized word at k, right before a known man's surname alone, may be another given name
    ("US Ambassador Lisa Johnson" is not Boris Johnson): a plain word, inside its sentence, that is no title, rank
    or cue («Prime Minister Johnson»), when the knowledge base knows him by more than that surname."""
    w = ctx.toks[k].text
    if not (w.isalpha() and len(w) >= 3 and k > 0 and ctx.toks[k - 1].is_word):
        return False  # (the sentence's first word, or after a quote or a bracket: capitalized anyway)
    lex = ctx.lex
    if w.lower() in lex.person_cues or lex.titles.match_at(ctx.toks, k) or w in lex.w("calendar_words"):
        return False
    e = ctx.kb.get(m.entity)
    return e is not None and len(e.name.split()) >= 2 and m.text in e.aliases


def _longer_names_ar(ctx: Context) -> None:
    """«السفيرة الأميركية ليزا جونسون», «السيناتور دارين لحود»: a known person's one-word name (his family name)
    after a word that is not his given name, itself right after a title, a rank (`name_cues`) or a demonym, is
    someone else of that family name whom the knowledge base does not know (not Boris Johnson, not Émile Lahoud).
    The word must be no title, verb or particle (`_stopword`) and not a spelling of the known man's own given name
    («الرئيس جوزيف عون» stays Joseph Aoun)."""
    cues = ctx.lex.w("name_cues") | ctx.lex.w("honorifics")
    changed = _kunya_with_family_ar(ctx)
    for m in [m for m in ctx.ments if m.kind == "person" and m.te - m.ts == 1 and m.role == "name"]:
        k = m.ts - 1
        if k < 1 or ctx.covered[k] or not _is_ar_word(ctx.toks[k]) or ctx.texts[k].startswith("ال"):
            continue
        if _stopword(ctx, k) or len(ctx.texts[k]) < 3 or not _after_title_ar(ctx, k - 1, cues):
            continue
        if _own_given_name(ctx, m.entity, ctx.texts[k]):
            continue
        ctx.unname(m)
        other = _add_person(ctx, (k, m.te), None)
        changed = True
        if any(x.entity == m.entity and x.te - x.ts > 1 for x in ctx.ments):
            continue  # (the known man is named in full too: his family name alone stays his)
        for x in [x for x in ctx.ments if x.entity == m.entity and x.ts > m.ts and x.text == m.text]:
            ctx.unname(x)  # «السيناتور لحود» after «السيناتور دارين لحود»: the same man again
            ctx.add(Ment(x.start, x.end, x.ts, x.te, other.entity, "person", "short", x.text))
    if changed:
        ctx.ments.sort_by_start()


def _kunya_with_family_ar(ctx: Context) -> bool:
    """«أبو عبيدة الزاوي», «أبو علي العسكري»: a known man named by a bare kunya (`kunya_words` + one word) with a
    family name right after it (a free word with the article ending in «ي», a nisba, that none of his own names
    goes on with) is someone else of that kunya, a person the knowledge base does not know."""
    kunya, changed, n = ctx.lex.w("kunya_words"), False, len(ctx.toks)
    for m in [m for m in ctx.ments if m.kind == "person" and m.te - m.ts == 2 and m.role == "name"]:
        k = m.te
        if ctx.texts[m.ts] not in kunya or k >= n or ctx.covered[k] or not _is_ar_word(ctx.toks[k]):
            continue
        w = ctx.texts[k]
        if not (w.startswith("ال") and w.endswith("ي") and len(w) >= 5) or _stopword(ctx, k):
            continue
        e = ctx.kb.get(m.entity)
        longer = " ".join(ctx.texts[m.ts : k + 1])
        if e is None or any(normalize(x).text.startswith(longer) for x in (e.name_ar, *e.aliases_ar) if x):
            continue
        ctx.unname(m)
        _add_person(ctx, (m.ts, k + 1), None)
        changed = True
    return changed


def _after_title_ar(ctx: Context, j: int, cues: frozenset[str]) -> bool:
    """Token j ends a title («عضو الكونغرس»), is a rank or honorific («السيناتور», «العماد») or a demonym after
    a title («السفيرة الأميركية»)."""
    if not ctx.lex.w("name_cues").isdisjoint(ctx.toks[j].forms) or ctx.texts[j] in cues:
        return True
    if j > 0 and ctx.toks[j].forms[-1] in ctx.lex.w("minister_portfolios") and ctx.texts[j - 1] in ctx.lex.w(
            "portfolio_ministers"):
        return True  # «وزير الري», «وزيرة الصحة»: a minister and his portfolio
    for s in range(max(0, j - 4), j + 1):
        hit = ctx.lex.titles.match_at(ctx.toks, s)
        if hit and hit[1] == j + 1:
            return True
    m = ctx.starting_at(j, ("state",))
    return m is not None and m.te == j + 1 and j > 0 and _after_title_ar(ctx, j - 1, frozenset())


def _own_given_name(ctx: Context, eid: str, word: str) -> bool:
    """The word spells a given name of the known person (the first word of one of his Arabic names)."""
    e = ctx.kb.get(eid)
    if e is None:
        return True
    from explorer.extract.spelling import skeleton

    key = skeleton(normalize(word).text)
    for name in (e.name_ar, *e.aliases_ar):
        words = normalize(name).text.split() if name else []
        if len(words) >= 2:
            own = skeleton(words[0])
            if own.startswith(key[:2]) or key.startswith(own[:2]):
                return True
    return False


def _named_thing(ctx: Context, span: tuple[int, int]) -> bool:
    """Capitalized words that name a day, a month or a thing, not a person: a calendar word inside ("Putin
    Tuesday"), a quote before them, or "for" / "of" and a capitalized word after them ("the "Trump Route for
    International Peace"")."""
    toks, (ts, te) = ctx.toks, span
    if any(t.text in ctx.lex.w("calendar_words") for t in toks[ts:te]) or (ts > 0 and toks[ts - 1].text == '"'):
        return True
    return te + 1 < len(toks) and toks[te].text in ("for", "of", "on") and ctx.capitalized(te + 1)


def _lengthen_known(ctx: Context) -> bool:
    """ "Moammar Qaddafi", "Hasan Rowhani": the gazetteer knew one word of the name; the whole name, spelled
    another way, is the same person."""
    changed, n = False, len(ctx.toks)
    for m in [m for m in ctx.ments if m.kind == "person"]:
        starts: list[int] = []  # up to two free capitalized words right before it ("Abd-Rabbu": hyphens inside)
        k = m.ts - 1
        while len(starts) < 2 and k >= 0 and _free_capital(ctx, k):
            starts.append(k)
            k -= 2 if k >= 2 and ctx.toks[k - 1].text == "-" and _free_capital(ctx, k - 2) else 1
        ends: list[int] = [m.te + 1, *_name_ends(ctx, m.te)] if m.te < n and _free_capital(ctx, m.te) else []
        for ts, te in [(k, m.te) for k in reversed(starts)] + [(m.ts, k) for k in reversed(ends)]:
            s, e = ctx.orig(ts, te)
            if known_en_spelling(ctx.kb, ctx.text[s:e]) == m.entity:
                ctx.unname(m)
                ctx.add(Ment(s, e, ts, te, m.entity, "person", m.role, ctx.text[s:e]))
                changed = True
                break
    return changed


def _free_capital(ctx: Context, k: int) -> bool:
    return not ctx.covered[k] and _capitalized(ctx, k)


def _capitalized(ctx: Context, i: int) -> bool:
    return ctx.toks[i].is_word and ctx.capitals[i]


def _name_ends(ctx: Context, i: int) -> list[int]:
    """The token ends after the second to the fifth word of the capitalized run from i ("Abdul Wahid el-Nour":
    particles and hyphens inside it)."""
    toks, n, covered = ctx.toks, len(ctx.toks), ctx.covered
    ends, k, words = [], i, 0
    while k < n and not covered[k] and words < 5:
        if toks[k].text == "-" and k > i and k + 1 < n:
            k += 1
            continue
        if not (_capitalized(ctx, k) or (toks[k].text in _EN_NAME_PARTICLES and k + 1 < n)):
            break
        k += 1
        words += 1
        if words >= 2 and toks[k - 1].text not in _EN_NAME_PARTICLES:
            ends.append(k)
    return ends


def find_cued_names(ctx: Context) -> None:
    """A rank or honorific names the person right after it, known or not: "Gen. Salem Mansouri", "Sheikh Ali
    Hamid", «اللواء سالم المنصوري», «والشيخ علي حامد» (Arabic: the definite cue, with or without «و»/«ف»).
    Runs before titles, which take the name (a title's cue between it and the name is passed there)."""
    cues = ctx.lex.w("name_cues")
    if not cues:
        return
    toks, n = ctx.toks, len(ctx.toks)
    added = False
    for i in ctx.where(cues, forms=ctx.lang == "ar"):
        if ctx.covered[i]:
            continue  # («الفريق» is also "the team": the name discovery below wants two name words after it)
        k = i + 1
        while k < n and (toks[k].text == "." or toks[k].text in cues or toks[k].text in ctx.lex.w("rank_seconds")):
            k += 1  # "Lt. Gen.", «الفريق أول», «اللواء الركن»
        if k >= n or ctx.covered[k]:
            continue
        if ctx.lang != "ar" and not ctx.text[ctx.orig(i, i + 1)[0]].isupper():
            continue  # "the general said", "a major city": not a rank before a name
        span = _discover_ar_name(ctx, k) if ctx.lang == "ar" else _discover_en_name(ctx, k)
        if span is not None:
            _add_person(ctx, span, None)
            added = True
    if added:
        ctx.ments.sort_by_start()


_GIVEN: dict[tuple[int, str], frozenset[str]] = {}


def given_names(ctx: Context) -> frozenset[str]:
    """The first words of the names of the people the knowledge base knows (Mohamed, Sergei, «محمد», «عبد»),
    normalized: what an unknown person's name may start with (built once per knowledge base and language)."""
    key = (id(ctx.kb), ctx.lang)
    if key not in _GIVEN:
        from explorer.text.normalize import normalize

        out, not_given = set(), ctx.lex.w("not_given_names")
        for e in ctx.kb.entities.values():
            name = (e.name_ar if ctx.lang == "ar" else e.name) if e.kind == "person" else None
            words = normalize(name).text.split() if name else []
            if len(words) >= 2 and len(words[0]) >= 3 and words[0].isalpha() and words[0] not in not_given:
                out.add(words[0])
        if ctx.lang == "ar":  # a word that is also a particle, a verb or has the article opens no name here
            lex = ctx.lex
            out = {
                w
                for w in out
                if not w.startswith("ال")
                and w not in _AR_STOP
                and w not in lex.complementizers
                and w not in lex.negations
                and not lex.triggers.match_at([Token(w, 0, len(w), (w,))], 0)
            }
        for k in [k for k in _GIVEN if k[0] != id(ctx.kb)]:
            del _GIVEN[k]
        _GIVEN[key] = frozenset(out)
    return _GIVEN[key]


def find_speakers(ctx: Context) -> None:
    """A person the knowledge base does not know, named as the speaker of a statement with no title: "Ahmed
    Rabie said …", '"…," said Ahmed Rabie.', "according to Ahmed Rabie,", «وقال أحمد ربيع إن …»; or as whoever
    leads a body: "headed by Ahmed Rabie", «بقيادة أحمد ربيع». The name must start with a given name the
    knowledge base knows (so "Human Rights Watch said" is no person)."""
    verbs, leads = ctx.lex.w("speaker_verbs"), ctx.lex.w("led_by")
    found = ctx.where(verbs, forms=ctx.lang == "ar") if verbs else []
    led = ctx.where(leads, forms=ctx.lang == "ar") if leads else []
    given = given_names(ctx)
    added = ctx.lang == "ar" and _named_after_openers_ar(ctx, given)
    added = (ctx.lang == "ar" and _named_after_verbs_ar(ctx, given)) or added
    for i in found:
        span = _spoken_name_ar(ctx, i, given) if ctx.lang == "ar" else _spoken_name_en(ctx, i, given)
        if span is not None:
            _add_person(ctx, span, None)
            added = True
    agents = ctx.lex.w("agent_verbs") if ctx.lang != "ar" else frozenset()
    for i in ctx.where(agents) if agents else []:  # "Ahmed Rabie signed for the coalition": before the verb only
        span = _name_before_verb_en(ctx, i, given)
        if span is not None:
            _add_person(ctx, span, None)
            added = True
    for i in led:  # "a delegation headed by Karim Haddad", «وفد برئاسة كريم حداد», «بقيادة …»
        k = i + 1 + (ctx.lang != "ar")
        if ctx.lang != "ar" and ctx.texts[i + 1 : i + 2] != ["by"]:
            continue
        if k >= len(ctx.toks) or ctx.covered[k] or (ctx.toks[k].text not in given and ctx.lang == "ar"):
            continue
        span = _discover_ar_name(ctx, k) if ctx.lang == "ar" else _discover_en_name(ctx, k)
        if span is not None and ctx.lang != "ar" and ctx.toks[k].text not in given and _titled(ctx, span):
            continue  # ("led by Taras Levchuk" with no given name the knowledge base knows: not "led by X Y's …",
            # nor "led by Special Presidential Envoy …")
        if span is not None and _plain_name(ctx, span):
            _add_person(ctx, span, None)
            added = True
    if added:
        ctx.ments.sort_by_start()


def _titled(ctx: Context, span: tuple[int, int]) -> bool:
    """Capitalized words that are a title or a rank, or own what follows ("X Y's"), rather than a name."""
    ts, te = span
    if te < len(ctx.toks) and ctx.toks[te].text in ("'s", "'"):
        return True
    cues = ctx.lex.w("name_cues")
    return any(ctx.toks[x].text in cues or ctx.lex.titles.match_at(ctx.toks, x) for x in range(ts, te))


def _named_after_openers_ar(ctx: Context, given: frozenset[str]) -> bool:
    """«وكان كريم حداد قد أعلن …», «اتصالا هاتفيا مع كريم حداد», «نظيره كريم حداد», «بحضور كريم حداد»: a name
    opening with a given name right after one of `name_openers` is a person's. (Not after any verb: «لبحث فتح
    الطرق» is no person's name.)"""
    toks, openers, added = ctx.toks, ctx.lex.w("name_openers"), False
    for k in ctx.where(given):
        if k == 0 or ctx.covered[k] or ctx.covered[k - 1]:
            continue
        if toks[k - 1].text not in openers:
            continue
        span = _two_or_three_words(ctx, _discover_ar_name(ctx, k))
        if span is not None:
            _add_person(ctx, span, None)
            added = True
    return added


def _named_after_verbs_ar(ctx: Context, given: frozenset[str]) -> bool:
    """«ووصل خالد فارس الحمدان إلى …», «واستقبل خالد فارس في …»: a name opening with a given name right after a
    verb of relation, ending where a preposition, a complementizer or a comma closes it. (Two words only when the
    second has no article: «دعا صالح الحكومة إلى …» is a call on the government.)"""
    toks, verbs, added = ctx.toks, ctx.trigger_hits[1], False
    ends = ctx.lex.w("name_enders_after")
    texts = ctx.texts
    for s in ctx.trigger_hits[0]:  # (the few one-word verbs, not every given name's position)
        verb, k = verbs[s], s + 1
        if verb[1] != k or k >= len(toks) or texts[k] not in given or verb[0].nominal:
            continue
        if ctx.covered[k] or ctx.covered[k - 1]:
            continue
        span = _discover_ar_name(ctx, k)
        if span is None or span[1] >= len(toks) or (span[1] - span[0] == 2 and toks[span[1] - 1].text.startswith("ال")):
            continue
        end = toks[span[1]].text
        if end in ends or end in ctx.lex.complementizers or end in ("،", ",", "."):
            _add_person(ctx, span, None)
            added = True
    return added


def _two_or_three_words(ctx: Context, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """After a verb the name runs into what follows («طالب كريم حداد بوقف …», «نظيره كريم حداد تطورات
    الأوضاع»): two words, a third only when it is a family name with the article («محمد ناجي الأصم»), and one
    more after a particle («عبد», «أبو», «بن»)."""
    if span is None:
        return None
    ts, te = span
    keep = 2 + any(ctx.toks[x].text in _AR_NAME_PARTICLES for x in range(ts, min(te, ts + 2)))
    if te - ts > keep and ctx.toks[ts + keep].text.startswith("ال"):
        keep += 1
    return ts, min(te, ts + keep)


def _spoken_name_ar(ctx: Context, i: int, given: frozenset[str]) -> tuple[int, int] | None:
    """«وقال أحمد ربيع إن …», «وأكد أحمد ربيع، …»: the name right after the speech verb, before what is said."""
    toks, n, k = ctx.toks, len(ctx.toks), i + 1
    if k >= n or ctx.covered[k] or not _given_ar(ctx, k, given):
        return None
    span = _discover_ar_name(ctx, k)
    if span is None or span[1] >= n:
        return None
    end = toks[span[1]].text
    return span if end in ctx.lex.complementizers or end in ("،", ",", ":") else None


def _spoken_name_en(ctx: Context, i: int, given: frozenset[str]) -> tuple[int, int] | None:
    """ "Ahmed Rabie said", '"…," said Ahmed Rabie.', "according to Ahmed Rabie,"."""
    toks, n = ctx.toks, len(ctx.toks)
    after = i + 1 + (toks[i].text == "according")
    if toks[i].text == "according" and not (i + 1 < n and toks[i + 1].text == "to"):
        return None
    if after < n and not ctx.covered[after] and toks[after].text in given:
        span = _discover_en_name(ctx, after)  # after the verb: the name ends its clause
        if span is not None and (span[1] >= n or toks[span[1]].text in (",", ".", ";")):
            return span if _plain_name(ctx, span) else None
    if toks[i].text == "according":
        return None
    return _name_before_verb_en(ctx, i, given)


def _name_before_verb_en(ctx: Context, i: int, given: frozenset[str]) -> tuple[int, int] | None:
    """ "Ahmed Rabie said", "Ahmed Rabie signed": capitalized words right before the verb, back to the start of
    the clause, that open with a given name the knowledge base knows."""
    toks = ctx.toks
    if i == 0:
        return None
    k = i  # before the verb: capitalized words back to the start of the clause
    while k > 0 and i - k < 5 and not ctx.covered[k - 1] and (toks[k - 1].is_word or toks[k - 1].text == "-"):
        s, _ = ctx.orig(k - 1, k)
        if not (ctx.text[s : s + 1].isupper() or toks[k - 1].text in _EN_NAME_PARTICLES or toks[k - 1].text == "-"):
            break
        k -= 1
    if k == i or toks[k].text not in given or (k > 0 and toks[k - 1].is_word and ctx.covered[k - 1]):
        return None
    span = _discover_en_name(ctx, k)
    return span if span is not None and span[1] == i and _plain_name(ctx, span) else None


def _plain_name(ctx: Context, span: tuple[int, int]) -> bool:
    """No word of a body's, a month's or a day's name inside: "Mohamed Ali Council" is not a person."""
    heads = ctx.lex.organization_heads
    calendar = ctx.lex.w("calendar_words")
    return not any(t.text in heads or t.text in calendar for t in ctx.toks[span[0] : span[1]])


def find_surnames(ctx: Context) -> None:
    """After a full name, the surname alone refers to the same person (Gatilov, غاتيلوف)."""
    _holder_surnames(ctx)
    people = {}
    for m in ctx.ments:
        if m.kind == "person" and m.te - m.ts >= 2 and m.role not in ("title", "coref"):
            last = ctx.toks[m.te - 1].text  # (a title standing for a person has no surname)
            if len(last) >= 3 and last not in _AR_NAME_PARTICLES:
                people.setdefault(last, m.entity)
            if _given_name_first(ctx, m.entity):  # "President Isaias", "Dr. Abiy": a patronymic's own name
                first = ctx.toks[m.ts].text
                if len(first) >= 3 and first not in _AR_NAME_PARTICLES:
                    people.setdefault(first, m.entity)
    if not people:
        return
    _surname_over_demonym(ctx, people)
    _two_word_surname(ctx)
    # the forms that can name one of them (a form, or a form after «ال»): other tokens are passed at once
    keys = set(people) | {k[2:] for k in people if k.startswith("ال")}
    for i in ctx.where(keys, forms=ctx.lang == "ar"):
        t = ctx.toks[i]
        if ctx.covered[i] or keys.isdisjoint(t.forms if ctx.lang == "ar" else (t.text,)):
            continue
        for f in t.forms if ctx.lang == "ar" else (t.text,):
            for cand in (f, "ال" + f):
                if cand in people:
                    s, e = ctx.orig(i, i + 1)
                    if ctx.lang != "ar" and not ctx.text[s : s + 1].isupper():
                        continue
                    ts = _particle_before(ctx, i)  # "al-Kuhlani said": the particle is the surname's
                    s = ctx.orig(ts, i + 1)[0]
                    ctx.add(Ment(s, e, ts, i + 1, people[cand], "person", "short", ctx.text[s:e]))
                    break
            else:
                continue
            break
    _honorific_given_names(ctx)
    ctx.ments.sort_by_start()


_SURNAMES: dict[int, tuple[dict[str, list[str]], frozenset[str]]] = {}


def _known_surnames(kb) -> tuple[dict[str, list[str]], frozenset[str]]:
    """The people of the knowledge base who hold an office, by the last word of their English name, and those
    words as a set for `ctx.where` (both built once per knowledge base, not per article)."""
    got = _SURNAMES.get(id(kb))
    if got is None:
        by: dict[str, list[str]] = {}
        for p in kb.roles_by_person:
            e = kb.entities.get(p)
            words = e.name.split() if e is not None else []
            if len(words) >= 2 and len(words[-1]) >= 4 and words[-1].isalpha():
                by.setdefault(words[-1].lower(), []).append(p)  # (as English tokens are compared: lower case)
        _SURNAMES.clear()
        got = _SURNAMES[id(kb)] = (by, frozenset(by))
    return got


def _holder_surnames(ctx: Context) -> None:
    """ "Williams said …" in an article on Libya whose text never names her in full (the piece was cut after its
    first paragraphs): a capitalised word right before a verb of saying that is the surname of the one person of
    the knowledge base whose office on the article's date is of or for a state or body the article names (Stephanie
    Williams, the UN's envoy to Libya) is that person (English; one fitting holder only)."""
    if ctx.lang == "ar" or ctx.on is None:
        return
    from explorer.extract.syntax import speech_verb_at

    (surnames, keys), named = _known_surnames(ctx.kb), {m.entity for m in ctx.ments}
    added = False
    for i in ctx.where(keys):
        if ctx.covered[i] or not ctx.capitals[i] or not speech_verb_at(ctx, i + 1):
            continue
        fit = {p for p in surnames[ctx.texts[i]] for r in ctx.kb.roles_by_person[p]
               if r.active(ctx.on) and (r.of in named or r.to in named)}
        if len(fit) == 1:
            s_, e_ = ctx.orig(i, i + 1)
            eid = fit.pop()
            ctx.register(eid)
            ctx.add(Ment(s_, e_, i, i + 1, eid, "person", "short", ctx.text[s_:e_]))
            added = True
    if added:
        ctx.ments.sort_by_start()  # (find_surnames may return before its own sort)


def _particle_before(ctx: Context, i: int) -> int:
    """Where an English surname at token i starts: at "al-" or "el-" right before it, else at i."""
    toks = ctx.toks
    if ctx.lang != "ar" and i >= 2 and toks[i - 1].text == "-" and toks[i - 2].text in _EN_NAME_PARTICLES:
        return i - 2 if not ctx.covered[i - 2] and not ctx.covered[i - 1] else i
    return i


def _honorific_given_names(ctx: Context) -> None:
    """ "Prince Faisal", "Sheikh Tamim", «الأمير فيصل», «الشيخ تميم»: a courtesy title (`given_name_honorifics`)
    and a given name refer to the one man named in full before whose name starts with it ("Faisal bin Farhan");
    none when two such men were named."""
    words = ctx.lex.w("given_name_honorifics")
    firsts: dict[str, set[str]] = {}
    for m in ctx.ments:
        if m.kind == "person" and m.te - m.ts >= 2 and m.role not in ("title", "coref", "short"):
            k = m.ts + (ctx.texts[m.ts] in words and m.te - m.ts >= 3)  # («الأمير فيصل بن فرحان» as one name)
            firsts.setdefault(_given_key(ctx, k), set()).add(m.entity)
    if not firsts:
        return
    for i in ctx.where(words):
        k = i + 1
        if k >= len(ctx.toks) or ctx.covered[k] or len(firsts.get(_given_key(ctx, k), ())) != 1:
            continue
        eid = next(iter(firsts[_given_key(ctx, k)]))
        if not any(m.entity == eid and m.te <= i for m in ctx.ments.ending_within(0, i)):
            continue  # (named in full after it: not yet introduced)
        s, e = ctx.orig(k, k + 1)
        ctx.add(Ment(s, e, k, k + 1, eid, "person", "short", ctx.text[s:e]))


def _given_key(ctx: Context, k: int) -> str:
    """A given name as the honorific look-up compares it: Arabic's normalized form; English's consonants, one of
    each run ("Mohammed" and "Mohamed" are one name, two spellings)."""
    w = ctx.toks[k].forms[-1]
    if ctx.lang == "ar":
        return w
    out = [c for c in w.lower() if c not in "aeiouy"]
    return "".join(c for n, c in enumerate(out) if n == 0 or c != out[n - 1])


def _given_name_first(ctx: Context, eid: str) -> bool:
    """A person of a state whose names are patronymic (Ethiopia, Eritrea: `given_name_states`) is called by his
    own name, the first one ("Abiy Ahmed" is "Abiy", "Isaias Afwerki" is "Isaias")."""
    e = ctx.kb.get(eid)
    return e is not None and e.record.get("nationality") in ctx.lex.w("given_name_states")


def _surname_over_demonym(ctx: Context, people: dict[str, str]) -> None:
    """«السوداني» after «محمد شياع السوداني» is the prime minister, not a Sudanese: a one-word demonym
    or capital mention after the full name gives way to the surname."""
    first_full: dict[str, int] = {}
    for m in ctx.ments:
        if m.kind == "person" and m.te - m.ts >= 2:
            first_full.setdefault(m.entity, m.te)
    gone = set()
    for m in ctx.ments:
        if m.te - m.ts == 1 and m.role in ("demonym", "capital") and not m.in_np:
            eid = people.get(ctx.toks[m.ts].text) or people.get(ctx.toks[m.ts].forms[-1])
            if eid and first_full.get(eid, 10**9) <= m.ts and not _adjective_position(ctx, m):
                gone.add(id(m))
                ctx.covered[m.ts] = 0
    if gone:
        ctx.ments = MentionList(m for m in ctx.ments if id(m) not in gone)


def _two_word_surname(ctx: Context) -> None:
    """ "Kayikwamba Wagner" after "Therese Kayikwamba Wagner" is the minister, not the Wagner Group: a one-word
    mention of something else preceded by the word before it in a full name of the document gives way to the
    person, both words."""
    tails = {}
    for m in ctx.ments:
        if m.kind == "person" and m.te - m.ts >= 3 and m.role not in ("title", "coref"):
            tails.setdefault((ctx.toks[m.te - 2].text, ctx.toks[m.te - 1].text), (m.entity, m.te))
    if not tails:
        return  # (no full name of three words or more: nothing to give way to)
    gone, added = set(), []
    for m in ctx.ments:
        if m.te - m.ts != 1 or m.kind == "person" or m.ts == 0:
            continue
        hit = tails.get((ctx.texts[m.ts - 1], ctx.texts[m.ts]))
        if hit and hit[1] <= m.ts and not ctx.covered[m.ts - 1]:
            gone.add(id(m))
            s, e = ctx.orig(m.ts - 1, m.te)
            added.append(Ment(s, e, m.ts - 1, m.te, hit[0], "person", "short", ctx.text[s:e]))
    if gone:
        ctx.ments = MentionList(m for m in ctx.ments if id(m) not in gone)
        for m in added:
            ctx.add(m)


def _adjective_position(ctx: Context, m: Ment) -> bool:
    """A demonym right after a definite noun is an adjective («الجيش السوداني»), not a surname."""
    if m.ts == 0:
        return False
    prev = ctx.toks[m.ts - 1]
    return prev.is_word and prev.text.startswith("ال") and not any(x.kind == "person" for x in ctx.ments.ending(m.ts))
