"""The words a view is shown with, in English or Arabic: one language per page, never ids.

Labels of kinds and relation types come from ontology.yaml (`label`, `label_ar`); the phrases around
them (counts, headers, hints) are here. Arabic counts follow the number: one, two (dual), three to ten
(plural), eleven and more (singular accusative, written as the singular), so «54 علاقة», «3 علاقات».

>>> count(54, "relation", "en"), count(54, "relation", "ar"), count(3, "relation", "ar")
('54 relations', '54 علاقة', '3 علاقات')
"""

from __future__ import annotations

from explorer import ontology

#: noun -> (singular, plural) in English, (singular, dual, plural) in Arabic
NOUNS = {
    "en": {
        "relation": ("relation", "relations"), "link": ("link", "links"), "node": ("node", "nodes"),
        "mention": ("mention", "mentions"), "document": ("document", "documents"), "actor": ("actor", "actors"),
        "agreement": ("agreement", "agreements"), "hop": ("hop", "hops"), "path": ("path", "paths"),
        "decision": ("decision", "decisions"),
        "more relation": ("more relation", "more relations"), "more link": ("more link", "more links"),
    },
    "ar": {
        "relation": ("علاقة", "علاقتان", "علاقات"), "link": ("رابط", "رابطان", "روابط"),
        "node": ("عقدة", "عقدتان", "عقد"), "mention": ("ذكر", "ذكران", "مرات ذكر"),
        "document": ("وثيقة", "وثيقتان", "وثائق"), "actor": ("فاعل", "فاعلان", "فاعلين"),
        "agreement": ("اتفاق", "اتفاقان", "اتفاقات"), "hop": ("خطوة", "خطوتان", "خطوات"),
        "path": ("مسار", "مساران", "مسارات"), "decision": ("قرار", "قراران", "قرارات"),
        "more relation": ("علاقة أخرى", "علاقتان أخريان", "علاقات أخرى"),
        "more link": ("رابط آخر", "رابطان آخران", "روابط أخرى"),
    },
}

PHRASES = {
    "en": {
        "view": "View", "corpus": "Corpus", "filters": "Filters", "actors": "Actors", "all": "all",
        "dates": "Dates", "kinds": "Kinds", "types": "Types", "min_weight": "At least {n} relations per link",
        "all_dated": "all dated", "to": "to", "generated": "Generated",
        "hint": "Click a node or link for its evidence; double-click a node to show its neighbours; "
                "scroll to zoom (all names appear when zoomed in).",
        "undated_out": "Undated relations are left out of this date range.",
        "undated_in": "Undated relations are included ({n}).",
        "undated_all": "Undated relations are included.",
        "find": "Find", "find_placeholder": "Find an actor (English or Arabic)", "find_label": "Find an actor",
        "no_match": "No actor matches “{q}”", "found": "Found {name}",
        "relation": "Relation", "undated": "undated", "confidence": "confidence", "method": "method",
        "no_sentence": "(no sentence)", "empty": "No relations in this view",
        "no_library": "The graph could not be drawn: vis-network did not load. "
                      "Search and the evidence panel still work.",
        "colour": "Colour", "by_kind": "kind", "by_community": "community", "by_change": "change",
        "relayout": "Re-layout this view", "stable": "Stable layout",
        "connect": "How is it connected to…", "connect_go": "Show paths", "no_path": "No path in this view",
        "large": "Large view: showing the {shown} nodes with the most relations; {out} nodes "
        "left out (limit {limit}).",
        "kept_per_link": "(the snapshot keeps {n} per link)", "over": "over",
        "expanded": "{n} neighbours shown", "no_more": "No more neighbours in this snapshot",
        "close": "Close the evidence panel", "legend": "Legend", "graph": "Graph of the view",
        "more_names": "and {n} more",
        "published": "published", "article": "article", "confirmed": "confirmed", "rejected": "rejected",
    },
    "ar": {
        "view": "العرض", "corpus": "المدوّنة", "filters": "المرشحات", "actors": "الفاعلون", "all": "الكل",
        "dates": "التواريخ", "kinds": "الأنواع", "types": "العلاقات", "min_weight": "{n} علاقات على الأقل لكل رابط",
        "all_dated": "كل المؤرخ", "to": "إلى", "generated": "أُنشئ في",
        "hint": "انقر عقدة أو رابطا لترى أدلته؛ انقر مرتين على عقدة لإظهار جيرانها؛ قرّب لترى كل الأسماء.",
        "undated_out": "العلاقات غير المؤرخة مستبعدة من هذا النطاق الزمني.",
        "undated_in": "العلاقات غير المؤرخة مشمولة ({n}).",
        "undated_all": "العلاقات غير المؤرخة مشمولة.",
        "find": "ابحث", "find_placeholder": "ابحث عن فاعل (بالعربية أو الإنجليزية)", "find_label": "ابحث عن فاعل",
        "no_match": "لا فاعل يطابق «{q}»", "found": "وُجد: {name}",
        "relation": "علاقة", "undated": "غير مؤرخ", "confidence": "الثقة", "method": "الطريقة",
        "no_sentence": "(لا جملة)", "empty": "لا علاقات في هذا العرض",
        "no_library": "تعذّر رسم الشبكة: لم تُحمَّل مكتبة vis-network. البحث ولوحة الأدلة يعملان.",
        "colour": "التلوين", "by_kind": "النوع", "by_community": "المجموعة", "by_change": "التغيّر",
        "relayout": "أعد ترتيب هذا العرض", "stable": "ترتيب ثابت",
        "connect": "كيف يتصل بـ…", "connect_go": "أظهر المسارات", "no_path": "لا مسار في هذا العرض",
        "large": "عرض كبير: تظهر {shown} عقدة هي الأكثر علاقات؛ استُبعدت {out} عقدة (الحد {limit}).",
        "kept_per_link": "(تحفظ اللقطة {n} لكل رابط)", "over": "عبر",
        "expanded": "ظهر {n} من الجيران", "no_more": "لا جيران آخرون في هذه اللقطة",
        "close": "أغلق لوحة الأدلة", "legend": "المفتاح", "graph": "رسم العرض",
        "more_names": "و{n} غيرهم",
        "published": "نُشر في", "article": "المقال", "confirmed": "مؤكَّدة", "rejected": "مرفوضة",
    },
}

CHANGES = {
    "en": {"appeared": "appeared", "disappeared": "disappeared", "grew": "grew", "shrank": "shrank", "same": "same"},
    "ar": {"appeared": "ظهر", "disappeared": "اختفى", "grew": "ازداد", "shrank": "تراجع", "same": "لم يتغير"},
}


#: The dashboard's widget labels and placeholders, by their English text, in Arabic (`widget`).
WIDGETS_AR = {
    "Search actors and agreements": "ابحث في الفاعلين والاتفاقات",
    "No actor or agreement matches.": "لا فاعل ولا اتفاق يطابق البحث.",
    "Centre actors": "الفاعلون في المركز", "All actors": "كل الفاعلين",
    "Hops": "عدد الخطوات", "Year": "السنة", "whole corpus": "المدوّنة كلها", "Dates": "التواريخ",
    "▶ Play month by month": "▶ تشغيل شهرًا بعد شهر",
    "Include undated relations": "اشمل العلاقات غير المؤرخة",
    "Kinds": "الأنواع", "All kinds": "كل الأنواع", "Relation types": "أنواع العلاقات", "All types": "كل الأنواع",
    "Minimum relations per link": "أدنى عدد من العلاقات لكل رابط", "Most nodes shown": "أقصى عدد من العقد",
    "Labels": "لغة التسميات", "Legend": "المفتاح",
    "Reviewer": "المراجِع", "your name, kept with each decision": "اسمك، يُحفظ مع كل قرار",
    "Review state": "حالة المراجعة", "Minimum confidence": "أدنى ثقة",
    "Colour by": "التلوين حسب", "Re-layout this view": "أعد ترتيب هذا العرض",
    "How is A connected to B?": "كيف يتصل أ بـ ب؟", "A": "أ", "B": "ب",
    # help texts, buttons, downloads and headings
    "Sets the date range to one year (or back to the whole corpus).":
        "يجعل مدى التواريخ سنة واحدة (أو يعيده إلى المدوّنة كلها).",
    "Steps the view through the corpus one month at a time, from the start of the date range.":
        "ينقل العرض عبر المدوّنة شهرًا بعد شهر، من بداية مدى التواريخ.",
    "Narrowing the dates turns this off (undated relations are then left out, and the header says so); turn it "
    "back on to keep them.":
        "تضييق التواريخ يطفئ هذا الخيار (فتُستبعد العلاقات غير المؤرخة، ويذكر الرأس ذلك)؛ أعد تشغيله لإبقائها.",
    "Rejected relations are hidden unless you show them; publish confirmed ones only.":
        "العلاقات المرفوضة مخفية ما لم تُظهرها؛ لا تنشر إلا المؤكدة.",
    "Hide relations the extractor was less sure of. On news nobody tuned the rules to, about 9 in 10 "
    "relations at 0.9 or more were right, about 6 in 10 between 0.5 and 0.8.":
        "أخفِ العلاقات التي كان المستخرِج أقل ثقة بها. في أخبار لم تُضبط القواعد عليها كانت نحو 9 من كل 10 علاقات "
        "بثقة 0.9 فأكثر صحيحة، ونحو 6 من كل 10 بين 0.5 و0.8.",
    "What changed: between the two periods of the Compare tab.": "ما تغيّر: بين فترتي تبويب المقارنة.",
    "Off: every view keeps the corpus's stable positions, so nothing moves when a filter changes. On: this view "
    "laid out on its own.":
        "مطفأ: يحتفظ كل عرض بمواضع المدوّنة الثابتة، فلا يتحرك شيء حين يتغير مرشِّح. مشغَّل: يُرتَّب هذا العرض وحده.",
    "matched": "يطابق",
    "Download this view (HTML snapshot)": "نزّل هذا العرض (لقطة HTML)",
    "Download the evidence (CSV)": "نزّل الأدلة (CSV)",
    "Download metrics (CSV)": "نزّل المقاييس (CSV)",
    "Evidence": "الأدلة", "Review these relations": "راجع هذه العلاقات",
    "No relations in this view. Widen the dates, clear a filter or pick another actor.":
        "لا علاقات في هذا العرض. وسّع التواريخ أو أزل مرشِّحًا أو اختر فاعلًا آخر.",
    "{relations}, newest first": "{relations}، الأحدث أولًا",
    "Links coloured by what changed from {a} (A) to {b} (B); set the periods in the Compare tab.":
        "الروابط ملوّنة بحسب ما تغيّر من {a} (أ) إلى {b} (ب)؛ حدّد الفترتين في تبويب المقارنة.",
    "No path between {a} and {b} under these filters.": "لا مسار بين {a} و{b} تحت هذه المرشِّحات.",
    "{paths} of {hops}": "{paths} من {hops}",
    "{decisions} saved as {who}.": "تم حفظ {decisions} باسم {who}.",
    "Select relations first.": "اختر علاقات أولًا.",
    "Ingesting…": "جارٍ إدخال المقالات…", "in office": "في المنصب", "▶ Playing: {month}": "▶ يُعرض الآن: {month}",
    "; showing the first {n}": "؛ تظهر أول {n}",
    "Pick two actors or agreements: the shortest paths between them under the current filters (dates, kinds, "
    "types) are shown with the evidence for each hop.":
        "اختر فاعلَين أو اتفاقَين: تظهر أقصر المسارات بينهما تحت المرشِّحات الحالية (التواريخ، الأنواع، العلاقات) "
        "مع أدلة كل خطوة.",
    "No relations to review here.": "لا علاقات للمراجعة هنا.",
    "Select relations for a bulk action": "اختر علاقات لإجراء جماعي", "Choose relations…": "اختر علاقات…",
    "Note": "ملاحظة", "why (optional)": "السبب (اختياري)",
    "Confirm selected": "أكّد المختارة", "Reject selected": "ارفض المختارة", "Undo review": "تراجع عن المراجعة",
    "Select all shown": "اختر كل المعروضة", "Open a document": "افتح وثيقة",
    # the header above the tabs
    "{n} undated": "{n} غير مؤرخة", "view": "العرض",
    " ({n} more nodes over the limit of {limit})": " ({n} عقدة أخرى فوق حد {limit})",
    " · {n} undated relations kept in this date range (“Include undated relations” is on)":
        " · {n} علاقة غير مؤرخة مُبقاة في هذا المدى («اشمل العلاقات غير المؤرخة» مشغَّل)",
    " · {n} undated relations left out of this date range": " · {n} علاقة غير مؤرخة مستبعدة من هذا المدى",
    # review panels
    '**Extractor precision from reviews**':
        '**دقة المستخرِج بحسب المراجعات**',
    'No relation has been confirmed or rejected yet: review some in the Graph tab.':
        'لم تُؤكَّد أي علاقة ولم تُرفض بعد: راجع بعضها في تبويب الشبكة.',
    'confirmed / (confirmed + rejected), per relation type the extractor proposed; overall {p} '
    'from {n} reviewed relations. A corrected type or end counts as wrong.':
        'المؤكدة / (المؤكدة + المرفوضة)، لكل نوع علاقة اقترحه المستخرِج؛ الإجمالي {p} من {n} '
        'علاقة مراجَعة. النوع أو الطرف المصحَّح يُحسب خطأً.',
    'Correct this actor or agreement':
        'صحّح هذا الفاعل أو الاتفاق',
    'Merge into':
        'ادمجه في',
    'Merge':
        'ادمج',
    'Split out':
        'افصل',
    'Split':
        'افصل الآن',
    'Name (English)':
        'الاسم (بالإنجليزية)',
    'Name (Arabic)':
        'الاسم (بالعربية)',
    'Rename':
        'أعد التسمية',
    'New alias':
        'اسم بديل جديد',
    'Add alias':
        'أضف الاسم البديل',
    'Kind':
        'النوع',
    'Set kind':
        'عيّن النوع',
    # the document tab
    'No documents in the store yet.':
        'لا وثائق في المخزن بعد.',
    'undated':
        'غير مؤرخة',
    'excluded':
        'مستبعدة',
    'Document':
        'الوثيقة',
    'This document is no longer in the store.':
        'لم تعد هذه الوثيقة في المخزن.',
    'day':
        'يوم',
    'year':
        'سنة',
    '(untitled)':
        '(بلا عنوان)',
    'unknown outlet':
        'وسيلة غير معروفة',
    'This document is excluded: its relations are in no view.':
        'هذه الوثيقة مستبعدة: علاقاتها ليست في أي عرض.',
    '{m} mentions (coloured by kind) · {n} relations (underlined: green confirmed, amber '
    'unreviewed, red dashed rejected; hover for details)':
        '{m} ذكر (ملوّن حسب النوع) · {n} علاقة (مسطّرة: الأخضر مؤكدة، والكهرماني غير مراجَعة، '
        'والأحمر المتقطع مرفوضة؛ مرّر المؤشر للتفاصيل)',
    '**Relations from this document**':
        '**علاقات هذه الوثيقة**',
    'Correct this document':
        'صحّح هذه الوثيقة',
    'Date (YYYY, YYYY-MM or YYYY-MM-DD)':
        'التاريخ (سنة، أو سنة-شهر، أو سنة-شهر-يوم)',
    'Set date':
        'عيّن التاريخ',
    'Title':
        'العنوان',
    'Set title':
        'عيّن العنوان',
    'Outlet':
        'الوسيلة',
    'Set outlet':
        'عيّن الوسيلة',
    'Include it again':
        'أعِدها',
    'Exclude from every view':
        'استبعدها من كل عرض',
    'Add a relation from a sentence of this document':
        'أضف علاقة من جملة في هذه الوثيقة',
    'No sentence found in this document.':
        'لا جملة في هذه الوثيقة.',
    'Sentence':
        'الجملة',
    'Source':
        'المصدر',
    'Type':
        'نوع العلاقة',
    'Target':
        'الهدف',
    'Add relation':
        'أضف العلاقة',
    # the review table and the review state filter
    'Hide rejected':
        'أخفِ المرفوضة',
    'Show rejected too':
        'أظهر المرفوضة أيضًا',
    'Confirmed only (for publication)':
        'المؤكدة فقط (للنشر)',
    'Unreviewed only':
        'غير المراجَعة فقط',
    'Rejected only':
        'المرفوضة فقط',
    '✔ confirmed':
        '✔ مؤكدة',
    '✘ rejected':
        '✘ مرفوضة',
    'review':
        'المراجعة',
    'document':
        'الوثيقة',
    'open':
        'افتح',
    'sentence':
        'الجملة',
    'source':
        'المصدر',
    'relation':
        'العلاقة',
    'target':
        'الهدف',
    'date':
        'التاريخ',
    'confidence':
        'الثقة',
    'id':
        'المعرّف',
    'unreviewed':
        'غير مراجَعة',
    'confirmed':
        'مؤكدة',
    'rejected':
        'مرفوضة',
    # the other tabs
    'No agreements in the store yet.':
        'لا اتفاقات في المخزن بعد.',
    'Click a row (or pick below) to centre the graph on an agreement and the actors around it.':
        'انقر صفًا (أو اختر أدناه) لتوسيط الشبكة على اتفاق والفاعلين حوله.',
    'Show in the graph':
        'اعرض في الشبكة',
    '**Who refers to {name} over time**':
        '**من يستند إلى {name} عبر الزمن**',
    'No dated relations to this agreement.':
        'لا علاقات مؤرخة بهذا الاتفاق.',
    'Per':
        'لكل',
    'week':
        'أسبوع',
    'month':
        'شهر',
    'No dated relations in this view.':
        'لا علاقات مؤرخة في هذا العرض.',
    '{n} undated relations in this view are not on the time axis (they stay in the graph while '
    '“Include undated relations” is on).':
        '{n} علاقة غير مؤرخة في هذا العرض ليست على محور الزمن (تبقى في الشبكة ما دام «اشمل العلاقات '
        'غير المؤرخة» مشغَّلًا).',
    'Undated relations are hidden (“Include undated relations” is off).':
        'العلاقات غير المؤرخة مخفية («اشمل العلاقات غير المؤرخة» مطفأ).',
    'Dashed lines: agreements on their dates (from the knowledge base, else their first relation).':
        'الخطوط المتقطعة: الاتفاقات في تواريخها (من قاعدة المعرفة، وإلا فمن أول علاقة بها).',
    'The view is empty.':
        'العرض فارغ.',
    "{n} communities (Louvain, seed 0). To see them in the graph, choose “Colour by: community” in "
    "the Graph tab (the palette's eight colours repeat after eight).":
        '{n} مجتمعات (خوارزمية لوفان، البذرة 0). لرؤيتها في الشبكة اختر «التلوين حسب: المجتمع» في '
        'تبويب الشبكة (ألوان اللوحة الثمانية تتكرر بعد ثمانية).',
    'Search for an actor in the sidebar to see its profile.':
        'ابحث عن فاعل في الشريط الجانبي لترى ملفه.',
    'No dated roles in the knowledge base for this actor.':
        'لا مناصب مؤرخة لهذا الفاعل في قاعدة المعرفة.',
    'No dated mentions.':
        'لا ذكر مؤرخ.',
    'Actor or agreement':
        'فاعل أو اتفاق',
    '**Roles**':
        '**المناصب**',
    '**Mentions over time**':
        '**الذكر عبر الزمن**',
    '**Top counterparts by relation type**':
        '**أبرز الأطراف المقابلة حسب نوع العلاقة**',
    '**Agreements**':
        '**الاتفاقات**',
    '{n} mentions in undated documents.':
        '{n} ذكر في وثائق غير مؤرخة.',
    ', the newest {n} shown':
        '، تظهر أحدث {n}',
    '**Evidence** ({relations}{more})':
        '**الأدلة** ({relations}{more})',
    "Review this actor's relations":
        'راجع علاقات هذا الفاعل',
    'Drop articles here':
        'أسقط المقالات هنا',
    'Plain text or Markdown (with front matter), HTML, JSON/JSONL, CSV/TSV, RSS or Atom feeds, and .zip or .gz '
    'archives of these.':
        'نص عادي أو ماركداون (مع ترويسة)، أو HTML أو JSON/JSONL أو CSV/TSV، أو خلاصات RSS أو Atom، '
        'وأرشيفات zip أو gz منها.',
    'Ingest':
        'أدخِلها',
    '{done} new documents from {files} files; the view is up to date.':
        'أُدخلت {done} وثيقة جديدة من {files} ملف؛ العرض محدَّث.',
    'Comparing periods needs dated relations over more than one day.':
        'المقارنة بين فترتين تحتاج إلى علاقات مؤرخة على أكثر من يوم.',
    'No dated relations in either period for this view.':
        'لا علاقات مؤرخة في أيٍّ من الفترتين لهذا العرض.',
    "The graph's “Colour by: what changed” draws this comparison in the main graph.":
        'يرسم خيار «التلوين حسب: ما تغيّر» هذه المقارنة في الشبكة الرئيسية.',
    'Year A':
        'السنة أ',
    'Year B':
        'السنة ب',
    'Agreement':
        'الاتفاق',
    'Preset':
        'إعداد جاهز',
    'Year against year':
        'سنة مقابل سنة',
    'Before and after an agreement':
        'قبل اتفاق وبعده',
    'The two halves':
        'النصفان',
    'Months either side':
        'عدد الأشهر على كل جانب',
    'Apply':
        'طبّق',
    'Period A (type or pick the dates)':
        'الفترة أ (اكتب التواريخ أو اخترها)',
    'Period B':
        'الفترة ب',
    '{n} without a date belong to neither period and are left out of the comparison.':
        '{n} بلا تاريخ لا تنتمي إلى أيٍّ من الفترتين وتُستبعد من المقارنة.',
    '**Largest changes** (links with meetings, calls, visits, talks, agreements, support, opposition '
    'or fighting first; roles and memberships last)':
        '**أكبر التغيرات** (الروابط ذات اللقاءات والاتصالات والزيارات والمحادثات والاتفاقات والدعم '
        'والمعارضة والقتال أولًا؛ المناصب والعضويات أخيرًا)',
}

#: The dashboard's tabs (ids as in the URL), in Arabic; in English their ids, capitalised.
TABS_AR = {"graph": "الشبكة", "profile": "الملف", "timeline": "الخط الزمني", "compare": "المقارنة",
           "agreements": "الاتفاقات", "metrics": "المقاييس", "upload": "إضافة مقالات", "document": "الوثيقة"}


def tab_label(tab: str, lang: str) -> str:
    """A dashboard tab's name (its URL id) in `lang`.

    >>> tab_label("compare", "ar"), tab_label("compare", "en")
    ('المقارنة', 'Compare')
    """
    return TABS_AR.get(tab, tab.title()) if lang_of(lang) == "ar" else tab.title()


def widget(text: str, lang: str) -> str:
    """A dashboard widget's label (given in English) in `lang`.

    >>> widget("Hops", "ar"), widget("Hops", "en")
    ('عدد الخطوات', 'Hops')
    """
    return WIDGETS_AR.get(text, text) if lang_of(lang) == "ar" else text


def lang_of(lang: str) -> str:
    return "ar" if lang == "ar" else "en"


def phrase(key: str, lang: str, **values) -> str:
    """A phrase in `lang`, with {placeholders} filled."""
    text = PHRASES[lang_of(lang)][key]
    return text.format(**values) if values else text


def noun(word: str, n: int, lang: str) -> str:
    """The form of `word` that goes with the number `n`."""
    forms = NOUNS[lang_of(lang)][word]
    if lang_of(lang) == "en":
        return forms[0] if n == 1 else forms[1]
    if n == 1:
        return forms[0]
    if n == 2:
        return forms[1]
    return forms[2] if 3 <= n % 100 <= 10 else forms[0]


def arrow(lang: str) -> str:
    """From source to target in a line of `lang`: Arabic lines run right to left, and arrows are not mirrored.

    >>> arrow("en"), arrow("ar")
    ('→', '←')
    """
    return "←" if lang_of(lang) == "ar" else "→"


def iso_date(d: str) -> str:
    """A date kept left to right in any line: after an Arabic word 2016-07-15 would read 15-07-2016."""
    return f"\u2066{d}\u2069"


#: Column headers of the dashboard's tables (what `columns` shows for a column name), in Arabic.
COLUMNS_AR = {
    "office": "المنصب", "of": "في", "to": "لدى", "start": "من", "end": "إلى", "relation": "العلاقة",
    "counterpart": "الطرف الآخر", "relations": "العلاقات", "agreement": "الاتفاق", "types": "أنواع العلاقات",
    "first_date": "أول تاريخ", "last_date": "آخر تاريخ", "type": "النوع", "date": "التاريخ", "parties": "الأطراف",
    "actors": "الفاعلون", "first": "الأول", "last": "الأخير", "id": "المعرّف", "name": "الاسم", "kind": "النوع",
    "degree": "الدرجة", "weighted_degree": "الدرجة الموزونة", "betweenness": "البينية", "pagerank": "PageRank",
    "community": "المجموعة", "source": "الفاعل", "target": "الطرف الآخر", "weight_a": "الفترة أ",
    "weight_b": "الفترة ب", "delta": "الفرق", "change": "التغيّر", "confirmed": "مؤكَّدة", "rejected": "مرفوضة",
    "unreviewed": "غير مراجَعة", "precision": "الدقة", "file": "الملف", "ingested": "أُدخلت",
    "duplicates": "مكررة", "failed": "فشلت", "reason": "السبب",
}


def columns(names, lang: str) -> dict[str, str]:
    """Headers for a table's columns in `lang` (a `column_config` for st.dataframe): names as they are in English,
    translated in Arabic, where every header of the dashboard's tables was English.

    >>> columns(["office", "start"], "ar"), columns(["office"], "en")
    ({'office': 'المنصب', 'start': 'من'}, {})
    """
    if lang_of(lang) != "ar":
        return {}
    return {str(c): COLUMNS_AR[str(c)] for c in names if str(c) in COLUMNS_AR}


MONTHS_AR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
             "ديسمبر")


def month_label(d, lang: str) -> str:
    """A month and its year in `lang` (a date or datetime).

    >>> from datetime import date
    >>> month_label(date(2016, 12, 1), "en"), month_label(date(2016, 12, 1), "ar")
    ('December 2016', 'ديسمبر 2016')
    """
    return f"{MONTHS_AR[d.month - 1]} {d.year}" if lang_of(lang) == "ar" else f"{d:%B %Y}"


def isolated(text: str) -> str:
    """`text` in its own direction within a line («عنوان» in an English line, a title then its date): an Arabic
    title opening a left-to-right line pulled the date after it into its own order."""
    return f"\u2068{text}\u2069"


def count(n: int, word: str, lang: str) -> str:
    """`n` and its noun, digits grouped: "1,234 relations", «54 علاقة»."""
    return f"{n:,} {noun(word, n, lang)}"


def kind_label(kind: str, lang: str) -> str:
    spec = ontology.load()["kinds"].get(kind, {})
    return spec.get("label_ar" if lang == "ar" else "label") or kind.replace("_", " ")


def type_label(rtype: str, lang: str) -> str:
    spec = ontology.load()["relations"].get(rtype, {})
    return spec.get("label_ar" if lang == "ar" else "label") or rtype.replace("_", " ")


def change_label(change: str, lang: str) -> str:
    return CHANGES[lang_of(lang)].get(change, change)


def view_title(names: list[str], lang: str) -> str:
    """The title of a view centred on `names` (display names in `lang`), the same in the dashboard and the CLI.

    >>> view_title([], "en"), view_title(["John Kerry"], "en"), view_title(["جون كيري"], "ar")
    ('Diplograph view', 'Diplograph: John Kerry', 'دبلوغراف: جون كيري')
    """
    if lang_of(lang) == "ar":
        return "دبلوغراف: " + "، ".join(names) if names else "عرض دبلوغراف"
    return "Diplograph: " + ", ".join(names) if names else "Diplograph view"


def js_words(lang: str) -> dict:
    """What the snapshot's script needs to speak `lang`: phrases, noun forms and change names."""
    lang = lang_of(lang)
    nouns = {k: list(v) for k, v in NOUNS[lang].items()}
    return {"lang": lang, "phrases": dict(PHRASES[lang]), "nouns": nouns, "changes": dict(CHANGES[lang])}
