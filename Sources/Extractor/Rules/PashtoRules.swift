/// The Pashto trigger rules, as data (the pattern language of `DariRules`, read by
/// `PersianPattern`).
///
/// Pashto puts the keyword after the name, behind the genitive «د» (د X ولسوالۍ; lists
/// «د a، b او c ولسوالیو») and the verb at the end of its clause; names often stand in the
/// oblique case (میمنه → میمنې), which `PersianMentionFinder` reads. A noun's genitive stands
/// before it («د X ولسوالۍ سقوط»), so the noun takes its place from either side. Example sentences are
/// written for these rules, not quotations; they run in `PersianRuleTableTests`.
enum PashtoRules {
  static let table: [TriggerRule] = contested + recaptured + captured + retreatedTo + mobilization

  static let contested: [TriggerRule] = [
    TriggerRule(
      "ps.contested.siege", .contested, side: .either, strength: 0.85,
      ["کلابند~", "تر? کلابندۍ|محاصرې لاندې", "محاصره"],
      examples: [("د ګیزاب ولسوالۍ د طالبانو له خوا کلابنده شوې ده.", "contested AF2409")]),
    TriggerRule(
      "ps.contested.brink", .contested, side: .either, strength: 0.8,
      ["د? سقوط له ګواښ سره مخ"],
      examples: [("د خاش ولسوالۍ د سقوط له ګواښ سره مخ ده.", "contested AF1705")]),
    TriggerRule(
      "ps.contested.fighting", .contested, side: .either, strength: 0.8,
      ["جګړه|جګړې|جګړي|نښته|نښتې *6 روانه|روان|روانې|دوام", "جګړو|نښتو خبرونه|راپورونه", "ننوت~"],
      examples: [
        ("د قلعه نو ښار په څنډو کې جګړه روانه ده.", "contested AF3101"),
        ("د قلعه نو ولسوالۍ څخه هم د جګړو خبرونه راځي.", "contested AF3101"),
        ("د قلعه نو ښار ته طالبان ننوتل.", "contested AF3101"),
      ]),
  ]

  static let recaptured: [TriggerRule] = [
    TriggerRule(
      "ps.recaptured.back", .recaptured, side: .before,
      ["بېرته *3 ونیو~|ونیول~", "له طالبانو پاکه|پاک شو~|کړ~", "پاکه|پاک شوه|شو|کړه|کړل", "خلاصه|خلاص کړ~", "بېرته? ازاده|آزاده|ازاد|آزاد کړ~|شو~"],
      examples: [
        ("امنیتي ځواکونو د ګیزاب ولسوالۍ بېرته ونیوله.", "recaptured AF2409"),
        ("دفاع وزارت وايي د برکې ولسوالۍ له طالبانو پاکه شوه.", "recaptured AF0910"),
        ("امنیتي ځواکونو د سیدکرم ولسوالۍ بېرته ازاده کړه.", "recaptured AF1306"),
        ("امنیتي ځواکونو د طالبانو له منګولو د سیدکرم ولسوالۍ بېرته ازاده کړه.", "recaptured AF1306"),
      ]),
  ]

  static let captured: [TriggerRule] = [
    TriggerRule(
      "ps.captured.fell", .captured, side: .before,
      ["لاس ته? ولوېد~|لوېدل~|لوېدلی|ورغ~"],
      examples: [
        ("د خاش ولسوالۍ پرون د طالبانو لاس ته ولوېده.", "captured AF1705"),
        ("د کشم او تګاب ولسوالۍ د وسله والو طالبانو لاس ته ورغلې دي.", "captured AF1715"),
      ],
      not: [("که مرسته ونه رسېږي، د خاش ولسوالۍ به د طالبانو لاس ته ورشي.", "captured AF1705")]),
    TriggerRule(
      "ps.captured.took", .captured, side: .before,
      [
        "ونیو~|ونیول~|نیول~", "طالبانو ته تسلیم شو~|شول~", "تر *2 ولکې|ولکی|کنټرول|واک لاندې راوست~|راووست~|راغل~",
        "د? طالبانو تر *2 ولکې|ولکی|کنټرول|واک لاندې دي|دی|ده",
      ],
      examples: [
        ("طالبانو تېره شپه د شبرغان ولسوالۍ ونیوله.", "captured AF2801"),
        ("وسله والو طالبانو د شبرغان ولسوالۍ تر خپلې ولکې لاندې راوسته.", "captured AF2801"),
        ("امنیتي ځواکونو تېره شپه د شبرغان ولسوالۍ ونیوله.", "recaptured AF2801"),
        ("د شبرغان ولسوالۍ اوس د طالبانو تر کنټرول لاندې ده.", "captured AF2801"),
        ("د کندهار ښار شاوخوا سیمې د طالبانو تر کنټرول لاندې دي.", "contested AF2701"),
      ]),
    TriggerRule(
      "ps.captured.fall-of", .captured, side: .either, maxGap: 2, nominal: true, ["سقوط"],
      examples: [("سیمه ییزو چارواکو د پشتون کوټ ولسوالۍ سقوط تایید کړ.", "captured AF2902")],
      not: [("دا د پشتون کوټ ولسوالۍ د سقوط مانا نه لري.", "captured AF2902")]),
    TriggerRule(
      "ps.captured.withdrew", .captured, side: .before, ignoresActor: true,
      ["تخلیه کړ~|شو~", "تخلیه", "سنګرونه پرېږد~|پرېښود~", "ووتل~", "تکتیکي شاتګ", "طالبانو ته پرېښودل~|پرېښود~"],
      examples: [
        ("امنیتي ځواکونو د دولینې ولسوالۍ تخلیه کړه.", "captured AF2302"),
        ("د دولینې ولسوالۍ مرکز طالبانو ته پرېښودل شو.", "captured AF2302"),
      ]),
  ]

  static let retreatedTo: [TriggerRule] = [
    TriggerRule(
      "ps.retreated.to", .retreatedTo, side: .before, strength: 0.8,
      ["انتقال~", "ولاړل", "شاته شول~", "لېږدول شو~", "په شا شو~", "راغلل|راغلي"],
      examples: [("سرتېري د کوهستان له ولسوالۍ د فیض آباد ښار ته انتقال شول.", "retreated_to AF1701")],
      not: [("سرتېري د کوهستان له ولسوالۍ د فیض آباد ښار ته انتقال شول.", "retreated_to AF1708")]),
  ]

  static let mobilization: [TriggerRule] = [
    TriggerRule(
      "ps.mobilization.uprising", .mobilization, side: .either, strength: 0.8,
      ["ولسي? پاڅون~", "وسلې ته لاس کړ~", "وسلې|وسله پورته کړ~|کړې"],
      examples: [
        ("د بلخاب ولسوالۍ خلکو د طالبانو پر ضد پاڅون وکړ.", "mobilization AF2207"),
        ("د کونړ ولایت خلکو د طالبانو پر ضد وسلې پورته کړې.", "mobilization AF15"),
      ]),
  ]
}
