"""Who signed an agreement, however the sentence ties them to it (issue 9): the agents after 'by' of a signing
participle or noun with words between ("was signed in Goma on Tuesday by A and B", "the signing of X by A and
B"), the bodies whose delegates, leaders or ministers signed ("signed by delegates of A and B"), and the
signatories named beside the agreement ("the signatories of X, A and B", «الأطراف الموقعة على X، A وB»).
And who did not sign: the witnesses and hosts of a signing ("Egypt witnessed the signing of …"), and those
urged to sign ("urged A and B to sign the treaty")."""

from __future__ import annotations

from explorer import ontology
from explorer.extract.context import Context, Ment
from explorer.extract.engine import Outcome, Sentence, Site, construction, cued
from explorer.extract.syntax import (
    actor,
    between_pair,
    coordinated_after,
    genitive_signers,
    group_with_left,
    last_agreement,
    past_own_title,
    pronoun_suffix,
)

_STOPS = (".", ";", "؛", ":", "?", "؟", '"', "«", "»")


def _signing_cues(ctx: Context) -> frozenset[str]:
    return ctx.lex.any_of(
        "signer_participles",
        "signing_nouns",
        "signatory_nouns",
        "listed_signatory_nouns",
        "signing_verbs",
        "sealing_verbs",
        "relative_pronouns",
    )


@cued(lambda ctx: [(_signing_cues(ctx), True)])
def agreement_signers(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """Sentence pattern: the signers of each agreement mention that a signing word ties to it (see module)."""
    cues = _signing_cues(ctx)
    if cues.isdisjoint(ctx.texts[sent.ts : sent.te]) and cues.isdisjoint(ctx.lasts[sent.ts : sent.te]):
        return  # (most sentences: no signing word at all)
    for m in ments:
        if m.kind != "agreement" or m.in_np:
            continue
        signers, trig = _signed_by(ctx, sent, ments, m)
        if not signers:
            signers, trig = _signatories_beside(ctx, sent, ments, m)
        if not signers and ctx.lang == "ar":
            signers, trig = _delegates_signed(ctx, sent, ments, m)
        if not signers:
            signers, trig = _sealed(ctx, sent, ments, m)
        if not signers:
            signers, trig = _signed_with(ctx, sent, ments, m)
        if not signers and ctx.lang != "ar":
            signers, trig = _signers_were(ctx, sent, ments, m)
        for a in signers:
            emit(a, m, "agrees_with", 0.7, trig, "agreement-signers")
    if not any(m.kind == "agreement" for m in ments):
        signers, trig = _signatories_listed(ctx, sent, ments)
        if not signers:
            signers, trig = _pronoun_signed(ctx, sent, ments)
        agr = last_agreement(ctx, sent.ts, 300) if signers else None  # (in the sentences before)
        for a in signers if agr is not None else []:
            emit(a, agr, "agrees_with", 0.7, trig, "agreement-signers")


def _pronoun_signed(ctx: Context, sent: Sentence, ments: list[Ment]) -> tuple[list[Ment], str]:
    """ "It was signed by A, B and the leaders of C": a sentence that opens with a pronoun subject
    (`body_pronouns`), a passive signing participle and its agents after "by": they signed the agreement named
    last (English)."""
    texts, lex, k = ctx.texts, ctx.lex, sent.ts
    if ctx.lang == "ar" or texts[k].lower() not in lex.w("body_pronouns"):
        return [], ""
    k += 1
    while k < sent.te and k - sent.ts < 4 and texts[k] in lex.w("passive_auxiliaries"):
        k += 1  # "was", "has been", "formally"
    if not (k < sent.te and texts[k] in lex.w("signer_participles")):
        return [], ""
    trig, agent = texts[k], lex.w("signer_agent")
    for x in range(k + 1, min(sent.te, k + 8)):
        if texts[x] in agent:
            return _agents(ctx, ments, x + 1, sent.te), trig
        if texts[x] in _STOPS or texts[x] in (",", "،") or texts[x] in lex.w("clause_breaks"):
            break
    return [], ""


def _signatories_listed(ctx: Context, sent: Sentence, ments: list[Ment]) -> tuple[list[Ment], str]:
    """ "Among the signatories were A of X and B of Y", "The signatories included A and B", «وكان من بين
    الموقعين A وB»: the list a signatory noun (`listed_signatory_nouns`) announces, each person with the body
    he is "of"; with no agreement in the sentence, they signed the one named last."""
    texts, lex, te = ctx.texts, ctx.lex, sent.te
    nouns = lex.w("listed_signatory_nouns")
    k = next((x for x in range(sent.ts, te) if texts[x] in nouns or ctx.lasts[x] in nouns), None)
    if k is None:
        return [], ""
    x = k + 1 + (k + 1 < te and texts[k + 1] in lex.w("list_verbs"))
    out: list[Ment] = []
    while x < te:
        y = x + (texts[x] == "the")  # ("Among the signatories were the SRF and …": a body's mention after "the")
        m = next((a for a in ments if a.np_start in (x, y) and actor(a) and not a.in_np), None)
        if m is None:
            break
        out.append(m)
        x = m.te
        x = _past_body(ctx, ments, out, x, te)  # "A of the FPRC"
        if x < te and texts[x] == "(":
            x = next((y + 1 for y in range(x, min(te, x + 6)) if texts[y] == ")"), x)
        x += x < te and texts[x] in (",", "،")
        x += x < te and texts[x] in lex.w("and")
    return out, texts[k]


def _past_body(ctx: Context, ments: list[Ment], out: list[Ment], x: int, te: int) -> int:
    """Past "of X" after a listed signatory: X (a state or body) is added to `out`; an "of" phrase naming none is
    skipped up to the next comma or "and"."""
    if not (x + 1 < te and ctx.texts[x] == "of"):
        return x
    body = next((a for a in ments if a.np_start in (x + 1, x + 2) and actor(a) and a.kind != "person"), None)
    if body is not None:
        out.append(body)
        return body.te
    stop = ctx.lex.w("and") | {",", "،", "."}
    return next((y for y in range(x + 1, min(te, x + 10)) if ctx.texts[y] in stop), x)


def _signers_were(ctx: Context, sent: Sentence, ments: list[Ment], m: Ment) -> tuple[list[Ment], str]:
    """ "The groups that signed the X agreement were A, B and C", "Those who signed the accord included A and B": a
    relative clause of signing whose object is the agreement, then a copula or list verb (`list_verbs`) and the
    list it names: each signed (English)."""
    texts, lex = ctx.texts, ctx.lex
    v = m.np_start - 1
    v -= v > sent.ts and texts[v] in ("the", "a", "an")
    if not (v - 1 >= sent.ts and texts[v] in lex.w("signing_verbs")):
        return [], ""
    if texts[v - 1] not in lex.any_of("relative_pronouns", "relative_who"):
        return [], ""
    verbs = lex.w("list_verbs")
    for k in range(m.te, min(sent.te - 1, m.te + 7)):  # (past "in 1995", "in Juba last year")
        if texts[k] in verbs:
            return _agents(ctx, ments, k + 1, sent.te), texts[v]
        if texts[k] in _STOPS or texts[k] in lex.w("clause_breaks") or actor_at(ments, k):
            break
    return [], ""


def _signed_with(ctx: Context, sent: Sentence, ments: list[Ment], m: Ment) -> tuple[list[Ment], str]:
    """«اتفاق جدة الذي وقعه مع قوات الدعم السريع», «الاتفاق الذي توصلت إليه مع إسرائيل», "the deal that it
    struck with the Taliban": the partner after 'with' in a relative clause of signing is a party (the subject
    is left to the clause's own constructions)."""
    texts, lex = ctx.texts, ctx.lex
    k = m.te
    place = next((x for x in ctx.ments.starting(k) if x.kind == "place"), None)
    k = place.te if place is not None else k  # «اتفاق جدة الذي …»: the place that names it
    if not (k + 2 < sent.te and texts[k] in lex.w("relative_pronouns")):
        return [], ""
    verbs = lex.any_of("signing_verbs", "signer_participles")
    v = next((x for x in range(k + 1, min(sent.te, k + 4)) if _signing_word(ctx, x, verbs)), None)
    if v is None:
        return [], ""
    w = v + 1 + (v + 1 < sent.te and texts[v + 1] in ("اليه", "عليه", "عليها", "اليها", "عليهما"))  # «توصلت إليه»
    w = _with_after(ctx, sent, w)  # «التي وقعتها إثيوبيا في مطلع يناير مع …»: past the subject and the date
    if not (w < sent.te and texts[w] in lex.w("with")):
        return [], ""
    return _agents(ctx, ments, w + 1, sent.te), texts[v]


def _with_after(ctx: Context, sent: Sentence, k: int) -> int:
    """The 'with' within a few words from token k, past the clause's subject and a time phrase (no comma, no
    clause break, no agreement between), else k."""
    lex, stops = ctx.lex, (",", "،", ".", ";", "؛", ":")
    for x in range(k, min(sent.te, k + 10)):
        if ctx.texts[x] in lex.w("with"):
            return x
        if (
            ctx.texts[x] in stops
            or ctx.texts[x] in lex.w("clause_breaks")
            or any(m.kind == "agreement" for m in ctx.ments.starting(x))
        ):
            break
    return k


def _signing_word(ctx: Context, x: int, verbs: frozenset[str]) -> bool:
    """A signing verb, bare or with its pronoun («وقعه», «توصلت»): its text or its form without clitics."""
    t = ctx.toks[x]
    return t.text in verbs or any(f in verbs for f in t.forms) or t.text.startswith(("وقع", "توصل", "ابرم"))


def _sealed(ctx: Context, sent: Sentence, ments: list[Ment], m: Ment) -> tuple[list[Ment], str]:
    """ "Russia and Ukraine sealed the grain deal", "A and B had extended the truce": a verb that signs only when an
    agreement is its object (`sealing_verbs`: not a trigger, as "sealed the border with Egypt" or "extended its
    support" agree with nobody) and its subjects."""
    k = m.np_start - 1
    k -= k > sent.ts and ctx.texts[k] in ("the", "a", "an")
    if k <= sent.ts or ctx.texts[k] not in ctx.lex.w("sealing_verbs"):
        return [], ""
    s = k
    while s - 1 > sent.ts and k - s < 3 and ctx.texts[s - 1] in ctx.lex.w("passive_auxiliaries"):
        s -= 1  # "A and B have sealed", "had extended the truce"
    last = next((x for x in ments if x.te == s and actor(x)), None)
    return (group_with_left(ctx, ments, last) if last is not None else []), ctx.texts[k]


def _delegates_signed(ctx: Context, sent: Sentence, ments: list[Ment], m: Ment) -> tuple[list[Ment], str]:
    """«وقّع وزيرا خارجية رواندا والكونغو اتفاق واشنطن», «وقّع ممثلو الحكومة والجبهة الثورية الاتفاق»: a
    signing verb, the delegates who are its subject and the states or bodies they stand for, then the agreement:
    those bodies signed it."""
    texts, lasts, lex = ctx.texts, ctx.lasts, ctx.lex
    verbs, delegates = lex.w("signing_verbs"), lex.w("signer_delegates")
    for i in range(max(sent.ts, m.ts - 32), m.ts):
        if lasts[i] not in verbs and texts[i] not in verbs:
            continue
        k = i + 1
        if not (k < m.ts and (texts[k] in delegates or lasts[k] in delegates)):
            continue  # («وزيرا»: its first letter is no conjunction)
        k += 1
        while k < m.ts and (lasts[k] in lex.w("delegate_portfolios") or texts[k] in lex.w("delegate_portfolios")):
            k += 1  # «وزيرا خارجية …», «وزراء خارجية دول الجامعة العربية»
        grp = [b for a in coordinated_after(ctx, ments, k, m.ts) if (b := _body_at(ments, a)) is not None]
        grp += _added(ctx, ments, grp[-1].te, m.np_start) if grp else []
        if grp and (grp[-1].te + 2 >= m.np_start or _aside_only(ctx, ments, grp[-1].te, m.np_start)):
            return grp, texts[i]
    return [], ""


def _added(ctx: Context, ments: list[Ment], k: int, end: int) -> list[Ment]:
    """«قادة دول مجلس التعاون، بالإضافة إلى مصر، على البيان», "the leaders of A, along with B, signed": the
    bodies an aside of addition (`addition_phrases`) right after the list names are in it too."""
    k += k < end and ctx.texts[k] in (",", "،")
    for phrase in ctx.lex.w("addition_phrases"):
        n = len(phrase.split())
        if " ".join(ctx.texts[k : k + n]) == phrase:
            return [a for a in coordinated_after(ctx, ments, k + n, end) if actor(a) and a.kind != "person"]
    return []


def _body_at(ments: list[Ment], a: Ment) -> Ment | None:
    """The state or body a listed delegate word stands for: the mention itself, or the one under the leader
    that coreference read into the same words («قادة مصر وقطر وتركيا»: Turkey, not its president)."""
    if actor(a) and a.kind != "person":
        return a
    bodies = ("state", "organization", "armed_group")
    return next((b for b in ments if b.ts == a.ts and b.te == a.te and b.kind in bodies), None)


def _aside_only(ctx: Context, ments: list[Ment], k: int, end: int) -> bool:
    """Between the delegates' bodies and the agreement only a modifier and an aside of time and place («…
    التابعة لحفتر، اليوم الجمعة في جنيف، اتفاقاً»): no stop, no clause break, no other state or body."""
    if end - k > 20 or any(t in _STOPS or t in ctx.lex.w("clause_breaks") for t in ctx.texts[k:end]):
        return False
    return not any(k <= x.ts < end and actor(x) and x.kind != "person" and not x.in_np for x in ments)


def _signed_by(ctx: Context, sent: Sentence, ments: list[Ment], m: Ment) -> tuple[list[Ment], str]:
    """ "X was signed [in Goma on Tuesday] by A and B", "the signing of X [in Doha] by A and B": the agents
    after 'by' within a few words of a signing participle after the agreement or a signing noun before it."""
    texts, lex = ctx.texts, ctx.lex
    k, trig = m.te, ""
    k += k < sent.te and texts[k] == ","  # "The agreement, signed in Juba by A and B, ends …"
    k = start = _past_complement(ctx, sent, k)  # "The deal between A and B was signed by …"
    while k < sent.te and k - start < 4 and texts[k] in lex.w("passive_auxiliaries"):
        k += 1  # "was", "has been", "formally"
    if k < sent.te and k > m.te and texts[k] in lex.w("signer_participles"):
        trig, k = texts[k], k + 1
    else:
        b = m.np_start - 1
        b -= b > sent.ts and texts[b] == "the"
        if b - 1 >= sent.ts and texts[b] == "of" and texts[b - 1] in lex.w("signing_nouns"):
            trig, k = texts[b - 1], m.te
    if not trig:
        return [], ""
    agent = lex.w("signer_agent")
    for x in range(k, min(sent.te, k + 8)):
        if texts[x] in agent:
            return _agents(ctx, ments, x + 1, sent.te), trig
        if texts[x] in _STOPS or texts[x] in (",", "،") or texts[x] in lex.w("clause_breaks"):
            break
    return [], ""


def _past_complement(ctx: Context, sent: Sentence, k: int) -> int:
    """Past a short complement of the agreement's subject phrase up to its passive verb ("The deal between Baghdad
    and Erbil was signed by …", "The treaty establishing the Alliance of Sahel States (AES) was signed in …"): the
    auxiliary within nine words, no comma, stop or clause break between (English); else k."""
    if ctx.lang == "ar" or k >= sent.te or ctx.texts[k] in ctx.lex.w("passive_auxiliaries"):
        return k
    auxiliaries = ctx.lex.w("subject_auxiliaries")
    for x in range(k + 1, min(sent.te, k + 10)):
        t = ctx.texts[x]
        if t in auxiliaries:
            return x
        if t in _STOPS or t in (",", "،") or t in ctx.lex.any_of("clause_breaks", "relative_pronouns"):
            break
    return k


def _agents(ctx: Context, ments: list[Ment], k: int, end: int) -> list[Ment]:
    """The actors listed from token k; "delegates of A and B", "the foreign ministers of A and B" are A and B."""
    texts, delegates = ctx.texts, ctx.lex.w("signer_delegates")
    k += k < end and texts[k] == "the"
    j = k  # ("military delegations of": a lowercase word before the delegates' noun, English)
    while ctx.lang != "ar" and j < end and j - k < 2 and texts[j] not in delegates and _plain_lower(ctx, j):
        j += 1
    for n in (2, 1):  # "foreign ministers of", "delegates of"
        if j + n < end and " ".join(texts[j : j + n]) in delegates and texts[j + n] == "of":
            k = j + n + 1
            break
    found = [_owned(ctx, a) for a in coordinated_after(ctx, ments, k, end) if actor(a) and a.kind != "agreement"]
    if not found and ctx.lang != "ar":
        y = k  # "signed by government negotiator A and …": a bare lowercase title before the first name
        while y < end and y - k < 3 and _plain_lower(ctx, y) and not actor_at(ments, y):
            y += 1
        found = [_owned(ctx, a) for a in coordinated_after(ctx, ments, y, end) if actor(a) and a.kind != "agreement"]
    if not found or ctx.lang == "ar":
        return found
    for _ in range(6):  # "by Niger's General A, Mali's Colonel B and …", "by A with his Turkish counterpart B"
        last = found[-1]
        person = _owners_person(ctx, ments, last) if last.possessive and last.kind != "person" else None
        if person is not None:
            found[-1] = last = person  # (the owner's rank and name: the person signs)
        x = past_own_title(ctx, last, end) if last.kind == "person" else last.te
        nxt = _list_goes_on(ctx, ments, x, end, person is not None)
        if nxt is None:
            break
        more = [_owned(ctx, a) for a in coordinated_after(ctx, ments, nxt, end) if actor(a) and a.kind != "agreement"]
        if not more:
            break
        found += more
    return found + _signed_for(ctx, ments, found[-1].te, end)


def _owners_person(ctx: Context, ments: list[Ment], owner: Ment) -> Ment | None:
    """ "Niger's General A": the person named within two words (a rank, a title) after a possessive owner."""
    x = owner.te + (owner.te < len(ctx.toks) and ctx.texts[owner.te] in ("'s", "'"))
    near = next((m for m in ments if m.kind == "person" and 0 <= m.ts - x <= 2 and _words(ctx, x, m.ts)), None)
    if near is not None:
        return near
    # "Sudan's two ruling generals, A and B": the people a short lowercase noun phrase and a comma set in apposition
    c = next((y for y in range(x + 1, min(len(ctx.toks), x + 5)) if ctx.texts[y] == ","), None)
    if c is None or not all(_plain_lower(ctx, y) for y in range(x, c)):
        return None
    return next((m for m in ments if m.kind == "person" and m.np_start == c + 1), None)


def _list_goes_on(ctx: Context, ments: list[Ment], x: int, end: int, comma: bool) -> int | None:
    """Where a list of signers goes on past what ends a coordinated list (English): with `comma`, after a comma
    (the next "Mali's Colonel B" after "Niger's General A,"), "and of" ("delegations of A and of B"), "and his
    counterpart B", "with B" ("signed by A with his Turkish counterpart B"); None when it does not."""
    texts, lex = ctx.texts, ctx.lex
    if x < end and texts[x] == ",":
        x += 1
        if comma and actor_at(ments, x):
            return x
    if not (x < end and (texts[x] in lex.w("and") or texts[x] in lex.w("with"))):
        return None
    x += 1 + (x + 1 < end and texts[x] in lex.w("and") and texts[x + 1] == "of")
    x += x < end and texts[x] == "the"
    if x < end and texts[x] in lex.w("counterpart_openers"):
        y = next((y for y in range(x + 1, min(end, x + 4)) if not lex.counterpart.isdisjoint(ctx.toks[y].forms)), None)
        x = y + 1 if y is not None else x
    y = x
    while y < end and y - x < 4 and not actor_at(ments, y) and (_plain_lower(ctx, y) or ctx.texts[y] == "-"):
        y += 1  # "and of the eastern-based Libyan National Army"
    return y if actor_at(ments, y) else None


def _words(ctx: Context, a: int, b: int) -> bool:
    """Tokens a..b are all words (a rank or title between an owner and its person)."""
    return all(ctx.toks[k].is_word for k in range(a, b))


def actor_at(ments: list[Ment], x: int) -> bool:
    """An actor's mention starts at token x (its name or its phrase)."""
    return any((m.ts == x or m.np_start == x) and actor(m) for m in ments)


def _plain_lower(ctx: Context, j: int) -> bool:
    """A lowercase word that names nothing (English)."""
    return ctx.toks[j].is_word and ctx.text[ctx.orig(j, j + 1)[0]].islower() and not ctx.ments.starting(j)


def _owned(ctx: Context, a: Ment) -> Ment:
    """ "Khalifa Haftar's Libyan National Army": a possessive owner stands for the body it owns, which signs."""
    if not a.possessive:
        return a
    k = a.te + (a.te < len(ctx.toks) and ctx.texts[a.te] in ("'s", "'"))
    return next((m for m in ctx.ments.starting(k) if actor(m) and m.kind != "person"), a)


def _signed_for(ctx: Context, ments: list[Ment], k: int, end: int) -> list[Ment]:
    """ "signed by A for Saudi Arabia and by B for Iran", "by A on behalf of Egypt and B on behalf of Jordan": the
    side each signer signed for (a party too), and the signers after "and (by)" that the side between cuts off
    from the list (without "by", only one who signed for a side of his own)."""
    texts, out = ctx.texts, []
    for _ in range(4):
        n = for_side(ctx, k, end)
        side = [a for a in coordinated_after(ctx, ments, k + n, end) if actor(a) and a.kind != "person"] if n else []
        side = side[:1]
        if not side:
            break
        out += side
        k = side[0].te
        if not (k + 2 < end and texts[k] in ("and", ",")):
            break
        by = texts[k + 1] == "by"
        more = [a for a in coordinated_after(ctx, ments, k + 1 + by, end) if actor(a) and a.kind != "agreement"]
        if not more or not (by or for_side(ctx, more[-1].te, end)):
            break
        out += more
        k = more[-1].te
    return out


def for_side(ctx: Context, k: int, end: int) -> int:
    """Tokens of "for" or "on behalf of" at k (0 when none)."""
    if k + 1 < end and ctx.texts[k] == "for":
        return 1
    return 3 if k + 3 < end and ctx.texts[k : k + 3] == ["on", "behalf", "of"] else 0


def _signatories_beside(ctx: Context, sent: Sentence, ments: list[Ment], m: Ment) -> tuple[list[Ment], str]:
    """ "the signatories of X, A and B, …", «الأطراف الموقعة على X، A وB», "X's signatories, including A": the
    list right after the agreement (or its signatories) and a comma names the signatories a noun announces."""
    texts, lasts = ctx.texts, ctx.lasts
    b = m.np_start - 1
    b -= b > sent.ts and texts[b] in ("the", "on", "to", "of")
    words = ctx.lex.w("signatory_nouns")
    trig = next((texts[x] for x in range(max(sent.ts, b - 2), b + 1) if texts[x] in words or lasts[x] in words), "")
    k = m.te
    if not trig and k + 1 < sent.te and texts[k] in ("'s", "'") and texts[k + 1] in words:
        trig, k = texts[k + 1], k + 2  # "the Juba agreement's signatories, including the SRF"
    if trig and not (k < sent.te and texts[k] in (",", "،")):
        if k < sent.te and texts[k] in ctx.lex.w("including_words") | ctx.lex.w("list_verbs"):
            return _agents(ctx, ments, k + 1, sent.te), trig  # "Signatories to X include A and B"
        return _signatories_before(ctx, sent, ments, b, trig), trig  # «A وB، الطرفان الموقعان على X»
    if not trig:
        return [], ""
    k += 1
    k += k < sent.te and (texts[k] in ctx.lex.w("including_words") or lasts[k] in ctx.lex.w("including_words"))
    return _agents(ctx, ments, k, sent.te) or _signatories_before(ctx, sent, ments, b, trig), trig


def _signatories_before(ctx: Context, sent: Sentence, ments: list[Ment], b: int, trig: str) -> list[Ment]:
    """«اجتمعت A وB، الطرفان الموقعان على X»: the group before a comma that the signatory phrase is apposed to."""
    texts = ctx.texts
    q = next((x for x in range(b, max(sent.ts, b - 4), -1) if texts[x] == trig or ctx.lasts[x] == trig), None)
    q = next((x for x in range(q - 1, max(sent.ts, q - 4), -1) if texts[x] in (",", "،")), None) if q else None
    last = next((x for x in ments if q is not None and x.te == q and actor(x)), None)
    return [a for a in group_with_left(ctx, ments, last) if actor(a)] if last is not None else []


@construction("witnessed-signing", "prepare", rtypes=("agrees_with",))
def witnessed_signing(ctx: Context, site: Site, emit) -> Outcome:
    """ "Egypt and Qatar witnessed the signing of …", «استضافت أنغولا مراسم توقيع …», "urged Armenia and
    Azerbaijan to sign the treaty": the subject hosts, witnesses or urges a signing, and signs nothing."""
    if site.rtype != "agrees_with" or site.i <= site.sent.ts:
        return Outcome.PASS
    if _witnessed(ctx, site) or ctx.lang == "ar" and _announced_for_others(ctx, site):
        site.conf = site.conf or ontology.base_confidence("agrees_with")  # (this step may come before the gate's)
        genitive_signers(ctx, site, emit, "witnessed-signing")  # «شهدت الرياض توقيع A وB على …»: A and B signed
        return Outcome.DONE
    if ctx.texts[site.i - 1] in ("to", "إلى", "الى") and _urged_before(ctx, site):
        return Outcome.DONE
    return Outcome.PASS


def _witnessed(ctx: Context, site: Site) -> bool:
    """A signing noun after a verb or word of witnessing, hosting or attending ("witnessed the signing", "was
    present at the signing", «استضافت مراسم توقيع», «بحضور توقيع»); in Arabic the verb comes first and its
    subject's phrase («وحضر وزير الخارجية المصري سامح شكري توقيع …») stands in between."""
    texts, lasts, lex = ctx.texts, ctx.lasts, ctx.lex
    if lasts[site.i] not in lex.w("signing_nouns"):
        return False
    witness, k = lex.w("witness_verbs"), site.i - 1
    if texts[k] in ("the", "a") or lasts[k] in lex.w("ceremony_nouns"):
        k -= 1  # "witnessed the signing", «استضافت مراسم توقيع»
    if ctx.lang != "ar":
        return k >= site.sent.ts and (texts[k] in witness or lasts[k] in witness)
    for x in range(k, max(site.sent.ts, site.i - 12) - 1, -1):
        if not ctx.toks[x].is_word:
            return False
        if lasts[x] in witness or texts[x] in witness:
            return True
    return False


def _announced_for_others(ctx: Context, site: Site) -> bool:
    """«تعلن مصر وقطر والولايات المتحدة توصل طرفي النزاع إلى اتفاق»: the signing noun is what an announcing verb
    and its subjects announce, with its own agent after it; the announcers reached nothing («أعلنت حماس توصلها
    إلى اتفاق», the noun's agent in its suffix, is Hamas's own)."""
    texts, j = ctx.texts, site.j
    if j >= site.sent.te or texts[j] in ("إلى", "الى", "الي", "على", "علي", "،", "."):
        return False
    if pronoun_suffix(ctx, ctx.toks[site.i], site.trig.phrase.words[0]):
        return False  # «أعلن المجلس التزامه الكامل بالاتفاق»: its own, the suffix is the announcer
    agr = next((m for m in ctx.ments.starting(j) if m.kind == "agreement"), None)
    if agr is not None and between_pair(ctx, site.ments, agr.te, site.sent.te) is None:
        return False  # «أعلنت الحكومة توقيع اتفاق سلام مع …»: the noun's object follows, the announcer signed
    # («أعلن الوزير توقيع اتفاق بين A وB»: the sides after «بين» signed, the announcer did not)
    announce = ctx.lex.w("announce_verbs")
    verb = next(
        (
            k
            for k in range(site.i - 1, max(site.sent.ts, site.i - 10) - 1, -1)
            if texts[k] in announce or ctx.lasts[k] in announce
        ),
        -1,
    )
    if verb < 0 or not all(ctx.toks[x].is_word or texts[x] == "،" for x in range(verb, site.i)):
        return False
    if verb == site.i - 1:  # «… جمال بن عمر أعلن توصل الأطراف …»: the announcer before the verb
        return any(m.te <= verb for m in site.ments if actor(m))
    end = site.i  # («وأعلن [ترامب] أمس الثلاثاء توصل …»: time words after the announcer, `time_adverbs`)
    while end - 1 > verb and texts[end - 1] in ctx.lex.w("time_adverbs"):
        end -= 1
    return any(m.te == end and m.ts > verb and actor(m) for m in site.ments)  # «وأعلن [ترامب] توصل …»


def _urged_before(ctx: Context, site: Site) -> bool:
    """A call verb ("urged", «دعا») opens the few words before "to sign": the signers are only asked to."""
    calls = ctx.lex.w("call_verbs")
    lo = max(site.sent.ts, site.i - 10)
    return any(t in calls or f in calls for t, f in zip(ctx.texts[lo : site.i], ctx.lasts[lo : site.i], strict=True))
