import Chronology
import Extractor
import Gazetteer
import Testing

/// The constructions the extractor missed on text it had not been tuned on, one table per
/// class, with sentences written for these tests. Each case lists events that must be found
/// (`expected`) and events that must not (`forbidden`), as `type pcode` (and `disputed pcode` for
/// a disputed capture); other events may come.
@Suite struct ExtractorConstructionTests {
  struct Case: CustomStringConvertible, Sendable {
    let name: String
    let text: String
    let expected: Set<String>
    let forbidden: Set<String>
    let published: String
    init(_ name: String, _ text: String, _ expected: Set<String>, not forbidden: Set<String> = [], published: String = "2021-07-10") {
      self.name = name
      self.text = text
      self.expected = expected
      self.forbidden = forbidden
      self.published = published
    }
    var description: String { name }
  }

  /// `type pcode` of each event, and `disputed pcode` of each disputed capture.
  static func check(_ c: Case) {
    let events = ExtractorRuleTests.events(c.text, published: c.published)
    let found = Set(events.map { "\($0.type.rawValue) \($0.place.pcode)" } + events.filter(\.isDisputed).map { "disputed \($0.place.pcode)" })
    #expect(c.expected.isSubset(of: found), "\(c.name): missing \(c.expected.subtracting(found).sorted()); got \(found.sorted())")
    #expect(c.forbidden.isDisjoint(with: found), "\(c.name): must not give \(c.forbidden.intersection(found).sorted())")
  }

  static let listsCases: [Case] = [
    Case(
      "the capitals of a counted group of provinces the list then names are the capital cities",
      "The capitals of two more provinces, Paktika and Kunar, fell to the militants on Saturday.", ["captured AF1201", "captured AF1501"],
      not: ["captured AF12", "captured AF15"]),
    Case(
      "… and so with the list between dashes", "The capitals of two provinces – Paktika and Kunar – fell on Saturday.",
      ["captured AF1201", "captured AF1501"], not: ["captured AF12", "captured AF15"]),
    // (`Fuzz/run extract` found it: a name right after a mark that opens the text made a
    // reversed range, a crash, in the test for "whose capitals have fallen –" lists.)
    Case("a report that opens with a bullet dash and a name is read", "- Kunduz fell to the Taliban on Sunday.", ["captured AF1901"]),
    Case("… and one that opens with a colon", ": Kunduz fell to the Taliban on Sunday.", ["captured AF1901"]),
    Case(
      "a list after the province holding the place before it goes on with that place past a capital city",
      "Insurgents overran Maimana in Faryab, Sar-e-Pul and Sheberghan within a week.", ["captured AF2901", "captured AF2201", "captured AF2801"],
      not: ["captured AF22"]),
    Case(
      "… but a list of provinces after it stays a list of containers",
      "Insurgents overran Maimana in Faryab, Sar-e-Pul and Jowzjan within a week.", ["captured AF2901"],
      not: ["captured AF2201", "captured AF2801"]),
    Case(
      "a gapped list after 'while', followed by a trend told as a participle, shares the verb stated once",
      "Kandahar fell on August 12, Mazar-e-Sharif fell on August 13, while Jalalabad and Lashkar Gah on August 14, gradually encircling the government in Kabul.",
      ["captured AF2701", "captured AF2101", "captured AF0601", "captured AF3001"], not: ["contested AF0601", "contested AF3001"]),
    Case(
      "an unknown hyphenated name inside a list leaves the list going on past it",
      "The Taliban captured Kharwar, Ay-Khanoom, Dand-e-Patan and Ghazni.", ["captured AF0506", "captured AF1311", "captured AF1101"]),
    Case(
      "the province a counted group is 'of' owns the list after its comma and is no item of it",
      "Two districts of Ghazni, Jaghori and Malistan, fell to the Taliban in June.",
      ["captured AF1114", "captured AF1116"], not: ["captured AF1101", "captured AF11"]),
    Case(
      "… as the object of a capture too",
      "The Taliban captured three districts of Kunduz, Imam Sahib, Khan Abad and Qala-e-Zal, on Sunday.",
      ["captured AF1905", "captured AF1904", "captured AF1907"], not: ["captured AF1901", "captured AF19"]),
    Case(
      "a list after a headline of two verbs names the places of the one told of the group",
      "Nine Districts Fall to Taliban as Fighting Continues\n\nThe districts include Kofab, Argo and Yawan in Badakhshan.",
      ["captured AF1721", "captured AF1709"], not: ["contested AF1721", "contested AF1709"]),
    Case(
      "two places joined by a comma alone open a headline as its subject",
      "Taloqan, Aybak fall to Taliban as militants press on in the north",
      ["captured AF1801", "captured AF2001"]),
    Case(
      "… but a place closing a clause before the comma is not the next verb's subject",
      "When the army reached Andkhoy, Pashtun Kot fell to the Taliban.",
      ["captured AF2902"], not: ["captured AF2913"]),
    Case(
      "a name the gazetteer does not hold, inside a list, does not end it",
      "The Taliban captured Kharwar, Zorbak and Qarqin districts on Sunday.",
      ["captured AF0506", "captured AF2810"]),
    Case(
      "… nor the semicolon items after it",
      "Government forces withdrew from Kharwar in Logar; Zorbak, Qarqin and Khanaqa districts of Jawzjan; and Khashrod in Nimroz.",
      ["captured AF0506", "captured AF2810", "captured AF2803", "captured AF3405"]),
    Case(
      "… but an unknown name that a verb follows is no item",
      "The Taliban captured Kharwar, and Zorbak Khan visited Qarqin.",
      ["captured AF0506"], not: ["captured AF2810"]),
    Case(
      "a list goes on past an item's ranked apposition, to 'as well as'",
      "The Taliban took control of Herat, the country's third-largest city, as well as Ghazni.",
      ["captured AF3201", "captured AF1101"]),
    Case(
      "… and past an apposition opened by 'a'",
      "The Taliban took control of Herat, a city in the west, and Ghazni.",
      ["captured AF3201", "captured AF1101"]),
    Case(
      "'The other two are' names the rest of a counted group the sentence before tells of",
      "Tirin Kot was one of three provincial capitals seized in the south on Friday. The other two are Lashkar Gah and Qalat.",
      ["captured AF2501", "captured AF3001", "captured AF2601"]),
    Case(
      "… as does 'The others were'", "Three provincial capitals fell to the Taliban on Friday. The others were Lashkar Gah and Qalat.",
      ["captured AF3001", "captured AF2601"]),
    Case(
      "the day of the item before 'as well as' does not end the list",
      "They seized the northern city of Kunduz on Sunday, as well as Sar-e-Pul and Taloqan.",
      ["captured AF1901", "captured AF2201", "captured AF1801"]),
    Case(
      "… nor a date and its level noun before 'along with'", "The Taliban captured Nerkh district on July 4, along with Chak.",
      ["captured AF0402", "captured AF0404"]),
    Case(
      "… but a day and 'and' before a clause of its own do not make a list", "Nerkh district fell on Sunday and Chak was attacked.",
      ["captured AF0402", "contested AF0404"], not: ["captured AF0404"]),
    Case(
      "'Among these were' opens the list of a counted group named in the sentence before",
      "The insurgents overran six more districts on Monday. Among these were Nahrin, Khamyab and Chahar Dara.",
      ["captured AF0904", "captured AF2806", "captured AF1902"]),
    Case(
      "an inclusion after a noun of falling, its recipient and a comma names members of what fell",
      "Poor leadership led to the fall of several areas to the Taliban, including Tagab district of Kapisa.",
      ["captured AF0206"]),
    Case(
      "a seven-word level apposition and the item's day between commas do not end the list",
      "The Taliban seized Lashkar Gah, the capital of the southern province of Helmand, on Friday, and Kandahar on Thursday.",
      ["captured AF3001", "captured AF2701"]),
    Case(
      "… nor do dashes around the apposition",
      "The insurgents seized the key cities of Lashkar Gah – the capital of the southern province of Helmand – on Friday, and Kandahar on Thursday.",
      ["captured AF3001", "captured AF2701"]),
    Case(
      "'others' a generic verb took, named by an inclusion of a described kind",
      "The militants took Aybak on Monday, a day after the insurgent group took three others, including the strategic and economically important city of Kunduz.",
      ["captured AF2001", "captured AF1901"]),
    Case(
      "'others' with no place included are people, not places",
      "The Taliban killed two soldiers in Kunduz and took three others, including a commander.",
      []),
    Case(
      "a bracketed direction after an item does not end the list",
      "Since Friday the insurgents have taken Zaranj (southwest), Sheberghan (north-west) and Kunduz.",
      ["captured AF3401", "captured AF2801", "captured AF1901"]),
    Case(
      "a counted object's first member after 'starting with' or 'beginning with'",
      "The Taliban swiftly captured several provincial capitals, starting with Zaranj on the Iranian border. In the north they took three districts, beginning with Khulm.",
      ["captured AF3401", "captured AF2110"]),
    Case(
      "a phrase of where the object lies, before the 'and' that adds the next object",
      "The Taliban seized Islam Qala on the Iranian border and Torghundi. They then captured Kunduz city, the main hub in the north, and Taloqan.",
      ["captured AF3213", "captured AF3207", "captured AF1901", "captured AF1801"]),
    Case(
      "a heading's items past an item with a verb of its own, labels of dates, dashes and joined names",
      "Capitals taken by the insurgents\n\nAug. 9 – Aybak: Residents say the militants overran the city.\n\nAug. 10 -- Pul-e Khumri: capital of Baghlan\n\nAug. 11 – Faizabad: the north-eastern hub. It had a large garrison.\n\nAug. 12 – Ghazni: the city on the Kabul road",
      ["captured AF2001", "captured AF0901", "captured AF1701", "captured AF1101"]),
    Case(
      "an item's label is the heading's beside the item's own verb on another place",
      "Capitals taken by the insurgents\n\nAug. 6 – Zaranj: The Taliban say they have taken control of Nimroz province.",
      ["captured AF3401", "captured AF34"]),
    Case(
      "'the following districts have fallen', then a header of no change of its own, then the items on lines",
      "The following districts have fallen to the Taliban since May 1. They are spread over nine provinces:\n- Burka district in Baghlan\n- Zari district in Balkh",
      ["captured AF0910", "captured AF2115"]),
    Case(
      "items each placed in their province are the verb's subject from the first, however long the list",
      "Officials said Farkhar district in Takhar, Alasay in Kapisa, Kaldar in Balkh, Feroz Nakhchir in Samangan, Gelan in Ghazni and Khakrez in Kandahar province fell this month.",
      ["captured AF1808", "captured AF0207", "captured AF2113", "captured AF2004", "captured AF1117", "captured AF2707"],
      not: ["captured AF18", "captured AF02", "captured AF21", "captured AF20", "captured AF11"]),
    Case(
      "items that each end in the same level noun, with commas between, are one list",
      "Nahr-e Shahi district, Chimtal district, Kaldar district and Khulm district were retaken by the army on Monday.",
      ["recaptured AF2102", "recaptured AF2108", "recaptured AF2113", "recaptured AF2110"]),
    Case(
      "… but not a place in another clause or a speaker's title before it",
      "Residents of Farkhar in Takhar said Alasay in Kapisa and Gelan in Ghazni had fallen; while Nawur in Ghazni was retaken, Jaghori in Ghazni fell.",
      ["captured AF0207", "captured AF1117", "captured AF1114", "recaptured AF1110"], not: ["captured AF1808", "captured AF1110"]),
    Case(
      "'viz.' opens the members of a counted group as 'namely' does, and its stop ends no sentence",
      "Uprising forces have retaken two districts in Baghlan, viz., Khost wa Firing and Khinjan.",
      ["recaptured AF0913", "recaptured AF0906"]),
    Case(
      "a list goes on past an apposition between dashes as past one between commas",
      "The insurgents took Qalat \u{2013} the capital of Zabul \u{2013} and Tarinkot on Friday. Sharana - the centre of Paktika - and Gardez held out.",
      ["captured AF2601", "captured AF2501"]),
    Case(
      "whom a qualified group fell to is not people taken before the list ('fallen to the insurgents are')",
      "The districts that have fallen to the insurgents are Tagab, Alasay and Nijrab. Districts fallen to the militants this week are Kohsan and Gulran.",
      ["captured AF0206", "captured AF0207", "captured AF0205", "captured AF3213", "captured AF3208"]),
    Case(
      "items each placed in their province are the verb's object to the end, however long the list",
      "The districts that fell to the Taliban in June are Khakrez and Arghistan in Kandahar, Shindand in Herat, Kohistanat in Sar-e-Pul, Tagab in Kapisa, Nawur in Ghazni, Gizab in Daikundi, Chora in Uruzgan, Mandol in Nuristan, Qaisar in Faryab, and Charkint in Balkh.",
      ["captured AF2707", "captured AF2708", "captured AF3214", "captured AF2203", "captured AF0206", "captured AF1110",
       "captured AF2409", "captured AF2503", "captured AF1607", "captured AF2907", "captured AF2104"],
      not: ["captured AF27", "captured AF32", "captured AF21"]),
    Case(
      "a list goes on past an apposition naming the item's province ('X, the capital of P, and Y')",
      "Two more cities fell on Friday: Pul-e-Alam, the provincial capital of Logar, and Gardez.",
      ["captured AF0501", "captured AF1301"], not: ["captured AF05"]),
    Case(
      "… with a province in the apposition named as the owner, not taken",
      "Militants overran Nili, the capital of Daikundi province, and Chaghcharan last week.",
      ["captured AF2401", "captured AF2301"], not: ["captured AF24"]),
    Case(
      "… past the owner's level noun before the joint's comma and a compass word before the owner",
      "Militants took Nili, the capital of the central Daikundi Province, and Chaghcharan last week.",
      ["captured AF2401", "captured AF2301"], not: ["captured AF24"]),
    Case(
      "… past appositions that open with their noun, an owner's level noun and a comma ('X, capital of P province, Y')",
      "Zaranj, capital of Nimroz, Sheberghan, capital of Jawzjan province, Taloqan, capital of Takhar, and Aybak, capital of Samangan, are now under Taliban control.",
      ["captured AF3401", "captured AF2801", "captured AF1801", "captured AF2001"],
      not: ["captured AF34", "captured AF28", "captured AF18", "captured AF20"]),
    Case(
      "an item named as a province's capital after the joint ('X and the capital of P')",
      "Insurgents took Qalat and the provincial capital of Paktika on Sunday.",
      ["captured AF2601", "captured AF1201"], not: ["captured AF12", "captured AF26"]),
    Case(
      "… not after a comma alone, an apposition",
      "Insurgents took Qalat, the capital of Zabul, on Sunday.",
      ["captured AF2601"], not: ["captured AF26"]),
    Case(
      "numbered lines 'N - province - district' after a header are the header verb's places",
      "Districts captured in the last day:\n1 - Helmand - Grishk\n2 - Takhar - Baharak\n3 - Jawzjan - Mardian",
      ["captured AF3004", "captured AF1803", "captured AF2809"], not: ["captured AF30", "captured AF18", "captured AF28"]),
    Case(
      "… and a province labelling a name it does not know stands for nothing",
      "Districts captured in the last day:\n1 - Farah - Poshtkuhh\n2 - Nimroz - Khashroudd",
      [], not: ["captured AF33", "captured AF3301", "captured AF34", "captured AF3401"]),
    Case(
      "a part of the country after a list's item sets none of the next items apart",
      "Paktika and Kunar in the east of the country, Sharana and Gardez came under the control of the Taliban.",
      ["captured AF1201", "captured AF1301"]),
    Case(
      "groups closed by a part of the country and a comma are items of one subject",
      "Residents of provinces including Takhar and Balkh in the north, Badghis in the west, and Parwan in central Afghanistan have taken up arms against the Taliban.",
      ["mobilization AF18", "mobilization AF21", "mobilization AF31", "mobilization AF03"], not: ["mobilization region:capital"]),
    Case(
      "a counted group named after a dash, each item with an apposition, is a generic verb's object",
      "The insurgents took three provincial capitals over the weekend - Zaranj, the capital of Nimroz, Sar-e-Pul, the capital of the province of the same name, and Taloqan, the capital of Takhar province.",
      ["captured AF3401", "captured AF2201", "captured AF1801"], not: ["captured AF34", "captured AF18"]),
    Case(
      "… and after a colon without appositions",
      "The Taliban took three capitals: Zaranj, Sar-e-Pul and Taloqan.", ["captured AF3401", "captured AF2201", "captured AF1801"]),
    Case(
      "… but not people taken to a place",
      "The Taliban took three soldiers to Kunduz, officials said.", [], not: ["captured AF1901", "captured AF19"]),
    Case(
      "a counted group restated with 'include' and no verb of its own names the places, each item with its province",
      "Commandos retook three districts on Friday. The three districts include Nahrin and Burka in Baghlan and Chakhansur in Nimroz.",
      ["recaptured AF0904", "recaptured AF0910", "recaptured AF3403"], not: ["recaptured AF09", "recaptured AF34"]),
    Case(
      "… but not a group of another count",
      "Commandos retook two districts on Friday. The three districts include Nahrin, Burka and Dushi.",
      [], not: ["recaptured AF0904", "recaptured AF0910", "recaptured AF0903"]),
    Case(
      "a level apposition after a list names the items' level, and the list goes on past it",
      "Insurgents seized Kandahar and Zabul, the two biggest provinces in southern Afghanistan, and Ghor on Friday.",
      ["captured AF27", "captured AF26", "captured AF23"], not: ["captured AF2701", "captured AF2601"]),
    Case(
      "… but an apposition with a clause of its own ends the list",
      "The Taliban captured Kunduz and Takhar, the two provinces that border Tajikistan, and fighters entered Baghlan.",
      ["captured AF19", "captured AF18", "contested AF09"], not: ["captured AF09"]),
    Case(
      "a list goes on past an apposition describing one item",
      "Fighting went on in Mazar-e-Sharif, the largest city in northern Afghanistan, Herat and Kandahar on Tuesday.",
      ["contested AF2101", "contested AF3201", "contested AF2701"]),
    Case(
      "… and past one opened by a possessor",
      "Fighting went on in Herat, western Afghanistan's main urban centre, and Kunduz, the country's fifth city, on Tuesday.",
      ["contested AF3201", "contested AF1901"], not: ["contested AF32", "contested AF19"]),
    Case(
      "… and past where an item lies, between commas",
      "Officials said the Taliban had taken the capitals of Zabul province, in the south, and Ghor, in the west.",
      ["captured AF2601", "captured AF2301"], not: ["captured AF26", "captured AF23"]),
    Case(
      "beside provincial capitals, a shared name is the capital",
      "The Taliban took Sheberghan in Jawzjan province on Saturday. On Sunday they captured Faizabad, Kandahar and Herat.",
      ["captured AF1701", "captured AF2701", "captured AF3201"], not: ["captured AF2808"]),
    Case(
      "… but not beside districts",
      "The Taliban took Sheberghan in Jawzjan province on Saturday. On Sunday they captured Faizabad and Aqcha.",
      ["captured AF2808", "captured AF2807"], not: ["captured AF1701"]),
    Case(
      "a province after a comma that holds the last item is where it lies",
      "Fighting continued in Qalat city, Zabul province, and Lashkargah, Hilmand province.",
      ["contested AF2601", "contested AF3001"], not: ["contested AF30", "contested AF26"]),
    Case(
      "… the single item too",
      "The Taliban captured Garmser, Helmand province.",
      ["captured AF3006"], not: ["captured AF30"]),
    Case(
      "a list goes on past the first item's level noun",
      "On 14 July the Taliban took control of posts and bases around the Spin Boldak DAC and Wesh crossing.",
      ["contested AF2711"], not: ["captured AF2711"]),
    Case(
      "a sentence opening 'they are' and a verb in -ing is no list of the group before",
      "The fall of districts to the Taliban continues. \"They are standing by their brothers,\" a Ghor resident said.",
      [], not: ["captured AF23"]),
    Case(
      "labelled lines under a heading line with no stop take its change of control",
      "Provincial capitals contested as of Monday\n\nHerat: the third-largest city.\n\nFarah: capital of the western province of the same name.",
      ["contested AF3201", "contested AF3301"]),
    Case(
      "a list goes on past a relative clause after an item",
      "The Taliban took control of Ghazni City, which lies on the main highway, and Qalat on Thursday.",
      ["captured AF1101", "captured AF2601"]),
    Case(
      "… and a place inside the clause is no item",
      "The Taliban took control of Ghazni City, which is on the road to Kabul, and Qalat on Thursday.",
      ["captured AF1101", "captured AF2601"], not: ["captured AF0101"]),
    Case(
      "… or without commas, before a list joint",
      "On Friday the Taliban overran the capitals of Zabul in the south, Ghor in the west and Uruzgan.",
      ["captured AF2601", "captured AF2301", "captured AF2501"], not: ["captured AF26", "captured AF23", "captured AF25"]),
    Case(
      "the capital city of a province is the city",
      "The militants pushed into the capital city of Sar-e Pol province on Sunday, but clashes are still going on there.",
      ["contested AF2201"], not: ["contested AF22"]),
    Case(
      "… but not in an apposition, where the province is named",
      "The Taliban took Zaranj, the capital city of Nimroz province, on Friday.",
      ["captured AF3401"], not: ["captured AF34"]),
    Case(
      "… but not past where it lies when a clause follows",
      "The Taliban took the capital of Zabul province, in the south, and fighting went on in Ghor.",
      ["captured AF2601"], not: ["captured AF2301"]),
    Case(
      "… but not past a clause after the comma",
      "The Taliban captured Maymana, the capital of the north-west, and officials in Herat said the city was calm.",
      ["captured AF2901"], not: ["captured AF3201"]),
    Case(
      "… and a singular noun owning what follows is no apposition of level",
      "The Taliban took Kunduz, the province's capital, on Sunday.", ["captured AF1901"], not: ["captured AF19"]),
    Case(
      "an editor's level noun in brackets after an item leaves the list whole",
      "Insurgents took the Ishkashim district of Badakhshan [province], the Murghab district of Badghis, and the Alingar district of Laghman.",
      ["captured AF1723", "captured AF3105", "captured AF0704"]),
    Case(
      "… so does the noun in round brackets",
      "The militants overran the Jurm district of Badakhshan (province) and the Ghormach district of Badghis on Tuesday.",
      ["captured AF1710", "captured AF3107"]),
    Case(
      "… but a bracketed name is still the container, not a list item",
      "The Taliban captured Alingar (Laghman) on Sunday.", ["captured AF0704"], not: ["captured AF07", "captured AF0701"]),
    Case(
      "a group counted without names, restated with its names in the next sentence, names the event's places",
      "The Taliban have taken back three districts that militias held for a week. The districts of Nahrin, Burka and Khost wa Firing were seized by the militias on August 20.",
      ["captured AF0904", "captured AF0910", "captured AF0913", "recaptured AF0904", "recaptured AF0910", "recaptured AF0913"]),
    Case(
      "… so does the same count with names after a dash two sentences on",
      "Former soldiers drove the Taliban out of two districts in the north on Friday. Videos showed the flag raised. The fighting was in two districts – Nahrin and Burka – far from the highway.",
      ["recaptured AF0904", "recaptured AF0910"]),
    Case(
      "… but not a group with another count",
      "The Taliban captured two districts of Baghlan on Friday. The fighting had spread to three districts – Nahrin, Burka and Dushi.",
      [], not: ["captured AF0904", "captured AF0910", "captured AF0903"]),
    Case(
      "'along with' adds a place to the verb's object",
      "In a single day the Taliban took Ghazni and Kandahar, along with Qala-e-Naw in the northwest.",
      ["captured AF1101", "captured AF2701", "captured AF3101"]),
    Case(
      "… but 'with' alone joins no list",
      "Fighting in Kunduz with forces from Takhar continued on Monday.", [], not: ["contested AF18", "contested AF1801"]),
    Case(
      "a pair after ', and' with a verb of its own is the subject of a new clause",
      "The soldiers fled to Kabul, and Nili and Bamyan city came under Taliban control without fighting.",
      ["captured AF2401", "captured AF1001", "retreated_to AF0101"], not: ["retreated_to AF2401", "retreated_to AF1001"]),
    Case(
      "… but a serial list stays one subject",
      "Samkani, Janikhil, and Patan have fallen to the Taliban.", ["captured AF1310", "captured AF1309", "captured AF1311"]),
    Case(
      "'one of them' names a member of the group before",
      "Five districts of Badghis fell to the insurgents this week. One of them was Qadis.", ["captured AF3104"]),
    Case(
      "'these included' likewise",
      "Five districts of Badghis fell to the insurgents this week. These included Qadis and Muqur.",
      ["captured AF3104", "captured AF3103"]),
    Case(
      "'… were among them' likewise",
      "Five districts of Badghis fell to the insurgents this week. Qadis and Muqur were among them.",
      ["captured AF3104", "captured AF3103"]),
    Case(
      "a list opening continues only a sentence about a group",
      "Kunduz fell to the Taliban on Sunday. These are hard days for Qadis residents.", ["captured AF1901"],
      not: ["captured AF3104"]),
    Case(
      "'as has' before a place named by its kind shares the verb before it",
      "Taloqan has fallen to the insurgents, as has the capital of the neighbouring Kunduz province.",
      ["captured AF1801", "captured AF1901"], not: ["contested AF1901"]),
    Case(
      "'as has' shares the verb past whom the places fell to",
      "Taloqan and Kunduz have fallen to the militants as has the capital of Baghlan province.",
      ["captured AF1801", "captured AF1901", "captured AF0901"], not: ["captured AF09"]),
    Case(
      "'as did the city of' likewise",
      "Taloqan fell on Sunday, as did the city of Kunduz.", ["captured AF1801", "captured AF1901"], not: ["contested AF1901"]),
    Case(
      "groups closed by their province and a comma are items of one subject",
      "Kahmard and Saighan in Bamyan, Shekh Ali in northern Parwan, and Khakrez in Kandahar have been retaken by the army.",
      ["recaptured AF1004", "recaptured AF1003", "recaptured AF0310", "recaptured AF2707"]),
    Case(
      "after a counted group and a colon, each item between semicolons is the verb's object",
      "On Monday the insurgents seized three more capitals: the city of Farah in the province of the same name; Aybak, the capital of Samangan province; and Fayzabad, the capital of the mountainous Badakhshan province in the far northeast.",
      ["captured AF3301", "captured AF2001", "captured AF1701"]),
    Case(
      "the capitals of two provinces behind a compass word",
      "Taliban fighters took the capitals of northern Takhar and Baghlan provinces on Monday.",
      ["captured AF1801", "captured AF0901"], not: ["captured AF18", "captured AF09"]),
    Case(
      "the capitals of two provinces behind the country's possessive",
      "The militants now hold the capitals of Afghanistan's Takhar and Baghlan provinces.",
      ["captured AF1801", "captured AF0901"], not: ["captured AF18", "captured AF09"]),
    Case(
      "the capital of a province named after an article",
      "Insurgents seized the capital of the Farah province on Tuesday.", ["captured AF3301"], not: ["captured AF33"]),
    Case(
      "a list of places each behind its province's possessive",
      "The Taliban took Kunduz's Imam Sahib, Baghlan's Burka and Takhar's Farkhar districts in the past week.",
      ["captured AF1905", "captured AF0910", "captured AF1808"], not: ["captured AF19", "captured AF09", "captured AF18"]),
    Case(
      "a sentence opening with a time whose places followed",
      "The Taliban seized Zaranj, the capital of Nimroz, on Friday. A day later, Sheberghan in Jowzjan followed.",
      ["captured AF3401", "captured AF2801"]),
    Case(
      "a list after the verb's list with only a relative time",
      "Kunduz and Sar-e-Pul fell on Sunday, and Taloqan hours later.", ["captured AF1901", "captured AF2201", "captured AF1801"]),
    Case(
      "numbered items after a colon stay in the sentence of their verb",
      "The Taliban overran these districts this week: 1. Nerkh in Maidan Wardak; 2. Jalrez in Maidan Wardak; 3. Shindand in Herat.",
      ["captured AF0402", "captured AF0403", "captured AF3214"]),
    Case(
      "numbered lines under a header share its event",
      "Districts captured by the Taliban this week:\n1. Nerkh in Maidan Wardak\n2. Jalrez in Maidan Wardak",
      ["captured AF0402", "captured AF0403"]),
    Case(
      "items after semicolons are the verb's object to the end",
      "The Taliban overran these districts: Gizab in Daikundi; Charkint in Balkh; Shahrestan in Daikundi; and Nawur in Ghazni.",
      ["captured AF2409", "captured AF2104", "captured AF2402", "captured AF1110"]),
    Case(
      "a clause after a semicolon is no item",
      "The Taliban overran Nerkh in Wardak; fighting continues in Jalrez and Chak.",
      ["captured AF0402", "contested AF0403"], not: ["captured AF0403", "captured AF0404"]),
    Case(
      "a number that ends a sentence still ends it",
      "The Taliban said they had taken 12. Nerkh was not among them, officials said.",
      [], not: ["captured AF0402"]),
    Case(
      "lines of a list after a header share its event",
      "Provincial capitals captured by the Taliban:\n- Zaranj (Nimroz), 6 August\n- Sheberghan (Jowzjan), 7 August\n• Taloqan (Takhar), 8 August",
      ["captured AF3401", "captured AF2801", "captured AF1801"]),
    Case("lines after a header with no event give none", "Residents said on Sunday:\n- Kunduz is calm\n- Taloqan is calm", [], not: ["captured AF1901", "contested AF1901", "contested AF1801"]),
    Case(
      "a list added after the verb with as well as",
      "Sources said Kohistan and Pashtun Kot in Faryab had fallen as well as Ghormach in Badghis.",
      ["captured AF2910", "captured AF2902", "captured AF3107"]),
    Case(
      "a group qualified by a generic verb, named after a colon",
      "Here is a list of the provincial capitals taken by the Taliban so far: Zaranj (Nimroz), Farah (Farah), Aybak (Samangan).",
      ["captured AF3401", "captured AF3301", "captured AF2001"], not: ["captured AF33"]),
    Case(
      "a group qualified by a verb with its agent, named after include",
      "Districts seized by Taliban fighters so far include Waras, Kiti and Nawur.",
      ["captured AF1007", "captured AF2405", "captured AF1110"]),
    Case("fighters taken in a place are still people", "Government forces captured 20 Taliban fighters in Waras.", [], not: ["recaptured AF1007", "contested AF1007"]),
    Case("a place a day after another with no verb", "Ghorak district fell on Sunday, a day after Khakrez.", ["captured AF2709", "captured AF2707"]),
    Case("a place a day after another's own verb", "Ghorak district fell on Sunday, a day after Khakrez was attacked.", ["captured AF2709"], not: ["captured AF2707"]),
    Case("a place added with as did", "Kunduz fell on Sunday, as did Taloqan.", ["captured AF1901", "captured AF1801"]),
    Case(
      "a place added with 'so did' past an apposition placing the first by a landmark",
      "Ghazni fell on Thursday, 150 km south of Kabul, and so did Herat.", ["captured AF1101", "captured AF3201"],
      not: ["captured AF0101"]),
    Case(
      "… but a place named in the apposition is no place added", "Ghazni fell, near Kabul and Herat.", ["captured AF1101"],
      not: ["captured AF3201", "captured AF0101"]),
    Case("as expected adds no place", "Kunduz fell on Sunday, as expected by officials in Taloqan.", ["captured AF1901"], not: ["captured AF1801"]),
    Case("places that followed share the event", "Kunduz fell to the Taliban on Sunday. Taloqan and Sar-e-Pul followed the same day.", ["captured AF1901", "captured AF1801", "captured AF2201"]),
    Case("followed by is no such sentence", "Kunduz fell on Sunday. Herat was followed by reporters.", ["captured AF1901"], not: ["captured AF3201"]),
    Case("what followed in a place is no event of it", "Kunduz fell on Sunday. Protests in Herat followed.", ["captured AF1901"], not: ["captured AF3201"]),
    Case(
      "a sentence opening 'this was followed by' or 'then came' names the next places taken",
      "The Taliban took Zaranj on Friday. This was followed by Sheberghan in Jowzjan the next day. Then came the northern city of Kunduz.",
      ["captured AF3401", "captured AF2801", "captured AF1901"]),
    Case("then came news is no place taken", "Kunduz fell on Friday. Then came the news that Herat was calm.", ["captured AF1901"], not: ["captured AF3201"]),
    Case("followed by weather is no place taken", "Kunduz fell on Friday. This was followed by heavy rain in Herat.", ["captured AF1901"], not: ["captured AF3201"]),
    Case(
      "items after a colon that follows a counted group and words of time",
      "The insurgents took three capitals within two days: Farah, the capital of Farah province in the west; Taloqan, the capital of Takhar; and Aybak, the capital of Samangan.",
      ["captured AF3301", "captured AF1801", "captured AF2001"]),
    Case(
      "clauses after such a colon are no items",
      "The insurgents took three capitals within two days: residents of Farah say the roads are closed; and traders in Herat are worried.",
      [], not: ["captured AF3301", "captured AF3201"]),
    Case(
      "a participle with a place object of its own is not said of the place before its comma",
      "The Taliban entered Kabul, capturing Kabul University.", ["contested AF0101"], not: ["captured AF0101"]),
    Case("a participle with another place for its object", "The Taliban attacked Kunduz, capturing Imam Sahib.", ["captured AF1905"], not: ["captured AF1901"]),
    Case(
      "a verb after a comma with key sites for its object did not take the place before",
      "Insurgents stormed Qala-e-Naw, seized key security facilities and freed the prisoners.",
      ["contested AF3101"], not: ["captured AF3101"]),
    Case("key sites taken in a place contest it", "The Taliban seized key security facilities in Qala-e-Naw.", ["contested AF3101"], not: ["captured AF3101"]),
    Case("a main city named after its verb is taken", "Taliban fighters seized Qala-e-Naw, the main city of Badghis.", ["captured AF3101"]),
    Case(
      "a verb of an opening 'as' clause with no place before its comma takes none after it",
      "As the Taliban have captured most of the country, the army struck insurgents in provinces such as Nangarhar and Logar.",
      [], not: ["captured AF06", "captured AF05"]),
    Case(
      "an opening 'as' clause's own list after its verb",
      "As the Taliban captured Kunduz, Taloqan and Sar-e-Pul, the army regrouped.",
      ["captured AF1901", "captured AF1801", "captured AF2201"]),
    Case(
      "members of an opening clause's object after its comma",
      "While the Taliban have seized dozens of districts, including Bangi and Namak Ab in Takhar, the army holds the capitals.",
      ["captured AF1804", "captured AF1806"]),
    Case(
      "an agentless recapture the Taliban report is theirs",
      "A Taliban spokesman said on Monday that Deh Salah district had been recaptured.",
      ["captured AF0908"], not: ["recaptured AF0908"]),
    Case(
      "an agentless recapture the ministry reports is the government's",
      "The defence ministry said Deh Salah district was retaken on Monday.", ["recaptured AF0908"], not: ["captured AF0908"]),
    Case(
      "a recapture the Taliban report with the army as its agent",
      "The Taliban said Deh Salah district was retaken by the army on Monday.", ["recaptured AF0908"], not: ["captured AF0908"]),
    Case(
      "a ranked city in apposition names the city",
      "A fighter poses in Herat, Afghanistan's third-biggest city, after government forces pulled out.", ["captured AF3201"]),
    Case(
      "a province in apposition does not",
      "Officials met in Herat, the western province, after government forces pulled out.", [], not: ["captured AF3201"]),
    Case(
      "the ends of routes between two places are landmarks",
      "Ghazni, a province spanning the routes between Kabul and Kandahar, Afghanistan's second-largest city, was taken over by the Taliban.",
      ["captured AF11"], not: ["captured AF0101", "captured AF2701"]),
    Case("supply routes to a place cut off besiege it", "The Taliban have cut off all supply routes to Lashkar Gah.", ["contested AF3001"]),
    Case("a fight for control of a city", "Government forces and the Taliban fight for control of Kandahar city.", ["contested AF2701"]),
    Case("the place an advance draws closer to is the city", "Taliban insurgents drew closer to Kabul on Saturday.", ["contested AF0101"], not: ["contested AF01"]),
    Case("an advance towards a named province is the province's", "The Taliban advanced towards Kunduz province.", ["contested AF19"], not: ["contested AF1901"]),
    Case(
      "a hyphenated item of which only the last part is known keeps a long list whole",
      "Nine districts had fallen to the Taliban – Lajmangal, Ahmad Khel, Janikhel, Dand-e-Pathan, Samkanai, Zazai Aryoub, Mirzaka, Sayed Karam and Rohani Baba.",
      ["captured AF1309", "captured AF1310", "captured AF1306", "captured AF1303"]),
    Case(
      "words apart from a name are no part of it",
      "The Taliban captured Janikhel - then, on Sunday, they lost Samkanai.", ["captured AF1309"], not: ["captured AF1310"]),
    Case("a participle without an object of its own is said of the place", "Kunduz, falling to the Taliban on Sunday, was the largest prize.", ["captured AF1901"]),
    Case(
      "qualified items followed to the end of the list",
      "The districts that fell this week are Waras in Bamyan, Kiti in Daikundi, Nawur in Ghazni, Khamyab in Jawzjan and Zari in Balkh.",
      ["captured AF1007", "captured AF2405", "captured AF1110", "captured AF2806", "captured AF2115"]),
    Case(
      "semicolons separate items",
      "Government troops withdrew from Gizab district of Daikundi; Zari in Balkh; Khamyab in Jawzjan; and Nawur in Ghazni.",
      ["captured AF2409", "captured AF2115", "captured AF2806", "captured AF1110"]),
    Case(
      "a list in the next sentence names the event's places",
      "Four districts of Ghazni fell to the Taliban last month. These districts include Jaghatu, Nawur and Malistan.",
      ["captured AF1106", "captured AF1110", "captured AF1116"]),
    Case(
      "a list in dashes in the next sentence; a counted province is no place",
      "Five districts of Ghazni fell last month. This includes the southern districts – Jaghatu, Nawur and Malistan.",
      ["captured AF1106", "captured AF1110", "captured AF1116"], not: ["captured AF1101", "captured AF11"]),
    Case(
      "two qualified places before a passive verb",
      "Kiti district in Daikundi and Khamyab in Jawzjan provinces were retaken by the army.",
      ["recaptured AF2405", "recaptured AF2806"]),
  ]

  static let actorsCases: [Case] = [
    Case(
      "the Taliban's jargon for the government names it: a 'mercenary enemy' retaking a place is the government",
      "The mercenary enemy claims it has recaptured Doshi district.", ["recaptured AF0903"], not: ["captured AF0903"]),
    Case(
      "… and so do 'hirelings'", "Hirelings of the enemy recaptured Doshi district, the group said.", ["recaptured AF0903"], not: ["captured AF0903"]),
    Case(
      "forces a verb moves are its object, not the subject of the participle after them",
      "The Taliban attacked Herat province by mobilizing forces from other provinces, seeking to seize the districts of Gulran and Adraskan.",
      ["contested AF3208", "contested AF3209"]),
    Case(
      "… and the Taliban's mobilizing of fighters is no rising",
      "The Taliban stepped up attacks in Herat province by mobilizing fighters from other provinces.", [], not: ["mobilization AF32"]),
    Case(
      "a word of the government before a building names the building, not who acted",
      "In Farah, the Taliban blew up the government compound after capturing the center of Anar Dara district.",
      ["captured AF3307"], not: ["recaptured AF3307"]),
    Case(
      "uprising or resistance forces after the 'by' of a passive change are its agent, not a rising of their own",
      "Deh Salah and Pul-e-Hisar districts were taken last week by local militias fighting under the banner of the Public Resistance Forces. Kaldar district was liberated by public uprising forces on Friday.",
      ["recaptured AF0908", "recaptured AF0912", "recaptured AF2113"], not: ["mobilization AF0908", "mobilization AF0912", "mobilization AF2113"]),
    Case(
      "the capital as the agent of a word of speaking is the government",
      "The movement claimed to have taken control over nearly half of the districts, a statement refuted by Kabul.",
      [], not: ["captured AF0101"]),
    Case(
      "a force's word qualifying a campaign is no actor",
      "Taliban militants resumed their victorious military campaign after announcing that they had captured Herat.",
      ["captured AF3201"], not: ["recaptured AF3201"]),
    Case(
      "'anti-Taliban' before a Taliban word names their opponents",
      "Anti-Taliban militants seized Deh Salah district on Friday.",
      ["recaptured AF0908"], not: ["captured AF0908"]),
    Case(
      "in the Taliban's own words ('Taliban spokesman:') the enemy cleared away is the government's",
      "Taliban spokesman: the districts of Deh Saleh and Pul-e-Hesar have been cleared of enemy forces.",
      ["captured AF0908", "captured AF0912"], not: ["recaptured AF0908", "recaptured AF0912"]),
    Case(
      "… and in the army's the Taliban's (a control)", "The army said the districts of Deh Saleh and Pul-e-Hesar have been cleared of enemy forces.",
      ["recaptured AF0908", "recaptured AF0912"]),
    Case(
      "a place liberated from the Taliban is retaken, whoever liberated it ('insurgent groups')",
      "Local insurgent groups have liberated Pol-e-Hesar, Deh Salah and Bano districts from Taliban control.",
      ["recaptured AF0912", "recaptured AF0908"], not: ["captured AF0912", "captured AF0908"]),
    Case(
      "… while the Taliban liberating a place from the 'occupiers' capture it (a control)",
      "The Taliban say they liberated Pol-e-Hesar district from the occupiers.", ["captured AF0912"]),
    Case(
      "an entry after the defenders were driven out is a capture",
      "On Monday night, after expelling the government troops, the insurgents entered Aybak, the capital of Samangan.",
      ["captured AF2001"], not: ["contested AF2001"]),
    Case(
      "… but not when it is the Taliban who were expelled before",
      "Government forces expelled the Taliban from Shortepa, and later the Taliban entered Kaldar.",
      ["contested AF2113"], not: ["captured AF2113"]),
    Case(
      "a footnote mark glued to a word is read past ('the Taliban* out of')",
      "Security forces and local residents kicked the Taliban* out of Kaldar district on Monday.\n* banned in Russia",
      ["recaptured AF2113"]),
    Case(
      "a verb after 'who' has the words before it as its subject, though they are the object of the verb before",
      "Commandos tried to beat back Taliban fighters who overran Kunduz on Sunday. The Taliban ambushed the uprising forces who retook Nahrin.",
      ["captured AF1901", "recaptured AF0904"], not: ["recaptured AF1901", "captured AF0904"]),
    Case(
      "'the movement's forces', 'the group's fighters' are the Taliban's, not the government's forces",
      "Mujahid said the movement's forces had taken control of Hazrat Sultan district in Samangan.",
      ["captured AF2002"], not: ["recaptured AF2002"]),
    Case(
      "'the terrorist group' before the verb is the Taliban, not officials named earlier in the sentence",
      "The arrest of the governor and other government officials came after the terrorist group seized Herat.",
      ["captured AF3201"], not: ["recaptured AF3201"]),
    Case(
      "soldiers the Taliban killed or took ('some members of the security forces') are not the subject",
      "The seizure of the Jaghatu district of Ghazni was confirmed. A Taliban spokesman said they had killed and captured several members of the Afghan security forces after seizing the district.",
      ["captured AF1106"], not: ["recaptured AF1106"]),
    Case(
      "fighting in someone's own areas is not in the place named before it",
      "Families from Malistan who reached Kabul after fleeing the fighting in their villages said the Taliban had burned houses.",
      [], not: ["contested AF0101", "contested AF1116"]),
    Case(
      "… but fighting with no object of its own is",
      "Officials in Kunduz city said on Monday that the fighting was still going on.", ["contested AF1901"]),
    Case(
      "the Taliban named in a phrase after 'following' or 'amid' are not the subject",
      "Police withdrew on Monday following the Taliban escalation of attacks, evacuating Anar Dara district.",
      ["captured AF3307"], not: ["recaptured AF3307"]),
    Case(
      "… but the Taliban leaving a place after 'as' are",
      "The Taliban abandoned Anar Dara district on Monday as commandos advanced.",
      ["recaptured AF3307"], not: ["captured AF3307"]),
    Case(
      "the side a fight is against is no subject of the next verb",
      "The Taliban pressed their onslaught against the Afghanistan government, as a spokesman said they had captured Spin Boldak.",
      ["captured AF2711"], not: ["recaptured AF2711"]),
    Case(
      "'Taliban opponents' are those against the Taliban for a verb's subject too",
      "Taliban opponents who gathered in Andarab on Friday withdrew from Banu on Sunday.", ["captured AF0907"]),
    Case(
      "'Taliban opponents' are those against the Taliban",
      "Taliban opponents have conquered Deh Salah district of Baghlan.", ["recaptured AF0908"], not: ["captured AF0908"]),
    Case(
      "the Taliban after a verb and its particle are its object, not the next verb's subject",
      "Local police and uprising forces pushed back the Taliban and retook Kiti district.", ["recaptured AF2405"],
      not: ["captured AF2405"]),
    Case(
      "the resistance front's statement is the resistance's",
      "The NRF said it had captured Kiti district from the Taliban.", ["recaptured AF2405"], not: ["captured AF2405"]),
    Case(
      "an attributive participle takes no actor from the words before it",
      "Reporters spoke with residents inside the newly captured cities of Ghazni and Qalat.",
      ["captured AF1101", "captured AF2601"], not: ["recaptured AF1101", "recaptured AF2601"]),
    Case(
      "civilians moving towards a city press on nothing",
      "Thousands were displaced, with some families reportedly moving towards Lashkargah; the Taliban are moving towards Qalat.",
      ["contested AF2601"], not: ["contested AF3001"]),
    Case(
      "'its forces' are the forces of the owner named before",
      "The Taliban claimed its forces have taken over Maidan Shar on Sunday, and the army said its troops retook Kiti.",
      ["captured AF0401", "recaptured AF2405"], not: ["recaptured AF0401", "captured AF2405"]),
    Case(
      "uprising forces that take a named district are its actor, not a rising in the province",
      "Public uprising forces liberated Kaldar district of Balkh province from Taliban control today.",
      ["recaptured AF2113"], not: ["mobilization AF21"]),
    Case(
      "… but uprising forces that drive the Taliban from unnamed districts of a province rose there",
      "Public uprising forces have evicted Taliban fighters from three districts in Baghlan province.",
      ["mobilization AF09"]),
    Case(
      "the Taliban as the object of a verb of fighting, past its determiners, are no subject of the next verb",
      "The commandos defeated a small Taliban force and captured the district centre of Shirin Tagab on Wednesday.",
      ["recaptured AF2906"], not: ["captured AF2906"]),
    Case(
      "… but a Taliban force that is the subject takes the place",
      "A large Taliban force captured Shirin Tagab on Wednesday.", ["captured AF2906"], not: ["recaptured AF2906"]),
    Case(
      "'liberated by the mujahideen', an adverb before the participle: the Islamic Emirate's capture",
      "A Taliban spokesman said Nili, the centre of Daikundi, had been fully liberated by the mujahideen.",
      ["captured AF2401"], not: ["recaptured AF2401"]),
    Case(
      "a participle right after the place it qualifies is passive: its actor is not the sentence's subject",
      "Government aircraft bombed Taliban positions in Aybak, the Samangan capital seized earlier that day.",
      ["captured AF2001"], not: ["recaptured AF2001"]),
    Case(
      "… nor when 'by' names the Taliban",
      "Commandos shelled Aybak, the city seized by the Taliban on Saturday.", ["captured AF2001"], not: ["recaptured AF2001"]),
    Case(
      "a rising named as a subject with no place in its clause is of the place before it",
      "The Taliban tried to enter Maimana, but soldiers and armed civilian groups pushed back the attack.",
      ["mobilization AF2901"]),
    Case(
      "officials of a place surrendering give it up (a province's officials, its capital)",
      "The governor of Kunduz province and the city's police chief surrendered to the Taliban on Sunday.", ["captured AF1901"],
      not: ["captured AF19"]),
    Case(
      "a possessive province's governor surrendering gives up its capital",
      "Zabul's governor surrendered to the Taliban on Friday and was flown to Kabul.", ["captured AF2601"]),
    Case(
      "an official who speaks of a surrender elsewhere gives nothing up",
      "The governor of Ghazni said that soldiers in Andar had surrendered to the Taliban.", ["captured AF1107"],
      not: ["captured AF1101"]),
    Case(
      "an official refusing to surrender gives nothing up",
      "The governor of Farah refused to surrender to the Taliban.", [], not: ["captured AF3301"]),
    Case(
      "fighters loyal to the Taliban are no rising against them",
      "Hundreds of fighters loyal to the Taliban gathered in Sheberghan on Friday.", [], not: ["mobilization AF2801"]),
    Case(
      "the Taliban leaving after a government operation is a recapture",
      "Taliban militants fled from Ghaziabad district in Kunar after an operation by special forces on Thursday night.",
      ["recaptured AF1511"], not: ["captured AF1511"]),
    Case(
      "the Taliban leaving with no government action told is nothing",
      "The Taliban withdrew from Ghaziabad district in Kunar on Thursday.", [], not: ["recaptured AF1511", "captured AF1511"]),
    Case("they after the Taliban are the Taliban", "The insurgents claim they now control Shindand district of Herat.", ["captured AF3214"]),
    Case(
      "they opening a sentence stand for the Taliban before it",
      "Taliban fighters moved into the bazaar of Tulak district in Ghor on Monday. They are now in control of Tulak, a resident said.",
      ["captured AF2309"]),
    Case("they after government forces are no Taliban", "Government troops say they control Shindand district of Herat.", [], not: ["captured AF3214", "recaptured AF3214"]),
    Case("soldiers in a district who surrender give it up", "Soldiers in Qadis district surrendered on Friday after a week without supplies.", ["captured AF3104"]),
    Case(
      "cleansed of the enemy in a Taliban statement is a capture",
      "Tulak district of Ghor province has been completely cleansed of the enemy, the spokesman of the Islamic Emirate said.",
      ["captured AF2309"], not: ["recaptured AF2309"]),
    Case("the enemy fleeing in a Taliban statement is the government leaving", "Following attacks by the Mujahideen, the enemy fled from Saghar district centre last night.", ["captured AF2310"]),
    Case("under the control of the Islamic Emirate", "Kohsan district had come under the control of the Islamic Emirate, Zabihullah Mujahid said.", ["captured AF3213"]),
    Case(
      "the UN's non-state armed groups are the Taliban",
      "According to OCHA, NSAG now control 20 of the 28 districts in Badakhshan, including Jurm and Baharak.",
      ["captured AF1706", "captured AF1710"]),
    Case("the government's own offensive is no repelled attack", "The army's counter-offensive freed Kunduz city from the Taliban.", ["recaptured AF1901"]),
    Case("a Taliban offensive pushed back is repelled", "The Taliban offensive was pushed back from Kunduz city.", ["contested AF1901"], not: ["recaptured AF1901"]),
    Case("under government control again", "Kunduz city is fully under the control of Afghan forces again.", ["recaptured AF1901"]),
    Case("the enemy in an official's words is the Taliban", "According to the Ministry of Interior, the enemy has taken control of Guzargah-e-Nur district.", ["captured AF0914"], not: ["recaptured AF0914"]),
    Case("the enemy in a Taliban statement is the government", "The mujahideen of the Islamic Emirate said the enemy had retaken Guzargah-e-Nur district.", ["recaptured AF0914"], not: ["captured AF0914"]),
    Case(
      "a place lost to the Taliban is taken, whoever else the sentence names",
      "Government forces and militias loyal to the former mujahideen commander lost Sholgara to the Taliban.",
      ["captured AF2107"], not: ["recaptured AF2107"]),
    Case("a leader taken in a place is no change of control", "Afghan special forces captured the Taliban's shadow governor in Shah Wali Kot.", [], not: ["contested AF2706", "recaptured AF2706"]),
    Case("the governor's office is a site", "The Taliban captured the governor's office in Shah Wali Kot.", ["contested AF2706"], not: ["captured AF2706"]),
    Case("a place handed to the government is retaken", "The Taliban handed over Kohsan district to government forces.", ["recaptured AF3213"], not: ["captured AF3213"]),
    Case("a place handed to the Taliban is taken", "Elders handed over Kohsan district to the Taliban.", ["captured AF3213"], not: ["recaptured AF3213"]),
    Case("the Islamic Emirate's forces are the Taliban", "Islamic Emirate forces captured Kaldar district on Monday.", ["captured AF2113"], not: ["recaptured AF2113"]),
    Case("soldiers taken are no subject", "The Taliban captured 20 soldiers and later took Kaldar district.", ["captured AF2113"], not: ["recaptured AF2113"]),
    Case("soldiers killed are no subject", "The Taliban killed dozens of Afghan soldiers and seized Kaldar district.", ["captured AF2113"], not: ["recaptured AF2113"]),
    Case("a passive's agent is its actor: government", "Kaldar district was seized by government forces on Monday.", ["recaptured AF2113"], not: ["captured AF2113"]),
    Case("a passive's agent is its actor: the Taliban", "Kaldar district was retaken by the Taliban on Monday.", ["captured AF2113"], not: ["recaptured AF2113"]),
    Case("a passive's agent is its actor: an uprising", "Kaldar district was overrun by commandos and the local militia.", ["recaptured AF2113"], not: ["captured AF2113"]),
    Case("the Taliban as the object of a verb are not the next verb's subject", "Afghan commandos drove the insurgents back and reclaimed the centre of Jaghatu district in Ghazni.", ["recaptured AF1106"], not: ["captured AF1106"]),
    Case(
      "a counted group's members named after it",
      "The Taliban now control six of Badakhshan's 28 districts, including Ishkashim and Khwahan, an official said.",
      ["captured AF1723", "captured AF1720"], not: ["captured AF17"]),
    Case("a Taliban attack repelled is no subject", "The commandos repelled a Taliban assault on Ghazni city and retook Andar district.", ["recaptured AF1107"], not: ["captured AF1107"]),
    Case("'they' after the Taliban", "The Taliban moved north. On Sunday they took control of Aybak.", ["captured AF2001"], not: ["recaptured AF2001"]),
    Case("hardline militia", "The hardline militia seized Gardez on Friday.", ["captured AF1301"], not: ["recaptured AF1301"]),
    // A place the Taliban take again is captured, whatever names them.
    Case("the group", "The group regained Jaghatu district, which it had lost on Monday.", ["captured AF0408"], not: ["recaptured AF0408"]),
    // A passive's subject shared by a participle after "and", each with its own agent.
    Case(
      "captured by one side and retaken by the other",
      "Khan Abad district was captured by the Taliban on Monday and retaken by government forces on Wednesday.",
      ["captured AF1904", "recaptured AF1904"]),
    Case(
      "retaken by one side and captured by the other",
      "Kiti was retaken by the army on Monday and captured by the Taliban again on Friday.",
      ["recaptured AF2405", "captured AF2405"]),
    Case("the movement", "The movement regained control of Kohsan district on Monday.", ["captured AF3213"], not: ["recaptured AF3213"]),
    Case("… not an uprising group", "The uprising group regained control of Kohsan district on Monday.", ["recaptured AF3213"], not: ["captured AF3213"]),
    Case("the Emirate's initials", "IEA forces recaptured Khan Abad district from the resistance.", ["captured AF1904"], not: ["recaptured AF1904"]),
    Case("a wing of the Taliban", "Haqqani network fighters retook Shindand district.", ["captured AF3214"], not: ["recaptured AF3214"]),
    Case("forces the Taliban lead", "Taliban-led forces regained Imam Sahib district on Friday.", ["captured AF1905"], not: ["recaptured AF1905"]),
    Case("the Taliban's special forces", "Taliban special forces retook Malistan district from resistance fighters.", ["captured AF1116"], not: ["recaptured AF1116"]),
    Case("the Taliban's military forces", "The Taliban military forces took control of Kohsan district on Monday.", ["captured AF3213"], not: ["recaptured AF3213"]),
    Case("… not anti-Taliban armed forces", "Anti-Taliban armed forces took control of Kohsan district on Monday.", ["recaptured AF3213"], not: ["captured AF3213"]),
    Case("a quotation ends at its inverted reporting verb", "\"Help never came,\" said a police officer who escaped to Mazar-i-Sharif.", ["retreated_to AF2101"]),
    Case("a semicolon's clause has its own subject", "The Taliban took control of the district; its defenders fled to neighbouring Kunar province.", ["retreated_to AF15"], not: ["contested AF15"]),
    Case("a place the Taliban lose is retaken", "The Taliban lost Sayed Karam district to a government counter-attack on Monday.", ["recaptured AF1306"], not: ["captured AF1306"]),
    Case("the attackers after police", "Police guarded Andar district of Ghazni until the attackers overran it.", [], not: ["recaptured AF1107"]),
    Case("a repelled attack", "Security forces pushed back a Taliban attack on Nawur district of Ghazni.", [], not: ["recaptured AF1110"]),
    Case(
      "a mother fleeing with her children is no force retreating",
      "One mother told us how she had fled to Kabul from Kunduz province with her six children.", [], not: ["retreated_to AF0101"]),
    Case(
      "Afghans fleeing a district are civilians, who give no place up",
      "The NRC said Afghans are also fleeing from the Khanabad district.", [], not: ["captured AF1904"]),
    Case(
      "attackers who fled, a government spokesman said, left no place the government retook",
      "An attack on Taloqan city was beaten off. The militants fled after suffering casualties and leaving bodies behind, a provincial government spokesman said.",
      [], not: ["recaptured AF1801"]),
    Case("partial: much of the city", "Taliban fighters entered Gardez, and much of the city had fallen by noon.", ["contested AF1301"], not: ["captured AF1301"]),
    Case("partial: the gate", "The Taliban seized the main gate of Ghazni city.", [], not: ["captured AF1101"]),
    Case(
      "partial: a possessor's neighbourhoods in the district of a place",
      "The Taliban captured Zai Hussein's neighborhoods in the district of Dawlatyar last night.",
      ["contested AF2303"], not: ["captured AF2303"]),
    Case("partial: largely under control", "After weeks of fighting, Lashkar Gah is now largely under Taliban control.", ["contested AF3001"], not: ["captured AF3001"]),
    Case("\"to\" before a distance is no infinitive", "The Taliban advanced to within a few kilometres of Lashkar Gah.", ["contested AF3001"]),
    Case("a possessor's name is part of the object", "The collapse of Kunduz's Dasht-e-Archi district left Imam Sahib isolated.", ["captured AF1906"], not: ["captured AF1905"]),
    Case("unnamed districts around a city are the object", "Balkh on edge as Taliban seize districts around Mazar.", [], not: ["captured AF2101", "captured AF2106"]),
    Case("a building taken in a place named before", "In Lashkar Gah, the Taliban seized the prison.", [], not: ["captured AF3001"]),
    Case("people taken in a place named before", "In Nad Ali district, the Taliban captured 20 soldiers.", [], not: ["captured AF3002"]),
    Case("the place itself as the object after", "In Zabul, the Taliban captured the district centre of Shinkay.", ["captured AF2603"]),
    Case("what the city owns fell", "Fighting went on in Lashkar Gah. A lawmaker said the city's prison had also fallen.", ["contested AF3001"], not: ["captured AF3001"]),
    Case("partial: police districts", "The Taliban took seven of the eight police districts of Pul-e-Alam.", [], not: ["captured AF0501"]),
  ]

  static let attachmentCases: [Case] = [
    Case(
      "the country's capital or ranked city as a head before its name in apposition puts no distance between verb and place",
      "Insurgents took Afghanistan's capital, Kabul, on Sunday.", ["captured AF0101"]),
    Case("… and so with a ranked city of the country", "The militants took the country's second-largest city, Kandahar, on Friday.", ["captured AF2701"]),
    Case("… and after a noun of change", "Following the fall of the nation's capital, Kabul, aid flights stopped.", ["captured AF0101"]),
    Case(
      "a place whose possessive a noun of change follows is its object, whatever preposition stands before",
      "The summer offensive culminated in Kabul's capture on August 15.", ["captured AF0101"], published: "2021-08-20"),
    Case(
      "a clause opening the sentence keeps its object's name given in apposition after its comma",
      "After the Taliban took the northern city, Kunduz, thousands of families fled.", ["captured AF1901"]),
    Case(
      "… and so does a fronted noun of change", "After the fall of the provincial capital, Qalat, thousands of families fled.",
      ["captured AF2601"]),
    Case(
      "a rising joined by 'and' to the fight right after it rose where the fight was",
      "Villagers took up arms and fought the insurgents in Jaghori district.", ["mobilization AF1114", "contested AF1114"]),
    Case(
      "… and so does one joined to a retaking", "Villagers took up arms and drove the Taliban out of Jaghori district.",
      ["mobilization AF1114", "recaptured AF1114"]),
    Case(
      "… but not a rising only planned", "Villagers will take up arms and fight the insurgents in Jaghori district.", [],
      not: ["mobilization AF1114"]),
    Case(
      "a noun of change whose listed object lies before the clause's verb took nothing past that verb",
      "The loss of three provincial capitals - Qalat, Gardez and Sharana - stunned Kabul.",
      ["captured AF2601", "captured AF1301", "captured AF1201"], not: ["captured AF0101"]),
    Case(
      "a list after a comma with a modal of its own right after it is the subject of another clause",
      "All these places are being handed over to the Taliban, Kabul and Mazar-i-Sharif will be next.",
      [], not: ["captured AF0101", "captured AF2101"]),
    Case(
      "a capture whose object is a stretch of land ('vast swathes of Afghanistan') took no place before it",
      "Suicide bombers struck the city of Kandahar as the Taliban closed in after seizing vast swathes of Afghanistan.",
      [], not: ["captured AF2701"]),
    Case(
      "a place a district lies 'next to' is a landmark",
      "The Taliban have overrun a key district in Maidan Wardak province next to the capital Kabul.",
      [], not: ["captured AF0101"]),
    Case(
      "… as is the capital a district is 'neighbouring'",
      "The militants claimed to have overrun a district neighbouring the capital Kabul.",
      [], not: ["captured AF0101"]),
    Case(
      "… while the district named is still taken", "The Taliban captured Chak, a district next to Maidan Shahr, on Sunday.",
      ["captured AF0404"], not: ["captured AF0401"]),
    Case(
      "a place before a clause 'as' opens with its own subject is no object of that clause's verb",
      "Ghani arrived in Mazar as the Taliban captured Faizabad overnight.",
      ["captured AF1701"], not: ["captured AF2101"]),
    Case(
      "a superlative of nearness measures from the unnamed Afghan capital too",
      "Ghazni is now the closest major city to the Afghan capital captured by the Taliban.",
      ["captured AF1101"], not: ["captured AF0101"]),
    Case(
      "where a journey heads is no place it takes",
      "On their way to Mazar-e-Sharif, the militants captured Aybak on Monday.",
      ["captured AF2001"], not: ["captured AF2101"]),
    Case(
      "… 'on their march to' too, with the capital's apposition",
      "On their march to the capital Kabul they captured Ghazni city.",
      ["captured AF1101"], not: ["captured AF0101"]),
    Case(
      "a place something lies 'not far from' is a landmark, past 'the capital,' before its name",
      "The Taliban overran a key district not far from the capital, Kabul.", [], not: ["captured AF0101"]),
    Case(
      "a place after a comma with a predicate of its own is another clause's subject",
      "Taliban take Jalalabad city, now Kabul remains", ["captured AF0601"], not: ["captured AF0101"]),
    Case(
      "… as after a semicolon and before 'still' (a control)",
      "The insurgents captured Nerkh district; Chak district is still under government control.", ["captured AF0402"],
      not: ["captured AF0404"]),
    Case(
      "a place that outposts are located on the way to is where they lie",
      "Checkpoints that are located on the way to Alingar district have fallen.", [], not: ["captured AF0704"]),
    Case(
      "a place after 'from' in an attack is where the attack came from",
      "Insurgents attacked the capital of the province from Sayad district on Sunday.",
      [], not: ["contested AF2202"]),
    Case(
      "'there' after a verb is where a motion went, not where it came from",
      "The governor said 300 more had gone to Alishing from the provincial capital Mehtarlam to fight, but were besieged there.",
      ["contested AF0703"], not: ["contested AF0701"]),
    Case(
      "… and a place that is no origin stays the verb's", "Fighting broke out in Alishing, and soldiers were besieged there.",
      ["contested AF0703"]),
    Case(
      "an epithet ('the troubled Takhar province') keeps a province after a preposition a container",
      "The militants captured at least six districts in the troubled Takhar province and are fighting to overrun the provincial capital Taloqan.",
      ["contested AF1801"], not: ["contested AF18"]),
    Case(
      "a trigger whose own object is a province it takes no event for reaches no place past the comma after it",
      "Civilians have fled fighting in Kandahar, as four suspects were arrested over a rocket strike on Kabul.",
      []),
    Case(
      "… while a city in apposition there is its object",
      "Heavy fighting in Kandahar, the second city, has displaced thousands.",
      ["contested AF2701"]),
    Case(
      "a landmark's apposition 'capital city of' is the landmark too",
      "Qaysar district, 60 kilometres away from Maimana, capital city of Faryab, fell to the Taliban on Tuesday.",
      ["captured AF2907"]),
    Case(
      "people taken in a passive are not the place after it",
      "Four suspected militants were captured in connection with the rocket attack on Kabul.",
      []),
    Case(
      "a fronted 'Following the fall of' a counted group does not reach the main clause's place",
      "Following the fall of seven provincial capitals in northern Afghanistan, the president travelled to Mazar-e Sharif.",
      []),
    Case(
      "… while a place it names is its own",
      "Following the fall of Kunduz, the president travelled to Mazar-e Sharif.",
      ["captured AF1901"]),
    Case(
      "a manner phrase and a time phrase between a generic verb and its object are no distance",
      "The Taliban took without a fight on Sunday morning Qala-e-Naw, the capital of Badghis.",
      ["captured AF3101"]),
    Case(
      "… but what was taken without a fight is still the object ('the checkpoints around')",
      "The Taliban took without a fight the checkpoints around Qala-e-Naw.",
      [], not: ["captured AF3101"]),
    Case(
      "the place an apposition puts a district nearest to is where it lies",
      "Nirkh district, located in central Maidan Wardak province and nearest one to the capital city of Kabul, fell to the Taliban.",
      ["captured AF0402"], not: ["captured AF0101"]),
    Case(
      "a place said to lie in another ('where Mazar-e-Sharif is located') only places it",
      "Noor said the Taliban had been handed control of Balkh province, where Mazar-e-Sharif is located, by a conspiracy.",
      [], not: ["captured AF2101"]),
    Case(
      "one resident named before his words is a speaker, not the place of what he tells",
      "Kandahar resident Hafiz Akbar said his house had been taken over by the Taliban after he fled.",
      [], not: ["captured AF2701", "captured AF27"]),
    Case(
      "a place right after 'as' opens a clause of its own, not the verb's object",
      "The insurgents overran four districts on Monday as Panjshir fighters dug in.", [], not: ["captured AF08"]),
    Case(
      "a city's edge set off by a comma after a place says where that place lies",
      "The Taliban took control of the Zhari district, on the outskirts of provincial capital Kandahar, on Monday.",
      ["captured AF2705"], not: ["contested AF2701"]),
    Case(
      "a place inside a relative clause that a comma closes before the verb is not its subject",
      "Doshi, a key district in Baghlan province which connects Kabul with the north, has fallen to the insurgents.",
      ["captured AF0903"], not: ["captured AF0101"]),
    Case(
      "a place after 'and' whose own verb follows past an apposition is that verb's subject",
      "Most districts had fallen into Taliban control and Faizabad, the provincial capital, was surrounded by the insurgents.",
      ["contested AF1701"], not: ["captured AF1701"]),
    Case(
      "a verb whose subject is 'who' takes no place before it",
      "Ghor province is being trampled by the insurgents, who are capturing vast tracts of the country.",
      [], not: ["captured AF23"]),
    Case(
      "… nor one whose object is another country",
      "Ghor is known as the home of a general who invaded India in the twelfth century.",
      [], not: ["captured AF23", "recaptured AF23"]),
    Case(
      "… but a place after it is its object",
      "The Taliban, who captured Kunduz on Sunday, are now advancing.",
      ["captured AF1901"]),
    Case(
      "a place past a condition's opening is not an advance's object",
      "Taliban is advancing toward Sar Kol and Bed Dara and if occupy them, Balkhab district will be sieged by Taliban.",
      [], not: ["contested AF2207"]),
    Case(
      "a district on the outskirts of a city is a place of its own",
      "Officials said the Arghandab district in the outskirts of the provincial capital, Kandahar City, was retaken on Sunday.",
      ["recaptured AF2702"], not: ["contested AF2701", "recaptured AF2701"]),
    Case(
      "unnamed districts around a place are a verb's object",
      "The insurgents had been encroaching on Kandahar for weeks, capturing surrounding districts.",
      [], not: ["captured AF2701"]),
    Case(
      "the place a captured town is a gateway to is a landmark, however named",
      "On Monday the militants seized Pul-e-Alam, a town that is one of the gateways to Kabul.",
      ["captured AF0501"], not: ["captured AF0101"]),
    Case(
      "… and so is the capital it leads to, named back",
      "On Monday the militants seized a town south of Kabul that is one of the gateways to the capital.",
      [], not: ["captured AF0101"]),
    Case(
      "a place after a word opening another clause is that clause's",
      "The insurgents captured the police headquarters in Maimana city while troops stationed at Almar were sent to help.",
      ["contested AF2901"], not: ["contested AF2904", "captured AF2904"]),
    Case(
      "plural nouns of capture name each place",
      "The seizures of Maimana and Sheberghan mark the biggest prizes yet for the insurgents.",
      ["captured AF2901", "captured AF2801"]),
    Case(
      "fighting near a place is fighting for it",
      "Heavy clashes have been under way close to the provincial capital of Mazar-e-Sharif since Sunday; fighting also raged near Spin Boldak.",
      ["contested AF2101", "contested AF2711"]),
    Case(
      "… but a place near which something else happened is a landmark",
      "The Taliban captured a district centre near Spin Boldak on Sunday.",
      [], not: ["captured AF2711", "contested AF2711"]),
    Case(
      "a hedging adverb between a passive's auxiliary and its verb is no distance",
      "Qalat was allegedly taken without a fight.", ["captured AF2601"]),
    Case(
      "a district 'just outside' a city is taken; the city is where it lies",
      "Insurgents overran a small district just outside the Afghan capital Kabul on Friday, officials in Logar said.",
      [], not: ["captured AF0101", "contested AF0101"]),
    Case(
      "… and so are 'districts outside' a named city",
      "By Thursday the militants held three districts outside Kandahar city.", [], not: ["captured AF2701"]),
    Case(
      "… but fighting outside a city still contests it",
      "Heavy clashes broke out outside Ghazni city late on Monday.", ["contested AF1101"]),
    Case(
      "a province naming people from it ('Helmand families') is no event place",
      "Helmand families forced to flee homes as battle continues in outskirts of Lashkargah",
      ["contested AF3001"], not: ["contested AF30"]),
    Case(
      "… though such people may still take up arms there",
      "Helmand residents have taken up arms against the Taliban.", ["mobilization AF30"]),
    Case(
      "an embassy or consulate in a city is a site, not the city",
      "Foreign governments are evacuating most of their embassies in Kabul as the Taliban advance.", [],
      not: ["contested AF0101", "captured AF0101"]),
    Case(
      "an apposition to a landmark is the landmark",
      "Special forces evicted the militants from several villages from around Kunduz city, capital of the northern Kunduz province.",
      [], not: ["recaptured AF1901", "recaptured AF19"]),
    Case(
      "a pronoun right after the verb is its object; a place past it and a comma is not",
      "A soldier stands guard near Bagram air base on the day the last American troops vacated it, Parwan province, Afghanistan July 2, 2021.",
      [], not: ["captured AF03", "captured AF0309"]),
    Case(
      "… unless the place is added",
      "The army retook it, along with Khan Abad district.", ["recaptured AF1904"]),
    Case(
      "where a person lives is no place of the event",
      "A former minister who is now living in Panjshir wrote that the people's uprising has recaptured Deh Salah district.",
      ["recaptured AF0908"], not: ["mobilization AF08"]),
    Case(
      "a verb's object past the country's possessive takes no place of a later clause",
      "Militants have overrun Afghanistan's Ghazni city, officials said, and worries grow about Kabul.",
      ["captured AF1101"], not: ["captured AF0101"]),
    Case(
      "where fighting displaced families to is no place of the fighting",
      "Heavy fighting continues in Khanabad district, displacing families into Kunduz city.", ["contested AF1904"],
      not: ["contested AF1901"]),
    Case(
      "'the provincial capital of X' is as near its verb as 'the capital of X'",
      "The Taliban had taken the provincial capital of Kunduz and Lashkar Gah, capital of Helmand province.",
      ["captured AF1901", "captured AF3001"], not: ["captured AF19", "captured AF30"]),
    Case(
      "an adverb between a passive's auxiliary and its participle",
      "Sharana, the capital of Paktika, and Asadabad, the capital of Kunar, were also taken, officials said.",
      ["captured AF1201", "captured AF1501"]),
    Case(
      "', and' opens a clause whose subject the places before it are not",
      "The Taliban captured several districts of Kunduz, including Khan Abad and Imam Sahib, and fighting continues.",
      ["captured AF1904", "captured AF1905"], not: ["contested AF1904", "contested AF1905"]),
    Case(
      "a place after 'reinforcements from' is where they came from",
      "The Taliban entered Mizan district centre on Tuesday but were pushed back by reinforcements from Qalat.",
      ["contested AF2604"], not: ["contested AF2601"]),
    Case(
      "an apposition between commas before the verb is no distance, however long",
      "Qarqin, a small district on the river road linking Sheberghan with the Amu that had been under pressure for weeks, fell to the Taliban on Sunday.",
      ["captured AF2810"]),
    Case(
      "an apposition between spaced dashes; the dash is no part of the name",
      "Qarqin - a district of some 30,000 people - fell on Sunday.", ["captured AF2810"]),
    Case(
      "a province in brackets after a place opening the line is its container, not a dateline",
      "Qarqin (Jawzjan) fell on Sunday.", ["captured AF2810"]),
    Case(
      "… but an agency in brackets still makes a dateline",
      "SHEBERGHAN (Reuters) - The Taliban captured Qarqin on Sunday.", ["captured AF2810"], not: ["captured AF2801"]),
    Case(
      "a name in apposition to 'the capital' after a compass word is a landmark",
      "Insurgents overran a district centre in a central province just west of the capital, Kabul.", [], not: ["captured AF0101"]),
    Case(
      "a place before a clause opened by 'after', whose verb has a place object of its own, is not that verb's",
      "Insurgents now have Mazar-i-Sharif in their sights after they seized the provincial capital of Kunduz on Sunday.",
      ["captured AF1901"], not: ["captured AF2101"]),
    Case(
      "a verb with a place object after ', and' does not reach back over the comma for a subject",
      "The valley road links Panjshir and Badakhshan to Nuristan, and the insurgents are now pressing on the district of Nurgaram.",
      ["contested AF1604"], not: ["contested AF08", "contested AF17", "contested AF16"]),
    Case(
      "… nor over a comma before 'then' and a verb with a place object",
      "The militants first entered Sharana, the capital of Paktika, then seized Gardez on Friday.",
      ["contested AF1201", "captured AF1301"], not: ["captured AF1201"]),
    Case(
      "… nor over an 'and' before a verb with a place object",
      "The insurgents hold five districts in Samangan and are trying to overrun the provincial capital Aybak.",
      ["contested AF2001"], not: ["contested AF20"]),
    Case(
      "a fall coordinated right after a siege shares its subject",
      "After a month of fighting Faizabad was encircled and finally fell to the insurgents.",
      ["captured AF1701"]),
    Case(
      "… so does a passive capture",
      "Taloqan was surrounded and then captured by the Taliban.", ["captured AF1801"]),
    Case(
      "'the center of the X province' is its capital",
      "By noon the insurgents had captured the center of the Faryab province.", ["captured AF2901"], not: ["captured AF29"]),
    Case(
      "a place before a reporting verb and its 'that' is the speaker's",
      "The former minister, who lives in Panjshir province, wrote that the uprising had retaken Nahrin district.",
      ["recaptured AF0904"], not: ["mobilization AF08", "recaptured AF08"]),
    Case(
      "a place in proximity to another is a landmark",
      "The Taliban took Arghandab, given its proximity to Kandahar city, the provincial capital.",
      ["captured AF2702"], not: ["captured AF2701"]),
    Case(
      "a noun's object ends at the comma after it",
      "With the fall of the last two outposts, families in Ghazni city are leaving.", [], not: ["captured AF1101", "contested AF1101"]),
    Case(
      "the Taliban close to a city contest it",
      "After the checkpoints fell, the Taliban are now close to Ghazni city.", ["contested AF1101"]),
    Case(
      "a fight for places counted and not named is not for the place before it",
      "Commandos retook Burka on Monday, and fighting is under way to re-take three more districts, officials said on Tuesday.",
      ["recaptured AF0910"], not: ["contested AF0910"]),
    Case(
      "a subject that fell before what its \"after\" names",
      "Nahrin was the first district to fall after the peace talks in Doha.", ["captured AF0904"]),
    Case(
      "a capture with counted unnamed places for its object did not take the place before it",
      "Residents of Qala-e-Naw, where the Taliban have seized all but two of the surrounding districts, fear a siege.",
      [], not: ["captured AF3101"]),
    Case("a headline participle after a name is a passive", "Kunduz taken by Taliban", ["captured AF1901"]),
    Case(
      "a place after a verb of killing coordinated after the trigger is that verb's",
      "Resistance forces said they had retaken Khawak pass and killed dozens of Taliban fighters in Paryan district.", [],
      not: ["recaptured AF0807"]),
    Case(
      "both ends of a road are landmarks",
      "The road from Mazar to Sheberghan is now controlled by Taliban checkpoints beyond Balkh district.", [],
      not: ["captured AF2801", "captured AF2101", "captured AF2106"]),
    Case(
      "a place before a reporting participle is no subject of what was said",
      "Families arrived in Mazar-e-Sharif on Sunday, saying their homes had been taken over by the Taliban.", [],
      not: ["captured AF2101"]),
    Case(
      "an airbase named after a district is no district",
      "The last US troops left Bagram airbase on Friday, and the base was handed to the Afghan army.", [],
      not: ["captured AF0302", "retreated_to AF0302"]),
    Case(
      "a place after and with a verb of its own is that verb's subject",
      "Of the three districts, Nahrin was retaken, Burka remains contested and Doshi is still in Taliban hands.",
      ["recaptured AF0904", "contested AF0910", "captured AF0903"], not: ["contested AF0903"]),
    Case("a place after and with no verb of its own is the verb's object", "The insurgents attacked and besieged Burka and Doshi.", ["contested AF0910", "contested AF0903"]),
    Case("a road taken is not the places it joins", "The Taliban seized the road linking Mazar-e-Sharif to Sheberghan.", [], not: ["captured AF2101", "captured AF2801"]),
    Case(
      "a clause opened by but says something else of its places",
      "The Taliban have overrun most of Gereshk district but the district centre is still held by the police.",
      ["contested AF3004"], not: ["captured AF3004"]),
    Case(
      "a verb with a place for its object in a clause after another place",
      "Government forces in Mazar-e-Sharif are preparing for an assault after the insurgents captured Aybak and Kunduz.",
      ["captured AF2001", "captured AF1901"], not: ["captured AF2101"]),
    Case(
      "an auxiliary after and opens a verb of its own",
      "Taliban fighters have captured the outskirts of Chaghcharan and are shelling the city.",
      ["contested AF2301"], not: ["captured AF2301"]),
    Case(
      "in addition to a place already told",
      "In addition to Ab Band, Qarabagh, Muqur and Gilan districts of Ghazni are on the brink of collapse.",
      ["contested AF1111", "contested AF1115", "contested AF1117"], not: ["contested AF1113"]),
    Case(
      "apart from, at the head of a list",
      "Apart from Khost, Sabari, Bak and Tani districts are under Taliban siege.",
      ["contested AF1407", "contested AF1409", "contested AF1404"], not: ["contested AF1401", "contested AF14"]),
    Case("a distance belongs to the place it measures", "The militants are 20 km from Gardez after overrunning Zurmat district.", ["captured AF1303"]),
    Case("a landmark city", "The Taliban captured Rodat, a district a short drive south of the city of Jalalabad.", ["captured AF0607"], not: ["captured AF0601"]),
    Case("closing in on a capital", "The Taliban are closing in on Gardez, having taken over several outlying districts.", ["contested AF1301"], not: ["captured AF1301"]),
    Case("headline: noose tightens as districts fall", "Militants tighten noose on Gardez as two districts fall", ["contested AF1301"], not: ["captured AF1301"]),
    Case("only one city still held", "The Taliban took control of Aybak, so only Mazar-i-Sharif is still under government control.", ["captured AF2001"], not: ["captured AF2101"]),
    Case("a retreat ends where it went", "The governor fled to the airport with his guards, and by noon the police post in Kunduz city had surrendered.", [], not: ["retreated_to AF1901"]),
    Case("a trigger after a semicolon stays in its clause", "The week's gains include Tagab in Kapisa and Shindand in Herat; districts now contested include Nerkh in Wardak.", ["captured AF0206", "captured AF3214", "contested AF0402"], not: ["contested AF0206", "contested AF3214"]),
    Case("a province in brackets is its item's container", "The Taliban captured Kaldar (Balkh) and Gizab (Daikundi).", ["captured AF2113", "captured AF2409"], not: ["captured AF2106", "captured AF21"]),
    Case("a province's possessive owns the districts after it", "Taliban now control Khost province's Sabari and Musa Khel districts.", ["captured AF1407", "captured AF1405"], not: ["captured AF1401"]),
    Case("after \", and\" a place with a verb of its own starts a clause", "The Taliban captured Jaghatu, and Andar has been under siege.", ["captured AF1106", "contested AF1107"], not: ["captured AF1107"]),
    Case("auxiliaries are no distance from a subject", "Last week the Taliban captured Jaghatu district, and Andar district has been under siege for three weeks.", ["captured AF1106", "contested AF1107"], not: ["captured AF1107"]),
    Case("lists joined by semicolons before their verb", "Kiti district in Daikundi; Kaldar in Balkh; and Sayad district in Sar-e-Pul were captured by the Taliban.", ["captured AF2405", "captured AF2113", "captured AF2202"]),
    Case("a district centre in a province is no capital", "Commandos retook the Doshi district centre of Baghlan province last night.", ["recaptured AF0903"], not: ["recaptured AF0901"]),
    Case("retreat then flight", "The soldiers fled to a ridge inside Kiti district before being flown to Nili.", ["retreated_to AF2401"]),
    Case("captured then retaken hours later", "The Taliban captured Gizab district of Daikundi on Monday, but the army retook it hours later.", ["captured AF2409", "recaptured AF2409"]),
    // A trigger whose object follows it takes no later list beyond a clause of its own.
    Case("a fall, then another place in its own clause", "Following the fall of Shinkay, the militants turned their attention to Qalat.", ["captured AF2603"], not: ["captured AF2601"]),
    Case("a capture, then what the captors now face", "With the seizure of Andar, Taliban fighters now menace Ghazni city.", ["captured AF1107", "contested AF1101"], not: ["captured AF1101"]),
    Case("a list with appositions keeps its trigger", "The militants captured Qalat, the capital of Zabul, and Tirinkot, capital of Uruzgan.", ["captured AF2601", "captured AF2501"]),
    Case("a list going on past a container", "The Taliban are entrenched in Qalat and Shinkay in the south and outside Tirinkot.", ["contested AF2601", "contested AF2603", "contested AF2501"]),
    // A province stands as its districts' container only when named beside them.
    Case("a province in a clause of its own", "Uruzgan province fell to the Taliban after Tirinkot was captured.", ["captured AF25", "captured AF2501"]),
    Case("a province beside its district", "The Taliban captured Chora district of Uruzgan province.", ["captured AF2503"], not: ["captured AF25"]),
    Case("the whole of a province", "By Friday the whole of Zabul province was under Taliban control.", ["captured AF26"]),
    Case("the entire province beside its capital", "The militants took Qalat on Monday, and by Friday the entire province of Zabul had fallen.", ["captured AF2601", "captured AF26"]),
    Case("a province joined to its capital is no container", "Zabul province and its capital, Qalat, fell to the Taliban on Friday.", ["captured AF26", "captured AF2601"]),
    Case("the rest of a province after its capital", "The insurgents captured Qalat and then the rest of Zabul province.", ["captured AF26", "captured AF2601"], not: ["contested AF26"]),
    Case("all of a province beside its capital", "With Qalat taken, all of Zabul is now in Taliban hands.", ["captured AF26"]),
  ]

  /// Control of a part of a place, or not quite, contests it; the whole place named by its
  /// kind and descriptors is still captured.
  static let partialCases: [Case] = [
    Case(
      "forces evacuating 'from the center of' a district gave the district up (its centre is the district)",
      "The security forces evacuated from the center of Shirin Tagab district in Faryab.",
      ["captured AF2906"], not: ["contested AF2906"]),
    Case(
      "… where evacuating from its outskirts leaves it in question",
      "The security forces evacuated from the outskirts of Shirin Tagab district.",
      ["contested AF2906"], not: ["captured AF2906"]),
    Case(
      "the fall of areas of a city's police district ('PD 8 of Faizabad') contests the city, whatever verb follows",
      "After the fall of some areas of PD 8 of Faizabad, the provincial capital, the Taliban captured Teshkan on Friday night.",
      ["contested AF1701", "captured AF1711"], not: ["captured AF1701"]),
    Case(
      "an apposition naming a part's city as a capital is the part",
      "Taliban militants have captured parts of Sheberghan city, capital of Jawzjan province, officials said.",
      ["contested AF2801"], not: ["captured AF2801"]),
    Case(
      "… but all parts of a place are the whole",
      "The militants seized all parts of Kandahar city on Friday.",
      ["captured AF2701"], not: ["contested AF2701"]),
    Case(
      "a place's defences breached are a part of it",
      "The Taliban breached Taloqan's defences on Monday.",
      ["contested AF1801"], not: ["captured AF1801"]),
    Case(
      "a port or crossing 'at' a border town is the town",
      "The Taliban seized the dry port at Spin Boldak on Wednesday.",
      ["captured AF2711"], not: ["contested AF2711"]),
    Case(
      "a town's building in a name a province shares with its capital stands in the capital",
      "The prison in Herat fell to the Taliban on Friday.",
      ["contested AF3201"], not: ["captured AF3201", "captured AF32", "contested AF32"]),
    Case(
      "… but a thing taken in a province is no event of the province",
      "The Taliban captured a border post in Badakhshan.",
      [], not: ["captured AF17", "contested AF17", "contested AF1701"]),
    Case(
      "a plural site noun is a site as its singular is",
      "The Taliban captured several markets in Kunduz city on Monday.",
      ["contested AF1901"], not: ["captured AF1901"]),
    Case(
      "… after a place the sentence opens with too",
      "In Lashkar Gah, the Taliban seized the radio stations.",
      ["contested AF3001"], not: ["captured AF3001"]),
    Case(
      "urban police districts taken are a part of the city",
      "The militants captured two police districts in Lashkar Gah overnight.",
      ["contested AF3001"], not: ["captured AF3001"]),
    Case(
      "… so is a district in the capital named by its province",
      "Militants took a district in the provincial capital of Kunduz province on Tuesday.",
      ["contested AF1901"], not: ["captured AF1901"]),
    Case(
      "… but a district of a province named is that district, no part of the capital",
      "Militants took Khanabad district in Kunduz province on Tuesday.",
      ["captured AF1904"], not: ["contested AF1901", "captured AF1901"]),
    Case(
      "a relative clause after a place's apposition leaves the apposition the place's, partial with it",
      "Insurgents overran parts of Maimana, the provincial capital that holds the governor's compound, late on Monday.",
      ["contested AF2901"], not: ["captured AF2901"]),
    Case(
      "a time phrase between the verb and 'the city of' is no part taken",
      "The militants seized on Tuesday the city of Farah.",
      ["captured AF3301"], not: ["contested AF3301"]),
    Case(
      "sites opened by their owner's noun, after a comma that joins the verbs",
      "Taliban militants entered Qala-e-Naw, seized police and security facilities, and tried to take the governor's office.",
      ["contested AF3101"], not: ["captured AF3101"]),
    Case(
      "a named locality the gazetteer does not know, in a place, is a part of it ('the area of … in')",
      "An MP said the area of Dar-e Sanglakh in Jalrez district, 60 km from Kabul, has been captured by the Taliban. The militants also seized the village of Kota Ashro in Maidan Shahr district.",
      ["contested AF0403", "contested AF0401"], not: ["captured AF0403", "captured AF0401"]),
    Case(
      "a part of a counted group is a part of each place it names after 'including'",
      "Taliban fighters overran territory in three districts, including Garmser and Kohsan, on Saturday.",
      ["contested AF3006", "contested AF3213"], not: ["captured AF3006", "captured AF3213"]),
    Case(
      "… after 'such as', the group not counted",
      "The militants seized villages in several districts such as Shindand on Monday.",
      ["contested AF3214"], not: ["captured AF3214"]),
    Case(
      "… after a dash",
      "The Taliban captured parts of two districts – Garmser and Kohsan.",
      ["contested AF3006", "contested AF3213"], not: ["captured AF3006", "captured AF3213"]),
    Case(
      "… not when the group itself is taken",
      "The Taliban captured three districts including Garmser and Kohsan on Saturday.",
      ["captured AF3006", "captured AF3213"], not: ["contested AF3006", "contested AF3213"]),
    Case(
      "sites in a counted group of provinces that a list in dashes names are not the provinces",
      "Since May, 26 outposts in four provinces - Laghman, Baghlan, Wardak and Ghazni - have surrendered.", [],
      not: ["captured AF07", "captured AF0701", "captured AF09", "captured AF04", "captured AF11", "captured AF1101"]),
    Case(
      "a provincial capital's districts, counted, are parts of the city",
      "Officials confirmed that the insurgents seized nine of the Lashkar Gah districts on Tuesday.",
      ["contested AF3001"], not: ["captured AF3001"]),
    Case(
      "… not a list of two district names before 'districts'",
      "The insurgents overran the Nawa and Lashkar Gah districts.",
      ["captured AF3003", "captured AF3001"]),
    Case(
      "fighting whose subject holds an inclusion, a start and who fought",
      "Fighting, including airstrikes, that started on Saturday between the Afghan forces (ANSF) and a non-state armed group (NSAG) continued in Police District 7 of Qalat city.",
      ["contested AF2601"], not: ["captured AF2601"]),
    Case(
      "conflict between two sides escalating in and around places",
      "Conflict between the Afghan National Security Forces and a Non-State Armed Group escalated in and around the provincial capitals of Zabul and Uruzgan.",
      ["contested AF2601", "contested AF2501"]),
    Case(
      "clashes and airstrikes continuing in areas of a city",
      "Intense armed clashes and airstrikes continued in several areas in Qalat city, Zabul province.",
      ["contested AF2601"], not: ["captured AF2601"]),
    Case(
      "a part word before many describing words ('most of the strategic northeastern city of X')",
      "Militants overran three provincial capitals, including most of the strategic northeastern city of Kunduz.",
      ["contested AF1901"], not: ["captured AF1901"]),
    Case(
      "a headline's bare site noun after the verb is its object: the place before it is not taken",
      "Militants Attack Ghazni City, Overrun Prison", [], not: ["captured AF1101"]),
    Case(
      "… while a headline verb with no object of its own still takes the place before it",
      "Ghazni City Overrun By Militants", ["captured AF1101"]),
    Case(
      "a city's districts held are a part of the city: a contest, not its capture",
      "Fighting went on in Lashkar Gah on Monday. The insurgents now hold several districts of the city, residents said.",
      ["contested AF3001"], not: ["captured AF3001"]),
    Case(
      "… but districts of a province named are other places",
      "The insurgents now hold several districts of Helmand province.", [], not: ["contested AF30", "captured AF30"]),
    Case(
      "'N out of M districts of' a city named after its province's possessive is part of it",
      "The Taliban control nine out of 10 districts of Helmand province's capital, Lashkar Gah.", ["contested AF3001"],
      not: ["captured AF3001"]),
    Case(
      "a site taken in the place a sentence opens with is part of that place taken",
      "In Lashkar Gah, the Taliban have captured the police headquarters.", ["contested AF3001"],
      not: ["captured AF3001"]),
    Case(
      "… also with a day before the comma, and a possessive in the site",
      "In Lashkar Gah on Tuesday, Taliban fighters seized the governor's compound.", ["contested AF3001"],
      not: ["captured AF3001"]),
    Case(
      "… but people taken there are no part of it",
      "In Lashkar Gah, the Taliban captured 20 soldiers on Tuesday.", [], not: ["contested AF3001", "captured AF3001"]),
    Case(
      "… nor a site taken in a place named later in the sentence",
      "The Taliban, who are active in Lashkar Gah, seized the prison in Kandahar city.", ["contested AF2701"],
      not: ["contested AF3001"]),
    Case(
      "buildings in a city seized, in the passive, are part of the city",
      "Television and radio stations in Lashkar Gah had been seized by the Taliban.", ["contested AF3001"],
      not: ["captured AF3001"]),
    Case(
      "the name in apposition to a part's 'capital' is that part",
      "The Taliban captured the outskirts of Helmand's capital, Lashkar Gah.", ["contested AF3001"], not: ["captured AF3001"]),
    Case(
      "the words that make a list's first item a part make every item one",
      "The Taliban captured the outskirts of Ghazni and Gardez on Sunday.",
      ["contested AF1101", "contested AF1301"], not: ["captured AF1101", "captured AF1301"]),
    Case(
      "'all but one' of a city's own districts is part of the city",
      "Residents said all but one Lashkar Gah district was under Taliban control on Tuesday.",
      ["contested AF3001"], not: ["captured AF3001"]),
    Case(
      "… but a province's districts are places of their own, which the province only describes",
      "All but one Helmand district has fallen to the insurgents.", [], not: ["captured AF30", "contested AF30"]),
    Case(
      "areas in a city are part of it",
      "Central parts of Sar-e-Pul city and many areas in Kunduz city have fallen to the Taliban.",
      ["contested AF2201", "contested AF1901"], not: ["captured AF2201", "captured AF1901"]),
    Case(
      "the border crossing of a town is the town",
      "Insurgents seized the busy border crossing of Spin Boldak on Wednesday.", ["captured AF2711"], not: ["contested AF2711"]),
    Case(
      "… but a checkpoint of a town is part of it",
      "Insurgents seized a checkpoint of Spin Boldak on Wednesday.", [], not: ["captured AF2711"]),
    Case(
      "a thing taken in a province is no change of control of the province",
      "Insurgents seized a border command post in the northeastern province of Takhar on Friday.", [],
      not: ["captured AF18", "contested AF18"]),
    Case(
      "… but the province taken whole is",
      "Insurgents seized the province of Takhar on Friday.", ["captured AF18"]),
    Case(
      "a count of a city's districts is part of the city",
      "Insurgents hold eight of the 12 districts in the Kunduz provincial capital after a night of street fighting.",
      ["contested AF1901"], not: ["captured AF1901"]),
    Case(
      "… but a count of a province's districts is no event of the province",
      "Insurgents seized four of the districts of Ghor last month.", [], not: ["captured AF23", "contested AF23"]),
    Case(
      "a named region of a district is a part of it",
      "Officials said the Qala-e-Kohna region of Nahrin district has fallen to the Taliban.", ["contested AF0904"],
      not: ["captured AF0904"]),
    Case(
      "any words before 'capitals of' describe the capitals: the places themselves were taken",
      "The militants captured the strategically vital capitals of Kunduz and Jawzjan provinces.",
      ["captured AF1901", "captured AF2801"], not: ["contested AF1901", "contested AF2801"]),
    Case(
      "but the outskirts of the city of a place are a part of it",
      "The militants captured the outskirts of the city of Kunduz.", ["contested AF1901"], not: ["captured AF1901"]),
    Case(
      "a district's compound is its seat",
      "By evening on Sunday the compound of Shinkay district had fallen to the insurgents.",
      ["captured AF2603"], not: ["contested AF2603"]),
    Case(
      "… named by a back reference too",
      "Insurgents stormed Shinkay district on Sunday. By evening the compound of the district had fallen to them.",
      ["captured AF2603"]),
    Case(
      "the police districts of a capital that shares its province's name are the city's",
      "The Taliban now control seven of the ten police districts of Ghazni.", ["contested AF1101"], not: ["captured AF1101"]),
    Case(
      "districts of a province counted without 'police' are the province's, unnamed",
      "The Taliban now control seven districts of Ghazni.", [], not: ["contested AF1101", "captured AF1101"]),
    Case(
      "'still' between the actor and 'control' is a filler",
      "The insurgents still control most of Ghoryan district.", ["contested AF3211"], not: ["captured AF3211"]),
    Case(
      "a count of a city's parts after a verb with a short reach",
      "The insurgents now hold seven of the ten police districts of Maimana.", ["contested AF2901"], not: ["captured AF2901"]),
    Case(
      "the district governor's office is the district's seat",
      "Taliban fighters raised their flag over the district governor's office in Khamyab on Sunday.",
      ["captured AF2806"], not: ["contested AF2806"]),
    Case(
      "a district's seat behind its possessive is the district",
      "Insurgents captured Kaldar's district headquarters after a two-day assault.",
      ["captured AF2113"], not: ["contested AF2113"]),
    Case(
      "a district's seat besieged behind its possessive",
      "For a week the Taliban have besieged Nahrin's district centre.",
      ["contested AF0904"]),
    Case(
      "an ordinal before the city's part",
      "Officials in Kunduz said the Taliban had entered the city's first police district overnight.", ["contested AF1901"]),
    Case("a bridge named after its district", "The highway has been closed since the Taliban captured the Bangi bridge.", ["contested AF1804"], not: ["captured AF1804"]),
    Case("a count before a possessed part", "The insurgents have captured nine of Lashkar Gah's ten police districts.", ["contested AF3001"], not: ["captured AF3001"]),
    Case(
      "the city's part, the city named before",
      "Reporters visited Lashkar Gah on Sunday. By Monday the insurgents had captured nine of the city's ten police districts.",
      ["contested AF3001"], not: ["captured AF3001"], published: "2021-08-03"),
    Case(
      "the province's prison is its capital's",
      "Qadis district of Badghis province fell on Monday. Sources said the Taliban also stormed the province's central prison.",
      ["contested AF3101"], not: ["contested AF31"]),
    Case(
      "an undated part of a place captured that day is a step of the capture",
      "The Taliban seized Kunduz on Sunday. Officials said the city's police headquarters had fallen before dawn.",
      ["captured AF1901"], not: ["contested AF1901"], published: "2021-08-09"),
    Case("a province name's prison is its capital's", "The Taliban seized Kunduz's prison on Sunday.", ["contested AF1901"], not: ["captured AF1901", "captured AF19"]),
    Case(
      "a place before a strongman or warlord names whose he is, not what was taken",
      "Herat strongman captured\n\nThe Taliban also detained the Balkh warlord's deputy in Mazar.",
      [], not: ["captured AF3201", "captured AF2101", "captured AF21"]),
    Case(
      "a place before 'customs' names whose office was taken, not the place",
      "The Taliban said they had seized Wesh and the Kandahar customs.",
      ["captured AF2711"], not: ["captured AF2701", "captured AF27"]),
    Case(
      "… but the customs of a town that is no provincial capital is its crossing, the town",
      "The Taliban announced they had captured the Islam Qala customs and the Torghundi border town.",
      ["captured AF3213", "captured AF3207"]),
    Case("a province name's police chief is no place", "Kunduz's police chief said the Taliban had seized Imam Sahib.", ["captured AF1905"], not: ["contested AF1901", "captured AF1901"]),
    Case("a port in a district", "Taliban fighters took the port in Kunduz's Imam Sahib district.", ["contested AF1905"], not: ["captured AF1905"]),
    Case(
      "a part retaken, then the whole, is one recapture",
      "Afghan forces pushed the Taliban out of Kunduz's police headquarters and regained control of the city.",
      ["recaptured AF1901"], not: ["contested AF1901"]),
    Case("a province name's outskirts are its capital's", "Clashes continued on the outskirts of Herat.", ["contested AF3201"], not: ["contested AF32"]),
    Case("a fight a day after a recapture, in its sentence", "Fighting continued on the outskirts of Kunduz on Wednesday, a day after troops retook the city centre.", ["contested AF1901", "recaptured AF1901"], published: "2021-08-05"),
    Case("the edge of a city", "The Taliban seized the edge of Kunduz city on Sunday.", ["contested AF1901"], not: ["captured AF1901"]),
    Case("an adverb between the group and its control", "The Taliban also control large parts of Panjwayi district.", ["contested AF2704"], not: ["captured AF2704"]),
    Case("a thing in the place", "The Taliban seized government buildings in Lashkar Gah.", ["contested AF3001"], not: ["captured AF3001"]),
    Case("a site taken in a city by a generic verb", "The militants took the police headquarters in Kunduz city on Sunday.", ["contested AF1901"], not: ["captured AF1901"]),
    Case("a meeting that took place is no event", "The meeting took place in Kunduz city on Monday.", [], not: ["contested AF1901", "captured AF1901"]),
    Case(
      "a site in a district named with its province's possessive",
      "Taliban militants have taken control of the strategic border crossing in Herat's Kushk district.",
      ["contested AF3207"], not: ["captured AF3207"]),
    Case("the district named with its province's possessive", "The Taliban seized Herat's Kushk district.", ["captured AF3207"], not: ["contested AF3207"]),
    Case(
      "the district's seat among the things taken is the district",
      "The Mujahideen conquered the district headquarters, police headquarters and all security check posts of Shahrak district.",
      ["captured AF2306"], not: ["contested AF2306"]),
    Case("a site near the district centre is a part", "The Taliban seized the police headquarters near the district centre in Kunduz city.", ["contested AF1901"], not: ["captured AF1901"]),
    Case("a part a place owns, after an adjective", "Government forces have retaken Spin Boldak's main bazaar.", ["contested AF2711"], not: ["recaptured AF2711"]),
    Case("a province name owning outskirts is its capital", "The Taliban seized Ghazni's outskirts on Monday.", ["contested AF1101"], not: ["contested AF11", "captured AF1101"]),
    Case("a part named after its place", "Commandos seized back the Kunduz city police headquarters on Tuesday.", ["contested AF1901"], not: ["recaptured AF1901"]),
    Case("the police after a place is no part of it", "Kunduz police said the Taliban captured Khan Abad district.", ["captured AF1904"], not: ["contested AF1901"]),
    Case("the district compound is the district", "Taliban militants seized the district compound of Shortepa on Tuesday.", ["captured AF2112"], not: ["contested AF2112"]),
    Case("the governor's compound is a part", "Taliban militants seized the governor's compound in Lashkar Gah.", ["contested AF3001"], not: ["captured AF3001"]),
    Case("the police HQ in the city", "Militants captured the provincial police HQ in Sheberghan on Friday.", ["contested AF2801"], not: ["captured AF2801"]),
    Case("a possessive place's part", "The Taliban took control of Kunduz city's police headquarters.", ["contested AF1901"], not: ["captured AF1901"]),
    Case("checkpoints in a district", "The Taliban captured several security checkpoints in Zheray district.", ["contested AF2705"], not: ["captured AF2705"]),
    Case("nearly overran", "The Taliban nearly overran Ghazni city on Wednesday.", ["contested AF1101"], not: ["captured AF1101"]),
    Case("the whole place by its kind", "The Taliban captured the strategic border town of Spin Boldak.", ["captured AF2711"]),
    Case("more districts in a province", "The Taliban overran two more districts in Kandahar, Arghistan and Maruf.", ["captured AF2708", "captured AF2715"]),
    Case("the district's headquarters", "Taliban fighters overran the headquarters of Jalrez district.", ["captured AF0403"]),
    Case("people taken in a place", "A Taliban spokesman said the group had captured 20 soldiers in Kaldar district.", [], not: ["captured AF2113", "contested AF2113"]),
    Case("materiel taken in a place", "The Taliban seized weapons and vehicles in Kaldar district.", [], not: ["captured AF2113", "contested AF2113"]),
    Case("civilians fleeing give nothing up", "Residents fled from Kaldar district to Mazar-e-Sharif.", [], not: ["captured AF2113", "retreated_to AF2101"]),
    Case("forces fleeing do", "Soldiers fled from Kaldar district to Mazar-e-Sharif.", ["captured AF2113", "retreated_to AF2101"]),
    Case("a part word before a list covers every member", "The militants overran parts of Khan Abad, Imam Sahib and Chahar Darah districts.", ["contested AF1904", "contested AF1905", "contested AF1902"], not: ["captured AF1904", "captured AF1905", "captured AF1902"]),
    Case("a passive part word before a list", "Large parts of Khan Abad and Imam Sahib have been seized by the insurgents.", ["contested AF1904", "contested AF1905"], not: ["captured AF1904", "captured AF1905"]),
    Case("a list after another place is not a part", "Soldiers have left many districts including Mizan district in Zabul, Chora district in Uruzgan and Andar district in Ghazni.", ["captured AF2604", "captured AF2503", "captured AF1107"]),
    Case("a rumoured capture leaves the contest standing", "Some reports say the Taliban captured Muqur district of Badghis. Officials say heavy fighting is under way in Muqur district.", ["contested AF3103"]),
    Case("a stated capture settles it", "The Taliban captured Muqur district of Badghis. Officials say heavy fighting is under way in Muqur district.", ["captured AF3103"], not: ["contested AF3103"]),
    Case("a capture the sentence contradicts", "The insurgents claim to have seized Muqur district, but the governor says clashes are still going on.", ["contested AF1115"], not: ["captured AF1115"]),
    Case("where a push came from", "The Taliban entered the villages of Malistan from Khas and Ajrestan districts.", ["contested AF1116"], not: ["contested AF1510", "contested AF1118"]),
  ]

  /// Statements of earlier years are history, not events of the report (the annotation leaves
  /// out events before 2021).
  static let historyCases: [Case] = [
    Case(
      "a siege 'for three years' is a state of long before the report, as one 'for years' is",
      "Dawlat Abad had been under siege for three years. The Taliban besieged Qaisar for the past two decades.",
      [], not: ["contested AF2909", "contested AF2907"], published: "2021-06-08"),
    Case(
      "… where one for three days or weeks is this year's",
      "The Taliban have besieged Qaisar district for three days. They overran Almar after besieging it for three weeks.",
      ["contested AF2907", "captured AF2904"], published: "2021-06-08"),
    Case(
      "an old year in a relative clause of the place after the verb is the place's history, not the capture's",
      "Hours earlier, insurgents had captured Herat and Kandahar, where the Taliban proclaimed their emirate in the 1990s.",
      ["captured AF3201", "captured AF2701"]),
    Case(
      "… but one in a clause of the people the verb tells of dates them",
      "Takhar matters to an alliance of anti-Taliban fighters from the north, who joined the coalition in 2001.",
      [], not: ["mobilization AF18"]),
    Case("changed hands in recent years is history", "The district of Nerkh has changed hands several times in recent years.", [], not: ["contested AF0402"]),
    Case("a capture of the report's day beside recent years", "The Taliban captured Kunduz on Sunday, the third time in recent years.", ["captured AF1901"]),
    Case("what a place once was is no event", "In Badakhshan, once a bastion of the anti-Taliban resistance, Yawan and Raghistan fell this week.", ["captured AF1709", "captured AF1714"], not: ["mobilization AF17"]),
    Case("fighting for years is long past", "In Helmand, where British troops fought for years, the Taliban now hold Nawzad.", ["captured AF3007"], not: ["contested AF30"]),
    Case("a year before the report's", "In 2015, the Taliban briefly captured Kunduz city.", [], not: ["captured AF1901"]),
    Case("a full date of an earlier year", "Musa Qala fell to the Taliban on February 2, 2016.", [], not: ["captured AF3009"]),
    Case("since an earlier year", "Musa Qala has changed hands several times since 2001.", [], not: ["contested AF3009"]),
    Case("a month of an earlier year", "Government forces recaptured Kunduz city from the Taliban in October 2015.", [], not: ["recaptured AF1901"]),
    Case("a day of this year nearer than an old year", "The Taliban, who ruled until 2001, captured Kunduz city on Sunday.", ["captured AF1901"]),
    Case("last year", "Last year the Taliban briefly held Imam Sahib before being pushed out.", [], not: ["recaptured AF1905", "captured AF1905"]),
    Case("years ago", "Two years ago the insurgents overran Kunduz city.", [], not: ["captured AF1901"]),
    Case("last week is this year's", "Last week the Taliban captured Imam Sahib district.", ["captured AF1905"]),
    Case("a matter of time", "Analysts say the fall of Kabul is only a matter of time.", [], not: ["captured AF0101"]),
    Case(
      "a report from before the offensive's year tells no event", "Officials said Mizan district of Zabul fell to the Taliban on Tuesday.",
      [], not: ["captured AF2604"], published: "2020-12-23"),
    Case(
      "… a report of January 2021 does", "Officials said Mizan district of Zabul fell to the Taliban on Tuesday.", ["captured AF2604"],
      published: "2021-01-06"),
  ]

  static let unopposedCases: [Case] = [
    Case("an entry without a fight is a fall", "Taliban fighters entered Mehtarlam, the capital of Laghman, without a fight on Sunday.", ["captured AF0701"], not: ["contested AF0701"]),
    Case("walking in unopposed is a fall", "The insurgents walked into Sharana unopposed.", ["captured AF1201"]),
    Case("an entry the defenders surrender to is a fall", "On Sunday the Taliban entered Mehtarlam and local authorities surrendered.", ["captured AF0701"], not: ["contested AF0701"]),
    Case("an entry meeting no resistance is a fall", "Taliban fighters rolled into Sharana on Saturday, meeting no resistance.", ["captured AF1201"], not: ["contested AF1201"]),
    Case("… into a city named like its province", "The insurgents swept into Kunduz without a fight on Sunday.", ["captured AF1901"], not: ["contested AF1901", "captured AF19"]),
    Case("… and so is one that met little opposition", "The insurgents entered Mehtarlam and met little opposition.", ["captured AF0701"], not: ["contested AF0701"]),
    Case("… but not one where resistance is what was met", "The insurgents entered Mehtarlam and met stiff resistance.", ["contested AF0701"], not: ["captured AF0701"]),
    Case("an entry that brings the government down is a fall", "On August 15 the insurgents entered Kabul, prompting the government to collapse.", ["captured AF0101"], not: ["contested AF0101"]),
    Case("… and so is one the president flees from", "As the Taliban reached Kabul on Sunday, President Ghani fled the country.", ["captured AF0101"], not: ["contested AF0101"]),
    Case("… or one in which power is seized", "Three weeks later the Taliban swept into Kabul and seized power.", ["captured AF0101"], not: ["contested AF0101"]),
    Case("… but not an entry into the outskirts", "The Taliban entered the outskirts of Kabul, prompting the government to collapse.", ["contested AF0101"], not: ["captured AF0101"]),
    Case("… nor one with a transfer of power promised", "The Taliban reached Kabul and promised a peaceful transfer of power.", ["contested AF0101"], not: ["captured AF0101"]),
    Case("an entry after the defenders' withdrawal is a fall", "The Taliban entered Aybak on Monday after local elders negotiated the withdrawal of government forces.", ["captured AF2001"], not: ["contested AF2001"]),
    Case("… but not one after a battle with them", "The Taliban entered Aybak on Monday after a long battle with government forces.", ["contested AF2001"], not: ["captured AF2001"]),
    Case("… nor one after foreign troops left the country", "The Taliban entered Aybak after taking swathes of the north as NATO troops withdrew.", ["contested AF2001"], not: ["captured AF2001"]),
    Case("an entry is a contest when resistance follows later", "Taliban fighters entered Mehtarlam on Sunday, but troops without ammunition still held the governor's compound.", ["contested AF0701"], not: ["captured AF0701"]),
  ]

  static let modalityCases: [Case] = [
    Case(
      "a fall in the present after 'before' or 'until' is still to come",
      "Diplomats in Kabul were rushing to leave before the city falls to the Taliban.", [], not: ["captured AF0101"],
      published: "2021-08-14"),
    Case(
      "… but the noun after 'before' is a fall that came", "Diplomats left Kabul before the eventual fall of Jalalabad on Sunday.",
      ["captured AF0601"], published: "2021-08-14"),
    Case(
      "a capture a need is to prevent is no attempt made",
      "Bagram provides the air support needed to keep the Taliban from overrunning Kunduz city.", [], not: ["contested AF1901", "captured AF1901"]),
    Case(
      "what a fall 'paves the way for' is not a fall yet",
      "The fall of Shinkay district paves the way for the fall of Qalat, the capital of Zabul.",
      ["captured AF2603"], not: ["captured AF2601"]),
    Case(
      "'neither … nor' denies the fall of both",
      "Neither Taloqan nor Aybak has fallen to the Taliban, officials insisted.",
      [], not: ["captured AF1801", "captured AF2001"]),
    Case(
      "weeks ahead, uncounted, are a forecast's horizon",
      "Officials fear that the capital Kabul could fall in the coming weeks.",
      [], not: ["contested AF0101", "captured AF0101"]),
    Case(
      "… 'in the next few weeks' too, while days ahead are the brink",
      "Kabul could fall in the next few weeks, but Qarabagh could fall within days.",
      ["contested AF0114"], not: ["contested AF0101"]),
    Case(
      "a negation written with a typographic apostrophe ('hasn\u{2019}t') is a negation",
      "Officials insist that Kandahar hasn\u{2019}t fallen to the Taliban.", [], not: ["captured AF2701"]),
    Case(
      "… and so is 'isn\u{2019}t' before a threat", "While Kabul isn\u{2019}t directly under threat yet, the losses are mounting.", [],
      not: ["contested AF0101"]),
    Case(
      "a verb whose object is a span of time tells no event ('entered their second week')",
      "The negotiations in Ghazni city entered their second week on Sunday.",
      [], not: ["contested AF1101"]),
    Case(
      "a habit ('regularly', 'routinely') tells no one event",
      "Over the years, government troops and the insurgents have regularly clashed around Arghandab district of Kandahar.",
      [], not: ["contested AF2702"]),
    Case(
      "… nor does a state held long ('has long been contested')",
      "Nawur has long been contested by the insurgents and the army.",
      [], not: ["contested AF1110"]),
    Case(
      "… but a habit word in another clause leaves the event",
      "Fighters who often raided the area captured Arghandab district of Kandahar on Sunday.",
      ["captured AF2702"]),
    Case(
      "'potentially', like 'possibly', leaves what follows it unasserted",
      "Losing Ghazni would be a heavy blow for the government, potentially as heavy as the fall of Herat.",
      [], not: ["captured AF3201"]),
    Case(
      "a negation in a fronted clause of concession does not reach the main clause past its comma",
      "Although Kabul itself is not yet threatened, the loss of Ghazni has emboldened the insurgents.", ["captured AF1101"]),
    Case(
      "… but a fronted condition does", "If Kabul is threatened, Ghazni will fall.", [], not: ["captured AF1101"]),
    Case(
      "a place cut off on one side only is not besieged",
      "The Taliban seized Jalalabad on Sunday, cutting off Kabul to the east.", ["captured AF0601"], not: ["contested AF0101"]),
    Case(
      "… but a place cut off is", "The Taliban cut off Maymana on Sunday.", ["contested AF2901"]),
    Case(
      "a siege told as a trend ('gradually encircled') is no event",
      "The insurgents took Qalat on Monday as their offensive gradually encircled Kandahar.", ["captured AF2601"],
      not: ["contested AF2701"]),
    Case(
      "… but a siege told as done is, and fighting told as growing is fighting",
      "The insurgents took Qalat on Monday and encircled Kandahar. Herat saw increasingly heavy fighting on Monday.",
      ["captured AF2601", "contested AF2701", "contested AF3201"]),
    Case(
      "'any' before a noun of falling is a fall whichever it may be, no event",
      "With Herat lost, the insurgents held every advantage in any negotiated surrender of Kandahar.", [],
      not: ["captured AF2701"]),
    Case(
      "… but a noun of falling with its article is the fall",
      "With Herat lost, the insurgents held every advantage after the surrender of Kandahar.", ["captured AF2701"]),
    Case(
      "what someone is kept from has not happened; the attempt contests the place",
      "Air cover is what keeps the insurgents from overrunning Kandahar city.",
      ["contested AF2701"], not: ["captured AF2701"]),
    Case(
      "a sentence-opening gerund is a modal's subject past an apposition between commas",
      "Seizing Herat, the commercial hub of the west, would give the Taliban the border trade.",
      [], not: ["captured AF3201"]),
    Case(
      "… not a participle clause before a subject of its own",
      "Capturing Herat on Friday, the Taliban turned towards Kandahar.",
      ["captured AF3201"]),
    Case(
      "an advance still far off puts no place in question",
      "Taliban columns are now within 70 miles of Kabul, officials said. The Taliban are within 150 km of Kandahar city.",
      [], not: ["contested AF0101", "contested AF2701"]),
    Case(
      "… one near does",
      "Taliban columns are now within 40 kilometres of Herat.",
      ["contested AF3201"]),
    Case(
      "what someone is warned against, and a gerund that opens a sentence as a modal's subject, have not happened",
      "Saleh has warned the insurgents against entering Panjshir. Capturing Herat would be a huge boost to the Taliban. Fighting in Ghazni could spread to the city.",
      ["contested AF1101"], not: ["contested AF08", "captured AF3201"]),
    Case(
      "a clause opened by 'as' with the Taliban for its subject is out of the main clause's modal",
      "Militia leaders vow to defend Mazar as the Taliban close in.",
      ["contested AF2101"]),
    Case(
      "… where the modal's own verb stays unreal",
      "Militia leaders vow to retake Balkh district as the Taliban close in on Mazar.",
      ["contested AF2101"], not: ["recaptured AF2106"]),
    Case(
      "a rising or capture that is only a 'prospect' has not happened",
      "An analyst in Kabul said the prospect of building a strong anti-Taliban resistance in Panjshir is slim. The prospect of the Taliban capturing Herat alarmed diplomats.",
      [], not: ["mobilization AF08", "mobilization AF01", "mobilization AF0101", "captured AF3201"], published: "2021-08-24"),
    Case(
      "… as is what someone is warned 'from' doing",
      "Saleh warned the Taliban from entering the Panjshir valley.",
      [], not: ["contested AF08"], published: "2021-08-24"),
    Case(
      "what forces let happen by pulling back happened ('allowing the militants to overrun')",
      "The battalion held off an attack in Anar Dara district for ten days. Finally the soldiers decided to pull back, allowing the militants to overrun the district centre. A deal would allow the Taliban to enter Farah city.",
      ["captured AF3307"], not: ["contested AF3301", "captured AF3301"]),
    Case(
      "fighting anticipated is no fight yet",
      "The militants warned farmers near Tirinkot city to leave their fields because of anticipated fighting in the area.",
      [], not: ["contested AF2501"]),
    Case(
      "a report said to be wrong denies what it said (a correction)",
      "Correction: an earlier version of this report wrongly stated that Mahmud-e-Raqi had been retaken. Some outlets falsely claimed that Nili had fallen.",
      [], not: ["recaptured AF0201", "captured AF2401"]),
    Case(
      "a fall that talks or plans are for is no fall",
      "Elders said negotiations were under way for the peaceful handover of Khamyab district.",
      [], not: ["captured AF2806"]),
    Case(
      "… nor one they are talking to someone about",
      "A Taliban spokesman said they were talking to elders about the surrender of Khamyab district.",
      [], not: ["captured AF2806"]),
    Case(
      "… nor one demanded or awaited",
      "The insurgents demanded the surrender of Khamyab district, and elders were awaiting the handover of Darzab.",
      [], not: ["captured AF2806", "captured AF2811"]),
    Case(
      "… but one that someone is blamed for is",
      "Two commanders were blamed for the fall of Khamyab district.", ["captured AF2806"]),
    Case(
      "a fall foreseen by its adjective is a place on the brink, not a fall",
      "Diplomats began leaving as they sensed the impending fall of Mazar-i-Sharif to the insurgents.",
      ["contested AF2101"], not: ["captured AF2101"]),
    Case(
      "a gerund with its subject before it, then a modal after the place, is no event",
      "The insurgents taking full control of Lashkar Gah would signal a turning point in the war.",
      [], not: ["captured AF3001"]),
    Case(
      "… but a participle set off by commas is",
      "The militants, taking control of Kunduz, could now threaten Taloqan.",
      ["captured AF1901"]),
    Case(
      "'bar' sets places apart like 'except'",
      "All of Herat province, bar Injil district, is now held by the Taliban.", [], not: ["captured AF3202"]),
    Case(
      "… and names after the exception's other items are excepted with them",
      "Most of the province, bar the city and two nearby districts, Guzara and Injil, fell to the Taliban.", [],
      not: ["captured AF3202", "captured AF3203"]),
    Case(
      "… but a name after a clause's own verb is not",
      "The Taliban captured Guzara, and Injil fell on Monday.", ["captured AF3202", "captured AF3203"]),
    Case(
      "a quotation ends at its inverted reporting verb, past the speaker's name",
      "\"At that time we still had hope,\" Mr. Safi said of the battle for Lashkar Gah, which dragged through the summer.",
      ["contested AF3001"]),
    Case(
      "attacks that go on 'to take' a place attempt it: a contest, not a capture",
      "As Taliban attacks continue to take control over Lashkar Gah, hundreds of families have fled.", ["contested AF3001"],
      not: ["captured AF3001"]),
    Case(
      "… but a place that continues to fall fell",
      "More districts continued to fall to the Taliban, among them Kiti on Monday.", ["captured AF2405"]),
    Case(
      "a verb coordinated by 'and' with no subject of its own shares the modal before it",
      "The Taliban will move east and besiege Kabul, a commander said.", [], not: ["contested AF0101"]),
    Case(
      "… also past an adverb",
      "An official said the Taliban could isolate Kabul in 30 days and potentially take it over in 90 days.", [],
      not: ["captured AF0101", "contested AF0101"]),
    Case(
      "… also through a verb of beginning",
      "The Taliban is going to move to the east and begins its siege of Kabul.", [], not: ["contested AF0101"]),
    Case(
      "… but not the negation before it",
      "Government forces did not flee and recaptured Kiti district on Monday.", ["recaptured AF2405"]),
    Case(
      "… nor a modal before an 'and' that opens a clause with its own subject",
      "The army could not hold Kiti and the Taliban captured it on Monday.", ["captured AF2405"]),
    Case(
      "a negated denial admits what happened",
      "The front did not deny that the centre of Panjshir had fallen to the militants.", ["captured AF0801"]),
    Case(
      "a dispute is a denial, and a dispute negated an admission",
      "Officials disputed that Khash district had fallen, and did not dispute that Darqad had.", [],
      not: ["captured AF1705"]),
    Case(
      "… but a denial alone still denies",
      "The front denied that the centre of Panjshir had fallen to the militants.", [], not: ["captured AF0801"]),
    Case(
      "'all but' sets a place apart",
      "Since the Taliban took all but Panjshir province on Sunday, fighters have clashed with the people's uprising.", [],
      not: ["captured AF08", "mobilization AF08"]),
    Case(
      "fighting as the object of an infinitive's light verb is a purpose",
      "Holding Ghazni, the Taliban are in a better position to carry out attacks on Kabul.", [],
      not: ["contested AF0101"]),
    Case(
      "… unless the infinitive is real",
      "The Taliban continued to carry out attacks on Kandahar city.", ["contested AF2701"]),
    Case(
      "'continues to' keeps what follows real",
      "The Taliban continues to advance towards Ghazni city, and photos show gun fights in Sheberghan.",
      ["contested AF1101", "contested AF2801"]),
    Case(
      "'due to' before a noun is a cause, not a plan",
      "Families fled due to ongoing clashes in Malistan district.", ["contested AF1116"]),
    Case(
      "… but before a bare verb it is a plan",
      "The army is due to retake Malistan district next week, and Jaghori is due to fall.", [],
      not: ["recaptured AF1116", "captured AF1114"]),
    Case(
      "an order opened by a verb's bare form is no event",
      "Retake Kunduz city, the president told the army on Sunday.", [], not: ["recaptured AF1901"]),
    Case(
      "a modal frame of noting does not reach the clause it introduces",
      "It should be noted that the militants had also seized Zaranj, the capital of Nimroz.", ["captured AF3401"]),
    Case(
      "… but a modal inside that clause still does",
      "It should be noted that the militants may seize Zaranj within days.", [], not: ["captured AF3401"]),
    Case(
      "a place's fall behind its possessive is its capture",
      "After Sheberghan's fall on Saturday, Dostum's men regrouped at the airport.", ["captured AF2801"]),
    Case(
      "a possessive's fall that would be a blow is no event",
      "Sheberghan's fall would be a severe blow to the government.", [], not: ["captured AF2801"]),
    Case(
      "a forecast months away is no place on the brink",
      "An intelligence assessment warns that Kabul could fall within the next 90 days, and Herat in the coming months.", [],
      not: ["contested AF0101", "contested AF3201"]),
    Case(
      "… but a fall expected within days is",
      "Officials warn that Maymana could fall within days. Qalat may collapse within two weeks.", ["contested AF2901", "contested AF2601"]),
    Case(
      "the possibility of an overrun is fighting, not a capture",
      "Fighting goes on in Maruf district of Kandahar, with the possibility of the militants overrunning it.",
      ["contested AF2715"], not: ["captured AF2715"]),
    Case(
      "a hedged statement of what happened is an event",
      "Taloqan appears to have fallen to the Taliban overnight, residents said.", ["captured AF1801"]),
    Case(
      "a place 'believed to have' fallen is an event, one 'expected to' fall is not",
      "Nahrin is believed to have fallen, and Burka is expected to fall next.", ["captured AF0904"], not: ["captured AF0910"]),
    Case("a report called false after it", "Reports that Ghoryan district had fallen were false, the governor said.", [], not: ["captured AF3211"]),
    Case("a report called false is not every report", "Ghoryan district fell on Monday; reports of executions there were false.", ["captured AF3211"]),
    Case("an attempt that failed is a contest", "The Taliban have not been able to capture Lashkar Gah despite weeks of fighting.", ["contested AF3001"], not: ["captured AF3001"]),
    Case("a forecast of what forces will not be able to do is nothing", "Officials said the army will not be able to retake Kiti district.", [], not: ["recaptured AF2405", "contested AF2405"]),
    Case(
      "an exception after except is the whole list",
      "All districts of Balkh except Dehdadi, Nahr-e-Shahi and Chimtal are now in Taliban hands.",
      [], not: ["captured AF2102", "captured AF2103", "captured AF2108"]),
    Case(
      "apart from sets only the first item apart",
      "Apart from Ab Band, Qarabagh and Gilan are on the brink of collapse.",
      ["contested AF1111", "contested AF1117"], not: ["contested AF1113"]),
    Case("an attempt that was made", "Taliban fighters tried to overrun Shinkay district on Monday night.", ["contested AF2603"], not: ["captured AF2603"]),
    Case("a failed bid", "The Taliban failed in their bid to seize Chora district.", ["contested AF2503"], not: ["captured AF2503"]),
    Case("fighting to capture is an attempt", "The Taliban are fighting to capture Kunduz, Taloqan and Sheberghan.", ["contested AF1901", "contested AF1801", "contested AF2801"], not: ["captured AF1901"]),
    Case("a capture at hand contests the place", "The militants were close to capturing Kunduz city.", ["contested AF1901"], not: ["captured AF1901"]),
    Case("poised to take", "The Taliban are poised to take Kunduz city.", ["contested AF1901"], not: ["captured AF1901"]),
    Case("being bent on a capture is a wish", "The Taliban are bent on capturing Kunduz city.", [], not: ["captured AF1901", "contested AF1901"]),
    Case("fighting to stop a capture contests the place", "Afghan forces are battling to stop the Taliban from taking Kandahar city.", ["contested AF2701"], not: ["captured AF2701"]),
    Case("an attempt to storm contests the place", "The insurgents attempted to storm Aybak from the east on Monday.", ["contested AF2001"]),
    Case("a plan to storm is nothing", "The insurgents plan to storm Aybak before winter.", [], not: ["contested AF2001"]),
    Case(
      "a purpose is no event", "His fighters advanced on Khinjan with the intention of reclaiming the whole province of Baghlan.",
      ["contested AF0906"], not: ["recaptured AF09"]),
    Case("a plan is no attempt", "The Taliban plan to try to capture Chora district before winter.", [], not: ["contested AF2503", "captured AF2503"]),
    Case("a government effort is no event", "Efforts are under way to retake Chora district.", [], not: ["contested AF2503", "recaptured AF2503"]),
    Case("every district except one", "Every district in Ghor has fallen except Chaghcharan.", [], not: ["captured AF2301"]),
    Case(
      "districts a province saw fall are no capture of the province",
      "Laghman province saw four of its six districts fall to the Taliban this summer, and Kunduz saw heavy fighting on Monday.",
      ["contested AF1901"], not: ["captured AF07"]),
    Case(
      "a temporary district taken leaves the district that holds it contested",
      "The Taliban are pressing towards Mehtarlam. Badpakh district was surrendered to the Taliban by local forces.",
      ["contested AF0701", "captured AF0701"]),
    Case("a fall that would be a blow", "The fall of Gardez would be a severe blow to Kabul.", [], not: ["captured AF1301"]),
    Case("a deadline is no date", "The Taliban captured Qala-e-Naw as US operations would formally end on August 31.", ["captured AF3101"]),
  ]

  static let levelsCases: [Case] = [
    Case(
      "a rising in a bare name of a province whose same-named capital is a big city is in the city",
      "Residents of Herat took up arms against the Taliban on Friday.",
      ["mobilization AF3201"], not: ["mobilization AF32"]),
    Case(
      "… not in a smaller capital's, nor beside a province, nor in a big city's province named by its parts",
      "Hundreds of residents of Bamyan took up arms. Locals in Kandahar, Badghis and Ghor took up arms. Residents from the northern parts of Kabul held a rally in support of the security forces.",
      ["mobilization AF10", "mobilization AF27", "mobilization AF01"], not: ["mobilization AF1001", "mobilization AF2701", "mobilization AF0101"]),
    Case(
      "a name listed after 'cities like' is the city, not a district that shares its name",
      "Then came Sheberghan and Sar-e-Pul. Cities like Fayzabad fell without much resistance.",
      ["captured AF1701"], not: ["captured AF2808"]),
    Case(
      "the names a group of capitals lists after 'such as' are the capitals",
      "The Taliban have seized several provincial capitals, such as Takhar and Jawzjan.",
      ["captured AF1801", "captured AF2801"], not: ["captured AF18", "captured AF28"]),
    Case(
      "provinces 'whose capitals have fallen', listed after a dash, stand for the capitals",
      "Commandos were sent to the five provinces whose capitals have fallen – Takhar, Jawzjan and Nimroz – on Monday.",
      ["captured AF1801", "captured AF2801"], not: ["captured AF18", "captured AF28"]),
    Case(
      "… but provinces whose districts have fallen are the provinces",
      "Troops were sent to the provinces whose districts have fallen – Takhar and Jawzjan.",
      [], not: ["captured AF1801", "captured AF2801"]),
    Case(
      "a place given up, named as a province and its capital both, is the city",
      "Government forces withdrew from Kunduz on Sunday.",
      ["captured AF1901"], not: ["captured AF19"]),
    Case(
      "an apposition opened by 'another' names the level too ('In Herat, another city under siege' is the city)",
      "In Herat, another city under siege, residents chanted from their rooftops.", ["contested AF3201"], not: ["contested AF32"]),
    Case(
      "'a key district of' a province holds an unnamed district: the province is its container, no event place",
      "Clashes took place on Wednesday in a key district of Faryab province.",
      [], not: ["contested AF29"]),
    Case(
      "'the centers of' a list closed by 'districts' names the districts, a province's name among them too",
      "On Monday the centers of Balkh, Chimtal and Sholgara districts fell to the Taliban.",
      ["captured AF2106", "captured AF2108"], not: ["captured AF2101"]),
    Case(
      "'the district of' a name that is also a province is the district when another province that holds a district of the name follows as its container",
      "The district of Khost, in the northern province of Baghlan, fell to the Taliban on Sunday.",
      ["captured AF0913"], not: ["captured AF14", "captured AF1401"]),
    Case(
      "'the Faryab provincial centre' is the capital, as 'the Faryab provincial capital' is",
      "Insurgents stormed the Faryab provincial centre on Monday night.",
      ["contested AF2901"], not: ["contested AF29"]),
    Case(
      "… but 'the Jawzjan provincial council' is a speaker's title",
      "The Jawzjan provincial council said the Taliban captured Qarqin on Monday.",
      ["captured AF2810"], not: ["captured AF2801", "captured AF28"]),
    Case(
      "a headline's adjective before a province and 'district' opens an unnamed district",
      "Taliban seize key Kandahar district\n\nThe insurgents captured the strategic Kandahar district of Arghandab.",
      ["captured AF2702"], not: ["captured AF2701"]),
    Case(
      "the centre of a name a province and a district share, with 'district' after it, is the district's",
      "Special forces cleared the center of Balkh district of the Taliban.", ["recaptured AF2106"], not: ["recaptured AF2101"]),
    Case(
      "a province after a comma alone holds the item before it, though a district bears its name",
      "The Taliban captured Khulm, Balkh, on Saturday.", ["captured AF2110"], not: ["captured AF2106"]),
    Case(
      "a province the event is of, with the city a 'where' clause places in it",
      "Noor said the Taliban had been handed control of Balkh province, where Mazar-e-Sharif is located. Later they took control of Kunduz province, where the city of Kunduz lies.",
      ["captured AF21", "captured AF19"], not: ["captured AF2101", "captured AF1901"]),
    Case(
      "a name shared by a province and its capital is the province in a list beside a province only",
      "The complete fall of Herat, Badghis and Ghor stunned Kabul.",
      ["captured AF32", "captured AF31", "captured AF23"], not: ["captured AF3201"]),
    Case(
      "a province's gates are its capital's only where the capital bears the name",
      "Thousands of Taliban fighters have gathered at the gates of Panjshir. Others are at the gates of Ghazni.",
      ["contested AF1101"], not: ["contested AF0801", "contested AF11"]),
    Case(
      "names a counted part of a group lists after a preposition stand where the group does",
      "Officials said the insurgents had captured district centres in at least two of these provinces – Nangarhar in the east and Herat in the west.",
      [], not: ["captured AF06", "captured AF32", "captured AF3201"]),
    Case(
      "… but the group's own names after a capture of its part are the places taken",
      "The Taliban captured two of these provinces – Nangarhar and Herat.",
      ["captured AF06", "captured AF32"]),
    Case(
      "a title past a place's level noun names no event place",
      "Afghan forces at the base surrendered to the Taliban, according to Bagram district chief Abdul Karim.",
      [], not: ["captured AF0302"]),
    Case(
      "… while the place of the same sentence's capture stays",
      "The Taliban captured Bagram district, the Bagram district governor said.",
      ["captured AF0302"]),
    Case(
      "… and an office's site past the level noun is the place's",
      "The Taliban's flag was raised over the Khan Abad district governor's compound.",
      ["captured AF1904"]),
    Case(
      "'the provincial capital of' names the city past describing words, not after a comma",
      "The Taliban had already taken the northern provincial capital of Kunduz. Then they seized the strategic provincial capital of Ghazni. Qalat, the southern provincial capital of Zabul, fell too.",
      ["captured AF1901", "captured AF1101", "captured AF2601"], not: ["captured AF19", "captured AF11", "captured AF26"]),
    Case(
      "names a counted group lists after a preposition stand where the group does: provinces holding the places taken",
      "The insurgents overran district centres in two provinces – Logar and Wardak – on Friday.",
      [], not: ["captured AF05", "captured AF04", "captured AF0501", "captured AF0401"]),
    Case(
      "names listed after a counted level noun and a colon or dash are of that level",
      "The Taliban captured two provinces: Laghman and Ghazni.",
      ["captured AF07", "captured AF11"], not: ["captured AF0701", "captured AF1101"]),
    Case(
      "… also for districts after a dash",
      "The militants have taken three more districts - Qaysar, Almar and Pashtun Kot.",
      ["captured AF2907", "captured AF2904", "captured AF2902"]),
    Case(
      "a province's name read as its capital has the province after 'the capital of' as its container",
      "Insurgents overran Maidan Wardak, the capital of Maidan Wardak, after a short fight.",
      ["captured AF0401"], not: ["captured AF04"]),
    Case(
      "a name in apposition to a province described before it is the province",
      "The last province in the north, Balkh, fell to the Taliban on Sunday.",
      ["captured AF21"], not: ["captured AF2106"]),
    Case(
      "… not after a province that is a preposition's object",
      "Taluqan, the capital of the province, Kunduz and Sar-e Pul fell on Sunday.",
      ["captured AF1801", "captured AF1901", "captured AF2201"], not: ["captured AF19"]),
    Case(
      "a province after 'in' and adjectives joined by 'and' is where the place lies",
      "Farah and Fayzabad, in remote and rugged Badakhshan province, were overrun by the Taliban.",
      ["captured AF3301", "captured AF1701"], not: ["captured AF17"]),
    Case(
      "a home province is the province ('a leader's home province of X')",
      "By Monday the insurgents held full control over Dostum's home province of Jawzjan.", ["captured AF28"]),
    Case(
      "… and a native district the district",
      "The militants overran Khakrez, the governor's native district, on Sunday.", ["captured AF2707"]),
    Case(
      "'X city' of a name two districts share is the one that is a provincial capital",
      "The Taliban captured Sheberghan on Friday. Faizabad city fell on Monday.", ["captured AF1701"],
      not: ["captured AF2808"]),
    Case(
      "… and so are the names a group of capitals lists",
      "Insurgents took Sheberghan on Friday. The other capitals lost this week are Faizabad and Farah.",
      ["captured AF1701", "captured AF3301"], not: ["captured AF2808"]),
    Case(
      "… but a district of the name in the province the text is about stays that district",
      "In Jawzjan, the Taliban captured Sheberghan on Friday and Faizabad district on Monday.", ["captured AF2808"],
      not: ["captured AF1701"]),
    Case(
      "an unnamed district in a province past the country's possessive printed without its apostrophe",
      "Taliban militants have captured another district in Afghanistans eastern province of Nuristan.", [],
      not: ["contested AF16", "captured AF16"]),
    Case(
      "where an unnamed district lies is no event place",
      "Fighters have conquered another district in the Baghlan province, and two districts in Zabul fell.", [],
      not: ["recaptured AF0905", "captured AF0905", "captured AF26", "recaptured AF09"]),
    Case(
      "'provincial centres in' two provinces are their capitals",
      "Clashes continue near provincial centres in Faryab and Takhar provinces.", ["contested AF2901", "contested AF1801"],
      not: ["contested AF29", "contested AF18"]),
    Case(
      "… but 'district centres in' them are not",
      "The Taliban captured district centres in Kunduz and Takhar provinces.", [], not: ["captured AF1901", "captured AF1801"]),
    Case(
      "a province naming where an unnamed district lies is no event place",
      "Taliban fighters took more territory, including a key Kandahar district and two Ghazni districts.", [],
      not: ["captured AF2701", "captured AF27", "captured AF11", "captured AF1101"]),
    Case(
      "'the centre of' a province past its epithet is the capital",
      "The militants moved on the centre of neighbouring Takhar province.", ["contested AF1801"], not: ["contested AF18"]),
    Case(
      "an indefinite apposition's noun names the level",
      "Ghazni, a crucial province on the highway to Kandahar, was taken over by the Taliban.", ["captured AF11"],
      not: ["captured AF1101"]),
    Case(
      "a name followed by 'province' is never a town of that spelling",
      "The Taliban lost control of Deh Salah district in the northern Baglan province on Friday.",
      ["recaptured AF0908"], not: ["recaptured AF0905", "recaptured AF09"]),
    Case(
      "a province's capital named by a word the gazetteer does not hold is the capital city",
      "By noon the militants had overrun Taringot, the capital of Uruzgan.", ["captured AF2501"], not: ["captured AF25"]),
    Case(
      "a province in brackets after the object of 'control of' stays its container",
      "Government forces on Monday regained control of Qarqin (Jawzjan) after fierce fighting.",
      ["recaptured AF2810"], not: ["recaptured AF28"]),
    Case(
      "the capital of the province of a name, with a compass word, is the city",
      "Insurgents took the capital of the western province of Farah on Tuesday.", ["captured AF3301"], not: ["captured AF33"]),
    Case(
      "… but a city in apposition keeps its own name and the province its place",
      "Farah city, the capital of the western province of Farah, fell on Tuesday.", ["captured AF3301"], not: ["captured AF33"]),
    Case(
      "the capital of a province behind a compass word is the city",
      "Militants seized the capital of southern Nimroz province on Friday.", ["captured AF3401"], not: ["captured AF34"]),
    Case(
      "the streets of a name shared by a province and its capital are the city's",
      "Fighting raged in the streets of Kunduz for a third day.", ["contested AF1901"], not: ["contested AF19"]),
    Case("what a battle is for is the city", "The battle for Kandahar entered its third week on Friday.", ["contested AF2701"], not: ["contested AF27"]),
    Case("a province name before capital is the city", "Nimroz capital falls to Taliban, first in months", ["captured AF3401"], not: ["captured AF34"]),
    Case("a province name before provincial capital is the city", "Nimroz provincial capital falls to Taliban", ["captured AF3401"], not: ["captured AF34"]),
    Case(
      "a province whose provincial capital is named is its container", "The Helmand provincial capital Lashkar Gah is under siege.",
      ["contested AF3001"], not: ["contested AF30"]),
    Case("a province's valley is the province", "Heavy fighting was reported on Thursday at the entrance of the Panjshir valley.", ["contested AF08"], not: ["contested AF0801"]),
    Case("parts of a province named as such stay its container", "Officials said parts of Ghazni province have fallen to the Taliban.", [], not: ["contested AF11"]),
    Case("the entire district is no province", "The Taliban captured Kaldar. Now the entire district fell to the Taliban.", ["captured AF2113"], not: ["captured AF21"]),
    Case("the province a name is said to be", "Laghman became the latest province to fall on Sunday.", ["captured AF07"], not: ["captured AF0701"]),
    Case("the city a name is said to be", "Kunduz became the third provincial capital to fall.", ["captured AF1901"], not: ["captured AF19"]),
    Case("both provinces named before", "Officials in Kapisa and Parwan said both provinces had been handed over to the Taliban.", ["captured AF02", "captured AF03"]),
    Case("the province as the subject of a fall", "Officials in Logar said the province had fallen on Saturday.", ["captured AF05"]),
    Case("the province as the object of a handover", "The governor of Ghor handed the province over to the Taliban.", ["captured AF23"]),
    Case("the province as a container is no capture of it", "Officials in Faryab said Qaysar district of the province had fallen.", ["captured AF2907"], not: ["captured AF29"]),
    Case("fighting in the province is no province event", "The Taliban took Ghor city. Fighting in the province went on.", ["captured AF2301"], not: ["captured AF23", "contested AF23"]),
    Case("the entire province, named before", "Officials in Takhar province said the entire province was now under Taliban rule.", ["captured AF18"]),
    Case("fighting in the province is no province event", "Officials in Takhar province said fighting in the province continued.", [], not: ["contested AF18", "captured AF18"]),
    Case("a province taken with its capital, the province named first", "The Taliban seized control of Helmand province, including its capital Lashkar Gah, on Friday.", ["captured AF30", "captured AF3001"]),
    Case("a province holding the places it includes is no event", "Fighting raged in Helmand province, including Lashkar Gah and Nad Ali.", ["contested AF3001", "contested AF3002"], not: ["contested AF30"]),
    Case("the collapse of the province's districts", "The collapse of the Paktia districts alarmed Kabul.", [], not: ["captured AF13"]),
    Case("province including its capital", "The Taliban captured the province of Faryab, including its capital Maymana.", ["captured AF29", "captured AF2901"]),
    Case("cities listed", "There were heavy clashes in Kunduz, Herat and Nili cities.", ["contested AF1901", "contested AF3201", "contested AF2401"]),
    Case("a province's name entered is its city", "The Taliban are now inside Kandahar.", ["contested AF2701"], not: ["contested AF27"]),
    Case("provincial capitals of provinces", "The Taliban attacked the provincial capitals of Kandahar, Helmand and Ghor.", ["contested AF2701", "contested AF3001", "contested AF2301"]),
  ]

  static let datelinesCases: [Case] = [
    Case(
      "a dateline of a place, the country and a dash is where the report was filed",
      "Kabul, Afghanistan – The Taliban has captured Aybak, the capital of Samangan.",
      ["captured AF2001"], not: ["captured AF0101"]),
    Case(
      "two places joined by a slash before an agency in brackets are the dateline, not the event's places",
      "Kunduz/Taloqan (AFP) - Security forces repelled an attack on the centre of a northern province on Sunday.", [],
      not: ["contested AF1901", "contested AF1801", "contested AF19", "contested AF18"]),
    Case("a headline all in capitals keeps its names", "TALIBAN CAPTURE GHAZNI CITY, TENTH PROVINCIAL CAPITAL", ["captured AF1101"]),
    Case("a dateline in capitals is still a dateline", "KANDAHAR CITY (Pajhwok): The Taliban captured Panjwai district on Sunday.", ["captured AF2704"], not: ["captured AF2701"]),
    Case("colon dateline", "Herat: Insurgents have captured Aybak and Maymana.", ["captured AF2001", "captured AF2901"], not: ["captured AF3201"]),
    Case("agency dateline", "Herat [Afghanistan], July 3 (ANI): The Taliban captured Karukh district.", ["captured AF3204"], not: ["captured AF3201"]),
    Case(
      "a place, a slash and an agency before a colon is a dateline",
      "Herat/AIP: Hundreds of young men in the province have taken up arms against the Taliban.", [],
      not: ["mobilization AF32", "mobilization AF3201"]),
    Case(
      "two places joined by a slash before a bullet are a dateline",
      "MAZAR/KABUL • Insurgents captured Kaldar district on Sunday.", ["captured AF2113"], not: ["captured AF2101", "captured AF0101"]),
    Case(
      "'the city' after a dateline is the city its sentence names after it",
      "KABUL: Officials said insurgents broke into the city at dawn and were fighting for control of Maimana city.",
      ["contested AF2901"], not: ["contested AF0101"]),
    Case(
      "… and the dateline's city when the sentence names none",
      "Maimana, Aug 9: Insurgents broke into the city at dawn, officials said.", ["contested AF2901"]),
  ]

  static let statementsCases: [Case] = [
    Case(
      "a change of control in a gerund after 'after' is of the subject of the verb it times",
      "Pul-e Khumri was recaptured hours after falling to the Taliban. Gizab fell to the Taliban days after being retaken by the army.",
      ["captured AF0901", "recaptured AF0901", "captured AF2409", "recaptured AF2409"]),
    Case(
      "… but a siege before a fall stays the fall's circumstance",
      "Kiti fell after being besieged for weeks.",
      ["captured AF2405"], not: ["contested AF2405"]),
    Case(
      "a recapture told after a fall, with only a span of time after it, is of the fallen place",
      "Baghlan-e Markazi fell briefly to the Taliban, but was recaptured within less than a day. Kiti fell but was retaken in a week. Gizab fell but was retaken in June.",
      ["captured AF0905", "recaptured AF0905", "captured AF2405", "recaptured AF2405", "captured AF2409", "recaptured AF2409"]),
    Case(
      "… where 'in' before a place opens that place",
      "Kiti fell but the army retook territory in Uruzgan.",
      ["captured AF2405"], not: ["recaptured AF2405"]),
    Case(
      "a fight pointing back to another city does not dispute a reported capture",
      "The city of Sar-e-Pul was captured by the Taliban on Sunday, sources told reporters, hours after another provincial capital, Kunduz, fell to the insurgents. The Taliban have surrounded a battalion on the outskirts of the city.",
      ["captured AF1901", "contested AF2201"], not: ["contested AF1901", "disputed AF1901"]),
    Case(
      "a defence that was tried does not dispute the capture",
      "The Taliban seized Nerkh district on Tuesday night, although government forces tried to defend their positions.",
      ["captured AF0402"], not: ["contested AF0402"]),
    Case(
      "… but a hold still being tried after a claim does",
      "The Taliban claimed to have seized Nerkh district on Tuesday, but government forces are trying to hold the district centre.",
      ["contested AF0402"]),
    Case(
      "a hold of the place's other parts concedes its capture: no contest",
      "The Taliban said they had captured Bazarak, but the resistance said other parts of Panjshir were still under its control.",
      ["captured AF0801"], not: ["contested AF0801"]),
    Case(
      "… but a hold of the place itself after a claim disputes it",
      "The Taliban said they had captured Bazarak, but the resistance said the town was still under its control.",
      ["captured AF0801", "contested AF0801"]),
    Case(
      "the capital that speaks is the government, no place",
      "Kabul says an assault on the Pakistani border was repelled. Later the Taliban overran Arghistan, but Kabul has denied it.",
      ["captured AF2708"], not: ["contested AF0101", "captured AF0101"]),
    Case(
      "a capture denied with fighting told after the denial is a contest too",
      "The Taliban said they had captured Qadis district; the defence ministry denied it, saying clashes were going on.",
      ["captured AF3104", "disputed AF3104", "contested AF3104"]),
    Case(
      "a capture only denied is disputed, no contest",
      "The Taliban said they had captured Qadis district; the defence ministry denied it.",
      ["captured AF3104", "disputed AF3104"], not: ["contested AF3104"]),
    Case(
      "a contest told as going on after a recapture of the report's day is kept beside it",
      "Security forces retake Qala-e-Naw\n\nThe army said clashes were continuing on the edges of Qala-e-Naw, the capital of Badghis.",
      ["recaptured AF3101", "contested AF3101"]),
    Case(
      "… and so is one told as raging, in a quotation before the recapture",
      "\"Fighting is raging in Dahana-e Ghori district,\" a local commander wrote. Later the uprising forces took Dahana-e Ghori district back from the Taliban, reports said.",
      ["recaptured AF0902", "contested AF0902"]),
    Case(
      "… while a contest of the same day not told as going on is the recapture told twice",
      "Security forces retake Qala-e-Naw\n\nThe army said there were clashes on the edges of Qala-e-Naw, the capital of Badghis.",
      ["recaptured AF3101"], not: ["contested AF3101"]),
    Case(
      "a denial of a 'that' clause whose verb is past its subject and auxiliaries disputes the claim before it",
      "The Taliban said on Twitter that Qadis district had fallen to them. Officials confirmed heavy fighting but denied that the district had been lost.",
      ["captured AF3104", "disputed AF3104"]),
    Case(
      "… while the same denial with no claim before it is no event",
      "The governor denied that Qadis district had been lost.",
      [], not: ["captured AF3104", "contested AF3104"]),
    Case(
      "a passive rejection past an aside between commas disputes the fall it follows",
      "The fall of Qadis district, announced by the Taliban on Twitter, was rejected by the interior ministry.",
      ["captured AF3104", "disputed AF3104"]),
    Case(
      "a denial of control of 'the location' disputes the capture told before it",
      "According to new reports, the Taliban has gained control over Spin Boldak. Afghan officials have denied that the group gained control of the location.",
      ["captured AF2711", "disputed AF2711"]),
    Case(
      "a fall denied in the passive ('was denied by officials') leaves the place contested",
      "The fall of Nahrin district was denied by officials.", ["disputed AF0904"]),
    Case(
      "… and so does a claim whose information is denied",
      "On Sunday the group claimed to have taken control of Kunduz and Sar-e Pol provinces, information denied by the government.",
      ["disputed AF19", "disputed AF22"]),
    Case(
      "… or reports of it denied in the passive right after its words",
      "Reports that Bala Murghab had fallen were denied by the ministry, which said clashes went on.", ["disputed AF3105", "contested AF3105"]),
    Case(
      "… or a claimed fall whose statement is rejected",
      "A Taliban spokesman said Qaram Qul had been seized; the governor rejected the statement.", ["disputed AF2911"]),
    Case(
      "a fall denied before its words is no event ('Planned or denied actions are not events'), nor a plan denied; a denial negated admits the fall",
      "On Monday the police chief denied that Qaisar district of Faryab had fallen. Officials denied that the Taliban planned to seize Sancharak. They did not deny that Almar had fallen.",
      ["captured AF2904"], not: ["contested AF2907", "captured AF2907", "contested AF2205", "captured AF2205", "contested AF2904"]),
    Case(
      "… and so do reports of it that an official calls baseless",
      "The defence ministry called reports of the fall of Nahrin district baseless.", ["disputed AF0904"]),
    Case(
      "the verb of 'despite Taliban claims to have captured it' is the Taliban's",
      "Officials said the district was in government hands despite Taliban claims to have captured Nahrin district.",
      ["captured AF0904"], not: ["recaptured AF0904"]),
    Case(
      "a fight said to go on still, in a sentence after the fall, is kept beside it",
      "Council members said Nahrin district has fallen to the Taliban. Clashes are still going on in Nahrin, they added.",
      ["captured AF0904", "contested AF0904"]),
    Case(
      "… but the fighting that led to a fall, in its sentence, is the fall's background",
      "Nahrin district fell to the Taliban on Monday after days of heavy fighting.", ["captured AF0904"],
      not: ["contested AF0904"]),
    Case(
      "a capture contradicted after a contrast by a contest of the same place leaves it contested",
      "The Taliban said they had captured Rukha district, but local sources said the district was still contested.",
      ["contested AF0802"], not: ["captured AF0802"]),
    Case(
      "fighting in parts of a captured place after a contrast does not undo the capture",
      "The insurgents captured Khakrez, but fighting continues in some parts of the district.", ["captured AF2707"]),
    Case(
      "a recapture told without an object is of the place taken before it in the sentence",
      "Khwaja Ghar, the district centre of Takhar's north, fell to the Taliban for a few hours on Monday before the commandos drove them out.",
      ["captured AF1809", "recaptured AF1809"]),
    Case(
      "an entry coordinated before a takeover is the one takeover",
      "The Taliban entered Kabul on Sunday and took control of the capital after the president left.",
      ["captured AF0101"], not: ["contested AF0101"], published: "2021-08-16"),
    Case("a siege verb coordinated before the fall", "Insurgents surrounded Darqad district and seized it two days later.", ["contested AF1815", "captured AF1815"]),
    Case("two verbs share one object", "The Taliban besieged and then seized Gizab district in Daikundi.", ["contested AF2409", "captured AF2409"]),
    Case(
      "two verbs share one object, any adverb of sequence", "Insurgents surrounded and subsequently overran Khinjan district of Baghlan.",
      ["contested AF0906", "captured AF0906"]),
    Case("a siege after the fall's verb is its circumstance", "The Taliban seized Gizab district after a siege of several days.", ["captured AF2409"], not: ["contested AF2409"]),
    Case(
      "a siege as a state before another subject's retreat is background",
      "Gizab had been under siege for a week and finally security forces left the district on Sunday.",
      ["captured AF2409"], not: ["contested AF2409"]),
    Case("an attributive participle does not take the fall's place", "The besieged city of Kunduz fell on Sunday.", ["captured AF1901"]),
    Case("an apposition does not take the fall's place", "Kunduz, besieged for weeks, fell to the Taliban on Sunday.", ["captured AF1901"]),
    Case("a verb with its object is no attributive", "The Taliban took Chahar Dara district and encircled the provincial capital.", ["captured AF1902", "contested AF1901"], not: ["captured AF1901"]),
    Case(
      "besieged earlier, fallen later",
      "Kunduz city was besieged on Monday. On Thursday it fell to the Taliban.",
      ["contested AF1901", "captured AF1901"]),
    Case(
      "a siege without a day, a fall with one",
      "Maymana has been under siege for weeks. On Sunday the Taliban took the governor's compound and the city fell.",
      ["contested AF2901", "captured AF2901"]),
    Case(
      "fighting told after the fall of the district centre",
      "Heavy clashes are under way in Dasht-e-Archi district of Kunduz. The Taliban captured the district centre on Tuesday.",
      ["contested AF1906", "captured AF1906"]),
    Case(
      "a siege in the sentence of the fall is its background",
      "Security forces left Panjwayi district early on Sunday after a week-long siege.",
      ["captured AF2704"], not: ["contested AF2704"]),
    Case(
      "clashes that led to the fall are its background",
      "In Herat, Obe district fell to the Taliban on Friday after days of heavy fighting.",
      ["captured AF3212"], not: ["contested AF3212"]),
    Case(
      "a battle on the day of the fall is the fall",
      "Fighting raged in Taloqan on Sunday, August 8. Taloqan fell to the insurgents on Sunday, August 8.",
      ["captured AF1801"], not: ["contested AF1801"], published: "2021-08-10"),
    Case(
      "an undated siege keeps its own statement beside a fall told with the report's day",
      "Farah city has been under siege for a week. Officials said the militants took the city on Monday.",
      ["contested AF3301", "captured AF3301"]),
    Case(
      "\"it\" after a gerund",
      "The insurgents besieged Taloqan for two days before overrunning it on Sunday.",
      ["captured AF1801"]),
    Case(
      "some members of a group counted in a passive clause, named after their own clause, each with its province",
      "Ten districts were retaken by the army in July, but three of these have since fallen back to the Taliban, Kiti in Daikundi, Nawur in Ghazni and Zebak in Badakhshan.",
      ["recaptured AF2405", "recaptured AF1110", "recaptured AF1725", "captured AF2405", "captured AF1110", "captured AF1725"],
      not: ["recaptured AF24", "recaptured AF11", "recaptured AF17"]),
    Case(
      "… and named right after the opener in the next sentence",
      "Five districts fell to the Taliban in May. Two of them, Gizab and Kiti, were retaken by the army on Monday.",
      ["captured AF2409", "captured AF2405", "recaptured AF2409", "recaptured AF2405"]),
    Case(
      "… but not more members than the group had",
      "Two districts were retaken by the army last week. Three of them, Gizab, Kiti and Nawur, are now contested.",
      ["contested AF2409", "contested AF2405", "contested AF1110"], not: ["recaptured AF2409", "recaptured AF2405", "recaptured AF1110"]),
    Case(
      "retaken, then fallen back",
      "Nine districts were retaken in June; three of them, Kiti, Gizab and Nawur, have fallen back to the Taliban.",
      ["captured AF2405", "captured AF2409", "captured AF1110"]),
    // A capture the report disputes: the place is in question as well.
    Case(
      "a claim denied in its own sentence",
      "The insurgents claimed they had overrun Jaghatu district of Ghazni, a claim the provincial governor rejected.",
      ["disputed AF1106"]),
    Case(
      "a capture denied in the next sentence, by 'it'",
      "Waras district of Bamyan fell to the Taliban on Friday, residents said. The defence ministry denied it.",
      ["disputed AF1007"]),
    Case(
      "the place said not to have fallen",
      "A Taliban spokesman said the group had seized Kahmard district. The Bamyan police chief said the district had not fallen.",
      ["disputed AF1004"]),
    Case(
      "the place said to be held still, after 'however'",
      "Local sources said the Taliban had captured Shibar district. However, officials said the district was still in the hands of the security forces.",
      ["contested AF1002"]),
    Case(
      "only part of it fallen",
      "Taliban fighters have taken Arghistan district, the group said. Officials said only parts of the district had fallen.",
      ["contested AF2708"]),
    Case(
      "fighting going on, after a claim",
      "The Taliban say they took Shah Wali Kot district on Monday. The governor said fighting was still going on.",
      ["contested AF2706"]),
    Case(
      "a fight told with the capture of a group recalled by 'they' is its background, of the day the group fell",
      "The Taliban captured two more districts on Monday. They took Almar and Qaysar after heavy fighting.",
      ["captured AF2904", "captured AF2907"], not: ["contested AF2904", "contested AF2907"]),
    Case(
      "fighting going on, after a claim that is the trigger's own word",
      "The Taliban claimed control of Khwaja Ghar district. The governor said fighting was still going on.",
      ["contested AF1809"]),
    Case(
      "a claimed list disputed in its own sentence: every item is in question",
      "The Taliban claimed control of Khwaja Ghar and Darqad districts on Monday, but officials said clashes were still under way.",
      ["contested AF1809", "contested AF1815"]),
    Case(
      "fighting going on, after a claimed list and the province holding it",
      "The insurgents said they had overrun Almar and Qaysar districts of Faryab, but the governor said fighting was still going on.",
      ["contested AF2904", "contested AF2907"]),
    Case(
      "… not when the fighting has a place of its own",
      "The insurgents said they had overrun Almar and Qaysar districts of Faryab, but fighting was still going on in Maymana.",
      ["captured AF2904", "captured AF2907", "contested AF2901"]),
    Case(
      "… nor when it is fighting in the whole country",
      "Sources said the Taliban had taken Taloqan on Sunday. Fighting in Afghanistan has intensified since May.",
      ["captured AF1801"], not: ["contested AF1801"]),
    Case(
      "all but fallen",
      "Khakrez district has all but fallen to the Taliban, a provincial council member said.",
      ["contested AF2707"]),
    Case(
      "… under Taliban control, denied",
      "The insurgents captured Nesh district on Tuesday. Officials said Nesh was not under Taliban control.",
      ["disputed AF2712"]),
    Case(
      "a denial that names the place, further on",
      "The insurgents said they had overrun Arghandab district of Zabul and two other districts. They also claimed to have killed dozens of soldiers. A spokesman for the provincial police described the fighting. Rejecting the collapse of Arghandab, the spokesman said the district centre had only been moved.",
      ["disputed AF2605"]),
    Case(
      "… not one that names no place, that far on",
      "The insurgents said they had overrun Arghandab district of Zabul. They also claimed to have killed dozens of soldiers. A spokesman for the police described the fighting. Officials dismissed all such claims as propaganda.",
      ["captured AF2605"], not: ["contested AF2605"]),
    Case(
      "an attack on a day of its own before the fall is kept",
      "The Taliban attacked Mizan district of Zabul on Friday. The district fell to them on Sunday.",
      ["captured AF2604", "contested AF2604"]),
    Case(
      "a denial of something else is no dispute",
      "The Taliban captured Ghorak district on Sunday. The ministry rejected reports that soldiers had been executed.",
      ["captured AF2709"], not: ["contested AF2709"]),
    Case(
      "… nor a denial by the group",
      "The Taliban seized Maywand district on Sunday. The group denied reports that it had killed prisoners.",
      ["captured AF2710"], not: ["contested AF2710"]),
    Case(
      "… nor a denial of a later capture of unnamed places",
      "The Taliban said they had seized Zaranj on Friday. Then the group claimed to have captured several other provincial capitals, which was denied by the government.",
      ["captured AF3401"], not: ["contested AF3401"]),
    Case(
      "… but a denial of the claim itself",
      "The Taliban said they had seized Zaranj on Friday. The claim was denied by the government.",
      ["disputed AF3401"]),
    Case(
      "… nor a denial of a claim of its own",
      "The Taliban took Zhari district on Saturday. Officials dismissed as propaganda claims that the insurgents control most of the country.",
      ["captured AF2705"], not: ["contested AF2705"]),
    Case(
      "… nor 'did not deny'",
      "The Taliban overran Miyanishin district, and officials did not deny that it had fallen.",
      ["captured AF2713"], not: ["contested AF2713"]),
    Case(
      "… nor another place said to be held",
      "The Taliban captured Shorabak district on Monday. Officials said Reg was still under government control.",
      ["captured AF2714"], not: ["contested AF2714"]),
    Case(
      "… nor another place, a landmark, said to be held",
      "The insurgents took over the Torkham crossing, leaving Kabul airport the only exit still in government hands.",
      ["captured AF0617"], not: ["contested AF0617"]),
    Case(
      "the place said to remain held, in a later sentence",
      "The Taliban claimed on Monday that they had captured Daman district of Kandahar. The governor's office said the district remains under government control.",
      ["contested AF2703"]),
    Case(
      "a claim disputed, contradicted or called false",
      "Taliban fighters say they seized Maruf district; officials disputed the claim. The group also said it took Nesh district, which officials called baseless propaganda.",
      ["disputed AF2715", "disputed AF2712"]),
    Case(
      "a report said not to be true, after a claim",
      "According to the Taliban, Zhari district of Kandahar has been captured. A police spokesman said the report was not true.",
      ["disputed AF2705"]),
    Case(
      "the place defended after a claim: a government subject, a repelled attack",
      "The insurgents said they took Ghorak district of Kandahar. Officials said security forces continue to defend the district. The group also claimed Maywand district, but police said the attack had been repelled.",
      ["contested AF2709", "contested AF2710"]),
    Case(
      "a dispute before the claimed capture in its own sentence",
      "Fighting continues in Arghistan district of Kandahar, a day after the Taliban claimed to have captured it.",
      ["contested AF2708"]),
    Case(
      "an attack repelled disputes a claimed capture, the Taliban named as the attackers",
      "The Taliban claimed to have captured Maruf district of Kandahar, but the army repelled the Taliban fighters. Local people say Shorabak fell, but the Taliban offensive there was repulsed, officials said.",
      ["contested AF2715", "contested AF2714"]),
    Case(
      "no district fallen, said of the province of the claimed capture",
      "The Taliban said they took Khakrez district in Kandahar. The defence ministry said no district had fallen in the province.",
      ["disputed AF2707"]),
    Case(
      "a dispute by speakers named with their place, and one set against the claim by a comma and 'while'",
      "Residents said Chahar Darah district had fallen. Officials in Kunduz said the district had not collapsed. Local officials confirmed the fall of Qaysar district, while the ministry said fighting was still under way there.",
      ["disputed AF1902", "contested AF2907"]),
    Case(
      "a claim called a lie, fake or not taken; a place still with the government or held by it",
      "The Taliban said they had captured Khakrez district. Officials said the Taliban's claim of capturing the district was a lie. The Taliban announced the fall of Dawlatabad district, a claim officials described as a lie. The Taliban said they had taken Chahar Bolak district; the governor's spokesman said the claim was fake news.",
      ["disputed AF2707", "disputed AF2109", "disputed AF2111"]),
    Case(
      "a denial of 'the Taliban's claim' or 'the group's claims' points back to the claimed capture",
      "The Taliban claimed control of Khakrez district of Kandahar. But local elders denied the Taliban's claim and say fighting goes on. The insurgents claimed to have captured Maywand district. Officials rejected the group's claims.",
      ["disputed AF2707", "disputed AF2710"]),
    Case(
      "the place a sweep leaves over ('leaving only Kabul to conquer', 'leaving Kabul as the last city') is excepted; one left to the Taliban is given up",
      "The Taliban have seized more cities, leaving only the isolated capital Kabul to conquer. They took Jalalabad on Sunday, leaving Kabul as the last city under government control. Government forces retreated from the district, leaving Khakrez to the Taliban.",
      ["captured AF0601", "captured AF2707"], not: ["captured AF0101", "recaptured AF0101"]),
    Case(
      "a heading that is a group's change of control names its places in the list under it, past semicolons and the verbs of its items",
      "Districts captured by the Taliban\n\nObe and Farsi in Herat; Shahrak and Saghar in Ghor; Anar Dara district of Farah province fell without a fight on Monday; Qaysar and Almar in Faryab.",
      ["captured AF3212", "captured AF3215", "captured AF2306", "captured AF2310", "captured AF3307", "captured AF2907", "captured AF2904"],
      not: ["captured AF32", "captured AF23", "captured AF29"]),
    Case(
      "… but not a heading naming a place of its own, nor a line that is no group",
      "Taliban capture Herat\n\nObe and Farsi in Herat fell on Monday; Shahrak in Ghor is under siege.",
      ["captured AF3201", "captured AF3212", "captured AF3215", "contested AF2306"], not: ["captured AF2306"]),
    Case(
      "a site the place owns, named as a back reference ('seized the city's entrance'), is a part of it",
      "In Kunduz city, the Taliban seized the city's entrance. In Ghazni, militants seized the city's police headquarters.",
      ["contested AF1901", "contested AF1101"], not: ["captured AF1901", "captured AF1101"]),
    Case(
      "'the new rulers' are the Taliban: 'they' after them took the capital, nobody retook it",
      "Local fighters drove the Taliban's Islamist militants out of two districts north of Kabul in the first military attack on Afghanistan's new rulers since they seized the capital last week.",
      ["captured AF0101"], not: ["recaptured AF0101"]),
    Case(
      "a back reference by a superlative ('the biggest city in the north') is the city named before it",
      "The fall of Taloqan came as the president flew to Mazar-i-Sharif to rally its defenders while Taliban fighters closed in on the biggest city in the north.",
      ["captured AF1801", "contested AF2101"]),
    Case(
      "a participle clause after a comma ('…, allowing them to march on Kabul') keeps its places from the trigger before it; 'including' does not",
      "The fall of the two cities has given the Taliban full control of the south, allowing the movement to prepare a final march on Kabul. The Taliban captured several districts, including Nawur and Jaghori.",
      ["captured AF1110", "captured AF1114"], not: ["captured AF0101"]),
    Case(
      "… and so does one after a participle trigger with a placeless object of its own, an adverb first or not",
      "Insurgents are swiftly seizing towns across the south, further alarming traders in Kandahar city.", [],
      not: ["captured AF2701", "contested AF2701"]),
    Case(
      "… but a participle trigger with a place of its own keeps it",
      "The Taliban swept through the north, also seizing Kunduz on Sunday.", ["captured AF1901"]),
    Case(
      "a road's ends named in a relative clause ('a highway that connects the Afghan capital with the south') and a facility outside a city are landmarks",
      "The capture of Ghazni cuts off a vital highway that connects the Afghan capital with the southern provinces. The Taliban seized Kandahar city; government forces withdrew to a military facility outside the city.",
      ["captured AF1101", "captured AF2701"], not: ["contested AF0101", "retreated_to AF2701"]),
    Case(
      "'security forces retreated' after a fall to the Taliban are the government's forces leaving, no Taliban withdrawal",
      "Aybak fell to the Taliban, and all officials and security forces retreated, a police dispatcher said.",
      ["captured AF2001"], not: ["recaptured AF2001"]),
    Case(
      "a choice had or left ('had no other choice but to withdraw') is taken; one that is, or will be, is not",
      "Government forces had no other choice but to withdraw from Ghorak district of Kandahar. Residents of Ghor were left with no option but to take up arms. There is no option but to retake Maywand district, the governor said. Officials said forces will have no choice but to withdraw from Khakrez district.",
      ["captured AF2709", "mobilization AF23"], not: ["recaptured AF2710", "captured AF2707"]),
    Case(
      "a district's valley after another district says where it lies; a province's valley is the province",
      "Forces drove the Taliban out of Surkh-o-Parsa district in the Ghorband valley of Parwan. Fighters took up arms in Rukha district in the Panjshir valley.",
      ["recaptured AF0309", "mobilization AF0802", "mobilization AF08"], not: ["recaptured AF0307"]),
    Case(
      "… but 'lies' telling where a place is calls nothing false; reports called lies still do",
      "The Taliban said they had captured Jaghori district of Ghazni. The governor said the reports were lies. The Taliban seized Ghazni city on Thursday. The ministry confirmed the fall of the city, which lies along the main highway. Militants took Qarabagh district, which lies some 40 km south of the city.",
      ["captured AF1101", "captured AF1111", "disputed AF1114"], not: ["contested AF1101", "contested AF1111"]),
    Case(
      "… not taken, still with the government, still held, remaining under their control past posts given up",
      "Residents said the Taliban had seized Arghandab district, but officials said the district had not been taken. Taliban sources said Gelan district had fallen. Officials said the district centre was still with the government. Mujahid said his fighters had captured Chimtal district. The governor's office said the district was still being held by security forces. Local sources said the Taliban took Sholgara district. The army said forces had only left a few posts and the district remained under their control.",
      ["disputed AF2605", "contested AF1117", "contested AF2108", "contested AF2107"]),
    Case(
      "… but not a site held as the object, nor a port held after a parenthetical comma",
      "The Taliban captured Kandahar city on Friday. Government forces still held the airport in Kandahar, an official said. The Taliban took Kaldar district on Tuesday. The Hairatan port, however, remains in government hands.",
      ["captured AF2701", "captured AF2113"], not: ["contested AF2701", "contested AF2113"]),
    Case(
      "a denial told before the claimed capture, naming the place",
      "Officials deny Taliban claim of capturing Khakrez district. The Taliban said on Wednesday that they had captured Khakrez district. Government denies fall of Nawur district. The Taliban had said they captured Nawur district after heavy fighting.",
      ["disputed AF2707", "disputed AF1110"]),
    Case(
      "… but not a denial of something else there",
      "The ministry denied reports of civilian casualties in Khakrez district. The Taliban captured Khakrez district on Monday.",
      ["captured AF2707"], not: ["contested AF2707"]),
    Case(
      "a capture in residents' or local sources' word, then a siege or an enemy still outside in an official's",
      "Arghandab district was captured by the Taliban, residents said. The governor said the district was besieged and forces were defending it. Local sources said the Taliban had taken Qaysar district. A police spokesman said the Taliban had surrounded the district centre. Gelan district collapsed, a local elder said, while the police said the militants were still outside the district centre.",
      ["contested AF2605", "contested AF2907", "contested AF1117"]),
    Case(
      "… but not a siege that came before the fall, told by officials",
      "Officials said Arghandab district fell to the Taliban on Monday after a week-long siege.",
      ["captured AF2605"], not: ["contested AF2605"]),
    Case(
      "… but not 'while' opening a time",
      "While fighting went on in the south, Qaysar district fell to the Taliban on Monday.",
      ["captured AF2907"], not: ["contested AF2907"]),
    Case(
      "a claimed capture said to remain contested, or not surrendered, is in question",
      "Taliban fighters said they had overrun Shinkay. Officials said the district remained contested. The Taliban claimed to have taken Mizan district of Zabul. The governor insisted the district had not been surrendered.",
      ["contested AF2603", "disputed AF2604"]),
    Case(
      "forces that 'remain inside' the centre, attackers 'beaten back' or 'only on the outskirts' dispute the fall",
      "Shahjoy district of Zabul fell to the Taliban, villagers said, but the army says its soldiers remain inside the district centre. Local sources said Daychopan district of Zabul was captured, though officials said the fighters were only on the outskirts.",
      ["contested AF2606", "contested AF2607"]),
    Case(
      "the group's word past a floating adverb is a claim, which a repelled attack disputes",
      "The insurgents also said they had taken Atghar district of Zabul; a police spokesman said the attack had been repelled.",
      ["contested AF2608"]),
    Case(
      "the capital denying is the government; 'according to the Taliban' before the fall is their claim",
      "The insurgents said they had overrun Chamkani district of Paktia, which Kabul denies. According to the Taliban, Jaji district of Paktia fell on Sunday. Officials said Afghan troops still control the area.",
      ["disputed AF1310", "contested AF1307"]),
    Case(
      "a presence still had, reports called inaccurate or a rumour",
      "The Taliban claimed to have taken Zurmat district of Paktia, but the army says it still has a presence in the district. The Taliban said they had taken Shwak district of Paktia; officials described the reports as inaccurate and called them a rumour.",
      ["contested AF1303", "disputed AF1304"]),
    Case(
      "a denial of a counted group's capture, after 'but' in the group's own sentence, disputes each item of the list that names the group next",
      "The Taliban claim to have captured 12 districts in the past month but the ministry denies it. Mujahid said the fighters captured Almar and Qaisar in Faryab, Ghormach in Badghis and Kohistan in Faryab.",
      ["disputed AF2904", "disputed AF2907", "disputed AF3107", "disputed AF2910"]),
    Case(
      "a siege whose length is stated is a contest of its own beside the fall of the same day",
      "On Friday, July 9, helicopters evacuated 150 troops from an army base in Adraskan district to Herat city, the governor said.\nAccording to the governor, Adraskan was under siege for 40 days and no reinforcements came.\nA Taliban spokesman confirmed the fall of Adraskan district.",
      ["captured AF3209", "contested AF3209"], published: "2021-07-10"),
    Case(
      "a dispute by the capital's officials is the government's",
      "The Taliban said they captured Maruf district of Kandahar. Kabul officials say the district is still under government control.",
      ["contested AF2715"]),
    Case(
      "… not the Taliban's own fighters said to be still there",
      "The army retook Panjwai district of Kandahar on Monday. The Taliban, however, said their fighters were still in the district.",
      ["recaptured AF2704"], not: ["contested AF2704"]),
    Case(
      "… nor a report called exaggerated when the fall is granted",
      "The Taliban captured Spin Boldak district of Kandahar on Wednesday. Officials said the group's claims were exaggerated but admitted that the border crossing had fallen.",
      ["captured AF2711"], not: ["contested AF2711"]),
    Case(
      "… nor a site of the place said to remain held",
      "The Taliban captured Spin Boldak district of Kandahar on Wednesday, residents say. The border crossing, however, remains in government hands.",
      ["captured AF2711"], not: ["contested AF2711"]),
    Case(
      "… nor a place where forces once held out, a vow to hold, or a capital held",
      "The Taliban said they captured Shah Wali Kot district of Kandahar, where government forces had resisted for weeks. The Taliban say they seized Arghandab district, but the governor said forces would hold the district at any cost. Officials said the Taliban captured Daman district, but security forces still control the provincial capital.",
      ["captured AF2706", "captured AF2702", "captured AF2703"], not: ["contested AF2706", "contested AF2702", "contested AF2703"]),
    Case(
      "… nor fighting elsewhere after a firm capture",
      "The Taliban captured Daman district after days of fighting. Fighting continues in Arghandab.",
      ["captured AF2703"], not: ["contested AF2703"]),
  ]

  static let retreatCases: [Case] = [
    Case(
      "forces of a place named as the subject of their flight gave it up",
      "Police officers from Khash Rod fled to Zaranj. The remaining forces in Yamgan retreated to Faizabad.",
      ["captured AF3405", "retreated_to AF3401", "captured AF1718", "retreated_to AF1701"]),
    Case(
      "… not forces sent somewhere, nor families fleeing",
      "Commandos from Kabul were flown to Kunduz. Families from Baghlan fled to Kabul.",
      [], not: ["captured AF0101", "captured AF09", "captured AF0901"]),
    Case(
      "a place after 'after leaving' is not where a retreat went",
      "Government forces relocated to the provincial capital after leaving Khwaja Sabz Posh.",
      [], not: ["retreated_to AF2903"]),
    Case(
      "the refuge a flight was for is where it went",
      "The governor fled from Zaranj to take refuge in the peaceful Chahar Burjak district.",
      ["retreated_to AF3404"]),
    Case(
      "… a refuge only planned is not",
      "The governor plans to take refuge in Chahar Burjak district.",
      [], not: ["retreated_to AF3404"]),
    Case(
      "where forces came from is not where they went",
      "Government forces were airlifted to the airport from Imam Sahib district of Kunduz.", [],
      not: ["retreated_to AF1905"]),
    Case(
      "forces leaving one place for another went to the other",
      "Security forces left Atghar district for Qalat overnight.", ["captured AF2608", "retreated_to AF2601"],
      not: ["captured AF2601"]),
    Case(
      "a journey with a purpose is no retreat",
      "Aybak fell on Monday. Two commanders flew to Mazar-e-Sharif on Wednesday to organise its defence.", ["captured AF2001"],
      not: ["retreated_to AF2101"]),
    Case(
      "a destination named by its kind and then its name",
      "Officials said the army withdrew from Ghormach district to the provincial capital, Qala-i-Naw, overnight.",
      ["captured AF3107", "retreated_to AF3101"], not: ["captured AF3101"]),
    Case(
      "a retreat to a foreign country ends there",
      "Soldiers fled into Tajikistan after the Taliban advanced through Badakhshan province.",
      [], not: ["retreated_to AF17"]),
    Case(
      "a retreat to a neighbouring province",
      "Police officers fled to neighbouring Badakhshan province as the Taliban advanced.",
      ["retreated_to AF17"]),
    Case(
      "withdrew from one place to another",
      "Government forces withdrew from Khwaja Bahawuddin district to Taloqan city.",
      ["captured AF1814", "retreated_to AF1801"], not: ["captured AF1801"]),
    Case(
      "a destination after a time phrase and words naming its kind",
      "The police pulled out of Shortepa late on Monday to the neighbouring Dawlat Abad district.",
      ["captured AF2112", "retreated_to AF2109"], not: ["captured AF2109"]),
    Case(
      "a time phrase inside a retreat's words",
      "The last soldiers retreated late on Sunday night to Qala-i-Naw, the provincial capital.",
      ["retreated_to AF3101"]),
    Case(
      "withdrew from it: the place named before",
      "The Taliban had surrounded Marmul for a week, and on Friday the soldiers withdrew from it.",
      ["captured AF2105"]),
    Case(
      "leaving a place for another that is named without a direction is no retreat to it",
      "The army withdrew from Shortepa on Monday while Dawlat Abad was attacked.",
      ["captured AF2112"], not: ["retreated_to AF2109", "captured AF2109"]),
  ]

  /// "The district", "the city": the latest place of that kind named before, a title's place
  /// included, chosen among same-name districts by the provinces the text names.
  static let backReferenceCases: [Case] = [
    Case(
      "', where' after a city ranked in apposition and the province it lies in is about the city",
      "Clashes went on in Lashkar Gah, one of the biggest cities in the southern heartland of Helmand province, where besieged troops held out.",
      ["contested AF3001"], not: ["contested AF30"], published: "2021-08-14"),
    Case(
      "the country's capital, unnamed, is Kabul", "Afghanistan's capital city came under Taliban control on Sunday.", ["captured AF0101"],
      published: "2021-08-20"),
    Case(
      "… but not when another name follows it", "Tajik troops were on alert as the country's capital Dushanbe came under pressure.", [],
      not: ["contested AF0101", "captured AF0101"]),
    Case(
      "'the city' qualifying a site noun ('the city square in …') is no back reference",
      "Kabul is still held by the government. A Taliban flag flies above the main city square in Pul-e-Khumri after the group captured the city.",
      ["captured AF0901"], not: ["captured AF0101"]),
    Case(
      "'the capital' with no place named in its sentence or the three before is Kabul",
      "The Taliban took Charkent district of Balkh on Monday. Residents sold cattle to buy rifles. Women were barred from work. Schools stayed shut for weeks. Prices rose in every market. On Friday fighters entered the capital.",
      ["captured AF2104", "contested AF0101"], not: ["contested AF2101"]),
    Case(
      "… but the capital of the province named two sentences before",
      "The Taliban took Charkent district of Balkh on Monday. Residents sold cattle to buy rifles. On Friday fighters entered the capital.",
      ["captured AF2104", "contested AF2101"], not: ["contested AF0101"]),
    Case(
      "'the latter' is the place named last",
      "The Taliban took Kiti and Gizab on Sunday. The army retook the latter on Monday.",
      ["captured AF2405", "captured AF2409", "recaptured AF2409"], not: ["recaptured AF2405"]),
    Case(
      "… but 'the latter part of' a month is a time",
      "The Taliban took Kiti. In the latter part of July, the army retook it.",
      ["captured AF2405", "recaptured AF2405"]),
    Case(
      "'the aforesaid district', 'the said district' are the district named before",
      "The Taliban took Keshem district. Two days later the resistance retook the aforesaid district. The Taliban overran Jaghori. Hours later the army retook the said district.",
      ["captured AF1715", "recaptured AF1715", "captured AF1114", "recaptured AF1114"]),
    Case(
      "'the valley' is the place named as a valley last",
      "The Taliban entered the Panjshir valley on Monday. On Tuesday they captured the valley.",
      ["contested AF08", "captured AF08"], published: "2021-09-01"),
    Case(
      "… and nothing where none was named as one",
      "The Taliban entered Panjshir on Monday. On Tuesday they captured the valley.",
      ["contested AF08"], not: ["captured AF08"], published: "2021-09-01"),
    Case(
      "'the three areas' recalls the list of three before it, as 'the three districts' does",
      "Resistance forces retook Banu, Deh Salah and Pul-e-Hisar on Friday. The three areas have been retaken by the Taliban.",
      ["recaptured AF0908", "recaptured AF0912", "captured AF0907", "captured AF0908", "captured AF0912"]),
    Case(
      "places that 'were next' after a fall follow it",
      "Zaranj fell first. Sheberghan and Kunduz were next.",
      ["captured AF3401", "captured AF2801", "captured AF1901"]),
    Case(
      "… but a place 'next to' something follows nothing", "Zaranj fell on Friday. Kabul was next to the list of concerns.",
      ["captured AF3401"], not: ["captured AF0101"]),
    Case(
      "'the districts' recalls no list of provinces",
      "Heavy fighting raged in Kunduz and Takhar provinces. The districts fell on Sunday.",
      [], not: ["captured AF19", "captured AF18", "captured AF1901", "captured AF1801"]),
    Case(
      "the seat of a government is no antecedent of 'the city'",
      "Taliban fighters captured the border post, a source of income for the government in Kabul. An official said forces had regained control of the city.",
      [], not: ["recaptured AF0101"]),
    Case(
      "a place in a clause of time is background: 'the city' after it is the main clause's",
      "Government forces recaptured Gardez on Sunday, two days after Sharana fell to the Taliban. Fighting continued on the edges of the city on Monday.",
      ["contested AF1301"], not: ["contested AF1201"]),
    Case(
      "a compass word rules out an antecedent in another region: 'the northeastern city' is not Kabul of the dateline",
      "KABUL, Aug 9: Police who had withdrawn to the army base near Taloqan after the insurgents seized the northeastern city on Sunday gave up their weapons, an official said.",
      ["captured AF1801"], not: ["captured AF0101"]),
    Case(
      "… and passes over the nearer city of the wrong region",
      "Mazar-e-Sharif was calm, but clashes raged in Lashkar Gah. Days later the Taliban seized the northern city.",
      ["captured AF2101", "contested AF3001"], not: ["captured AF3001"]),
    Case(
      "… and a landmark city of the wrong region is not 'the northern city' either",
      "Sheberghan was under attack on Friday. Reporters at the airport outside Kandahar heard that the Taliban had overrun the northern city.",
      ["captured AF2801"], not: ["captured AF2701"]),
    Case(
      "a city named as a landmark is 'the city' when its sentence names no other before it",
      "The insurgents cut the road to Maymana and besieged the city.", ["contested AF2901"]),
    Case(
      "… but a city the sentence names before the landmark is 'the city'",
      "Pul-e-Alam, some 60 km south of Kabul, saw fighting after the Taliban stormed the city.",
      ["contested AF0501"], not: ["contested AF0101"]),
    Case(
      "'the town' before 'center of' a name is no back reference: the name is the place",
      "Khanabad town was quiet on Sunday. Taliban fighters have seized the town center of Kunduz.",
      ["captured AF1901"], not: ["captured AF1904"]),
    Case(
      "'the city' is the capital an apposition names by its province, not the city named before",
      "Insurgents pressed towards Kabul. The key eastern city, which is also the capital of Nangarhar province, fell on Sunday.",
      ["captured AF0601"], not: ["captured AF0101", "captured AF06"]),
    Case(
      "the capital named as the seat of who speaks ('the government in Kabul said') is not what 'the city' after it refers to",
      "Taliban fighters reached Sheberghan on Monday. The government in Kabul said they had entered the city.",
      ["contested AF2801"], not: ["contested AF0101"]),
    Case(
      "… nor is 'the Kabul government'",
      "Fighting went on around Maymana. The Kabul government said on Tuesday that the insurgents had entered the city.",
      ["contested AF2901"], not: ["contested AF0101"]),
    Case(
      "an outlet named after a place is not what 'the city' after it refers to",
      "Fighting reached Sar-e Pul on Friday. The governor confirmed to Kabul Now that the city has fallen to the Taliban.",
      ["captured AF2201"], not: ["captured AF0101"]),
    Case(
      "'the province' as the object of control",
      "Fighting raged in Uruzgan on Friday, and the insurgents said they had seized control over the province.",
      ["captured AF25"]),
    Case(
      "'the city' after a phrase that named a city in its sentence is that city, not a province's capital named before",
      "Photographs showed flags on sale in Kandahar province on Saturday.\nOn Sunday insurgents reached the edge of the Afghan capital and demanded the handover of the city.",
      ["contested AF0101"], not: ["contested AF2701", "captured AF2701", "captured AF0101"]),
    Case(
      "… and so is 'the capital' two sentences on, past districts that are no city",
      "Photographs showed flags on sale in Kandahar province on Saturday.\nOn Sunday insurgents reached the edge of the Afghan capital.\nOfficials said fighters were already in the districts of Paghman and Kalakan in the capital.",
      ["contested AF0101", "contested AF0102", "contested AF0110"], not: ["contested AF2701"]),
    Case(
      "'it' before a floating adverb and its verb",
      "Commandos recaptured Jaghatu district of Ghazni on Friday after it briefly fell to the insurgents.",
      ["recaptured AF1106", "captured AF1106"]),
    Case(
      "'and so has' past an adverb and an aside",
      "On Thursday Qalat fell, and now, residents say, so has Tirinkot.",
      ["captured AF2601", "captured AF2501"]),
    Case(
      "a counted group recalls the list of that count just named",
      "Local militias had captured the districts of Nerkh, Jalrez and Chak by Saturday. But all three districts have since fallen to the Taliban.",
      ["recaptured AF0402", "captured AF0402", "captured AF0403", "captured AF0404"]),
    Case(
      "… but not an uncounted or new group",
      "The Taliban took Nerkh, Jalrez and Chak on Monday. Three districts of Ghazni also fell.",
      ["captured AF0402"], not: ["captured AF11"]),
    Case(
      "a back reference described by a compass word",
      "KUNDUZ. Taliban fighters seize control of the northern city of 270,000 people on Sunday.",
      ["captured AF1901"]),
    Case(
      "'the capital city of' a name is that name, no back reference",
      "Kabul, July 6: Dozens of women took up arms in the capital city of Feroz Koh on Monday.",
      ["mobilization AF2301"], not: ["mobilization AF0101"]),
    Case(
      "'the city of half a million people' refers back to the city named before",
      "Insurgents entered Kandahar on Wednesday. By Friday the city of half a million people had fallen.",
      ["captured AF2701"]),
    Case(
      "… but 'the city of Herat' names its own city",
      "Insurgents entered Kandahar on Wednesday. By Friday the city of Herat had fallen.",
      ["captured AF3201"], not: ["captured AF2701"]),
    Case(
      "'his province's capital' is the capital of the province named with the person",
      "An MP from Badghis province told reporters on Friday that his province's capital had fallen.",
      ["captured AF3101"], not: ["captured AF31"]),
    Case(
      "… and 'of the same name' is part of the phrase",
      "A senator from Ghor said their province's capital of the same name was under siege.", ["contested AF2301"]),
    Case(
      "… but the province's districts are no place named",
      "A lawmaker from Logar said his province's districts had fallen.", [], not: ["captured AF05", "captured AF0501"]),
    Case(
      "'the Afghan capital' named by a distance from it says where another place lies",
      "Taliban fighters have seized Nerkh, a district within 25 miles of the Afghan capital.", ["captured AF0402"],
      not: ["contested AF0101", "captured AF0101"]),
    Case(
      "a city named as those loyal to it ('the army loyal to Kabul') is no antecedent of 'the city'",
      "Taliban fighters attacked Lashkar Gah on Monday. The army loyal to Kabul holds four districts. The city is under siege.",
      ["contested AF3001"], not: ["contested AF0101"]),
    Case(
      "'cleared it' names the place before as cleared",
      "Kiti was retaken by the insurgents hours after the army had cleared it.",
      ["captured AF2405", "recaptured AF2405"]),
    Case(
      "'the capital' after Kabul in its sentence is Kabul",
      "Saleh left Kabul for the Panjshir valley hours before the Taliban took over the capital.", ["captured AF0101"],
      not: ["captured AF0801"]),
    Case(
      "'control of them' after a list is the list's",
      "Commandos launched a counter-offensive in Khwaja Ghar and Bangi districts and regained control of them on Monday.",
      ["recaptured AF1809", "recaptured AF1804"]),
    Case(
      "a place of the kind brought in unnamed after the last name is what 'the city' refers to",
      "KABUL, Afghanistan - The Taliban pushed their way into a provincial capital on Wednesday, threatening to overrun the city itself.",
      [], not: ["contested AF0101"]),
    Case(
      "… but an unnamed one in apposition to the name is that name",
      "The Taliban entered Qala-e-Naw, the first assault on a provincial capital this year. By evening the city had been cleared of the insurgents.",
      ["recaptured AF3101"]),
    Case(
      "'the town' after a provincial capital is that city",
      "Insurgents entered Qala-e-Naw on Wednesday. By Thursday the town had been retaken by commandos.",
      ["contested AF3101", "recaptured AF3101"]),
    Case(
      "… and after a district town, its district",
      "The Taliban seized Spin Boldak on Wednesday. Hours later the army retook the town.",
      ["captured AF2711", "recaptured AF2711"]),
    Case(
      "'the three districts' refers to a list of three named before, past its province",
      "Militias took Khost wa Firing, Nahrin and Burka districts in Baghlan on Sunday. By Tuesday the three districts had been retaken by the Taliban.",
      ["recaptured AF0913", "recaptured AF0904", "recaptured AF0910", "captured AF0913", "captured AF0904", "captured AF0910"]),
    Case(
      "'the aforesaid districts' after a verb refers to the list before",
      "The Taliban said they had cleared Nahrin and Burka of the resistance. A day earlier the resistance had seized the aforesaid districts.",
      ["captured AF0904", "captured AF0910", "recaptured AF0904", "recaptured AF0910"]),
    Case(
      "… but a count that does not fit the list refers to nothing",
      "The Taliban took Nahrin and Burka on Sunday. The four districts had been besieged for weeks.",
      ["captured AF0904", "captured AF0910"], not: ["contested AF0904", "contested AF0910"]),
    Case(
      "'its outskirts' are a part of the city named before",
      "Chaghcharan has not fallen. But fighting reached its outskirts on Sunday.", ["contested AF2301"]),
    Case(
      "'the area' whose control changed hands is the place named before",
      "Residents of Kaldar district say the Taliban have been in control of the area since Tuesday.", ["captured AF2113"]),
    Case(
      "… but not 'fighting in the area'",
      "Officials in Kaldar district said there was fighting in the area on Tuesday.", [], not: ["captured AF2113"]),
    Case(
      "'taken it upon themselves' has no object",
      "Elders lead the uprising in Charkint district. Hundreds of men have taken it upon themselves to stop the Taliban.",
      ["mobilization AF2104"], not: ["captured AF2104"]),
    Case(
      "the capital of the same name after a province is its capital",
      "Fighters overran two districts of Kunduz province and surrounded the capital of the same name.", ["contested AF1901"]),
    Case(
      "an apposition after a destination is that destination, no second place",
      "Soldiers left Arghandab district for Qalat, the provincial capital, late on Monday.",
      ["captured AF2605", "retreated_to AF2601"], not: ["captured AF2601"]),
    Case(
      "an advance measured to the provincial capital is about it",
      "The militants overran Zanakhan district of Ghazni. By Monday they were within 10 km of the provincial capital.",
      ["captured AF1108", "contested AF1101"]),
    Case(
      "a district placed by its distance from the provincial capital says nothing of the capital",
      "Zanakhan district, 30 km from the provincial capital, fell to the Taliban.", ["captured AF1108"], not: ["contested AF1101"]),
    Case(
      "the district of a name that is no province is that district",
      "The district of Chahar Kint fell on Saturday. Its governor said the Taliban had surrounded the district for a month.",
      ["captured AF2104", "contested AF2104"]),
    Case(
      "a rising after \", where\" is the back reference's; the fight before it the place's",
      "Clashes have gone on for six days on the outskirts of Herat, where Ismail Khan's fighters have joined the army.",
      ["contested AF3201", "mobilization AF3201"]),
    Case("its centre is the district", "Taliban fighters stormed Gosfandi district and took control of its centre.", ["captured AF2206"]),
    Case("its capital is the province's capital", "The Taliban entered Nimroz province and seized its capital on Friday.", ["captured AF3401"], not: ["captured AF34"]),
    Case(
      "a recapture with no place after a sentence naming one",
      "Taliban fighters overran Pul-e-Alam district last week. Government troops regained control on Tuesday, officials said.",
      ["captured AF0501", "recaptured AF0501"]),
    Case(
      "a recapture with no place after a sentence naming two is left alone",
      "The Taliban overran Pul-e-Alam and Baraki Barak last week. Government troops regained control on Tuesday.",
      ["captured AF0501"], not: ["recaptured AF0501", "recaptured AF0503"]),
    Case("an approach with no object is on the place before", "Hundreds of residents of Herat city armed themselves on Tuesday as the Taliban approached.", ["mobilization AF3201", "contested AF3201"]),
    Case(
      "a province named as a capital's is no place of a rising",
      "In Nili, the capital of Daikundi, women held a rally in support of the security forces, some carrying rifles.",
      ["mobilization AF2401"], not: ["mobilization AF24"]),
    Case("an entry with no object is into the place before", "Residents of Herat city took up arms as the Taliban entered.", ["mobilization AF3201", "contested AF3201"]),
    Case(
      "forces pulling out with no object left the place before",
      "Taliban fighters were seen patrolling the streets of Pul-e-Khumri on Wednesday after government forces pulled out overnight.",
      ["captured AF0901"], not: ["recaptured AF0901"]),
    Case("forces pulling out of a place left that place", "Government forces pulled out of Ghormach and regrouped in Qala-e-Naw.", ["captured AF3107"], not: ["captured AF3101"]),
    Case(
      "places that followed in the sentence share its fall",
      "The provincial capital of Nimroz fell without a fight on Friday, and Sheberghan followed a day later.",
      ["captured AF3401", "captured AF2801"]),
    Case("what followed a fall is no place", "Kunduz fell on Friday, and protests followed.", ["captured AF1901"], not: ["captured AF18"]),
    Case("a rising without a place of its own is of the place before it", "As the Taliban entered Herat city, residents took up arms.", ["contested AF3201", "mobilization AF3201"]),
    Case("which as the object of an attack", "In Herat city, which the Taliban attacked on Sunday, hundreds of residents took up arms.", ["contested AF3201", "mobilization AF3201"]),
    Case(
      "a relative clause closed by its comma, no time phrase in it",
      "In Maimana, which the insurgents attacked, dozens of young men took up arms.", ["contested AF2901", "mobilization AF2901"]),
    Case(
      "the provincial capital after districts of one province",
      "The Taliban hold Andar and Deh Yak districts, and their fighters are dug in on the edges of the provincial capital.",
      ["captured AF1107", "captured AF1105", "contested AF1101"]),
    Case(
      "the local capital, as wire reports name the provincial capital",
      "A council member from Uruzgan province told reporters on Friday that the local capital had fallen to the insurgents.",
      ["captured AF2501"], not: ["captured AF25"]),
    Case("where, after a place", "Troops were withdrawn to Maymana, the provincial capital, where residents have begun arming themselves.", ["retreated_to AF2901", "mobilization AF2901"]),
    Case("where, fighting at the place", "Reinforcements arrived in Kunduz, where fighting has raged for a week.", ["contested AF1901"]),
    Case("where, a capture of other places", "The governor flew to Herat, where the Taliban captured three districts last week.", [], not: ["captured AF3201"]),
    Case("where, nothing happening", "He was born in Herat, where he studied law.", [], not: ["contested AF3201", "mobilization AF3201"]),
    Case("both, after a list", "The Taliban attacked Nawur and Malistan on Sunday. By Monday both had fallen.", ["captured AF1110", "captured AF1116"]),
    Case("them, after a list", "Government forces lost Kohsan and Ghoryan last week. On Monday commandos retook them.", ["recaptured AF3211", "recaptured AF3213"]),
    Case("both cities could fall", "Kunduz and Taloqan are under siege. Both cities could fall within days, officials warned.", ["contested AF1901", "contested AF1801"], not: ["captured AF1901", "captured AF1801"]),
    Case("them as people is no place", "The Taliban captured Nawur and Malistan. Elders met them on Monday.", ["captured AF1110", "captured AF1116"], not: ["contested AF1110"]),
    Case("a title's place is named all the same", "The police chief of Khas Uruzgan said on Tuesday that the district had fallen.", ["captured AF2505"]),
    Case("one sense per report for a same-name district", "Taliban fighters attacked Qara Bagh district in Ghazni on Saturday. Officials in Kabul confirmed on Sunday that Qara Bagh had fallen.", ["captured AF1111"], not: ["captured AF0114"]),
    Case("an office's province does not pin a name", "Muqur district in Badghis came under attack. The Ghazni police chief said on Monday that Muqur had fallen.", ["captured AF3103"], not: ["captured AF1115"]),
    Case("a same-name district settled by its province", "Muqur district of Badghis came under attack on Sunday. By Monday the district had fallen.", ["captured AF3103"], not: ["captured AF1115"]),
    Case("\"it\" is the same-name district its antecedent was", "Dawlatabad district in Faryab fell to the Taliban. Days later, government forces retook it.", ["captured AF2909", "recaptured AF2909"], not: ["recaptured AF2109"]),
  ]

  static let relativeClauseCases: [Case] = [
    Case(
      "a relative clause about a thing named before its 'which' tells nothing of the place before that",
      "Residents of Gardez gathered near the main bazaar, which is under Taliban control.", [], not: ["captured AF1301"]),
    Case(
      "… but one about the place's own word for it does",
      "Residents said Gardez city, which is under Taliban control, was quiet on Sunday.", ["captured AF1301"]),
    Case(
      "a landmark's place is the subject of a relative clause past an apposition naming its kind",
      "Elders met at a base in Shinkay, a remote district that fell to the insurgents last week.",
      ["captured AF2603"]),
    Case(
      "… not when the relative clause tells no event",
      "Elders met at a base in Shinkay, a remote district that borders Pakistan.",
      [], not: ["captured AF2603", "contested AF2603"]),
    Case(
      "a place at the end of a long relative clause closed before the verb is not its subject",
      "Taliban fighters captured Arghandab district of Kandahar on Monday. The dam, which supplies farmers through a network of canals as well as drinking water for the provincial capital, was now under Taliban control, officials said.",
      ["captured AF2702"], not: ["captured AF2701"]),
    Case(
      "a place in a relative clause closed before 'has fallen under … control' is not the subject",
      "Doshi, a district in Baghlan which links Kabul with the north, has fallen under the Taliban's control.",
      ["captured AF0903"], not: ["captured AF0101"]),
    Case(
      "a capture in a 'where' clause naming its own place is not of the place the clause is about",
      "Ghazni is a volatile province where the Taliban has overrun Andar district. Zabul province, where the army retook Shinkay, is calm.",
      ["captured AF1107", "recaptured AF2603"], not: ["captured AF11", "captured AF1101", "recaptured AF26", "recaptured AF2601"]),
    Case(
      "… nor when it counts the places it takes",
      "Ghazni is a volatile province where the Taliban has overrun its seven districts.",
      [], not: ["captured AF11", "captured AF1101"]),
    Case(
      "… but a 'where' clause with no place of its own is about the place",
      "Kunduz, where the Taliban seized control on Sunday, is quiet.",
      ["captured AF1901"]),
    Case(
      "a landmark that a relative clause makes a verb's subject is that verb's place",
      "Clashes go on in Khwaja Ghar district, which borders the Chah-e-Aab district that fell to the Taliban last week.",
      ["contested AF1809", "captured AF1816"]),
    Case(
      "an apposition between the place and 'surrendered'",
      "Taloqan, the capital of Takhar, surrendered on Friday after a week of fighting.", ["captured AF1801"]),
    Case(
      "a relative clause between the place and 'surrendered'",
      "Sheberghan, which Dostum's men had defended for a month, surrendered on Friday.", ["captured AF2801"]),
    Case(
      "which after a capital's apposition surrenders",
      "After Gardez, the insurgents turned to Sharana, the capital of Paktika, which surrendered by noon.", ["captured AF1201"]),
    Case(
      "a failure before a relative clause does not reach into it",
      "Government forces have so far failed to retake Panjwai, which fell to the Taliban in June.",
      ["captured AF2704"], not: ["recaptured AF2704"]),
    Case(
      "which as the object of a verb after auxiliaries",
      "Police reinforced Sar-e-Pul city, which the Taliban have been approaching from the south.", ["contested AF2201"]),
    Case(
      "which after a district and its province is the district",
      "The port is in Imam Sahib district of Kunduz province, which the insurgents overran a day earlier.",
      ["captured AF1905"], not: ["captured AF1901", "captured AF19"]),
    Case(
      "where after a capital and its province is the capital",
      "The militants moved on to Sheberghan, the capital of neighbouring Jawzjan province, where fierce fighting was reported.",
      ["contested AF2801"], not: ["contested AF28"]),
    Case("which as the object of a verb with a word limit", "Forces retook Malistan district, which the Taliban took last week.", ["recaptured AF1116", "captured AF1116"]),
    Case("a relative clause is out of the main clause's modality", "Forces are trying to recapture Malistan district, which the Taliban took last week.", ["captured AF1116"], not: ["recaptured AF1116"]),
    Case("a relative clause keeps its own modality", "Kiti, which the Taliban could not capture, is calm.", [], not: ["captured AF2405"]),
    Case("a relative clause after a district of a province", "Yamgan district of Badakhshan, which had been besieged for weeks, fell to the Taliban on Sunday.", ["captured AF1718"], not: ["contested AF1718"]),
    Case(
      "a relative clause states an earlier event of the place",
      "Government forces recaptured Dasht-e-Archi district, which had fallen to the Taliban last week.",
      ["recaptured AF1906", "captured AF1906"]),
    Case(
      "the place belongs to the verb after its relative clause",
      "Officials said Tala wa Barfak district, which was captured by the Taliban two weeks ago, was retaken on Tuesday.",
      ["recaptured AF0911", "captured AF0911"]),
    Case(
      "the Taliban moving towards a place press on it, they do not retreat to it",
      "After the fall of Khost wa Fereng, the Taliban moved towards Nahrin.",
      ["captured AF0913", "contested AF0904"], not: ["retreated_to AF0904"]),
  ]

  static let namesCases: [Case] = [
    Case(
      "a person's name that is a place's spelling with the ending '-i' of origin names no place",
      "He kept in touch with Mazari after the Taliban seized power and she went into hiding.", [], not: ["captured AF2101"],
      published: "2021-08-20"),
    Case("… but a spelling ending in a vowel and 'i' is the place's own", "The Taliban took Panjwaii district of Kandahar on Sunday.", ["captured AF2704"]),
    Case(
      "a border crossing the press names instead of its district is that district (the gazetteer's press spellings)",
      "The Taliban took the Aqina dry port on Friday.", ["captured AF2914"]),
    Case("… and another", "The Taliban took the Ai Khanum river port on Friday.", ["captured AF1812"]),
    Case(
      "a name after 'Ms.', 'Mrs.' or 'Dr' is a person's, and so is its last word used alone later",
      "Ms. Salima Mazari led the defence of her district. The Taliban later said they had captured Mazari.",
      [], not: ["captured AF2101"], published: "2021-08-14"),
    Case(
      "… but not where the text names it as a place",
      "Dr Farah Andar said the Taliban had seized Andar district.",
      ["captured AF1107"], published: "2021-08-14"),
    Case(
      "a misspelt name in apposition to 'the capital' is matched to the closest spelling",
      "Fighting continues around Lashkagah, the capital.", ["contested AF3001"]),
    Case(
      "a misspelt name before 'district' is matched among districts ('Parjan' is Paryan, not the province Parwan)",
      "All the Taliban were reportedly expelled from Parjan district on Sunday.", ["recaptured AF0807"]),
    Case(
      "a people's name is no place, whatever its sound key meets ('Baloch' is not Balkh)",
      "Clashes erupted in Zaranj, home to the Baloch minority, on Monday.",
      ["contested AF3401"], not: ["contested AF2106", "contested AF21"]),
    Case(
      "a place abroad is no Afghan district its sound resembles",
      "Veterans compared the scenes to the fall of Saigon. Officials fled to Quetta and Dubai, and some to Raqqa, reports said.",
      [], not: ["captured AF1003", "retreated_to AF0613", "retreated_to AF1605", "retreated_to AF0802"]),
    Case(
      "a word joined to a capitalised one by a loose Persian particle is part of an unknown longer name, not a town of its own",
      "Pusht Rod and Lash o Joyan districts in Farah fell to the Taliban.", ["captured AF3302"], not: ["captured AF2910"]),
    Case(
      "a misspelt name in apposition with 'the capital of P' is P's capital",
      "On Saturday the Taliban captured Qalaq, the capital of Zabul.",
      ["captured AF2601"], not: ["captured AF3304", "captured AF26"]),
    Case(
      "… also as a list's last item",
      "Two more fell on Saturday: Sharana, the capital of Paktika, and Qalaq, the capital of Zabul.",
      ["captured AF1201", "captured AF2601"], not: ["captured AF3304"]),
    Case(
      "… but not when its spelling is far from the capital's",
      "Officials said Zarghun, the capital of Zabul province, was quiet.", [], not: ["captured AF2601", "contested AF2601"]),
    Case(
      "a name whose first vowel romanises the alef differently is the place of that sound",
      "The Ashkamash district of Takhar fell to the Taliban last night.", ["captured AF1811"]),
    Case(
      "a misspelt name placed in a province is the close spelling of that province's place",
      "Chakhasur in western Nimruz has been recaptured by the government.", ["recaptured AF3403"]),
    Case(
      "a name given to a person after 'named' or 'called' is no place",
      "A soldier named Jallaabd said the U.S. had freed his country from the Taliban's grip.", [],
      not: ["recaptured AF0601", "recaptured AF06"]),
    Case(
      "… but a district so named is a place",
      "The Taliban captured a district called Nerkh, officials said.", ["captured AF0402"]),
    Case(
      "… but a person placed in a province is no place",
      "Saleh in Panjshir said the fight would go on.", [], not: ["mobilization AF0801"]),
    Case(
      "a title that ends the text is no person (and no reason to stop)",
      "Kunduz fell to the Taliban on Sunday, said Commander", ["captured AF1901"]),
    Case(
      "a hashtag is the word it tags",
      "#Taliban fighters captured #Kunduz city on Sunday, while unnamed districts of #Takhar also fell.",
      ["captured AF1901"], not: ["captured AF18"]),
    Case(
      "a name matched only by its sound, in another province than its list's other items, is no item",
      "Militias said Nahrin and Qasaan had been taken back from the Taliban on Friday.",
      ["recaptured AF0904"], not: ["recaptured AF3213"]),
    Case(
      "… but one placed in its own province beside it is an item",
      "Militias said Nahrin in Baghlan and Worsaj in Takhar had been taken back from the Taliban on Friday.",
      ["recaptured AF0904", "recaptured AF1813"]),
    Case(
      "… and so is one named before its province's name",
      "The insurgents overran Zerok district of Paktika and Worsaj district of Takhar.",
      ["captured AF1212", "captured AF1813"]),
    Case(
      "a misspelt name listed beside gazetteer names in a sentence about districts",
      "Gulran, Adraskam and Shindand are among the districts that fell to the Taliban this week.",
      ["captured AF3208", "captured AF3209", "captured AF3214"]),
    Case(
      "a misspelt name after 'the centres of' is a place (a province's centre, its capital)",
      "The centers of Baglan and Samangan were also among the areas seized by the Taliban this week.",
      ["captured AF0901", "captured AF2001"], not: ["captured AF09", "captured AF20"]),
    Case(
      "… or the last item after two named places, with no noun of places",
      "The fall of Kandahar, Herat and Lakshkar Gah was the heaviest blow to the government.",
      ["captured AF2701", "captured AF3201", "captured AF3001"]),
    Case(
      "… but not a person's name listed beside a place",
      "Saleh and Kabul were named in the statement after the Taliban took Herat.", ["captured AF3201"],
      not: ["captured AF0911", "captured AF0101"]),
    Case(
      "a name does not end in a loose particle",
      "Police said the army retook Kaldar a week ago.", ["recaptured AF2113"]),
    Case("the river port written as one word", "Officials said the Sherkhan port on the Tajik border had fallen to the insurgents.", ["captured AF1905"]),
    Case(
      "a known word glued to 'the' is two words",
      "Elders said the insurgents capturedthe Kakar district of Zabul without a fight.", ["captured AF2611"]),
    Case(
      "a word that ends in 'the' and is no glued pair stays one word",
      "Families bathe in the river near Kunduz city.", [], not: ["captured AF1901", "contested AF1901"]),
    Case(
      "a spelling of one province's district, named beside another province, is that province's district of the sound",
      "Karabagh district of Ghazni fell to the Taliban on Sunday.", ["captured AF1111"], not: ["captured AF0114"]),
    Case(
      "a name matched only by its sound, inside a district named right after it, is a locality of that district, no namesake elsewhere",
      "The Taliban seized the Qasaan area in Nahrin district on Monday.", ["contested AF0904"],
      not: ["captured AF3213", "captured AF0904"]),
    Case(
      "… and so after 'village of'",
      "Fighting raged around Qasaan village of Nahrin district on Monday.", ["contested AF0904"], not: ["contested AF3213"]),
    Case(
      "a road named by its two ends across a spaced dash is neither end",
      "The Taliban said the Taloqan – Kunduz highway had fallen to them on Tuesday.", [],
      not: ["captured AF1801", "captured AF1901"]),
    Case(
      "a spelling of Ghazni's Muqur beside Badghis is Badghis's Muqur",
      "The Taliban overran Mukur district in Badghis province overnight.", ["captured AF3103"], not: ["captured AF1115"]),
    Case(
      "a capitalised Valley after a name is the place's valley, no longer name",
      "Men loyal to a former commander gathered in the Andarab Valley on Sunday.", ["mobilization AF0907"]),
    Case("a misspelt name in a list of districts", "The group also controls four districts including Chankhansur, Kang and Delaram.", ["captured AF3403", "captured AF3402"]),
    Case("a misspelt name after districts such as", "The Taliban took districts such as Khakrezz and Shorabak.", ["captured AF2707", "captured AF2714"]),
    Case("countries are no districts", "The talks were attended by countries including Uzbekistan and Tajikistan.", [], not: ["captured AF2707"]),
    Case("a title-case headline: capitals around a name say nothing", "Taliban Capture Kunduz City In Major Blow To Afghan Government", ["captured AF1901"]),
    Case("a title-case headline in the present tense", "Troops Withdraw From Khamab District Of Jawzjan", ["captured AF2806"]),
    Case("a title-case headline with two names", "Taliban Seize Sar-e-Pul, Taloqan In Rapid Northern Offensive", ["captured AF2201", "captured AF1801"]),
    Case(
      "a same-name district chosen by its list's other members",
      "Officials in Ghazni spoke to reporters. Travel between Kabul and Kandahar is cut. The Taliban hold Andar, Deh Yak and Qarabagh districts.",
      ["captured AF1111"], not: ["captured AF0114"]),
    Case("a border port named for its district", "Taliban fighters seized Sher Khan Bandar, the river port on the Tajik border.", ["captured AF1905"]),
    Case("a border crossing named for its district", "The Taliban took control of the Torkham crossing on Sunday.", ["captured AF0617"]),
    Case("a first word that is a personal name", "Khan Abad district fell to the Taliban on Sunday.", ["captured AF1904"]),
    Case("Pashtun Kot", "Pashtun Kot district fell to the Taliban on Sunday.", ["captured AF2902"]),
    Case("Mohammad Agha", "Mohammad Agha district fell to the Taliban on Sunday.", ["captured AF0505"]),
    Case("a longer unknown name", "The Taliban captured Khwaja Du Kuh district of Jawzjan.", [], not: ["captured AF1905"]),
    // ("wo" is a spelling of the joining "wa": Paktia's Dand Wa Patan, never Kandahar's Dand.)
    Case("a hyphenated name", "The Taliban captured Dand-wo-Patan district.", ["captured AF1311"], not: ["captured AF2703", "captured AF2701"]),
    Case(
      "every spelling of the joining 'wa' meets",
      "Kuran-wo-Munjan and Tala-va-Barfak districts fell to the Taliban on Sunday.",
      ["captured AF1726", "captured AF0911"]),
    Case(
      "a back reference with describing words before its noun",
      "Zaranj is the capital of Nimroz province. The small but important city fell into the hands of the Taliban almost without a fight.",
      ["captured AF3401"]),
    Case(
      "… but not one a name follows",
      "Forces held Taloqan. The Taliban seized the strategic town of Bangi on Monday.",
      ["captured AF1804"], not: ["captured AF1801"]),
    Case(
      "a bracketed date between the verb and its preposition",
      "Afghan forces clashed on Friday (July 16) with Taliban fighters in Spin Boldak.", ["contested AF2711"]),
    Case(
      "two names joined by a hyphen: the crossing's Afghan town after a foreign one",
      "The group said it captured the strategic Chaman-Spin Boldak border crossing on Wednesday.", ["captured AF2711"]),
    Case(
      "… but not a road between two towns",
      "The Taliban captured the Kabul-Jalalabad highway on Monday.", [], not: ["captured AF0601", "captured AF0101"]),
    Case("a headline word", "Militants Seize More Districts Near Border", [], not: ["captured AF1107"]),
    Case("a misspelt city in a list", "Fighting was reported from the southern cities of Kandahar, Ghazni and Lashkah Gar.", ["contested AF3001"]),
    Case("a misspelt city before 'city'", "Firus Koh city fell to the Taliban.", ["captured AF2301"]),
    Case("a lower-case word is no part of a name", "Taliban take Kabul as President Ghani leaves", ["captured AF0101"]),
    Case(
      "a person's last name used alone later is that person, and a place spelled inside a full name is no place",
      "Police chief Mohammad Ali Zohair said the militants had been pushed back. Militias pushed back the insurgents from Kahmard district, according to Zohair.",
      ["contested AF1004"], not: ["contested AF2705", "contested AF1408"]),
    Case(
      "… but a district whose name opens with a given name is still the district",
      "Mohammad Agha district fell to the Taliban on Sunday, and Commander Andar said Andar district was next.",
      ["captured AF0505"]),
    Case(
      "a two-word name whose first word opens a place's name sounds like that place, though its second is a person's name",
      "Militia fighters took back Dih Saleh and two villages from the Taliban on Friday.", ["recaptured AF0908"]),
    Case(
      "… but a person whose first name opens no place's name is no place",
      "Vice President Amrullah Saleh said militia fighters took back Nahrin from the Taliban.", ["recaptured AF0904"],
      not: ["recaptured AF0908"]),
    Case("a surname", "The deal was reached according to Sayed and other elders.", []),
    Case("an ezafe name goes on past its particle", "Commandos regained control of Dahana-e Ghori after a night of fighting.", [], not: ["recaptured AF2701", "recaptured AF1112"]),
  ]

  @Test(arguments: listsCases) func list(_ c: Case) { Self.check(c) }
  @Test(arguments: actorsCases) func actorAndType(_ c: Case) { Self.check(c) }
  @Test(arguments: attachmentCases) func attachment(_ c: Case) { Self.check(c) }
  @Test(arguments: partialCases) func partialControl(_ c: Case) { Self.check(c) }
  @Test(arguments: modalityCases) func modality(_ c: Case) { Self.check(c) }
  @Test(arguments: unopposedCases) func unopposed(_ c: Case) { Self.check(c) }
  @Test(arguments: historyCases) func history(_ c: Case) { Self.check(c) }
  @Test(arguments: levelsCases) func provinceDistrictCity(_ c: Case) { Self.check(c) }
  @Test(arguments: datelinesCases) func dateline(_ c: Case) { Self.check(c) }
  @Test(arguments: statementsCases) func samePlaceSeveralStatements(_ c: Case) { Self.check(c) }
  @Test(arguments: namesCases) func name(_ c: Case) { Self.check(c) }
  @Test(arguments: relativeClauseCases) func relativeClause(_ c: Case) { Self.check(c) }
  @Test(arguments: backReferenceCases) func backReference(_ c: Case) { Self.check(c) }
  @Test(arguments: retreatCases) func retreat(_ c: Case) { Self.check(c) }

  /// An unknown word before "district" that is no close spelling of any place gives nothing.
  @Test func unknownNameIsNoPlace() {
    #expect(ExtractorRuleTests.summary("Zzyzx district fell to the Taliban.").isEmpty)
  }

  /// A surname or headline yields no event at all.
  @Test func surnameYieldsNothing() {
    #expect(ExtractorRuleTests.summary("The deal was reached according to Sayed and other elders.").isEmpty)
  }

  // MARK: Dates

  struct DateCase: CustomStringConvertible, Sendable {
    let name: String
    let text: String
    let published: String
    /// `type pcode date` (date `-` for none).
    let expected: String
    var description: String { name }
  }

  static let datesCases: [DateCase] = [
    DateCase(
      name: "'the day before' at a clause's end is a day before the last day stated",
      text: "Government troops retook Qala-e-Naw on Thursday after insurgents had seized the city the day before.",
      published: "2021-07-11", expected: "captured AF3101 2021-07-07"),
    DateCase(
      name: "a participle clause after a comma that states its own day is not dated by the vague time before the comma",
      text: "The insurgents swept across the north last week, seizing Kunduz on Sunday.",
      published: "2021-08-10", expected: "captured AF1901 2021-08-08"),
    DateCase(
      name: "a day after a verb of saying and its short complement is the saying's, not the day the clause after 'that' states",
      text: "Doctors said in a series of posts on Tuesday that fighting around Lashkar Gah city grew much worse on Monday.",
      published: "2021-08-13", expected: "contested AF3001 2021-08-09"),
    DateCase(
      name: "what 'comes two days after' another event is not dated two days back: the clause after 'after' is",
      text: "The fall of Panjwai district in Kandahar comes two days after US forces vacated Bagram Air Base.",
      published: "2021-07-05", expected: "captured AF2704 2021-07-05"),
    DateCase(
      name: "a change of control told over a span of days had happened by its last day",
      text: "Kofab and Argo districts of Badakhshan fell to the Taliban between Saturday evening and Sunday evening.",
      published: "2021-07-05", expected: "captured AF1721 2021-07-04"),
    DateCase(
      name: "… and the span's days are not one day for each place of the list",
      text: "Kofab and Argo districts of Badakhshan fell to the Taliban between Friday and Sunday.",
      published: "2021-07-05", expected: "captured AF1721 2021-07-04"),
    DateCase(
      name: "… and a contest over a span began on its first day",
      text: "Fighting raged in Kofab district of Badakhshan from Friday to Sunday.",
      published: "2021-07-05", expected: "contested AF1721 2021-07-02"),
    DateCase(
      name: "with no publication day, the text's first 'as of' day dates what it tells undated",
      text: "Taliban fighters have entered the city of Kunduz and are on the outskirts of Taloqan. As of June 29, 2021, the group controls 157 districts.",
      published: "", expected: "contested AF1801 2021-06-29"),
    DateCase(
      name: "a headline's 'as of' day is the report's day, before an 'as of' day of the body",
      text: "Flash Update: fighting in Kunar province (As of 29 July 2021)\n\nSince 25 July, fighting escalated, with the Taliban taking control of Nari district. As of 27 July, 2,000 people were reportedly displaced.",
      published: "", expected: "captured AF1515 2021-07-29"),
    DateCase(
      name: "'the districts' recalling the list of the sentence before, with a day, dates it",
      text: "Officials said Chemtal and Zari districts were overrun by the militants. The districts fell on Sunday afternoon.",
      published: "2021-07-05", expected: "captured AF2108 2021-07-04"),
    DateCase(
      name: "… and so does a counted group opening the sentence",
      text: "Officials said Chemtal, Zari and Kishindih districts were overrun by the militants. All three districts fell on Sunday.",
      published: "2021-07-05", expected: "captured AF2114 2021-07-04"),
    DateCase(
      name: "a list continuing a group's event is dated by the next sentence that restates it with a day",
      text: "Three districts fell to the Taliban this week. The districts include Kofab, Argo and Yawan. They all fell on Sunday.",
      published: "2021-07-05", expected: "captured AF1709 2021-07-04"),
    DateCase(
      name: "a timeline's day on a line of its own dates the items under it",
      text: "Aug. 12:\n\n-- Militants overran Ghazni, the capital of Ghazni province.\n\n-- Envoys met in Doha.\n\nAug. 11:\n\n-- Militants overran Faizabad city in Badakhshan.",
      published: "2021-08-13", expected: "captured AF1101 2021-08-12"),
    DateCase(
      name: "… the latest heading before the item",
      text: "Aug. 12:\n\n-- Militants overran Ghazni, the capital of Ghazni province.\n\n-- Envoys met in Doha.\n\nAug. 11:\n\n-- Militants overran Faizabad city in Badakhshan.",
      published: "2021-08-13", expected: "captured AF1701 2021-08-11"),
    DateCase(
      name: "… but one day alone on a line is a byline, not a timeline: the report's day dates the rest",
      text: "August 10, 2021\n\nMilitants overran Ghazni, the capital of Ghazni province, officials said on Thursday.",
      published: "2021-08-13", expected: "captured AF1101 2021-08-12"),
    DateCase(
      name: "a later item's own day right after it dates that item",
      text: "The Taliban seized Lashkar Gah, the capital of the southern province of Helmand, on Friday, and Kandahar on Thursday.",
      published: "2021-08-14", expected: "captured AF2701 2021-08-12"),
    DateCase(
      name: "a day a source tells of is not the report's day: the publication day dates the report",
      text: "Nerkh falls\n\nNerkh district fell to the Taliban last night, an official said. Residents in Takhar have taken up arms against the insurgents.",
      published: "2021-06-22", expected: "mobilization AF18 2021-06-22"),
    DateCase(
      name: "a later day bound to the word of reporting is the report's day",
      text: "Afghan soldiers fled across the border on Sunday as the militants closed in, a local outlet reported on Monday. The Taliban captured Ishkashim district of Badakhshan.",
      published: "2021-07-06", expected: "captured AF1723 2021-07-05"),
    DateCase(
      name: "a day right before the word of reporting is the report's day",
      text: "The former minister on Friday said that resistance forces had retaken Deh Salah district.",
      published: "2021-08-21", expected: "recaptured AF0908 2021-08-20"),
    DateCase(
      name: "a day past a reporting verb's 'that' dates what was reported, not the report",
      text: "Doshi district falls\n\nThe district governor told that after an attack on Doshi on Sunday afternoon the forces fell back to a valley. Residents in Takhar have taken up arms against the Taliban.",
      published: "2021-06-22", expected: "mobilization AF18 2021-06-22"),
    DateCase(
      name: "a statement told in the past perfect ('had said on Sunday') gives the report no day",
      text: "Taliban surround Ghazni city\n\nReports say the militants have surrounded Ghazni city. On Sunday, officials had said they had installed new defences at Kabul airport.",
      published: "2021-07-12", expected: "contested AF1101 2021-07-12"),
    DateCase(
      name: "a day at the end of a long 'since the start of …' is the span's start, not the fall's",
      text: "Jalrez is the ninth district to have fallen to the insurgents since the start of the foreign forces' pull-out from the country on May 01.",
      published: "2021-06-08", expected: "captured AF0403 2021-06-08"),
    DateCase(
      name: "a day heading a line before a dash and a name is a timeline entry's, not a dateline",
      text: "Capitals taken by the insurgents\n\nAugust 11 – Faizabad: the north-eastern hub\n\nAugust 13 – Qalat: capital of Zabul",
      published: "2021-08-14", expected: "captured AF2601 2021-08-13"),
    DateCase(
      name: "a timeline's line headed by its day and a colon, no full stop, is of that day",
      text: "Timeline of the advance\n\nJune 2: Insurgents overrun Sayed Karam district\n\nJuly 9: Ghazni city under pressure",
      published: "2021-08-12", expected: "captured AF1306 2021-06-02"),
    DateCase(
      name: "a day stated with a word of reporting months before publication is an entry's, not the report's",
      text: "What happened so far\n\nApril 14: the president announces the troops' withdrawal.\n\nThe Taliban have captured Sayed Karam district, officials said.",
      published: "2021-08-12", expected: "captured AF1306 2021-08-12"),
    DateCase(
      name: "a day right after a verb of saying dates the saying when the reported clause states its own",
      text: "Officials said on Thursday that Qaisar district fell to the Taliban on Wednesday.",
      published: "2021-07-16", expected: "captured AF2907 2021-07-14"),
    DateCase(
      name: "… and so does a day across the verb of saying",
      text: "On Thursday officials said Qaisar district had fallen to the Taliban on Wednesday.",
      published: "2021-07-16", expected: "captured AF2907 2021-07-14"),
    DateCase(
      name: "'a day earlier, on Tuesday': the day in apposition is the earlier day itself, not a day before it",
      text: "Officials said on Thursday that Qaisar district had fallen to the Taliban a day earlier, on Wednesday.",
      published: "2021-07-16", expected: "captured AF2907 2021-07-14"),
    DateCase(
      name: "a vague time inside an aside set off by dashes dates the aside, not the trigger outside it",
      text: "Aug. 12 - Kabul sends 500 more commandos - on top of those flown in last week - as the Taliban move closer to Ghazni city.",
      published: "2021-08-13", expected: "contested AF1101 2021-08-12"),
    DateCase(
      name: "… and inside brackets",
      text: "On Aug. 12 the militants (in their third attempt this week) stormed Ghazni city.",
      published: "2021-08-13", expected: "contested AF1101 2021-08-12"),
    DateCase(
      name: "'the same day' with no day in its sentence or the one before takes the nearest day up to three sentences back",
      text: "On Monday, the insurgents seized Herat. Officials fled. Videos showed forces leaving. Earlier the same day, they captured Ghazni.",
      published: "2021-08-13", expected: "captured AF1101 2021-08-09"),
    DateCase(
      name: "a sentence opening with the counted group of the capture before is dated there",
      text: "Afghan forces collapsed in two more provincial capitals on Tuesday. The two cities, Farah and Fayzabad, were overrun by the Taliban.",
      published: "2021-08-11", expected: "captured AF3301 2021-08-10"),
    DateCase(
      name: "a day and month joined by a hyphen",
      text: "Fighting in Nahr-e-Saraj district began on 17-June and went on all week.",
      published: "2021-06-23", expected: "contested AF3004 2021-06-17"),
    DateCase(
      name: "'this came a day after …' dates the clause after it a day before the last date, past an apposition",
      text: "Insurgents overran Taloqan on Sunday. This came a day after Sar-e-Pul, the capital of the province of the same name, was taken.",
      published: "2021-08-10", expected: "captured AF2201 2021-08-07"),
    DateCase(
      name: "… and 'it comes two days after …' two days before",
      text: "Insurgents overran Taloqan on Sunday. It comes two days after Sheberghan fell.",
      published: "2021-08-10", expected: "captured AF2801 2021-08-06"),
    DateCase(
      name: "a year in a restrictive relative clause closed by a comma is the clause's, not the verb's",
      text: "Cities that had been firm Northern Alliance territory in the early 2000s like Fayzabad, fell on Monday.",
      published: "2021-08-15", expected: "captured AF1701 2021-08-09"),
    DateCase(
      name: "an apposition after a place and its noun is said of the place too",
      text: "Kiti district, recaptured by the army on Sunday, fell again to the Taliban on Monday.",
      published: "2021-07-15", expected: "recaptured AF2405 2021-07-11"),
    DateCase(
      name: "a contest whose day is stated stays beside a capture whose day is not",
      text: "The Taliban have taken Ghazni, officials said on Friday. Intense fighting was reported on Thursday in Ghazni city.",
      published: "2021-08-13", expected: "contested AF1101 2021-08-12"),
    DateCase(
      name: "a time inside a participle's clause between commas is that clause's",
      text: "Kiti, retaken by the army last week, fell again to the Taliban on Monday.",
      published: "2021-07-15", expected: "captured AF2405 2021-07-12"),
    DateCase(
      name: "'two days back' is two days ago",
      text: "Two days back, Lash-e-Juwayn district of Farah also fell to the Taliban.",
      published: "2021-06-15", expected: "captured AF3309 2021-06-13"),
    DateCase(
      name: "a day before the 'and' that joins two verbs is the first verb's",
      text: "The Taliban entered Kunduz on Saturday and captured it on Sunday.",
      published: "2021-08-10", expected: "captured AF1901 2021-08-08"),
    DateCase(
      name: "… and a siege told so keeps its own",
      text: "The Taliban besieged Kunduz on Saturday and captured it on Sunday.",
      published: "2021-08-10", expected: "contested AF1901 2021-08-07"),
    DateCase(
      name: "a timeline line's heading day dates the sentences after it on its line",
      text: "Timeline of the fall\nAugust 13: Herat comes under Taliban control. The militants also occupy Kandahar.\nAugust 14: Mazar-i-Sharif falls.",
      published: "2021-08-20", expected: "captured AF2701 2021-08-13"),
    DateCase(
      name: "… but not the next line, nor a sentence that says 'later'",
      text: "Timeline of the fall\nMay 11: Nerkh district falls. Government forces later retake it.\nKunduz fell to the Taliban.",
      published: "2021-08-20", expected: "captured AF1901 2021-08-20"),
    DateCase(
      name: "a report's last sentence cut off mid-word is no headline",
      text: "On June 22, the Taliban took Imam Sahib. Two days later, the Taliban took Panjwai, the movement's birth",
      published: "2021-08-11", expected: "captured AF2704 2021-06-24"),
    DateCase(
      name: "'a day after' a hyphenated name fell is the day before",
      text: "Insurgents walked into Pul-e-Khumri on Tuesday, a day after Sar-e-Pul fell.",
      published: "2021-08-12", expected: "captured AF2201 2021-08-09"),
    DateCase(
      name: "'hours later' is the day told before",
      text: "Kiti fell to the Taliban on Monday. Hours later the army retook it.",
      published: "2021-07-15", expected: "recaptured AF2405 2021-07-12"),
    DateCase(
      name: "'later that night' likewise",
      text: "The Taliban entered Kiti on Monday. Later that night, commandos pushed them out of the district.",
      published: "2021-07-15", expected: "recaptured AF2405 2021-07-12"),
    DateCase(
      name: "'later in the day' likewise",
      text: "The Taliban entered Kiti on Monday. Commandos pushed them out of the district later in the day.",
      published: "2021-07-15", expected: "recaptured AF2405 2021-07-12"),
    DateCase(
      name: "'earlier in the evening' likewise",
      text: "Fighting reached Kiti on Monday. Earlier in the evening, the Taliban had captured Miramor.",
      published: "2021-07-15", expected: "captured AF2406 2021-07-12"),
    DateCase(
      name: "'that night' opening a sentence likewise",
      text: "The Taliban entered Kiti on Monday. That night, commandos pushed them out of the district.",
      published: "2021-07-15", expected: "recaptured AF2405 2021-07-12"),
    DateCase(
      name: "'by the evening' likewise",
      text: "The Taliban entered Kiti on Monday. By the evening, commandos had pushed them out of the district.",
      published: "2021-07-15", expected: "recaptured AF2405 2021-07-12"),
    DateCase(
      name: "the 'that' of a said clause before 'night raids' names no day: the report's",
      text: "The Taliban entered Kiti on Monday. Officials said on Thursday that night raids had helped commandos retake Miramor.",
      published: "2021-07-15", expected: "recaptured AF2406 2021-07-15"),
    DateCase(
      name: "'the fallen districts are …' after a dated group takes its day",
      text: "The Taliban captured five districts of Badghis on Sunday. The fallen districts are Qadis and Muqur.",
      published: "2021-07-15", expected: "captured AF3104 2021-07-11"),
    DateCase(
      name: "sentences opening with 'they' that name a counted group's places take its day",
      text: "On Sunday the Taliban took three more northern capitals. They captured Aybak and Taloqan. They also took over Kunduz.",
      published: "2021-08-11", expected: "captured AF1801 2021-08-08"),
    DateCase(
      name: "… down the run of such sentences",
      text: "On Sunday the Taliban took three more northern capitals. They captured Aybak and Taloqan. They also took over Kunduz.",
      published: "2021-08-11", expected: "captured AF1901 2021-08-08"),
    // 2021-07-15 was a Thursday.
    DateCase(
      name: "a list continuing the sentence before takes its day (here a vague one: none)",
      text: "Four districts of Badghis fell last month. They include Qadis, Muqur and Jawand.",
      published: "2021-07-15", expected: "captured AF3104 -"),
    DateCase(
      name: "a list continuing the sentence before takes its day",
      text: "Four districts of Badghis fell on Sunday. They include Qadis, Muqur and Jawand.",
      published: "2021-07-15", expected: "captured AF3104 2021-07-11"),
    DateCase(
      name: "a day in brackets closes the run of places before it (first run)",
      text: "Districts taken this month: Ghormach (July 2), Qadis, Muqur and Jawand (July 6), Ab Kamari (July 8).",
      published: "2021-07-15", expected: "captured AF3104 2021-07-06"),
    DateCase(
      name: "a day in brackets closes the run of places before it (last run)",
      text: "Districts taken this month: Ghormach (July 2), Qadis, Muqur and Jawand (July 6), Ab Kamari (July 8).",
      published: "2021-07-15", expected: "captured AF3102 2021-07-08"),
    DateCase(
      name: "a vague time in a subordinate clause opening the sentence dates that clause only",
      text: "While the Taliban have seized dozens of districts since last week, government forces have retaken Qaysar district of Faryab.",
      published: "2021-07-22", expected: "recaptured AF2907 2021-07-22"),
    DateCase(
      name: "a month in the phrase that opens the sentence", text: "On a hot morning in late June, the Taliban captured Nerkh district of Wardak.",
      published: "2021-07-25", expected: "captured AF0402 -"),
    DateCase(
      name: "a vague time opening the sentence", text: "Earlier last month, the insurgents took control of Zinda Jan district of Herat.",
      published: "2021-07-25", expected: "captured AF3205 -"),
    DateCase(
      name: "the same evening in the sentence of the day", text: "Taliban fighters captured Qala-i-Naw on Aug. 12 and Chaghcharan the same evening.",
      published: "2021-08-13", expected: "captured AF2301 2021-08-12"),
    DateCase(name: "last Thursday in a Thursday's report", text: "Chora district of Uruzgan fell to the Taliban last Thursday.", published: "2021-07-15", expected: "captured AF2503 2021-07-08"),
    DateCase(name: "a day after taking", text: "The Taliban captured Sheberghan on Sunday, a day after taking Zaranj.", published: "2021-08-09", expected: "captured AF3401 2021-08-07"),
    DateCase(
      name: "a day after reaches a relative clause's verb",
      text: "Commandos patrolled Qala-e-Naw on Thursday, a day after they beat back fighters who tried to storm the city.",
      published: "2021-07-10", expected: "contested AF3101 2021-07-07"),
    DateCase(
      name: "a sentence that adds to the one before takes its day",
      text: "Militants took Jaghatu on Tuesday. On Monday, forces abandoned Qaysar district. In addition, the insurgents took control of Shahrak district in Ghor.",
      published: "2021-06-08", expected: "captured AF2306 2021-06-07"),
    DateCase(
      name: "a sentence with no connective takes the report's day",
      text: "Officials said on Tuesday that militants took Jaghatu. On Monday, forces abandoned Qaysar district. The insurgents took control of Shahrak district in Ghor.",
      published: "2021-06-08", expected: "captured AF2306 2021-06-08"),
    DateCase(name: "the main clause keeps its day", text: "The Taliban captured Sheberghan on Sunday, a day after taking Zaranj.", published: "2021-08-09", expected: "captured AF2801 2021-08-08"),
    DateCase(name: "for two days before is a duration", text: "The militants fought for two days before capturing Chora district on Sunday.", published: "2021-07-15", expected: "captured AF2503 2021-07-11"),
    DateCase(name: "the day of the trigger's own clause", text: "The Taliban captured Chora on Sunday before seizing Gizab on Monday.", published: "2021-07-15", expected: "captured AF2409 2021-07-12"),
    DateCase(name: "a day inside a relative clause dates that clause only", text: "Chora district, which fell on Friday, was retaken by the army on Monday.", published: "2021-07-15", expected: "recaptured AF2503 2021-07-12"),
    DateCase(name: "a day inside a relative clause after the trigger dates that clause only", text: "Afghan commandos retook Nijrab district of Kapisa, which the Taliban had overrun on Sunday.", published: "2021-07-15", expected: "recaptured AF0205 2021-07-15"),
    DateCase(name: "… and a day past the relative clause's closing comma is the trigger's", text: "Security forces recaptured Tagab district of Kapisa, which had fallen on Saturday, on Tuesday.", published: "2021-07-15", expected: "recaptured AF0206 2021-07-13"),
    DateCase(name: "a dateline on a line after the headline is the report's day, not the event's", text: "Chora falls to the Taliban\n\nKABUL, July 14 (AIP) - Taliban fighters took control of Chora, outskirt of Tarinkot city in Uruzgan on Monday.", published: "2021-07-14", expected: "captured AF2503 2021-07-12"),
    DateCase(name: "'on the 15th' after a day of its sentence takes that day's month", text: "Between August 6 and 14, the Taliban captured several provincial capitals, and on the 15th they took Kabul.", published: "2021-09-20", expected: "captured AF0101 2021-08-15"),
    DateCase(name: "a siege told before a dated fall is not of the fall's day", text: "Taliban fighters were besieging Balkh district for a week before it fell on Sunday.", published: "2021-07-15", expected: "contested AF2106 2021-07-15"),
    DateCase(name: "the fall after the siege keeps its day", text: "Taliban fighters were besieging Balkh district for a week before it fell on Sunday.", published: "2021-07-15", expected: "captured AF2106 2021-07-11"),
    DateCase(name: "respectively gives the first place the first day", text: "Nerkh and Jalrez districts in Maidan Wardak were retaken by Afghan forces on Tuesday and Wednesday respectively.", published: "2021-07-15", expected: "recaptured AF0402 2021-07-13"),
    DateCase(name: "respectively gives the second place the second day", text: "Nerkh and Jalrez districts in Maidan Wardak were retaken by Afghan forces on Tuesday and Wednesday respectively.", published: "2021-07-15", expected: "recaptured AF0403 2021-07-14"),
    DateCase(name: "as many days listed as places pair with them in order without 'respectively'", text: "Nerkh and Jalrez districts in Maidan Wardak were overrun by the Taliban on May 10 and May 19.", published: "2021-07-15", expected: "captured AF0403 2021-05-19"),
    DateCase(name: "… but days of another clause do not", text: "Nerkh and Jalrez districts in Maidan Wardak were overrun by the Taliban on May 10, and talks were held on May 12 and May 19.", published: "2021-07-15", expected: "captured AF0403 2021-05-10"),
    DateCase(name: "a week after counts seven days", text: "Government forces have recaptured Ghormach district of Badghis province, a week after it fell to the Taliban, the defence ministry said on Monday.", published: "2021-07-12", expected: "captured AF3107 2021-07-05"),
    DateCase(name: "a line of a list keeps its own day", text: "Provincial capitals captured by the Taliban:\n- Zaranj (Nimroz), 6 August\n- Sheberghan (Jowzjan), 7 August", published: "2021-08-16", expected: "captured AF2801 2021-08-07"),
    DateCase(name: "since a weekday is a range start", text: "Clashes are ongoing on the outskirts of Maimana city since Tuesday morning.", published: "2021-07-15", expected: "contested AF2901 2021-07-15"),
    DateCase(name: "since a day that a when clause tells of keeps it", text: "Fighting has continued in Kunduz since early Friday, when the Taliban stormed the city.", published: "2021-07-15", expected: "contested AF1901 2021-07-09"),
    DateCase(name: "a weekday before a day-first date is that date", text: "Taliban fighters captured Khanabad district on Sunday 20 June.", published: "2021-07-15", expected: "captured AF1904 2021-06-20"),
    DateCase(name: "a place a day after another shares its fall, a day earlier", text: "Ghorak district fell to the Taliban on Sunday 20 June, a day after Khakrez.", published: "2021-07-15", expected: "captured AF2707 2021-06-19"),
    DateCase(name: "days earlier count back from the day the sentence states later", text: "The Taliban captured Atghar district three days earlier, local officials said on Wednesday.", published: "2021-06-24", expected: "captured AF2608 2021-06-20"),
    DateCase(name: "what came before a day is not of that day", text: "Heavy clashes erupted in Bala Murghab on Wednesday before the Taliban seized the district.", published: "2021-07-15", expected: "captured AF3105 2021-07-15"),
    DateCase(name: "the day before before stays with its clause", text: "Heavy clashes erupted in Bala Murghab on Wednesday before the Taliban seized the district.", published: "2021-07-15", expected: "contested AF3105 2021-07-14"),
    DateCase(name: "the day before yesterday is a day", text: "Forces repelled attacks on Chora district the day before yesterday.", published: "2021-07-15", expected: "contested AF2503 2021-07-13"),
    DateCase(name: "last evening is yesterday", text: "Chora district fell to the Taliban last evening.", published: "2021-07-15", expected: "captured AF2503 2021-07-14"),
    DateCase(name: "the previous day counts back from the last date", text: "Officials said on Tuesday that Chora district had fallen the previous day.", published: "2021-07-15", expected: "captured AF2503 2021-07-12"),
    DateCase(name: "a fall named to place other news in time is recalled", text: "Two weeks after the fall of Chora, the Taliban named a governor.", published: "2021-07-15", expected: "captured AF2503 -"),
    DateCase(name: "a fall a flight happened during is recalled", text: "The president fled the country during the capture of Kabul.", published: "2021-08-21", expected: "captured AF0101 -"),
    DateCase(name: "a recalled fall keeps the day it states", text: "Since the fall of Chora on July 2, thousands have fled.", published: "2021-07-15", expected: "captured AF2503 2021-07-02"),
    DateCase(name: "a vague time after a list", text: "The insurgents captured Chora, Gizab and Kiti earlier this week.", published: "2021-07-15", expected: "captured AF2405 -"),
    DateCase(name: "two days before", text: "Zaranj fell on Friday, two days before the Taliban seized Sheberghan.", published: "2021-08-09", expected: "captured AF2801 2021-08-08"),
    DateCase(name: "objects sharing a verb, each with its day", text: "The Taliban took control of Imam Sahib district on June 22 and Khanabad on June 25.", published: "2021-06-28", expected: "captured AF1904 2021-06-25"),
    DateCase(name: "objects sharing a verb across a container", text: "The Taliban seized Sholgara district of Balkh on Tuesday night and Chimtal on Wednesday morning.", published: "2021-06-23", expected: "captured AF2108 2021-06-23"),
    DateCase(name: "on Thursday in a Thursday's report", text: "Chora district of Uruzgan fell to the Taliban on Thursday.", published: "2021-07-15", expected: "captured AF2503 2021-07-15"),
    DateCase(name: "the 13th is this month's", text: "Chora district of Uruzgan was captured on the 13th.", published: "2021-07-15", expected: "captured AF2503 2021-07-13"),
    DateCase(name: "the 20th is last month's when this month's is still to come", text: "Chora district of Uruzgan was captured on the 20th.", published: "2021-07-15", expected: "captured AF2503 2021-06-20"),
    DateCase(name: "the 2nd of June is June's", text: "Chora district of Uruzgan was captured on the 2nd of June.", published: "2021-07-15", expected: "captured AF2503 2021-06-02"),
    DateCase(name: "a numeric date, day first", text: "Chora district of Uruzgan fell on 13/07/2021.", published: "2021-07-15", expected: "captured AF2503 2021-07-13"),
    DateCase(name: "a numeric date that only reads month first", text: "Chora district of Uruzgan fell on 07/13/2021.", published: "2021-07-15", expected: "captured AF2503 2021-07-13"),
    DateCase(name: "over the weekend is no day", text: "The militants overran Chora district of Uruzgan over the weekend.", published: "2021-07-15", expected: "captured AF2503 -"),
    DateCase(name: "last night and this morning", text: "Clashes have raged in Andar district of Ghazni since last night and this morning.", published: "2021-07-10", expected: "contested AF1107 2021-07-10"),
    DateCase(name: "the next day", text: "Nawur district of Ghazni was besieged on July 3. The next day it fell to the Taliban.", published: "2021-07-10", expected: "captured AF1110 2021-07-04"),
    DateCase(name: "a day later", text: "Sheberghan was encircled by the militants on Thursday, August 5. A day later the city fell.", published: "2021-08-10", expected: "captured AF2801 2021-08-06"),
    DateCase(name: "three days later", text: "Forces pulled out of Kiti district on June 20. Three days later they recaptured it.", published: "2021-07-01", expected: "recaptured AF2405 2021-06-23"),
    DateCase(name: "the next morning", text: "Militants attacked Aybak on Friday, August 6. The next morning the city was in Taliban hands.", published: "2021-08-10", expected: "captured AF2001 2021-08-07"),
    DateCase(name: "the day after", text: "Government forces retreated to Mazar-e-Sharif on August 6 and retook Dehdadi the day after.", published: "2021-08-10", expected: "recaptured AF2103 2021-08-07"),
    DateCase(name: "a month without a day is no day", text: "Forces retook Dahana-i-Ghori district on Thursday. The district had fallen to the Taliban in June.", published: "2021-07-23", expected: "captured AF0902 -"),
    DateCase(name: "in mid-July is no day", text: "Kohistanat district of Sar-e-Pul fell to the Taliban in mid-July.", published: "2021-08-02", expected: "captured AF2203 -"),
    DateCase(name: "a joined name's dateline is the report's day, not the event's", text: "Kala-i-Naw, July 8: Taliban fighters entered the capital of Badghis province on Wednesday.", published: "2021-07-09", expected: "contested AF3101 2021-07-07"),
    DateCase(name: "a week earlier is no day", text: "Special forces on Saturday recaptured Malistan district, which had fallen to the Taliban a week earlier.", published: "2021-07-18", expected: "captured AF1116 -"),
    DateCase(name: "two days earlier", text: "Kiti district was retaken on June 23. Two days earlier it had been abandoned to the Taliban.", published: "2021-07-01", expected: "captured AF2405 2021-06-21"),
    DateCase(name: "days later, opening the sentence", text: "The Taliban seized Charkint district of Balkh on Saturday. Days later, government forces took it back.", published: "2021-07-20", expected: "recaptured AF2104 -"),
    DateCase(name: "the following day", text: "On Tuesday, July 6, the army entered Kiti district of Daikundi. The following day Kiti district was retaken.", published: "2021-07-10", expected: "recaptured AF2405 2021-07-07"),
    DateCase(name: "no date after publication", text: "Shinkay district of Zabul fell to the Taliban on August 31.", published: "2021-07-12", expected: "captured AF2603 -"),
    DateCase(name: "month and day before 2021 need a year", text: "Gizab district of Daikundi fell to the Taliban on December 3.", published: "2021-07-12", expected: "captured AF2409 -"),
    DateCase(name: "month and day in the year before publication", text: "Gizab district of Daikundi fell to the Taliban on December 3.", published: "2022-02-01", expected: "captured AF2409 2021-12-03"),
    DateCase(name: "a vague earlier time", text: "Qala-e-Naw was overrun by the Taliban last week.", published: "2021-07-12", expected: "captured AF3101 -"),
    DateCase(name: "a vague day in a relative clause dates that clause only", text: "Government forces recaptured Dasht-e-Archi district, which had fallen to the Taliban last week.", published: "2021-07-10", expected: "recaptured AF1906 2021-07-10"),
    DateCase(name: "the day a span since its start began is no event's", text: "Shinkay is the ninth district of Zabul to fall to the Taliban since the start of the withdrawal on May 1.", published: "2021-07-10", expected: "captured AF2603 2021-07-10"),
    DateCase(name: "a fall 'shortly after' is of the day told before", text: "Kunduz fell to the Taliban on Sunday. The provincial capital of Takhar fell shortly after, while the militants took two other cities on Friday and Saturday.", published: "2021-08-09", expected: "captured AF1801 2021-08-08"),
    DateCase(name: "… and so is one 'soon afterwards'", text: "Kunduz fell to the Taliban on Sunday. Taloqan was overrun soon afterwards.", published: "2021-08-10", expected: "captured AF1801 2021-08-08"),
    DateCase(name: "… nor is the day of the withdrawal that opened it", text: "Zaranj was the first provincial capital seized by the Taliban since the U.S. withdrawal on May 1.", published: "2021-08-20", expected: "captured AF3401 2021-08-20"),
    DateCase(name: "a span not counted exactly before 'after' leaves its clause undated", text: "Government forces retook Kiti district of Daikundi on Monday, nearly a week after it fell to the Taliban.", published: "2021-07-15", expected: "captured AF2405 -"),
    DateCase(name: "since yesterday starts a range", text: "Heavy clashes have continued in Andar district of Ghazni since yesterday, officials said.", published: "2021-07-10", expected: "contested AF1107 2021-07-10"),
    DateCase(name: "a headline does not borrow another clause's day", text: "Taliban capture Ghazni city as forces retreat on Monday", published: "2021-08-13", expected: "captured AF1101 2021-08-13"),
    DateCase(name: "a day stated for one event is no report date", text: "Taliban capture Ghazni city\nOn Monday, government forces retook Andar district of Ghazni.", published: "2021-08-13", expected: "captured AF1101 2021-08-13"),
    DateCase(name: "weeks ago is a vague time", text: "Officials said Tala wa Barfak district, which was captured by the Taliban two weeks ago, was retaken on Tuesday.", published: "2021-07-10", expected: "captured AF0911 -"),
    DateCase(name: "recalled, not reported", text: "The city has been quiet since Kabul was captured by the group.", published: "2021-08-23", expected: "captured AF0101 -"),
    DateCase(
      name: "'in recent days' names no day, for what the clause includes too",
      text: "The insurgents have made big gains in recent days, including capturing Maimana.", published: "2021-07-15",
      expected: "captured AF2901 -"),
    DateCase(
      name: "a pluperfect set earlier recalls a fall", text: "Maimana was attacked on Tuesday. The insurgents had earlier taken control of Almar district.",
      published: "2021-07-15", expected: "captured AF2904 -"),
    DateCase(
      name: "… and 'earlier' right after the verb, naming no time",
      text: "Chemtal district fell on Monday. Char Bolak district of Balkh was captured earlier by the insurgents.",
      published: "2021-07-15", expected: "captured AF2111 -"),
    DateCase(
      name: "'earlier in the month' names no day", text: "Alasay district of Kapisa fell to the insurgents earlier in the month.",
      published: "2021-07-28", expected: "captured AF0207 -"),
    DateCase(
      name: "… but 'earlier today' is a time", text: "Char Bolak district of Balkh was captured earlier today by the insurgents.",
      published: "2021-07-15", expected: "captured AF2111 2021-07-15"),
    DateCase(
      name: "… so does one after 'prior to'", text: "Prior to Almar, the insurgents had taken Qaisar district on Monday, officials said on Tuesday.",
      published: "2021-07-15", expected: "captured AF2907 2021-07-12"),
    DateCase(name: "weekday and day of the month", text: "Pul-e-Khumri fell to the Taliban on Tuesday (10), officials said.", published: "2021-08-12", expected: "captured AF0901 2021-08-10"),
    DateCase(name: "an explicit year of the report", text: "Musa Qala fell to the Taliban on February 2, 2021.", published: "2021-07-12", expected: "captured AF3009 2021-02-02"),
    DateCase(name: "a dateline is the report's day, before a day a source spoke on", text: "Kabul, Jul 31 (Agency) - Officials said on Friday that the attackers had been pushed back. Now the fighting is in the villages of Injil district.", published: "2021-08-02", expected: "contested AF3202 2021-07-31"),
    DateCase(name: "a weekday fixes the year when there is no publication date", text: "Officials confirmed on Sunday, July 4, that Yawan district of Badakhshan had fallen.", published: "", expected: "captured AF1709 2021-07-04"),
    DateCase(name: "a month and day with no publication date fall in 2021", text: "Yawan district of Badakhshan fell to the Taliban on July 12.", published: "", expected: "captured AF1709 2021-07-12"),
    DateCase(name: "a weekday that does not fit leaves the day unresolved", text: "Officials confirmed on Monday, July 4, that Yawan district of Badakhshan had fallen.", published: "", expected: "captured AF1709 -"),
  ]

  /// Two statements of one event, one with its day: the day wins, the undated one goes.
  @Test func theStatedDayWinsOverTheReportDay() {
    let events = ExtractorRuleTests.events(
      "Gizab district of Daikundi fell to the Taliban on Monday. Officials said the Taliban captured Gizab.",
      published: "2021-07-10")
    let gizab = events.filter { $0.type == .captured && $0.place.pcode == "AF2409" }
    #expect(gizab.map { $0.date?.description ?? "-" } == ["2021-07-05"])
  }

  @Test(arguments: datesCases) func date(_ c: DateCase) {
    let events = ExtractorRuleTests.events(c.text, published: c.published)
    let found = Set(events.map { "\($0.type.rawValue) \($0.place.pcode) \($0.date?.description ?? "-")" })
    #expect(found.contains(c.expected), "\(c.name): got \(found.sorted())")
  }
}
