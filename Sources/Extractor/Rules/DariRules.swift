/// The Dari (and Iranian Persian) trigger rules, as data: the rows of `TriggerRule`, read by
/// `PersianPattern` rather than the English pattern language.
///
/// Persian patterns: words separated by spaces, each word's joint with the next free (a space,
/// a ZWNJ or nothing: «به دست» matches «بهدست» and «به‌دست»); `a|b` alternatives; `?` an
/// optional word; `~` after a word lets it go on (inflections: «افتاد~» matches «افتاده»,
/// «افتادهاست»); `*N` skips up to N words inside the clause. Words are compared in
/// `ArabicScript.matchingForm`, so ي/ی, ك/ک, ۀ/ه and the Pashto letters need no variants.
///
/// Dari puts the keyword before the name (ولسوالی X) and the verb at the end of its clause,
/// so most rules take their place before them (`side: .before`); a noun («سقوط ولسوالی X»)
/// takes it after. Example sentences are written for these rules, not quotations; they run in
/// `PersianRuleTableTests`.
enum DariRules {
  static let table: [TriggerRule] = contested + recaptured + captured + retreatedTo + mobilization

  static let contested: [TriggerRule] = [
    TriggerRule(
      "fa.contested.brink", .contested, side: .either, strength: 0.8,
      ["در? آستانه سقوط", "خطر|احتمال سقوط"],
      examples: [("ولسوالی خاش در آستانه سقوط به دست طالبان قرار دارد.", "contested AF1705")],
      not: [("ولسوالی خاش در آستانه سقوط به دست طالبان قرار دارد.", "captured AF1705")]),
    TriggerRule(
      "fa.contested.siege", .contested, side: .either, strength: 0.85,
      ["محاصره کرد~|شد~", "محاصره"],
      examples: [("طالبان ولسوالی گیزاب را از سه طرف محاصره کردهاند.", "contested AF2409")]),
    TriggerRule(
      "fa.contested.fighting", .contested, side: .after, strength: 0.8,
      ["درگیری~|جنگ|نبرد *20 جریان|ادامه دارد~", "درگیری~|جنگ|نبرد *8 شدت گرفت~|یافت~", "وارد *8 شد~|شدند", "داخل *8 شد~|شدند", "گزارش|خبر درگیری~|جنگ"],
      examples: [
        ("هماکنون درگیری در شهر قلعه نو جریان دارد.", "contested AF3101"),
        ("طالبان وارد شهر قلعه نو مرکز ولایت بادغیس شدند.", "contested AF3101"),
        ("جنگ در شهر لشکرگاه شدت گرفته است.", "contested AF3001"),
      ],
      not: [("ولسوالی قلعه نو بدون درگیری به دست طالبان افتاد.", "contested AF3101")]),
  ]

  static let recaptured: [TriggerRule] = [
    TriggerRule(
      "fa.recaptured.cleared", .recaptured, side: .before,
      [
        "آزاد و? پاکسازی کرد~", "پاکسازی کرد~|شد~", "آزاد کرد~|شد~", "باز? پس گرفت~",
        "دوباره به دست *3 گرفت~|آمد~", "از کنترل|تصرف طالبان خارج کرد~|شد~",
        "دوباره به کنترل *3 درآمد~",
      ],
      examples: [
        ("نیروهای امنیتی ولسوالی گیزاب را از طالبان پس گرفتند.", "recaptured AF2409"),
        ("مردم محل ولسوالی برکه را آزاد و پاکسازی کردند.", "recaptured AF0910"),
      ]),
  ]

  static let captured: [TriggerRule] = [
    TriggerRule(
      "fa.captured.fell", .captured, side: .before,
      ["بهدست|بدست *5 سقوط کرد~", "بهدست|بدست *5 افتاد~", "سقوط کرد~"],
      examples: [
        ("ولسوالی خاش دیروز به دست طالبان سقوط کرد.", "captured AF1705"),
        ("ولسوالیهای کشم و تگاب در بدخشان بهدست جنگجویان طالب افتاده است.", "captured AF1717"),
      ],
      not: [("اگر نیروی کمکی نرسد ولسوالی خاش سقوط خواهد کرد.", "captured AF1705")]),
    TriggerRule(
      "fa.captured.control", .captured, side: .before,
      [
        "به تصرف|کنترل|اشغال|تسلط *4 درآمد~", "به تصرف|کنترل|اشغال خود? درآورد~", "تحت کنترل *3 درآمد~", "فتح گردید~|شد~",
        "را تصرف کرد~", "در تصرف~ *2 دارند|دارد", "را به دست گرفت~", "در کنترل خود درآورد~",
        "را به طالبان تسلیم داد~|کرد~", "به طالبان تسلیم شد~", "را گرفت~", "را در دست گرفت~", "را فتح کرد~|نمود~",
      ],
      examples: [
        ("صبح امروز ولسوالی شبرغان به کنترل کامل طالبان درآمد.", "captured AF2801"),
        ("ولسوالی شبرغان دوباره به کنترل نیروهای دولتی درآمد.", "recaptured AF2801"),
        ("ولسوالی شبرغان به کنترل نیروهای امنیتی درآمد.", "recaptured AF2801"),
        ("طالبان کنترل ولسوالی خواجه غار را به دست گرفتهاند.", "captured AF1809"),
        ("طالبان ولسوالی‌های نهرین و برکه ولایت بغلان را گرفتند.", "captured AF0904"),
        ("نیروهای امنیتی ولسوالی برکه را گرفتند.", "recaptured AF0910"),
        ("جنگجویان طالب کنترل شهر زرنج مرکز ولایت نیمروز را در دست گرفتند.", "captured AF3401"),
        ("مجاهدین ولسوالی چهارسده را فتح کردند.", "captured AF2304"),
        ("طالبان پس از سه روز درگیری، مرکز ولسوالی جاغتو ولایت غزنی را به تصرف خود درآوردند.", "captured AF1106"),
        ("نیروهای ارتش ملی ولسوالی ده‌یک را دوباره به کنترل خود درآوردند.", "recaptured AF1105"),
        ("شهر فیض‌آباد، مرکز ولایت بدخشان، بدون جنگ به طالبان تسلیم شد.", "captured AF1701"),
      ]),
    TriggerRule(
      "fa.captured.dominion", .captured, side: .after, maxGap: 3, nominal: true,
      ["تسلط *2 بر", "بر *8 تسلط یافت~|پیدا"],
      examples: [("پس از تسلط طالبان بر ولسوالی خواجه غار، مردم به شهر رفتند.", "captured AF1809")]),
    TriggerRule(
      "fa.captured.fall-of", .captured, side: .after, maxGap: 2, nominal: true, ["سقوط"],
      examples: [("یک منبع محلی خبر سقوط ولسوالی پشتون کوت را تأیید کرد.", "captured AF2902")],
      not: [("جابجایی نیروها به معنی سقوط ولسوالی پشتون کوت نیست.", "captured AF2902")]),
    TriggerRule(
      "fa.captured.withdrew", .captured, side: .before, ignoresActor: true,
      ["عقب نشینی کرد~|نمود~", "عقب نشینی تاکتیکی", "تخلیه کرد~|شد~", "را ترک کرد~|گفت~"],
      examples: [
        ("نیروهای دولتی از ولسوالی دولینه عقب نشینی کردند.", "captured AF2302"),
        ("نیروهای دولتی پس از درگیری‌های شدید ولسوالی گرزیوان را ترک کردند.", "captured AF2908"),
      ],
      not: [("طالبان پس از دو روز ولسوالی گرزیوان را ترک کردند.", "captured AF2908")]),
  ]

  static let retreatedTo: [TriggerRule] = [
    TriggerRule(
      "fa.retreated.to", .retreatedTo, side: .before, strength: 0.8,
      ["فرار کرد~", "رفته بودند", "رفتند", "منتقل شد~", "انتقال یافت~"],
      examples: [("سربازان از ولسوالی کوهستان به شهر فیض آباد فرار کردند.", "retreated_to AF1701")],
      not: [("سربازان از ولسوالی کوهستان به شهر فیض آباد فرار کردند.", "retreated_to AF1708")]),
  ]

  static let mobilization: [TriggerRule] = [
    TriggerRule(
      "fa.mobilization.uprising", .mobilization, side: .either, strength: 0.8,
      [
        "خیزش~ مردمی?", "قیام مردمی?", "دست به سلاح|قیام برد~|زد~", "جزا داد~",
        "سلاح|اسلحه برداشت~", "سلاح|اسلحه به دست گرفت~", "مسلح شد~", "به مقاومت|خیزش|قیام *4 پیوست~",
        "برداشتن سلاح|اسلحه", "به صف *3 پیوست~",
      ],
      examples: [
        ("مردم ولسوالی بلخاب با خیزش مردمی در برابر طالبان ایستادند.", "mobilization AF2207"),
        ("صدها تن از باشندگان ولایت غور علیه طالبان سلاح برداشتند.", "mobilization AF23"),
        ("جوانان ولسوالی جاغوری برای دفاع از خانه‌های شان مسلح شده‌اند.", "mobilization AF1114"),
        ("مردم ولسوالی اندراب به مقاومت در برابر طالبان پیوستند.", "mobilization AF0907"),
        ("شماری از باشندگان ولایت پروان با برداشتن سلاح به صف نیروهای امنیتی پیوستند.", "mobilization AF03"),
      ]),
  ]
}
