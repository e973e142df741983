/// The English trigger rules, as data: one row per rule, with its wordings (the pattern
/// language of `TriggerPattern`: `a|b`, `word?`, `verb~` for every inflection, `_` for
/// determiners and adjectives, `*N` for a bounded gap), where the place usually stands, its
/// base confidence, and example sentences that `ExtractorRuleTableTests` runs: each example
/// must give its event, each counter-example must not.
///
/// The examples are sentences written for these rules, not quotations.
enum EnglishRules {
  static let table: [TriggerRule] = held + contested + retreatedTo + recaptured + captured + mobilization

  // MARK: held — no change of control; the places named are taken by no other trigger

  static let held: [TriggerRule] = [
    TriggerRule(
      "held.government", .contested, side: .before, silent: true,
      [
        "still? under|in _ government|afghan control|hands", "remain~ under|in _ government|afghan control|hands",
        "still? held|controlled by _ government|afghan forces|troops|army",
      ],
      examples: [],
      not: [
        ("The Taliban took control of Aybak, so only Herat is still under government control.", "captured AF3201"),
        ("Gardez and Khost remain in government hands, officials said.", "contested AF1301"),
      ]),
  ]

  // MARK: contested — control is in question

  static let contested: [TriggerRule] = [
    TriggerRule(
      "contested.brink", .contested, side: .before, prospective: true,
      [
        "on? _ brink|verge|cusp|edge|danger|risk|threat of completely|fully|totally? collapse|collapsing|falling|fall",
        "about|close|likely|expected|set to fall|collapse", "could|may|might fall|collapse", "could|may|might be overrun|captured|taken",
        "will|would fall|collapse within|in _ days|hours|weeks|day|week",
        "from falling|collapsing", "from being overrun|captured|taken|seized",
        "could|may|might|will|would|is|was be? _ next *3 to fall|collapse",
        // ("Faizabad could become the first provincial capital falling to the Taliban".)
        "could|may|might|will|would become _ first|next *3 to? fall|falling|collapse|collapsing",
      ],
      examples: [
        ("Lashkar Gah is in danger of falling to the Taliban.", "contested AF3001"),
        ("Officials warned that Ghazni city may fall within days.", "contested AF1101"),
        ("Muqur district of Badghis is on the brink of collapse.", "contested AF3103"),
        ("Officials said Qadis district in Badghis was on the verge of falling.", "contested AF3104"),
        ("Kohsan district is on the cusp of completely falling under the Taliban's control.", "contested AF3213"),
        ("Officials fear that Ghazni could be the next city to fall.", "contested AF1101"),
        ("Residents fear Maymana may become the next provincial capital falling to the insurgents.", "contested AF2901"),
        ("Without reinforcements, Maimana will fall within days, a council member warned.", "contested AF2901"),
        ("Commandos were sent to stop Gardez from falling.", "contested AF1301"),
      ],
      not: [
        ("Ghazni became the next city to fall, officials said.", "contested AF1101"),
        ("Kohsan district is on the cusp of completely falling under the Taliban's control.", "captured AF3213"),
        // (A forecast months away, however many words before its horizon.)
        ("Analysts say Kabul could be overrun by the insurgents in as little as 30 to 90 days.", "contested AF0101"),
      ]),
    TriggerRule(
      // "were on the verge of completing the takeover of Taloqan": a capture about to be
      // finished is a contest (the place after it).
      "contested.brink", .contested, side: .afterOnly, prospective: true,
      [
        "on? _ brink|verge|cusp|point of capturing|taking|seizing|overrunning _ control? of?",
        "on? _ brink|verge|cusp|point of completing _ takeover|capture|seizure of",
        "close to capturing|taking|seizing|overrunning _ control? of?",
      ],
      examples: [
        ("The insurgents were on the verge of completing the takeover of Taloqan on Sunday.", "contested AF1801"),
        ("Taliban fighters are close to capturing Maimana, residents said.", "contested AF2901"),
      ],
      not: [("The insurgents were on the verge of completing the takeover of Taloqan on Sunday.", "captured AF1801")]),
    TriggerRule(
      // A force poised to move on a place presses on it already (a wording of what may come,
      // which a fear before it does not cancel).
      "contested.poised", .contested, side: .after, prospective: true,
      ["poised|ready to move|advance|push|march on|toward|towards|into", "poised to take|capture|seize|storm|overrun|enter"],
      examples: [
        ("The militants appeared poised to move on Faizabad, the provincial capital.", "contested AF1701"),
        ("Taliban fighters are poised to take Taloqan.", "contested AF1801"),
      ],
      not: [("Officials denied that the militants were poised to take Taloqan.", "contested AF1801")]),
    TriggerRule(
      "contested.siege", .contested, side: .after, ["lay~|laid siege to|on|around"],
      examples: [("The Taliban have laid siege to Lashkar Gah.", "contested AF3001")]),
    TriggerRule(
      "contested.siege", .contested, side: .before, ["under taliban|insurgent|militant? siege", "under _ @taliban|insurgents|militants siege"],
      examples: [
        ("Kiran wa Monjan district in Badakhshan has been under siege for a week.", "contested AF1726"),
        ("Kandahar and several neighbouring towns were under the Taliban siege for weeks.", "contested AF2701"),
        ("Daymirdad has been under Taliban siege for two weeks.", "contested AF0406"),
      ]),
    TriggerRule(
      // ("the surrounding districts", "besieged areas": an adjective of places is no siege.)
      "contested.besieged", .contested, strength: 0.85,
      notBefore: ["districts", "areas", "area", "villages", "hills", "mountains", "countryside", "provinces", "towns", "region", "regions"],
      ["besiege~|encircle~|surround~", "siege of|on", "cut~ off", "contested", "block~|blockade~ *3 roads|road|highway|highways|routes|route into|to"],
      examples: [
        ("The Taliban besieged Qaysar district of Faryab.", "contested AF2907"),
        ("Militants encircled Pul-e-Alam, the capital of Logar.", "contested AF0501"),
        ("Maymana has been cut off by the Taliban for a week.", "contested AF2901"),
        ("Control of Kohistanat district is contested.", "contested AF2203"),
        ("The insurgents have blocked every road into Maymana.", "contested AF2901"),
      ],
      not: [("Elders from Sheberghan and the surrounding districts met the governor.", "contested AF2801")]),
    TriggerRule(
      "contested.fighting", .contested, side: .after, strength: 0.8,
      [
        // ("Herat and Kandahar have seen continued clashes", "renewed fighting in Kunduz".)
        "heavy|heavier|fierce|intense|ongoing|continued|continuing|renewed|fresh|sporadic|deadly|bloody fighting|clashes|battles|firefight|clash",
        "battling|battled|fought|clashed|clashing|skirmished *3 on|in|near|around|outside|for",
        // ("have been fighting the Taliban in Shindand": the perfect progressive too.)
        "are|is|were|was|been still? fighting *3 in|near|around|outside",
        "engage~ _ @taliban|fighters|forces|troops *2 on|in|near|around|outside",
        "fighting|clashes|battle|battles|fight for|over|around|in|inside|near|outside",
        // "clashes between the Taliban and government forces in Kunduz", "battles between
        // them were underway in Balkh": who fought does not distance where.
        "fighting|clashes|battles|battle|firefights|gunfights between *6 in|inside|near|around|outside",
        "fighting|clashes|battles|battle|firefights|gunfights between *8 underway|ongoing|continue~|rage~|erupt~|intensified|intensifying *2 in|inside|near|around|outside",
        // "fighting between government forces and the Taliban for the control of Kuran-wo-Munjan",
        // "Fighting has been underway between the Taliban and the resistance … in Panjshir": who
        // fought stands between the fight and its place, the place last.
        "fighting|clashes|battles|battle between *8 for|over _ control of|over",
        "fighting|clashes|battles *2 underway|ongoing|raging|continuing between *10 in|inside|near|around|outside",
        "fighting|clashes|battle|battles|battling on|at _ edge|edges|fringes|outskirts|gates|doorstep of",
        "exchange~|trade~ fire|gunfire|shots in|near|around|outside|on", "gunfights|skirmishes|skirmish|gunfight in|near|around|outside", "gun fights|battles|fight in|near|around|outside",
        "fighting|clashes|battles|firefights *3 report~|rage~|continue~|erupt~|underway|way|ongoing|on|place|intensify~|resume~|break~|flare~|is|was|are|were *2 in|from|outside|near|around|inside|on|at",
        // "clearing operations continued in Spin Boldak": an operation at a place (an attack in
        // the annotation, scored either way) is a contest, not a retaking.
        // (Not a round-up report, "conducted clearance operations in X, killing 32", an attack.)
        "clearing|clearance operation|operations *4 continue~|continuing|ongoing|underway *3 in|around|near|inside",
        // "increased fighting resulting in civilian casualties in Dand and Zheray districts".
        "fighting|clashes|conflict|violence *2 result~|resulting|leading in|to _ civilian? casualties|deaths|injuries|displacement in",
        // "conflict escalated sharply particularly in Kandahar City".
        "conflict|violence|fighting *3 escalate~|intensify~|spike~ *2 in|around|near|inside",
        // "escalated in and around the provincial capitals of Nimroz, Hilmand and Kandahar".
        "conflict|violence|fighting|clashes *3 escalate~|intensify~|spike~|continue~ *2 in and around",
        // "Fighting, including airstrikes, that started on 10 July … continued in Police District
        // 7": a clause of its start between (the inclusion and "between A and B" are left out).
        "fighting|clashes|conflict that|which started|began|erupted *4 continue~|escalate~|intensify~|spread~ *2 in|around|inside|near",
        // "Intense armed clashes and airstrikes continued in several areas in Lashkargah city".
        "fighting|clashes|battles|conflict and airstrikes|shelling|bombardment|bombing|fighting|clashes *2 continue~|rage~|escalate~|intensify~ *2 in|around|inside|near",
        // "Clashes have gone on for six days on the outskirts of Herat": a duration between.
        "fighting|clashes|battles|firefights *3 on|continue~|rage~ for *3 in|from|outside|near|around|inside|on|at",
        // ("the conflict spreading to Kandahar city", "violence has spread to Herat".)
        "fighting|clashes|battles|war|conflict|violence *3 spread~|reach~|move~ to|into",
        // "Fighting is also reported to have taken place around the town of Puli Khumri".
        "fighting|clashes|battles *4 to have taken place *2 in|around|near|outside|inside",

        "fight~ to hold|defend|keep|retain|protect", "fight~|battling|struggle~ to retake|recapture|reclaim|regain",
        "struggle~ to hold|defend|keep|retain|protect", "fight~|struggle~ to hold on to",
        "hold~|held|holding out in|at|inside", "street|urban fighting|battles|clashes in|across",
      ],
      examples: [
        ("Violence intensified in Injil district of Herat on Monday.", "contested AF3202"),
        ("The army is fighting to retake Kunduz city.", "contested AF1901"),
        ("Heavy clashes are under way in Zheray district of Kandahar.", "contested AF2705"),
        ("Kandahar and Herat have seen continued clashes this week.", "contested AF3201"),
        ("Renewed fighting in Chahar Dara district was reported on Monday.", "contested AF1902"),
        ("Clashes between the Taliban and the army in Chahar Dara district left dozens dead.", "contested AF1902"),
        ("Battles between Taliban fighters and government troops were underway in Khamyab district.", "contested AF2806"),
        ("Fighting between the army and the insurgents for the control of Warduj district has gone on for a week.", "contested AF1716"),
        ("Clashes have been underway between the Taliban and local militias led by a former commander in Balkhab district.", "contested AF2207"),
        ("Fighting was reported from the southern city of Qalat on Sunday.", "contested AF2601"),
        ("Violence escalated sharply particularly in Lashkargah city.", "contested AF3001"),
        ("Army clearing operations continued in Spin Boldak district on Sunday.", "contested AF2711"),
        ("Increased fighting resulting in civilian casualties in Zheray district was reported.", "contested AF2705"),
        ("Fighting, including airstrikes, that started on Sunday continued in Police District 7 in Kandahar City.", "contested AF2701"),
        ("Conflict between the security forces (ANSF) and a non-state armed group (NSAG) escalated in Qalat city.", "contested AF2601"),
        ("Intense clashes and airstrikes continued in several areas in Lashkargah city.", "contested AF3001"),
        ("Conflict escalated in and around the provincial capitals of Nimroz and Zabul.", "contested AF3401"),
        ("Fighting is still going on in Kunduz city.", "contested AF1901"),
        ("Clashes went on for six days in Kunduz city.", "contested AF1901"),
        // ("between A and B" after "took place": `TriggerFinder.fightingStartVerbs`.)
        ("Clashes took place between security forces and the Taliban in Dehdadi district of Balkh.", "contested AF2103"),

        ("The militia fought alongside the army in Injil district on Sunday.", "contested AF3202"),
        ("The insurgents are now fighting on the edge of Kandahar city.", "contested AF2701"),
        ("Fierce battles have raged for days around Lashkar Gah.", "contested AF3001"),
        ("Government troops are fighting to hold Maymana.", "contested AF2901"),
        ("The army is struggling to hold on to Arghandab district of Kandahar.", "contested AF2702"),
        ("Government forces are holding out in the governor's compound in Lashkar Gah.", "contested AF3001"),
        ("Residents described street fighting in Herat city on Thursday.", "contested AF3201"),
        ("The Taliban were fighting outside Kunduz city.", "contested AF1901"),
        ("Government forces have been fighting the Taliban in Shindand district.", "contested AF3214"),
        ("By Monday the fighting had spread to Pul-e-Khumri.", "contested AF0901"),
        ("Several districts fell, with the conflict spreading to Kandahar city.", "contested AF2701"),
        ("Fighting is also reported to have taken place around the town of Aybak.", "contested AF2001"),
        ("Now the fighting is in the villages of Injil district, a police officer said.", "contested AF3202"),
        ("In the city of Maymana, taken by surprise last month, the battle has raged for days.", "contested AF2901"),
        ("The Taliban have been battling government forces on the outskirts of Kandahar city.", "contested AF2701"),
        ("The Taliban are fighting for control of Kandahar, Herat and Lashkar Gah.", "contested AF3201"),
        ("Clashes between Taliban and government forces in Kunduz city continued.", "contested AF1901"),
        ("Fighting broke out between the Taliban and locals in Jaghori district.", "contested AF1114"),
        ("Police clashed with the insurgents in Chora district of Uruzgan on Monday.", "contested AF2503"),
        ("The Taliban are fighting government forces in the streets of Lashkar Gah.", "contested AF3001"),
        ("Commandos engaged the militants in Shindand district on Sunday.", "contested AF3214"),
        ("Soldiers and insurgents traded fire in Nad Ali district overnight.", "contested AF3002"),
      ],
      not: [("The clashes in Faryab come after weeks of fighting.", "contested AF29")]),
    TriggerRule(
      "contested.fighting", .contested, side: .either, strength: 0.75,
      [
        "clashes continue|continued|continuing", "fighting|clashes|battles|battle *2 ongoing|underway|rage~|continue~",
        "fighting|clashes|battles *2 intensify|intensified|intensifies|intensifying|escalate~|erupt~|flare~",
        // "since fighting began there on 12 July".
        "fighting|clashes|battles began|started there", "fighting|clashes|battles broke out there",
        "fighting|clashes|battles|battle|war *2 going on", "still fighting|battling", "fighting|battling there",
        // ("The battle is currently taking place on the outskirts of Kandahar City.")
        "fighting|clashes|battles|battle *3 taking|take|takes|took place",
        "fighting|clashes|battles|battle *2 been? extremely|very|particularly|especially? intense|fierce|heavy|raging|widespread",
        "street by|to street", "house by|to house|door fighting|battles|clashes|combat",
        // ("In Lashkar Gah, Taliban fighters are engaged in street battles with the army.")
        "street fighting|battles|battle|clashes|combat",
        "become~|became _ battleground|battlefield|warzone", "turned into _ battleground|battlefield|warzone",
        // "assesses the district as contested", "Qaisar remains contested".
        "is|are|was|were|remains|remain|remained|as still? contested",
      ],
      examples: [
        ("A local official said that war is going on in the outskirts of Pul-e-Khumri city.", "contested AF0901"),
        ("In Lashkar Gah, Taliban fighters are engaged in street battles with the army.", "contested AF3001"),
        ("The governor denied that Farah city had fallen and said that fighting was ongoing.", "contested AF3301"),
        ("Fighting between the two sides erupted around Maimana on Sunday.", "contested AF2901"),
        ("Families left Maymana as the fighting intensified.", "contested AF2901"),
        ("Families have left Shinwari district since fighting began there on Monday.", "contested AF0303"),
        ("The battle is currently taking place on the outskirts of Ghazni city.", "contested AF1101"),
        ("Commandos were flown into Kiti district on Saturday to retake it, but fighting continued on Sunday.", "contested AF2405"),
        ("Reinforcements were sent to Lashkar Gah, where fighting has been intense for a week.", "contested AF3001"),
        ("Fighting has been extremely intense in Kandahar city, a doctor said.", "contested AF2701"),
        ("The Taliban said they had taken Jalrez district, but officials said troops were still fighting there.", "contested AF0403"),
        ("In Lashkar Gah the two sides are battling street by street.", "contested AF3001"),
        ("Witnesses reported house-to-house fighting in Kunduz city.", "contested AF1901"),
        ("Residents said Sar-e Pul city had become a battleground.", "contested AF2201"),
        ("The army holds a base there, so analysts assess Washir district as contested.", "contested AF3005"),
      ]),
    // "freed inmates from the city's prison": the Taliban at the prison of the place, in it
    // (not its retaking: `recaptured.cleared` leaves people set free out).
    TriggerRule(
      "contested.freed-prisoners", .contested, side: .either, strength: 0.7, ignoresActor: true,
      [
        "free~ prisoners|inmates|detainees", "free~ the|all|hundreds|dozens|scores of? the? prisoners|inmates|detainees",
        "prisoners|inmates|detainees freed",
      ],
      examples: [
        ("Residents said the militants had freed inmates from the prison of Aybak on Wednesday.", "contested AF2001"),
        ("In Aybak, the insurgents freed hundreds of prisoners.", "contested AF2001"),
      ],
      not: [("Afghan forces freed Aybak from the Taliban on Monday.", "contested AF2001")]),
    TriggerRule(
      // (A figure right after "reached" is a count, not a place: `#count`, `TriggerFinder.isExcluded`.)
      "contested.entered", .contested, side: .after, strength: 0.8, notBefore: ["#count"],
      [
        "enter~|storm~|breach~|infiltrate~|penetrate~", "flood~|pour~|swarm~|stream~|break~|broke|broken into",
        "force~|fight~|fought|push~|make~|made _ way into", "entrenched in|outside|around|inside", "dug|digging in on|at|around|outside|inside|near", "walk~|stroll~|roll~|drove|rode|ride|rides|riding into",
        "present in|inside", "make~ inroads into|in", "@taliban|fighters are|were|is|was now|already? inside",
        // ("they also gained ground in Kunduz city", "made gains inside Lashkar Gah".)
        "gain~ ground|territory in|inside", "make~|made gains in|inside",
        // ("… have entered Kunduz and are on the outskirts of Taloqan": the subject shared.)
        "@taliban|fighters|and are|were|is|was now|already? in|on|at the outskirts|edge|gates|suburbs of",
        "@taliban|fighters are|were|is|was now|already? in _ several|some|many|most neighbourhoods|neighborhoods|parts|areas|streets of",
        "@taliban|fighters are|were|is|was now|already? in the district|districts of",
        // "Taliban fighters were seen in the streets of Maymana".
        "@taliban|fighters are|were|is|was|have|has been? seen|spotted|patrolling in|on|inside",
        "@taliban|fighters have|has|had? reached|reach", "frontline|frontlines is|are|was|were|has|have now? moved? inside|into",
        "front line|lines is|are|was|were|has|have now? moved? inside|into",
      ],
      examples: [
        ("Taliban fighters entered Taloqan city on Saturday night.", "contested AF1801"),
        ("Hundreds of Taliban fighters poured into Kunduz city overnight.", "contested AF1901"),
        ("Taliban fighters rode into Kunduz city on motorbikes on Sunday.", "contested AF1901"),
        ("The militants have made inroads into Herat city.", "contested AF3201"),
        ("The insurgents also gained ground in Kunduz city on Sunday.", "contested AF1901"),
        ("The Taliban made gains inside Lashkar Gah overnight.", "contested AF3001"),
        ("Taliban fighters are now inside Lashkar Gah, a resident said.", "contested AF3001"),
        ("Taliban enter Kunduz city", "contested AF1901"),
        ("The Taliban are now inside Kunduz.", "contested AF1901"),
        ("The militants are fighting their way into Herat.", "contested AF3201"),
        ("The insurgents are entrenched outside Faizabad, the provincial capital.", "contested AF1701"),
        ("The Taliban are now present in Sheberghan city, a resident said.", "contested AF2801"),
        ("Insurgents broke into Maymana from the north before dawn.", "contested AF2901"),
        ("Residents said the militants were now on the outskirts of Sheberghan.", "contested AF2801"),
        ("The insurgents have taken Almar and are on the outskirts of Maymana.", "contested AF2901"),
        ("The militants fought their way into Farah city on Monday.", "contested AF3301"),
        ("The Taliban pushed their way into Qala-i-Nau on Wednesday.", "contested AF3101"),
        ("Taliban fighters are now in several neighbourhoods of Ghazni city.", "contested AF1101"),
        ("By evening the Taliban were in the districts of Paghman and Kalakan, police said.", "contested AF0102"),
        ("A Taliban column rolled into Kunduz city before dawn.", "contested AF1901"),
        ("Taliban fighters reached Kunduz city on Sunday night.", "contested AF1901"),
        ("The front line is now inside Lashkar Gah, residents said.", "contested AF3001"),
        ("Insurgents penetrated into the centre of Kunduz before dawn.", "contested AF1901"),
      ],
      not: [
        ("The Taliban had not entered Kunduz city by Monday evening.", "contested AF1901"),
        ("An army unit with thirty tanks is present in Jalrez district.", "contested AF0403"),
        ("The Taliban reached an agreement with elders in Ghazni on Monday.", "contested AF1101"),
        (
          "The number of capitals seized by the militants has reached 18, including the cities of Herat and Ghazni.",
          "contested AF1101"
        ),
      ]),
    // "after the Taliban's entry into Kabul", "the entry of the insurgents into Ghazni": the
    // entering told as a noun.
    TriggerRule(
      "contested.entered", .contested, side: .afterOnly, strength: 0.75, nominal: true,
      ["@taliban entry|entrance|incursion into|in", "entry|entrance|incursion of _ @taliban|fighters into|in"],
      examples: [
        ("Crowds gathered at the airport after the Taliban's entry into Kabul.", "contested AF0101"),
        ("Shops closed after the entry of the insurgents into Ghazni city.", "contested AF1101"),
      ],
      not: [("The Taliban's entry into the peace talks in Doha was welcomed in Kabul.", "contested AF0101")]),
    // "The Taliban have sent hundreds of fighters to the Panjshir valley": the side sending its
    // fighters at a place presses on it (not a government's troops sent to guard it, nor a
    // delegation sent to talks).
    TriggerRule(
      "contested.sent-fighters", .contested, side: .afterOnly, strength: 0.7,
      ["@taliban have|has|had|were|was|are|is? also? sent|send|sends|sending|dispatched|dispatching|deployed|deploying|rushed|rushing *3 fighters|reinforcements|militants|gunmen|units to|towards|toward|into"],
      examples: [
        ("The Taliban have sent hundreds of fighters to the Panjshir valley.", "contested AF08"),
        ("The insurgents dispatched reinforcements to Ghazni city on Monday.", "contested AF1101"),
      ],
      not: [
        ("The Taliban sent a delegation to Kabul for talks.", "contested AF0101"),
        ("The government sent fighters to Ghazni city on Monday.", "captured AF1101"),
      ]),
    TriggerRule(
      "contested.pressing", .contested, side: .after, strength: 0.75,
      [
        // (A manner adverb between: "moving rapidly towards Kabul", "Taliban moving fast towards".)
        "pressing|pressed|advancing|advanced|advance|progressing|progressed|closing|marching|marched|moving|moved|push|pushes|pushing|pushed|swept|sweeping|rolled deep|deeper|further|farther|rapidly|quickly|fast|swiftly|steadily|gradually|slowly|relentlessly? on|toward|towards|into",
        "at _ gates|doorstep|doorsteps of", "knock~ on _ door|doors|gates of",
        // "Taliban fighters were waiting at the city limits of Kabul".
        "at|to _ city? limits of",
        // "an advance that has led it to the doorsteps of Kabul".
        "to _ doorstep|doorsteps|doors of",
        // "hundreds of Taliban fighters were heading to the Panjshir valley" (the Taliban's own
        // fighters: reinforcements or families heading somewhere press on nothing).
        "@taliban fighters|forces|columns|units|convoys? *3 head~ to|towards|toward|for|into",
        "militants|insurgents *3 head~ to|towards|toward|for|into",
        "put|putting|increased|mount~|exert~|pile~|ramp~|step~ up? _ pressure on",
        "close~|move~ in on", "come~|move~|get~|edge~|inch~|draw~|drew|push~|march~|advance~|creep~ closer|nearer to",
        // "marching ever closer to the capital Kabul".
        "march~|advance~|move~|edge~|inch~|creep~|push~|come~|get~|draw~|drew ever|even|steadily|still|much closer to",
        // "has been making advances on the outskirts of Faizabad" (a noun of advancing).
        "make~|making|made _ advances|headway on|toward|towards|near",
        "tighten~ _ grip|noose|siege|stranglehold|chokehold on|around", "threaten~ to? overrun|capture|seize|take|storm",
        "place~|put|putting|have|has|had _ stranglehold|chokehold on|around",
        "pose~ _ serious|direct|major|grave|growing? threat|threats to|against",
      ],
      examples: [
        ("The insurgents captured Aybak and drew closer to Mazar-e-Sharif on Sunday.", "contested AF2101"),
        ("Now the insurgents are marching ever closer to the northern city of Mazar-e-Sharif.", "contested AF2101"),
        ("The militants are closing in on Gardez after a week of fighting.", "contested AF1301"),
        ("The insurgents have been making advances on the outskirts of Faizabad, officials said.", "contested AF1701"),
        ("The Taliban said they were moving in on Mazar-i-Sharif.", "contested AF2101"),
        ("Taliban fighters came closer to the city of Farah on Monday.", "contested AF3301"),
        ("Talks were held on Saturday as Taliban fighters pushed closer to the capital, Kabul.", "contested AF0101"),
        ("The insurgents tightened their grip on Ghazni city.", "contested AF1101"),
        // (The place a noose tightens around is its object, a province too.)
        ("Taliban fighters have tightened the noose around Panjshir.", "contested AF08"),
        ("The fall of the city has placed a stranglehold on Mazar-i-Sharif.", "contested AF2101"),
        ("The Taliban are at the gates of Kabul.", "contested AF0101"),
        ("By dawn Taliban fighters were waiting at the city limits of Kandahar.", "contested AF2701"),
        ("The insurgents are knocking on the doors of Ghazni city.", "contested AF1101"),
        ("Their advance has brought the militants to the doorsteps of Ghazni city.", "contested AF1101"),
        ("Hundreds of Taliban fighters were heading to the Panjshir valley on Sunday.", "contested AF08"),
        ("Militants were heading towards Ghazni city.", "contested AF1101"),
        ("Taliban columns are moving rapidly towards Ghazni city.", "contested AF1101"),
        ("Taliban units are progressing towards Charikar.", "contested AF0301"),
        ("The Taliban are threatening to overrun Maymana.", "contested AF2901"),
        ("Insurgents have been mounting pressure on the provincial capital, Sheberghan.", "contested AF2801"),
        ("The militants stepped up the pressure on Taloqan this week.", "contested AF1801"),
        ("Taliban advances in the province now pose a serious threat to Faizabad.", "contested AF1701"),
        ("Taliban fighters swept into Taloqan on Sunday.", "contested AF1801"),
        ("Taliban units pushed into the city of Farah on Tuesday.", "contested AF3301"),
        ("The insurgents have pushed deep into Lashkar Gah.", "contested AF3001"),
        ("The Taliban's push into Lashkar Gah has displaced thousands.", "contested AF3001"),
        ("The insurgents seized Shortepa and were advancing on Mazar-e-Sharif.", "contested AF2101"),
      ],
      not: [("The militants are closing in on Gardez after a week of fighting.", "captured AF1301")]),
    TriggerRule(
      "contested.defending", .contested, side: .after, strength: 0.7, maxGap: 1, ["are|is still? defending", "have|has been still? defending"],
      examples: [
        ("Afghan commandos are defending Taloqan against a Taliban offensive.", "contested AF1801"),
        ("Afghan commandos have been defending Taloqan for a week.", "contested AF1801"),
      ],
      not: [("Soldiers who had been defending Taloqan were flown to Kunduz.", "contested AF1801")]),
    TriggerRule(
      "contested.defending", .contested, side: .after, strength: 0.7, maxGap: 2,
      ["battle~|fight~|fought|struggle~ to hold|defend|keep|protect"],
      examples: [("Government forces are battling to hold Maymana.", "contested AF2901")],
      not: [("Soldiers who had fought to defend Taloqan were flown to Kunduz last year.", "contested AF1801")]),
    TriggerRule(
      "contested.holding-out", .contested, side: .beforeOnly, strength: 0.7, maxGap: 1,
      ["still hold~|holding out", "continue~ to hold out", "continue~ holding out", "hold~|holding|held out against"],
      examples: [
        ("Only Mazar-e-Sharif still holds out.", "contested AF2101"),
        ("Maymana is holding out against the Taliban.", "contested AF2901"),
      ],
      not: [("Qalat, the capital of Zabul, held out for a week before falling on Saturday.", "contested AF2601")]),
    // "as the Taliban approached": with no object, the place named before (EventExtractor's
    // objectless rules).
    TriggerRule(
      "contested.approaching", .contested, side: .after, strength: 0.65, maxGap: 1, ["approach~", "close~ in"],
      examples: [
        ("Taliban fighters approached Faizabad from three directions on Monday.", "contested AF1701"),
        ("Hundreds of residents of Herat city armed themselves as the Taliban approached.", "contested AF3201"),
        ("Shops in Mazar-e-Sharif closed early as the Taliban closed in.", "contested AF2101"),
      ],
      not: [("Elders approached the governor of Faizabad with a request.", "contested AF1701")]),
    TriggerRule(
      "contested.pressing", .contested, side: .after, strength: 0.65, maxGap: 0, ["threaten~|menace~"],
      examples: [("Having taken Bangi, the insurgents now threaten Taloqan.", "contested AF1801")],
      not: [("Gunmen threatened shopkeepers in Taloqan on Monday.", "contested AF1801")]),
    TriggerRule(
      "contested.attacked", .contested, side: .after, strength: 0.6,
      // ("gathering forces for an attack on Kabul": an attack a preparation is for is to come.)
      // ("the rocket attack on Kabul", "a suicide attack on Khost": a strike that holds no
      // ground puts no place's control in question.)
      notBefore: softTargets,
      notAfter: ["for", "rocket", "rockets", "suicide", "bomb", "bombing", "car", "mortar", "terror", "terrorist", "grenade", "missile"],
      ["attack|attacks|offensive|offensives|assault|assaults on|against"],
      not: [
        ("Logar is being used to gather forces for an attack on Kabul.", "contested AF0101"),
        ("Police arrested three men over a rocket attack on Kabul last week.", "contested AF0101"),
        ("Militants have claimed an attack on a school in Kunduz city that killed dozens of girls.", "contested AF1901"),
      ]),
    TriggerRule(
      "contested.attacked", .contested, side: .after, strength: 0.6,
      // ("a rocket attack on Kabul": the noun, not the verb.)
      // ("attacked a school in the capital", "attacked worshippers in Kunduz": a strike on people
      // or a place of worship, learning or care holds no ground.)
      notBefore: softTargets.union(["attack", "attacks", "strike", "strikes", "launcher", "launchers"]),
      [
        "attacked|attacking|assaulted|assaulting",
        "pound~|shell~|bombard~|rocket~",
        "counteroffensive|counterattack|offensive|counteroffensives|counterattacks in",
      ],
      examples: [
        ("The Taliban attacked Nawur district of Ghazni overnight.", "contested AF1110"),
        ("Taliban fighters assaulted the centre of Ghormach district for a third night.", "contested AF3107"),
        ("The militants pounded Taloqan with mortars for two days.", "contested AF1801"),
        ("Government forces launched a counteroffensive in Nad Ali district on Monday.", "contested AF3002"),
        ("The Taliban have stepped up offensives on Kunduz city.", "contested AF1901"),
      ],
      not: [
        ("Police arrested three men over a rocket strike on Kabul.", "contested AF0101"),
        ("In May gunmen attacked a school in Kunduz city and killed dozens of girls.", "contested AF1901"),
        ("Rockets scared the children, so we went back to Khanabad.", "contested AF1904"),
      ]),
    TriggerRule(
      "contested.attacked", .contested, side: .before, strength: 0.7,
      [
        "under _ taliban|insurgent|militant|enemy? attack|attacks|fire|assault|assaults|bombardment|shelling",
        "under _ direct|serious|imminent|constant|growing|increasing|heavy? taliban|insurgent|militant? threat|pressure",
        "came|come|comes|coming under *5 attack|attacks|assault|fire",
        "face~|faced|facing *5 assault|assaults|attack|attacks|offensive",
        "hit|struck|pounded by *3 attack|attacks|assaults|offensive|rockets|shelling",
      ],
      examples: [
        ("Andar district of Ghazni is under attack.", "contested AF1107"),
        ("Lashkar Gah is under heavy assault from the insurgents.", "contested AF3001"),
        ("Qala-e-Naw and Maymana are under direct Taliban threat.", "contested AF2901"),
        ("Gardez came under a fierce three-pronged assault.", "contested AF1301"),
        ("Maymana has been under heavy Taliban pressure for a month.", "contested AF2901"),
        ("Lashkar Gah was hit by waves of Taliban attacks over the weekend.", "contested AF3001"),
        ("Qala-e-Naw, the first provincial capital to face an all-out Taliban assault, was calm on Thursday.", "contested AF3101"),
      ]),
    TriggerRule(
      "contested.repelled", .contested, side: .after, strength: 0.6,
      [
        "push~|beat~|drive~|force~ back", "repel~|repulse~|thwart~|foil~", "fend~|fight~ off",
        // ("attacks in Nijrab district … but the Afghan forces pushed them back").
        "push~|beat~|drove|drive~|force~ them|it|the _ attackers|militants|insurgents|taliban|attack|attacks? back",
      ],
      examples: [
        ("The insurgents were pushed back from Maymana by commandos.", "contested AF2901"),
        ("The militants attacked Nijrab district after midnight, but the Afghan forces pushed them back.", "contested AF0205"),
      ],
      not: [
        ("The insurgents were pushed back from Maymana by commandos.", "recaptured AF2901"),
        ("The militants attacked Nijrab district after midnight, but the Afghan forces pushed them back.", "recaptured AF0205"),
      ]),
    // "Taliban militants are positioned around Ghazni city", "Maimana has become a frontline
    // city", "the fate of Sheberghan hangs in the balance".
    TriggerRule(
      "contested.frontline", .contested, side: .after, strength: 0.7, maxGap: 3,
      ["@taliban|fighters are|were|have|has|had? been? positioned|massed|massing|amassed|gathered|gathering|deployed around|outside|near|at"],
      examples: [("Taliban militants are positioned around Ghazni city, residents said.", "contested AF1101")],
      not: [("Government troops are positioned around Ghazni city.", "contested AF1101")]),
    TriggerRule(
      "contested.frontline", .contested, side: .before, strength: 0.7, maxGap: 3,
      ["become~ _ frontline|front line? city|town|district|province", "hang~|hanging in the balance"],
      examples: [
        ("Maimana has become a frontline city.", "contested AF2901"),
        ("The fate of Sheberghan hangs in the balance.", "contested AF2801"),
      ],
      not: [("Maimana has become a busy trading city.", "contested AF2901")]),
    TriggerRule(
      "contested.approach", .contested, side: .afterOnly, strength: 0.75, acceptsLandmark: true,
      // ("seized a district within 25 miles of the Afghan capital": where the district lies.)
      notAfter: [
        "district", "districts", "town", "towns", "village", "villages", "area", "areas", "base", "bases", "territory",
        "territories", "land", "lands",
      ],
      [
        // ("has reached Kata Kam area five kilometers away from": a named area between.)
        "reach~|come~|get~|advance~|move~|push~ *5 km|kilometres|kilometers|miles of|from|away",
        // (Longer than the entry wording "the Taliban have reached", which a distance would end.)
        "@taliban|fighters have|has|had? reached|reach *3 km|kilometres|kilometers|miles of|from|away",
        // "the Taliban are now only 5 km from Maymana".
        "@taliban|fighters are|were|is|was *3 km|kilometres|kilometers|miles of|from|away",
        // "Fighting reached Maymana on Monday", "the war has now reached Kunduz".
        "fighting|clashes|battles|war|violence have|has|had? _ reached|engulfed",
        "within *3 km|kilometres|kilometers|miles|metres|meters|yards of", "within _ striking|firing|artillery? distance|range|reach of", "reach~ _ main? outskirts|gates|edge|suburbs|centre|center|heart|square|streets|neighbourhoods|neighborhoods of",
        // "advanced to the outskirts of Kandahar city", "pushed towards the gates of Herat".
        "advance~|push~|close~|press~ in? to|towards|toward|on _ outskirts|gates|edge|edges|suburbs|doorstep of",
        // "all of which carried the Taleban to the gates of the provincial capital, Gardez".
        "carry~|bring|brings|bringing|brought|take~|took|push~ _ @taliban|insurgents|militants|fighters to _ gates|doorstep|outskirts|edge of",
        // ("This brings resistance forces to the outskirts of Charikar": either side's forces.)
        "carry~|bring|brings|bringing|brought|take~|took _ resistance|government|afghan|security|uprising|militia? forces|troops to _ gates|doorstep|outskirts|edge of",
        // ("These swift victories brought the insurgents 40 km from the national capital, Kabul.")
        "carry~|bring|brings|bringing|brought|take~|took|push~ _ @taliban|insurgents|militants|fighters *3 km|kilometres|kilometers|miles of|from|away",
        // ("The advance took them closer to Kabul with the seizure of Ghazni.")
        "carry~|bring|brings|bringing|brought|take~|took|push~ _ @taliban|insurgents|militants|fighters even? closer|close to",
        "carry~|bring|brings|bringing|brought|take~|took|push~ them even? closer to",
        "front line|lines *4 km|kilometres|kilometers|miles of|from|away", "frontline|frontlines *4 km|kilometres|kilometers|miles of|from|away",
        // "fighters are massing outside Ghazni city", "massed hundreds of fighters around
        // Kandahar" (not "massed in Herat city", a gathering in the place: `mobilization.force`).
        "massing|massed|amassing|amassed *3 around|outside",
        "hold~|held _ positions *4 km|kilometres|kilometers|miles of|from|away",
        // "the Taliban are battling government forces some 11 kilometres south of the capital".
        "fight~|battle~|clash~ *6 km|kilometres|kilometers|miles north|south|east|west|northeast|northwest|southeast|southwest? of|from",
        // "the militants' advance stalled outside Chaghcharan": an advance stopped at the place.
        "advance|offensive|push|assault stalled|halted|stopped|slowed|stall|stalls|halts *2 outside|near|at|around|before",
        // "the Taliban are now close to Ghazni city" (a village "close to" a place is a landmark).
        "@taliban|militants|insurgents|fighters are|is|were|was|have|has|had|now|got|getting|come|came|been|moved|drawn|drew _ very? close|closer to",
      ],
      examples: [
        ("Hundreds of Taliban fighters are massing outside Ghazni city.", "contested AF1101"),
        ("The Taliban have amassed hundreds of fighters around Kandahar city.", "contested AF2701"),
        ("Weeks of defeats in the province carried the insurgents to the gates of Gardez.", "contested AF1301"),
        ("The Taliban seized Zurmat district and advanced to the outskirts of Gardez on Friday.", "contested AF1301"),
        ("The counter-attack brought resistance forces to the outskirts of Charikar.", "contested AF0301"),
        ("The Taliban took Panjwai district and reached the gates of Kandahar city.", "contested AF2701"),
        ("The gains brought the militants within 30 km of Mazar-i-Sharif.", "contested AF2101"),
        ("The Taliban are now within striking distance of Taloqan.", "contested AF1801"),
        ("The Taliban now hold positions a few kilometres from Herat city.", "contested AF3201"),
        ("Clashes have reached the outskirts of Maymana, residents said.", "contested AF2901"),
        ("The fighting has reached Kata Kam area five kilometres away from Maimana city.", "contested AF2901"),
        ("Taliban fighters have reached the main square of Kunduz city.", "contested AF1901"),
        ("Clashes reached 5 km from Kandahar city on Monday.", "contested AF2701"),
        ("Fighting reached Maymana on Monday night.", "contested AF2901"),
        ("The war has now reached Kunduz city.", "contested AF1901"),
        ("Taliban fighters reached 5 km from Kandahar city on Monday.", "contested AF2701"),
        ("The fighting came within two kilometres of Lashkar Gah.", "contested AF3001"),
        ("The insurgents are within 25 miles of Kabul.", "contested AF0101"),
        ("The militants have advanced to within ten kilometres of Chaghcharan.", "contested AF2301"),
        ("Taliban fighters were within a few hundred metres of Herat city on Monday.", "contested AF3201"),
        ("The front line now runs only three kilometres from Faizabad.", "contested AF1701"),
        ("In Ghor, the militants' advance stalled outside Chaghcharan on Monday.", "contested AF2301"),
        ("With two more checkpoints lost, the Taliban are now close to Ghazni city.", "contested AF1101"),
        ("The insurgents have got closer to Maymana this week.", "contested AF2901"),
        ("Taliban fighters were battling the army about eight kilometres west of Kandahar city.", "contested AF2701"),
        ("The fall of Ghazni brought the insurgents closer to Kabul.", "contested AF0101"),
        ("Their advance in the north took them even closer to Mazar-i-Sharif.", "contested AF2101"),
        ("Insurgents clashed with police 3 km from Sharana on Monday.", "contested AF1201"),
      ],
      not: [
        ("Taliban fighters have seized a district within 25 miles of Kabul.", "contested AF0101"),
        ("The road took them close to Kabul, where they stayed with relatives.", "contested AF0101"),
        ("The Taliban captured Zinda Jan, a district 43 km from Herat city.", "contested AF3201"),
        ("The Taliban captured a village close to Kandahar city.", "contested AF2701"),
        ("The insurgents now hold towns and territory within 100 kilometres of Kabul.", "contested AF0101"),
        ("There was heavy fighting in Arghandab district, 10 km west of Kandahar city.", "contested AF2701"),
      ]),
    TriggerRule(
      "contested.changed-hands", .contested, strength: 0.8, ["change~ hands", "switch~|shift~|swung|swing~ back and forth"],
      examples: [
        ("Khan Abad district of Kunduz has changed hands twice this week.", "contested AF1904"),
        ("Control of Pul-e-Khumri has swung back and forth all week.", "contested AF0901"),
      ]),
  ]

  // MARK: retreated_to — where government forces withdrew to

  /// People a verb of removal may take out of a place that nobody gave up ("evacuated
  /// diplomats from Kabul", "evacuated the wounded from Kiti", "evacuated 40 families from Kiti
  /// to Nili": a count before them is passed over, `TriggerFinder.isExcluded`).
  static let peopleTakenOut: Set<String> = [
    "diplomats", "civilians", "residents", "families", "staff", "citizens", "nationals", "foreigners", "employees",
    "the wounded", "the injured", "the bodies", "its embassy", "their embassy", "their embassies", "their families",
    "their citizens", "their nationals", "their staff",
  ]

  /// What an attack may strike that holds no ground: people, and places of worship, learning
  /// or care ("attacked a school in the capital", "an attack on worshippers in Kunduz"); the
  /// contest rules of attacking are no trigger right before them.
  static let softTargets: Set<String> = [
    "school", "schools", "a school", "the school", "mosque", "a mosque", "the mosque", "hospital", "a hospital", "the hospital",
    "shrine", "a shrine", "the shrine", "wedding", "a wedding", "worshippers", "students", "civilians", "journalists", "girls",
  ]

  static let retreatedTo: [TriggerRule] = [
    TriggerRule(
      "retreated_to.retreated", .retreatedTo, side: .afterOnly,
      [
        "retreat~|withdraw~|relocate~|flee~|evacuate~|move~|redeploy~|escape~ to|towards|toward|into",
        // "moved from Khas Uruzgan district to Tirinkot": where they went, past where they left.
        // (Verbs of giving a place up read "from … to" themselves: `captured.abandoned`.)
        "relocate~|move~|redeploy~|shift~ from *4 to|towards|toward|into",
        "pulled|fell|falling back to|into|on|towards|toward",
        "forces|troops|soldiers|police|commandos|units|garrison have|has|had? left for",
        "fled|retreated|withdrew|escaped|crossed across _ border into|to",
        // "soldiers who fled … are now at Hairatan", "surviving soldiers reached Maymana": forces
        // that gave a place up, found again elsewhere.
        "fled|retreated|withdrew|escaped *5 are|were now? in|at",
        "surviving|fleeing|retreating soldiers|troops|forces|police|policemen reached|arrived in|at?",
      ],
      examples: [
        ("Security forces fell back on Kunduz city.", "retreated_to AF1901"),
        ("The soldiers who fled on Sunday night are now in Sheberghan.", "retreated_to AF2801"),
        ("Surviving soldiers reached Maymana on foot.", "retreated_to AF2901"),
        ("The troops had left for Kunduz city after the fall of Taloqan.", "retreated_to AF1901"),
        ("Government forces retreated to Qala-e-Naw city after the district fell.", "retreated_to AF3101"),
        ("Troops from Shinkay withdrew to Qalat, the provincial capital of Zabul.", "retreated_to AF2601"),
        ("Afghan forces left Khwaja Ghar district and retreated to the neighbouring Kunduz province.", "retreated_to AF19"),
        ("The police had moved from Chora district to Tirinkot by Monday.", "retreated_to AF2501"),
      ],
      not: [
        ("Families moved from Chora district to Tirinkot by Monday.", "retreated_to AF2501"),
        ("Troops from Shinkay withdrew to Qalat, the provincial capital of Zabul.", "retreated_to AF2603"),
        ("The governor left for Kabul on Monday.", "retreated_to AF0101"),
        ("Aid workers fled to Kabul from Kunduz.", "retreated_to AF0101"),
        ("Some 5,000 IDPs fled to Behsud and Kama districts in Nangarhar.", "retreated_to AF0602"),
        ("Reinforcements reached Maymana on Monday.", "retreated_to AF2901"),
      ]),
    TriggerRule(
      "retreated_to.retreated", .retreatedTo, side: .afterOnly,
      ["went|headed|moved|made their way back? to|towards"],
      examples: [
        ("Soldiers left Spin Boldak after the Taliban seized the town, and moved to Kandahar city.", "retreated_to AF2701")
      ]),
    TriggerRule(
      "retreated_to.regrouped", .retreatedTo, side: .afterOnly, strength: 0.7,
      ["regroup~ in|at", "retreat|withdrawal|retreated|withdrew and reached|arrived in|at?"],
      examples: [
        ("The soldiers left Chora and regrouped in Tirinkot.", "retreated_to AF2501"),
        ("After the fall of Kabul, army units regrouped in Bamyan province.", "retreated_to AF10"),
        ("The police made a tactical retreat and reached Tirinkot city overnight.", "retreated_to AF2501"),
      ]),
    TriggerRule(
      "retreated_to.refuge", .retreatedTo, side: .afterOnly, strength: 0.8, ["take~|seek~|sought|find~|found refuge|shelter|safety|sanctuary in"],
      examples: [
        ("The soldiers took refuge in Nili, the provincial capital of Daikundi.", "retreated_to AF2401"),
        ("Some thirty former soldiers sought safety in Khadir district.", "retreated_to AF2404"),
      ],
      not: [("A resident of Kiti said he took refuge in Nili with his family.", "retreated_to AF2401")]),
    TriggerRule(
      "retreated_to.retreated", .retreatedTo, side: .afterOnly, strength: 0.7, ["out to"]),
    TriggerRule(
      "retreated_to.airlifted", .retreatedTo, side: .afterOnly, strength: 0.8,
      // ("evacuated 40 families from Kiti to Nili": people taken to safety, not forces.)
      notBefore: peopleTakenOut,
      [
        "airlift~|transfer~|fly~|evacuate~|move~|relocate~|redeploy~ *3 to",
        // "evacuated 150 troops including 68 wounded from a base in Obe district to Herat city":
        // forces named, taken from one place to another.
        "airlift~|transfer~|fly~|evacuate~ *3 forces|troops|soldiers|personnel|police|policemen|commandos|garrison *4 from *6 to",
        // ("transferred around 140 army and police forces from the district's centre to Ghazni",
        // "security and defence forces": a gap does not cross "and".)
        "airlift~|transfer~|fly~|evacuate~ *3 army|police|security|defence|defense and army|police|security|defence|defense forces|troops|personnel *4 from *6 to",
        // ("got the bulk of his commando unit on airplanes to Kabul".)
        "on|onto|aboard _ planes|airplanes|aircraft|helicopters|flights|choppers to",
      ],
      examples: [
        ("The surviving soldiers were airlifted to Nili on Friday.", "retreated_to AF2401"),
        ("The colonel got the bulk of his commando unit on airplanes to Kabul the night before.", "retreated_to AF0101"),
        ("Dozens of policemen were transferred by helicopter to Tirinkot.", "retreated_to AF2501"),
        ("Afghan troops were evacuated by air to Kabul.", "retreated_to AF0101"),
        ("Security forces were relocated from Yawan to Faizabad.", "retreated_to AF1701"),
        ("A helicopter evacuated 40 troops including six wounded officers from a base in Kiti district to Nili.", "retreated_to AF2401"),
        ("The air force transferred about 90 army and police forces from the district's centre to Nili.", "retreated_to AF2401"),
      ],
      not: [
        ("The police evacuated Yawan district to spare the residents a battle.", "retreated_to AF1709"),
        ("A helicopter evacuated 40 families from Kiti district to Nili.", "retreated_to AF2401"),
        ("Helicopters evacuated wounded troops from Kiti district to Nili.", "retreated_to AF2401"),
        ("Helicopters evacuated the wounded army and police forces from Kiti district to Nili.", "retreated_to AF2401"),
        ("The president flew to Mazar-e-Sharif on Wednesday.", "retreated_to AF2101"),
        ("The two commanders flew to Mazar-e-Sharif on Wednesday to organise its defence.", "retreated_to AF2101"),
        ("Hundreds of families were put on planes to Kabul.", "retreated_to AF0101"),
      ]),
  ]

  // MARK: recaptured — government or uprising forces retook the place

  static let recaptured: [TriggerRule] = [
    TriggerRule(
      "recaptured.retook", .recaptured, side: .after,
      [
        "recapture~|retake~|liberate~|reclaim~",
        "re captured|capture|took|taken|take|occupied", "reoccupy~", "take~ back",
      ],
      examples: [
        ("Commandos took back the city of Ghazni on Tuesday.", "recaptured AF1101"),
        ("Afghan forces recaptured Bangi district of Takhar on Monday morning.", "recaptured AF1804"),
        ("Commandos retook Ali Abad district in Kunduz.", "recaptured AF1903"),
        ("Security forces re-occupied Khwaja Ghar district of Takhar.", "recaptured AF1809"),
        ("Thanks to operations by the army and uprising forces, Kiti district of Daikundi has been retaken.", "recaptured AF2405"),
      ],
      not: [("Government forces have launched an operation to retake Malistan district of Ghazni.", "recaptured AF1116")]),
    TriggerRule(
      "recaptured.regained", .recaptured, side: .after,
      ["regain~|restore~|recover~|retake~|reclaim~|reassert~|reestablish~|resume~ _ government|state? control of|over", "take~|gain~|win~ back _ control of|over"],
      examples: [
        ("Security forces have regained control of Yaftal district in Badakhshan.", "recaptured AF1704"),
        ("Government forces took back control of Jaghatu district of Ghazni.", "recaptured AF1106"),
        ("The army reasserted full control over Shortepa district.", "recaptured AF2112"),
        ("Afghan forces have restored government control over Tagab district.", "recaptured AF0206"),
        ("Afghan forces resumed control of Sayed Karam district on Monday.", "recaptured AF1306"),
      ]),
    TriggerRule(
      // "Afghan forces are now in full control of Kiti": "now" tells a change (not "still").
      "recaptured.regained", .recaptured, side: .after, strength: 0.8,
      // (So do "back" and "again": "government forces are back in control of Pul-e-Khumri".)
      ["forces|troops|army|commandos|soldiers are|is|were|was now|back|again|once _ in _ control of"],
      examples: [
        ("After the operation, Afghan forces are now in full control of Kiti district.", "recaptured AF2405"),
        ("Government forces are back in control of Kiti district after the Taliban withdrew.", "recaptured AF2405"),
        ("Security forces are once again in control of Kiti district.", "recaptured AF2405"),
      ],
      not: [("Afghan forces are still in full control of Kiti district.", "recaptured AF2405")]),
    TriggerRule(
      "recaptured.regained", .recaptured, side: .before, strength: 0.85, ignoresActor: true,
      [
        "once? again|back in|under _ government|afghan control|hands", "return~|revert~ to _ government|afghan control|hands|rule",
        "once? again|back in|under _ control|hands of _ government|state|army|afghan|security",
        // ("Kohistan district is now back with the government".)
        "back with _ government|state|army|afghan|security",
        "under _ control|hands of _ government|state|army|afghan|security forces|troops? again",
        "in|under _ government|afghan control|hands again",
        // "re-entered the district centre, ending two weeks of Taliban control".
        "ending|ended *3 @taliban control|rule|occupation",
        // ("Kiti district is now under government control": "now" tells a change, as "again" does.)
        "now in|under _ government|afghan control|hands", "now in|under _ control|hands of _ government|state|army|afghan",
      ],
      examples: [
        ("Officials said Kohsan district is once again under the control of the government.", "recaptured AF3213"),
        ("Khanabad is once again in government hands after a week of fighting.", "recaptured AF1904"),
        ("Nad Ali district returned to government control on Friday, the army said.", "recaptured AF3002"),
        ("Officials said Kiti is now under the control of government forces.", "recaptured AF2405"),
        ("Qaisar district is under government control again after a week of fighting.", "recaptured AF2907"),
        ("Commandos re-entered Qaisar district on Monday, ending two weeks of Taliban control.", "recaptured AF2907"),
        ("Kiti district came back under the control of security forces on Monday.", "recaptured AF2405"),
        ("By Friday Khanabad was back with the government, officials said.", "recaptured AF1904"),
      ],
      not: [
        ("Khanabad is still in government hands.", "recaptured AF1904"),
        ("Khanabad is now in Taliban hands.", "recaptured AF1904"),
        ("The fighters left Khanabad and went back with the Taliban to their bases.", "recaptured AF1904"),
      ]),
    TriggerRule(
      // Uprising and resistance forces never held a place before the Taliban came: holding it
      // now means they took it (the government's holding a place may be no change at all).
      "recaptured.uprising-holds", .recaptured, side: .before, strength: 0.8, ignoresActor: true,
      [
        "now? under|in _ control|occupation|hands of _ resistance|uprising|anti-taliban forces|fighters|militias|militia",
        // "control of the Deh Salah and Andarab districts had passed to forces affiliated with the
        // former administration".
        "passed|shifted|transferred to _ resistance|uprising|anti-taliban forces|fighters|militias|militia",
        "passed|shifted|transferred to _ forces|fighters|militias loyal|affiliated|allied to|with _ former government|administration|republic",
      ],
      examples: [
        ("Deh Salah and Banu districts are now under the control of resistance forces.", "recaptured AF0908"),
        ("Control of Andarab district had passed to forces affiliated with the former government.", "recaptured AF0907"),
        ("Control of Deh Salah district passed to resistance fighters on Friday.", "recaptured AF0908"),
        ("Khost wa Firing district is in the hands of uprising forces, residents said.", "recaptured AF0913"),
      ],
      not: [("Deh Salah is still in the hands of government forces.", "recaptured AF0908")]),
    TriggerRule(
      "recaptured.regained", .recaptured, side: .after, strength: 0.85, maxGap: 1, ["regain~|recover~", "won|win~ back"],
      examples: [("Government troops regained Yawan district of Badakhshan on Friday.", "recaptured AF1709")],
      not: [("The army regained the initiative in Yawan district.", "recaptured AF1709")]),
    // "Tulak has been cleansed of the enemy": who is removed decides (the enemy of a Taliban
    // statement is the government: `TriggerFinder.actorAndType`).
    TriggerRule(
      "recaptured.cleansed", .recaptured, side: .before, strength: 0.8, ignoresActor: true,
      ["cleansed|cleared|freed|purged|cleaned|emptied|rid of _ @taliban|enemy|invaders|occupiers fighters|militants|insurgents|forces?"],
      examples: [
        ("Officials said Khwaja Ghar district had been emptied of Taliban fighters by Friday.", "recaptured AF1809"),
        ("Tulak district of Ghor has been completely cleansed of the enemy, the spokesman of the Islamic Emirate said.", "captured AF2309"),
        ("Tulak district of Ghor has been cleared of the enemy, the defence ministry said.", "recaptured AF2309"),
        ("The army said Khwaja Ghar district of Takhar was cleared of the Taliban.", "recaptured AF1809"),
        ("Officials said Khwaja Ghar district had been cleared of Taliban fighters by Friday.", "recaptured AF1809"),
      ]),
    TriggerRule(
      "recaptured.cleared", .recaptured, side: .either, strength: 0.8,
      // ("clearing operations continued in Spin Boldak": an operation, not a retaking.)
      // (Nor people set free: "Kunduz captured, prisoners freed", "freed the inmates of the
      // Sheberghan prison".)
      // (Nor explosives cleared: "clearing of improvised explosive devices in Arghandab".)
      notBefore: [
        "operation", "operations", "operating", "prisoners", "inmates", "hostages", "detainees", "captives",
        "the prisoners", "the inmates", "the hostages", "the detainees", "all prisoners", "all inmates",
        "mines", "landmines", "explosives", "ieds", "of mines", "of landmines", "of explosives", "of ieds", "of improvised",
        "of unexploded", "of roadside",
      ],
      notAfter: ["prisoners", "inmates", "hostages", "detainees", "captives"],
      ["cleared|clearing|freed|evicted|expelled|pushed"],
      examples: [("The army said Khwaja Ghar district of Takhar was cleared of the Taliban.", "recaptured AF1809")],
      not: [
        ("Deminers reported the clearing of improvised explosive devices in Khwaja Ghar district.", "contested AF1809"),
        ("In Andar district of Ghazni, the police pushed back a Taliban attack.", "recaptured AF1107"),
        ("Army clearing operations continued in Spin Boldak district on Sunday.", "recaptured AF2711"),
        ("Aybak captured, prisoners freed", "recaptured AF2001"),
        ("Aybak falls, hundreds of prisoners freed", "recaptured AF2001"),
        ("The insurgents entered Aybak and freed the inmates of its prison.", "recaptured AF2001"),
      ]),
    TriggerRule(
      "recaptured.drove-out", .recaptured, side: .after, strength: 0.85,
      [
        "drive~|drove|chase~|kick~|flush~|push~|force~|throw~|threw|root~|clean~|clear~|expel~|evict~|oust~ _ @taliban fighters|militants|insurgents|forces? out? of|from|away",
        // "Gizab fell on Monday before commandos pushed the insurgents out": the place told before.
        "drive~|drove|chase~|kick~|flush~|push~|force~|throw~|threw|root~ _ @taliban|them out",
        // "pushed the remainder out of Panjwai": what is left of the attackers.
        "drive~|drove|chase~|kick~|flush~|push~|force~|throw~|threw|root~|clear~|expel~|evict~ _ remainder|remnants|enemy out? of|from",
      ],
      examples: [
        ("Afghan forces cleaned the Taliban from Chahar Dara district on Monday.", "recaptured AF1902"),
        ("Gizab fell to the Taliban on Monday, but commandos pushed the insurgents out a day later.", "recaptured AF2409"),
        ("Commandos drove the Taliban out of Baharak district of Takhar.", "recaptured AF1803"),
        ("Security forces pushed the insurgents out of Ali Abad district.", "recaptured AF1903"),
        ("Commandos expelled Taliban fighters from the Chakhansur district on Friday.", "recaptured AF3403"),
        ("After killing twenty fighters, the army pushed the remnants out of Maiwand district.", "recaptured AF2710"),
      ],
      not: [("The Taliban pushed the militants of a rival group out of Ali Abad district.", "recaptured AF1903")]),
    TriggerRule(
      "recaptured.drove-out", .recaptured, side: .after, strength: 0.85, ignoresActor: true,
      [
        "@taliban|enemy fighters|militants|forces|gunmen|insurgents? are|were|was|have|has|had? been? pushed|driven|forced|expelled|evicted|chased|kicked|flushed|thrown|routed out? of|from",
        "@taliban|enemy fighters|militants|forces|gunmen|insurgents? are|were|was|have|has|had? been? forced to flee|leave|abandon|vacate|retreat|withdraw from?",
      ],
      examples: [
        ("Taliban fighters were driven out of the Deh Salah district centre in Baghlan.", "recaptured AF0908"),
        // (An adverb after the auxiliary: `TriggerFinder.floatingAdverbs`.)
        ("The insurgents were also driven out of Pul-e-Hisar district, locals said.", "recaptured AF0912"),
        ("The militants were pushed out of Bagram district after a joint operation.", "recaptured AF0302"),
        ("The insurgents have been driven from Sayad district of Sar-e Pul.", "recaptured AF2202"),
        ("The enemy was forced to flee Sancharak district, the defence ministry said.", "recaptured AF2205"),
      ],
      not: [("Government troops were pushed out of Bagram district by the Taliban.", "recaptured AF0302")]),
    TriggerRule(
      // "After two days of fighting, Afghan forces now control Kandahar city": control that
      // "now" tells as new.
      "recaptured.now-control", .recaptured, side: .after, strength: 0.75, ignoresActor: true, maxGap: 3,
      notBefore: ["the situation", "the roads", "the road", "the highway", "the airport", "the outskirts", "parts", "most", "much", "positions", "only", "just", "little", "few", "a"],
      // (The government's side named right before: "where they now hold Khamyab" is the
      // Taliban's, read by `captured.control`.)
      ["forces|troops|army|commandos|soldiers|police|government|militias|militiamen now control|controls|hold|holds"],
      examples: [
        ("After two days of fighting, Afghan forces now control Kandahar city.", "recaptured AF2701"),
        ("Commandos now hold Kiti district after the Taliban withdrew.", "recaptured AF2405"),
        ("The Taliban now control Kunduz city, residents said.", "captured AF1901"),
      ],
      not: [
        ("Security forces now control the situation in Kunduz city.", "recaptured AF1901"),
        // (What is left to the government: "now control only the provincial centre".)
        ("Government forces now control only Balkhab district and Sar-e-Pul city.", "recaptured AF2207"),
        ("The Taliban now control Kunduz city, residents said.", "recaptured AF1901"),
      ]),
    TriggerRule(
      // "The Taliban entered Qala-e-Naw but were pushed out": the subject of the clause before
      // is pushed out of the place it named (`TriggerFinder.actorAndType` turns the walk's
      // answer round: the Taliban pushed out is a recapture).
      "recaptured.pushed-out", .recaptured, side: .beforeOnly, strength: 0.8,
      [
        "but|and|then were|was|had been? pushed|driven|forced|chased|kicked|thrown|flushed|routed out",
        // "briefly captured Dahana-e-Ghori before being pushed out by commandos".
        "before being pushed|driven|forced|chased|kicked|thrown|flushed|routed out",
      ],
      examples: [
        ("The Taliban entered Qala-e-Naw city on Wednesday but were pushed out by the afternoon.", "recaptured AF3101"),
        ("Militants briefly captured Dahana-e-Ghori before being pushed out by commandos.", "recaptured AF0902"),
        ("The Taliban held Khan Abad for a day, then were driven out by the army.", "recaptured AF1904"),
        ("The Taliban entered Qala-e-Naw city on Wednesday but were pushed out by the afternoon.", "contested AF3101"),
      ],
      not: [("Government forces entered Kiti district on Monday but were driven out a day later.", "recaptured AF2405")]),
    TriggerRule(
      // "After heavy fighting in Kunduz city, forces regained control": control regained of
      // the place named before.
      "recaptured.regained", .recaptured, side: .beforeOnly, strength: 0.75,
      [
        "regain~|restore~|reassert~|reestablish~ _ government|state|full|complete? control",
        "@taliban|enemy being|been? driven|pushed|forced|chased|kicked|flushed out",
      ],
      examples: [
        ("After heavy fighting in Kunduz city, security forces regained control.", "recaptured AF1901"),
        ("Fighting in Kunduz city ended with the Taliban being driven out.", "recaptured AF1901"),
      ],
      not: [("The governor said he hoped to restore control soon in Kunduz city.", "recaptured AF1901")]),
    TriggerRule(
      "recaptured.back", .recaptured, side: .before, ["back under government control"],
      examples: [("Officials said Dehdadi district of Balkh is back under government control.", "recaptured AF2103")]),
  ]

  // MARK: captured — the Taliban took the place; it fell; forces abandoned it

  static let captured: [TriggerRule] = [
    TriggerRule(
      "captured.fell", .captured, side: .before, ignoresActor: true,
      // ("vice president of the now-fallen government", "fallen soldiers": the participle
      // before its noun qualifies a government or people, not a place that fell.)
      notBefore: ["government", "governments", "regime", "republic", "administration", "soldiers", "comrades", "heroes", "martyrs", "leader", "leaders", "president"],
      [
        "fall~ to|into _ hands?", "has|have|had|also? fallen|fell", "fell|fallen|falls|fall",
        "before|after|finally|eventually falling",
        // "fell back into Taliban hands", "has fallen back to the Taliban": taken again.
        "fall~ back into _ @taliban|their|enemy hands|control", "fall~ back to _ @taliban", "fall~ back into _ hands of",
        // "Control of Deh Salah district passed to the Taliban".
        "passed|shifted|transferred to _ @taliban",
      ],
      examples: [
        ("Nawa district in Helmand fell to the Taliban on Monday.", "captured AF3003"),
        ("Kohsan district fell back into Taliban hands on Friday.", "captured AF3213"),
        ("Control of Khamyab district passed to the Taliban on Monday.", "captured AF2806"),
        ("Days after it was retaken, Kohsan has fallen back to the Taliban.", "captured AF3213"),
        ("Officials say Shinkay district of Zabul has fallen.", "captured AF2603"),
        ("Qalat, the capital of Zabul, held out for a week before falling on Saturday.", "captured AF2601"),
        // Who a place falls to holds it (`TriggerFinder.recipient`).
        ("Deh Salah district has fallen to the anti-Taliban forces.", "recaptured AF0908"),
        ("Kiti district fell to government forces on Monday.", "recaptured AF2405"),
      ],
      not: [
        ("Deh Salah district has fallen to the anti-Taliban forces.", "captured AF0908"),
        ("The governor denied that Shinkay district of Zabul fell to the Taliban.", "captured AF2603"),
        ("If reinforcements do not arrive, Qadis district of Badghis could fall to the Taliban.", "captured AF3104"),
        ("Fighters went to Panjshir Valley. Among the leaders in the valley is Amrullah Saleh, vice president of the now-fallen government.", "captured AF08"),
      ]),
    // "Daikundi province succumbed without a struggle", "succumbed to the Taliban" (not a
    // person "from Kunduz" who succumbed to wounds).
    TriggerRule(
      "captured.succumbed", .captured, side: .beforeOnly, ignoresActor: true,
      ["succumb~ to _ @taliban", "succumb~ without _ fight|struggle|resistance|shot|battle"],
      examples: [
        ("Daikundi province succumbed without a struggle on Saturday night.", "captured AF24"),
        ("After a week of fighting Qala-e-Naw succumbed to the Taliban.", "captured AF3101"),
      ],
      not: [("A policeman from Qala-e-Naw succumbed to his wounds on Saturday.", "captured AF3101")]),
    // "the third district to fall after Chamkani and Jani Khel": the places named after "to
    // fall after" fell before it.
    TriggerRule(
      "captured.fell-after", .captured, side: .either, ignoresActor: true,
      ["to fall|collapse after|following"],
      examples: [
        ("Nahrin was the second district to fall after Burka and Doshi.", "captured AF0910"),
        ("Nahrin was the second district to fall after Burka and Doshi.", "captured AF0904"),
      ],
      not: [
        ("Nahrin was the first district to fall after the Taliban attacked Burka.", "captured AF0910"),
      ]),
    TriggerRule(
      "captured.fell-back", .captured, side: .before, ignoresActor: true, ["fallen|fell back to _ taliban"],
      examples: [("Gizab district of Daikundi has fallen back to the Taliban.", "captured AF2409")]),
    TriggerRule(
      "captured.fall-of", .captured, side: .afterOnly, ignoresActor: true, nominal: true,
      // (Plural for places taken one by one: "the seizures of Kandahar and Herat".)
      ["fall|collapse|capture|seizure|takeover|loss|surrender|handover|conquest of", "captures|seizures|takeovers|surrenders|conquests of"],
      examples: [
        ("The fall of Dawlat Shah district of Laghman shocked the capital.", "captured AF0705"),
        ("The captures of Qalat and Tarinkot this week stunned Kabul.", "captured AF2601"),
        ("The Taliban completed their conquest of Kunduz province on Sunday.", "captured AF19"),
        ("Elders negotiated the surrender of the Khamyab district centre.", "captured AF2806"),
        // Who announces a capture made it, unless "by" names another.
        ("Uprising forces announced the capture of Khinjan district on Friday.", "recaptured AF0906"),
        ("The Taliban announced the capture of Khinjan district on Friday.", "captured AF0906"),
        ("The ministry announced the capture of Kiti district by the Taliban.", "captured AF2405"),
      ],
      not: [
        ("The fall of Gardez would be a severe blow to the government.", "captured AF1301"),
        ("Uprising forces announced the capture of Khinjan district on Friday.", "captured AF0906"),
        ("The ministry announced the capture of Kiti district by the Taliban.", "recaptured AF2405"),
      ]),
    // "This week's gains include Tagab and Shindand": territory won, listed.
    TriggerRule(
      "captured.gains", .captured, side: .afterOnly, strength: 0.75, maxGap: 0,
      ["gains|conquests include|included|including|are|were", "among _ taliban|rebel|rebels|insurgent|militant? gains|conquests is|was|are|were"],
      examples: [
        ("The Taliban's latest gains include Tagab in Kapisa and Shindand in Herat.", "captured AF0206"),
        ("Among the latest rebel gains is the city of Lashkar Gah in Helmand.", "captured AF3001"),
      ],
      not: [("Government gains include Tagab in Kapisa.", "captured AF0206")]),
    TriggerRule(
      "captured.collapsed", .captured, side: .before, strength: 0.85, ignoresActor: true, ["collapsed|collapses"],
      not: [("In Kunduz, the regime collapsed within hours.", "captured AF1901")]),
    TriggerRule(
      "captured.collapsed", .captured, side: .before, ignoresActor: true, ["collapsed into _ hands"],
      examples: [("Doab district in Nuristan collapsed into the hands of the Taliban.", "captured AF1605")]),
    TriggerRule(
      "captured.seized", .captured, strength: 0.9,
      [
        "captured|capturing|captures|seized|seizing|seizes|overrun~|overtook|overtaken|conquered|conquers|invaded|invading|invades|grabbed|grabbing",
        "toppled|toppling|topples",
      ],
      examples: [
        ("The Taliban captured Kaldar district in Balkh province on Friday.", "captured AF2113"),
        ("The insurgents toppled Ghazni city on Thursday.", "captured AF1101"),
        ("Taliban fighters overran Jalrez district in Maidan Wardak overnight.", "captured AF0403"),
        ("The hardline militia seized Gardez on Friday.", "captured AF1301"),
        ("Taliban fighters captured the provincial capital of Nimroz on Friday.", "captured AF3401"),
        ("Police were stationed in Andar district of Ghazni, but the attackers overran it.", "captured AF1107"),
        ("The Taliban invaded Aybak, the capital of Samangan province, on Monday.", "captured AF2001"),
      ],
      not: [("The Taliban seized the main gate of Ghazni city.", "captured AF1101")]),
    TriggerRule(
      // "have occupied" an act; "most areas are occupied by the Taliban" a state (partial).
      "captured.seized", .captured, side: .after, strength: 0.85,
      ["have|has|had occupied", "@taliban|militants|insurgents|fighters|rebels also|then|now? occupy~"],
      examples: [
        ("Taliban militants have occupied the district centre of Panjab.", "captured AF1006"),
        ("Taliban fighters occupied Maymana on Sunday.", "captured AF2901"),
        ("August 13: the insurgents also occupy Kandahar, the second city.", "captured AF2701"),
      ],
      not: [("In Sangin most of the areas are occupied by the Taliban.", "captured AF3008")]),
    TriggerRule(
      // "was occupied by": the passive's subject, the place before, was taken by whoever "by"
      // names (`TriggerFinder.actorAndType`).
      "captured.seized", .captured, side: .beforeOnly, strength: 0.85, maxGap: 1,
      ["occupied", "overthrown"],
      examples: [
        ("Khamyab district was occupied by the Taliban on Sunday.", "captured AF2806"),
        ("Herat and Kandahar have been overthrown by the insurgents.", "captured AF3201"),
        ("Banu and Deh Salah districts have been occupied by the resistance forces.", "recaptured AF0907"),
      ],
      not: [("Banu and Deh Salah districts have been occupied by the resistance forces.", "captured AF0907")]),
    TriggerRule(
      // (A headline's present: "the Taliban conquer Mazar-i Sharif".)
      "captured.seized", .captured, side: .after, strength: 0.85, ["capture|seize|overrun|conquer|conquering"],
      examples: [("Afghanistan: the Taliban conquer Mazar-i Sharif", "captured AF2101")]),
    // "Forces loyal to the government wrested Kiti from the Taliban": who wrests decides the
    // type (`TriggerFinder.actorAndType`).
    TriggerRule(
      "captured.wrested", .captured, side: .after, strength: 0.85, maxGap: 1, ["wrest~|wrested"],
      examples: [
        ("The militants wrested Kiti district from government forces on Sunday.", "captured AF2405"),
        ("Afghan commandos wrested Kiti district from the Taliban on Sunday.", "recaptured AF2405"),
      ],
      not: [("The army wrested the initiative from the Taliban near Kiti.", "recaptured AF2405")]),
    // "The Taliban claimed victory in Kunduz city": a capture claimed (hedged by "claimed").
    // (Not yet of a province: a province after "in" is read as where the event is.)
    TriggerRule(
      "captured.claimed-victory", .captured, side: .after, strength: 0.75, maxGap: 1, ["claim~|declare~ victory in|over"],
      examples: [("The Taliban claimed victory in Kunduz city on Monday.", "captured AF1901")],
      not: [("The Taliban claimed victory over government forces in a battle near Kunduz.", "captured AF1901")]),
    TriggerRule(
      "captured.swept", .captured, side: .after, strength: 0.75, maxGap: 0, ["@taliban|group|fighters|offensive|advance|onslaught swept|sweeping|rolled|rolling through"],
      examples: [("The Taliban swept through Qalat, Tirinkot and Lashkar Gah in a single day.", "captured AF2601")],
      not: [("Fighting swept through Qalat on Sunday.", "captured AF2601")]),
    TriggerRule(
      "captured.took-control", .captured, side: .after,
      [
        "take~|gain~|seize~|assume~|win~|establish~|impose~|claim~|get~|got|wrest~|wrested back? _ control|hold|charge|possession of|over",
        // ("has now taken control in 11 provincial capitals, including the city of Ghazni".)
        "take~|gain~|seize~|assume~|establish~ _ control in",
        // ("have taken over control of Jaghatu district": "over" before the control taken.)
        "take~ over _ control|charge of|over",
        "giving|gave|give~ them|the _ taliban|group|militants? _ control of|over",
        // ("The insurgents were in charge of Taloqan by evening": only the Taliban's charge.)
        "@taliban are|were|is|was now|already? in full|complete|total? charge of",
        // ("The Taliban extended their control to Taloqan".)
        "extend~ _ control|rule to|over",
        // ("completed their grip on the province", "consolidated control over Khamyab": a hold
        // made whole.)
        "complete~|consolidate~|cement~ _ control|grip|hold on|over|of",
      ],
      examples: [
        ("The militants took control of Imam Sahib district of Kunduz.", "captured AF1905"),
        ("The militants have taken control in Ghazni city.", "captured AF1101"),
        ("By evening the insurgents had imposed control over Aybak.", "captured AF2001"),
        ("The insurgents were in full charge of Taloqan by Sunday evening.", "captured AF1801"),
        ("The army and local militias wrested back control of Kiti on Monday.", "recaptured AF2405"),
        ("On 9 August they took full control of Aybak.", "captured AF2001"),
        ("The Taliban militants have taken over control of Jaghatu district of Ghazni.", "captured AF1106"),
        ("The Taliban claimed control of Ghazni city.", "captured AF1101"),
        ("The Taliban extended their control to Taloqan on Sunday.", "captured AF1801"),
        ("Residents said the Taliban took possession of Kunduz city after the soldiers left.", "captured AF1901"),
        ("The militants overran the last checkpoint, giving them full control of Khamyab district.", "captured AF2806"),
        ("The insurgents completed their grip on Kaldar district on Friday.", "captured AF2113"),
        ("The Taliban consolidated control over Khamyab district of Jawzjan.", "captured AF2806"),
      ]),
    // "Residents of Farah city flee as Taliban take control": control taken with no object is
    // of the place named before.
    TriggerRule(
      "captured.took-control", .captured, side: .beforeOnly, strength: 0.75, maxGap: 0, objectless: true,
      ["take~|seize~|gain~|assume~ _ control"],
      examples: [("Residents of Farah city flee as Taliban take control", "captured AF3301")],
      not: [("Residents of Farah city said the Taliban took control of the airport.", "captured AF3301")]),
    TriggerRule(
      "captured.took-control", .captured, side: .after, strength: 0.85, ["take~ over"],
      examples: [("The Taliban have taken over Khamyab district of Jawzjan.", "captured AF2806")]),
    // (Not a picture taken: "This photo taken in Imam Sahib district shows fighters", the
    // captions' idiom.)
    TriggerRule(
      "captured.took", .captured, side: .after, strength: 0.8, maxGap: 1,
      notBefore: ["place", "part", "refuge", "shelter", "office", "charge", "responsibility", "steps", "note", "care", "photos", "pictures"],
      notAfter: ["photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "footage", "snapshot"],
      ["take~"],
      examples: [
        ("The Taliban took Chemtal district of Balkh on Sunday.", "captured AF2108"),
        ("Mazar-i-Sharif was taken without a fight.", "captured AF2101"),
        ("Taliban take Aybak, sixth provincial capital", "captured AF2001"),
      ],
      not: [
        ("The meeting took place in Kunduz city on Monday.", "contested AF1901"),
        ("This photo taken in Imam Sahib district on Friday shows fighters on patrol.", "captured AF1905"),
      ]),
    TriggerRule(
      "captured.control", .captured, side: .afterOnly, strength: 0.75, maxGap: 2, notBefore: ["positions", "talks", "meetings", "elections"],
      [
        "@taliban|group|fighters _ control|controls|hold|holds",
        // ("the Taliban said they now held Helmand's capital": reported speech.)
        "@taliban|group now controlled|held",
        "@taliban|group|fighters are|is|were|was _ said|believed|reported|thought|understood to control|hold",
        "@taliban|group|fighters are|is|were|was _ in _ control of", "@taliban|group|fighters have|has|had been _ in _ control of",
        "@taliban|group|fighters are|is|were|was _ running",
        // ("with the Taliban controlling most of the city", "were holding Nawur".)
        "@taliban|group|fighters are|is|were|was? _ controlling|holding",
        // ("the armed group still held on to parts of Pul-e-Khumri": a part held, a contest.)
        "@taliban|group|fighters _ hold|holds|held|holding on to",
        "@taliban|group|fighters have|has|had _ established|installed _ own? administration|government|rule in",
        "@taliban|fighters _ patrol~ _ streets|roads|bazaar|bazaars|markets of|in",
        // ("Taliban fighters were seen patrolling the streets of Taloqan".)
        "@taliban|fighters are|were|was|is seen|spotted patrolling _ streets|roads|bazaar|bazaars|markets of|in",
      ],
      examples: [
        ("The Taliban are now believed to control Gosfandi district of Sar-e Pul.", "captured AF2206"),
        ("The Taliban now control the districts of Dawlat Abad and Shirin Tagab.", "captured AF2906"),
        ("The group now holds Nerkh district of Wardak.", "captured AF0402"),
        ("A Taliban spokesman said they now held Nerkh district of Wardak.", "captured AF0402"),
        ("The Taliban also control Maruf district of Kandahar.", "captured AF2715"),
        ("Taliban fighters now hold Spin Boldak, the border town.", "captured AF2711"),
        ("The Taliban are now in full control of Kohistanat district.", "captured AF2203"),
        ("The Taliban are now running Ajristan district.", "captured AF1118"),
        ("Taliban fighters now patrol the streets of Ghoryan district, residents said.", "captured AF3211"),
        ("Taliban fighters were seen patrolling the streets of Taloqan on Sunday.", "captured AF1801"),
        ("The Taliban have now established their administration in Kahmard district.", "captured AF1004"),
        ("Residents said the Taliban were holding Nawur district on Friday.", "captured AF1110"),
        ("The armed group still held on to parts of Pul-e-Khumri city.", "contested AF0901"),
        ("The situation in Lashkar Gah is critical, with the Taliban controlling most of the city.", "contested AF3001"),
      ],
      not: [
        ("Government forces control Dawlat Abad district.", "captured AF2909"),
        ("Government forces are still holding Dawlat Abad district.", "captured AF2909"),
        ("Ghazni is a province where the Taliban control swaths of territory.", "captured AF11"),
      ]),
    TriggerRule(
      "captured.has-control", .captured, side: .after, strength: 0.8, ["have|has|had|hold|holds|held _ control of|over"],
      examples: [
        ("The Taliban now have full control of Marmul district in Balkh.", "captured AF2105"),
        ("By Monday the insurgents held full control over Jawzjan province.", "captured AF28"),
        ("After the operation, government forces now have full control of Kiti district.", "recaptured AF2405"),
      ],
      not: [
        ("Officials said the government still has control of Ghor province.", "recaptured AF23"),
        ("The Taliban have seized control over Uruzgan's capital, and the army has control of the airport only.", "recaptured AF2501"),
      ]),
    TriggerRule(
      "captured.flag", .captured, side: .either, strength: 0.75,
      [
        "hoist~|raise~|plant~ _ white? flag|flags|banner|banners in|over|on|above", "flag|flags|banner|banners now? fly|flies|flying|flew|fluttering over|in|above",
        "flag|flags|banner|banners is|was|are|were still|now? flying|fluttering over|in|above",
        "flag|flags|banner|banners was|were|is|are|has|have|had been? hoisted|raised|planted in|over|on|above",
      ],
      examples: [
        ("The Taliban hoisted their flag in Qala-e-Zal district on Friday.", "captured AF1907"),
        ("The white Taliban flag now flies over Pashtun Kot district.", "captured AF2902"),
        ("Footage showed their white banner flying over the provincial capital of Bazarak on Monday.", "captured AF0801"),
        ("The Taliban flag was hoisted over Khamyab district centre on Monday.", "captured AF2806"),
        ("Residents said the Taliban flag was still flying over Khamyab district centre.", "captured AF2806"),
      ],
      not: [("Taliban fighters raised their flag over the police headquarters of Kunduz city.", "captured AF1901")]),
    TriggerRule(
      // "Nimroz is no longer under government control", "Shinkay slipped out of government
      // hands": the government's control lost (whoever took it, by the Taliban's offensive).
      "captured.out-of-government-hands", .captured, side: .before, strength: 0.8, ignoresActor: true,
      [
        "no longer under|in _ government|afghan|state control|hands",
        "slip~|slipped|fell|fall~|fallen out of|from _ government|afghan|state control|hands",
        // "Qarqin and Khamyab districts are out of government's control" (the possessive's
        // "'s" is skipped).
        "is|are|was|were|been _ out of _ government|afghan|state control|hands",
      ],
      examples: [
        ("Officials said the province of Nimroz is no longer under government control.", "captured AF34"),
        ("Local sources said Qarqin and Khamyab districts in Jawzjan are out of the government's control.", "captured AF2810"),
        ("Shinkay district slipped out of government hands on Sunday.", "captured AF2603"),
      ],
      not: [("Shinkay district is still under government control.", "captured AF2603")]),
    TriggerRule(
      "captured.in-hands", .captured, side: .before, ignoresActor: true,
      [
        "in|into taliban hands", "in|into|under _ hands|control|rule of _ @taliban",
        "under _ taliban _ control|rule", "now _ controlled|held by _ @taliban",
        "fully|entirely|completely|wholly controlled|held by _ @taliban",
        // "has been held by the Taliban since Monday": a hold dated from when it began (not "held
        // by the Taliban for years").
        "been controlled|held|occupied by _ @taliban since",
        // "the first to be controlled by the Taliban" (not "districts are controlled by the
        // Taliban and only the centres by the government": the countryside, which contests them).
        "to be controlled by _ @taliban",
        // "the districts of Shutul and Rukha are Taliban controlled" (hyphens are skipped, so
        // "Taliban-controlled" is read `taliban controlled`).
        "is|are|was|were _ @taliban controlled|held|occupied",
        // "under the group's control", "in the group's hands" (the group of a war report).
        "under the group control|rule", "in|into the group hands",
      ],
      examples: [
        ("Darzab district of Jawzjan is now in Taliban hands.", "captured AF2811"),
        ("Zaranj, the provincial capital, was the first to be controlled by the Taliban.", "captured AF3401"),
        ("Khamyab district of Jawzjan is said to be under the Taliban's control now.", "captured AF2806"),
        ("Zari and Keshendeh districts of Balkh are under the Taleban’s control.", "captured AF2115"),
        ("Jaghatu district of Ghazni is now under the Taliban's full control.", "captured AF1106"),
        ("Zabul province is now fully controlled by the insurgents.", "captured AF26"),
        ("Khamyab district is now controlled by the insurgents.", "captured AF2806"),
        ("Qaisar district has been held by the Taliban since last week.", "captured AF2907"),
        ("It appears the districts of Shutul and Rukha are Taliban controlled.", "captured AF0806"),
        ("By Friday, Khamyab district was Taliban-held.", "captured AF2806"),
        ("A spokesman for the Taliban said Khash district of Badakhshan was now in the group's hands.", "captured AF1705"),
      ],
      not: [("Officials said Sangin and Kajaki are controlled by the Taliban, and only their centres by the army.", "captured AF3006")]),
    TriggerRule(
      // "'Islam Qala is now under our full control,' a Taliban spokesman said": a place the
      // Taliban say they hold, in their own words (only when they are the speaker:
      // `TriggerFinder.talibanSpeaks`).
      "captured.our-control", .captured, side: .before, strength: 0.75, ignoresActor: true,
      ["now? under our _ control|rule", "now? in our hands"],
      examples: [
        ("\"Islam Qala is now under our full control,\" a Taliban spokesman said on Friday.", "captured AF3213"),
        ("Zabihullah Mujahid said: \"Both districts, Shutul and Rukha, are in our hands.\"", "captured AF0806"),
        // (A quotation that opens the sentence after a sentence of the spokesman's.)
        ("Mujahid confirmed the capture. \"Islam Qala and Torghundi are under our control,\" he added.", "captured AF3207"),
      ],
      not: [
        ("\"Islam Qala is still under our control,\" the governor said, rejecting Taliban claims.", "captured AF3213"),
        ("The governor confirmed the news. \"Islam Qala and Torghundi are under our control,\" he added.", "captured AF3207"),
        ("\"Kohsan district is under our control,\" an army commander said.", "captured AF3213"),
      ]),
    TriggerRule(
      // (Not "in the hands of government forces": the side named after holds it.)
      "captured.in-hands", .captured, side: .before, strength: 0.8, ignoresActor: true,
      // ("in the hands of the security forces" too.)
      notBefore: [
        "government", "afghan", "security", "state", "national", "andsf", "ansf", "army", "police", "commandos", "uprising",
        "resistance", "the government", "the afghan", "the security", "the state", "the national", "the army", "the police",
        "the commandos", "the uprising", "the resistance",
      ],
      ["now? in|into the hands of"],
      examples: [("By nightfall Qalat was in the hands of the insurgents.", "captured AF2601")],
      not: [
        ("Qala-e-Naw is currently in the hands of government forces.", "captured AF3101"),
        ("Officials said Qalat was still in the hands of the security forces.", "captured AF2601"),
      ]),
    TriggerRule(
      // "The Taliban-held districts are: A, B and C", "Taliban-controlled areas now include A":
      // a list of the places the side holds (hyphens are skipped, so "Taliban-held" is read
      // `taliban held`).
      "captured.held-list", .captured, side: .afterOnly, strength: 0.8, ignoresActor: true,
      ["@taliban held|controlled|occupied _ districts|areas|provinces|cities|towns|places now? are|include~|included"],
      examples: [
        ("The Taliban-held districts are: Saghar in Ghor, Obe in Herat and Pushtrod in Farah.", "captured AF3212"),
        ("Insurgent-controlled areas now include Khamyab and Darzab districts of Jawzjan.", "captured AF2811"),
      ],
      not: [("Families fled Taliban-held districts for Maymana, where they sheltered in schools.", "captured AF2901")]),
    TriggerRule(
      // "in Taliban-held Kunduz", "the Taliban-controlled districts of Musa Qala and Sangin": the
      // side's hold as a word before the name (hyphens are skipped: `taliban held`). (After a
      // copula, "Kunduz is Taliban-held", it is `captured.in-hands`; a part of a place, "the
      // Taliban-controlled areas of Kunduz", is no capture of it.)
      "captured.held-before", .captured, side: .afterOnly, strength: 0.75, ignoresActor: true, maxGap: 0,
      // (Nor the verb with its own object: "the insurgents held full control over Jawzjan",
      // "the Taliban held talks in Doha".)
      notBefore: [
        "areas", "area", "parts", "part", "territory", "territories", "villages", "countryside", "regions", "zones", "pockets",
        "full", "complete", "total", "effective", "control", "sway", "power", "talks", "meetings", "a", "an", "the", "their", "its",
        "on", "out", "back", "up", "off",
      ],
      // (Nor the object of a change told by its own verb: "Afghan forces retook the Taliban-held
      // Shahrak district".)
      notAfter: Set(
        ["is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained"]
          + [
            "capture", "recapture", "retake", "take", "seize", "storm", "enter", "attack", "clear", "liberate", "regain", "reclaim",
            "overrun", "besiege", "surround", "encircle", "assault", "raid", "bomb", "target", "free", "win",
          ].flatMap(Inflections.forms(of:))),
      [
        "@taliban held|controlled|occupied|run",
        "@taliban held|controlled|occupied|run district|districts|city|cities|town|towns|province|provinces|capital|capitals of",
      ],
      examples: [
        ("Aid reached Taliban-held Kunduz on Monday.", "captured AF1901"),
        ("Residents of the Taliban-controlled districts of Musa Qala and Sangin said prices rose.", "captured AF3008"),
        ("Life in Taliban-run Herat city has changed.", "captured AF3201"),
      ],
      not: [
        ("Aid reached the Taliban-controlled areas of Kunduz province on Monday.", "captured AF19"),
        ("Families fled Taliban-held districts for Maymana, where they sheltered in schools.", "captured AF2901"),
        ("Afghan forces retook the Taliban-held Shahrak district of Ghor on Monday.", "captured AF2306"),
      ]),
    TriggerRule(
      // "By evening the city was theirs": the side named before holds it (the Taliban unless
      // the government is the subject before).
      "captured.theirs", .captured, side: .beforeOnly, strength: 0.75, maxGap: 1,
      // ("According to the Taliban, Aybak is now under their control.")
      ["is|was|are|were now? theirs", "is|was|are|were _ in their hands", "is|was|are|were _ under their control|rule"],
      examples: [
        ("The Taliban fought for Aybak all day; by evening the city was theirs.", "captured AF2001"),
        ("According to the Taliban, Darzab and Qush Tepa districts of Jawzjan are now under their control.", "captured AF2811"),
        ("Mazar-i-Sharif, Herat, Ghazni, Kandahar and more were already under their control.", "captured AF1101"),
      ],
      not: [("Asked who held Aybak, a resident said the answer was theirs to give.", "captured AF2001")]),
    TriggerRule(
      "captured.surrendered", .captured, side: .before, strength: 0.8, ignoresActor: true,
      ["surrender~|hand~ over? to _ @taliban|them"],
      examples: [
        ("Soldiers in Qadis district of Badghis surrendered to the Taleban on Wednesday.", "captured AF3104"),
        ("Taliban fighters patrolled Aybak after the city was handed to them by elders.", "captured AF2001"),
        ("Qalat was handed over to the Islamists without a fight.", "captured AF2601"),
      ],
      not: [("Kunduz army commander Gul Ahmad Sahil surrendered to the Taliban with his men.", "captured AF1901")]),
    TriggerRule(
      "captured.lost", .captured, side: .after, strength: 0.85, ignoresActor: true,
      ["lose~ _ control of|over"],
      examples: [
        ("A security source said Afghan forces had lost control of Kohsan district.", "captured AF3213"),
        ("The Taliban lost control of Kohsan district after a government counter-attack.", "recaptured AF3213"),
      ],
      not: [("The Taliban lost control of Kohsan district.", "captured AF3213")]),
    TriggerRule(
      "captured.lost", .captured, side: .after, strength: 0.8, ignoresActor: true, maxGap: 1, ["lose~"],
      examples: [
        ("Afghan forces lost Spin Boldak to the Taliban on Wednesday.", "captured AF2711"),
        ("The insurgents lost Sayed Karam district to a counter-offensive on Monday.", "recaptured AF1306"),
        ("After losing Tirinkot, the army regrouped in Kandahar.", "captured AF2501"),
      ]),
    TriggerRule(
      "captured.lost", .captured, side: .beforeOnly, strength: 0.8, ignoresActor: true,
      ["was|were lost", "has|have|had been lost"],
      examples: [("The governor admitted that Kohsan district had been lost overnight.", "captured AF3213")],
      not: [("Many lives were lost in Kohsan district this week.", "captured AF3213")]),
    TriggerRule(
      "captured.surrendered-place", .captured, side: .after, strength: 0.8, ignoresActor: true, maxGap: 2,
      ["surrender~|handed|cede~|relinquish~", "hand~ over"],
      examples: [
        ("The army ceded Kohsan district to the Taliban after a week of fighting.", "captured AF3213"),
        ("Security forces surrendered Kohsan district to the Taliban without a fight.", "captured AF3213"),
        ("The governor was detained after handing over Farah city to the Taliban.", "captured AF3301"),
        ("The governor of Daikundi surrendered the province to the Taliban on Sunday.", "captured AF24"),
        ("Officials in Kapisa surrendered the province to the Taliban.", "captured AF02"),
      ],
      not: [
        ("The Taliban handed over Kohsan district to government forces.", "captured AF3213"),
        ("The commander refused to surrender Farah city to the Taliban.", "captured AF3301"),
      ]),
    TriggerRule(
      "captured.capitulated", .captured, side: .beforeOnly, strength: 0.8, ignoresActor: true, maxGap: 1,
      ["surrendered|capitulated without _ fight|shot|battle|resistance"],
      examples: [("On Monday, Aybak surrendered without a shot being fired.", "captured AF2001")],
      not: [("The governor of Farah said he would never surrender without a fight.", "captured AF3301")]),
    TriggerRule(
      // "Faryab fell when Maymana surrendered": a place that surrenders is taken.
      "captured.capitulated", .captured, side: .beforeOnly, strength: 0.75, ignoresActor: true, maxGap: 0,
      // (Not a surrender with an object of its own, "the governor of Daikundi surrendered the
      // province": `captured.surrendered-place`.)
      notBefore: ["the", "it", "its", "their", "his", "control", "a"],
      ["surrendered|capitulated"],
      examples: [
        ("Faryab province fell to the Taliban on Sunday when Maymana surrendered.", "captured AF2901"),
        ("Sources said that Badghis and Helmand provinces had surrendered.", "captured AF31"),
        ("Officials said Maymana has now surrendered.", "captured AF2901"),
      ],
      not: [("Ten Taliban fighters surrendered to the police in Maymana.", "captured AF2901")]),
    TriggerRule(
      "captured.handed", .captured, side: .after, strength: 0.85, ignoresActor: true,
      ["hand~ over? _ control of", "cede~|relinquish~ _ control of|over"],
      examples: [
        ("Local elders handed control of Ghoryan district of Herat to the Taliban.", "captured AF3211"),
        ("The garrison surrendered on Friday, ceding control of the city of Qalat.", "captured AF2601"),
      ]),
    TriggerRule(
      "captured.abandoned", .captured, side: .after, strength: 0.8, ignoresActor: true,
      // ("evacuated diplomats from Kabul", "evacuated the wounded from Kiti": people taken out
      // of a place that nobody gave up.)
      notBefore: peopleTakenOut,
      [
        "abandon~|evacuate~|vacate~",
        "retreat~|withdraw~|withdrawal|pull~|flee~|escape~ from",
        "retreat~|withdraw~|pull~|move~ out of", "pulled|pulling|fell|falling back from",
        // ("a 'strategic retreat' in Dawlat Shah district": the same wording by another name.)
        "tactical|strategic retreat from|in",
        // The forces themselves taken out: "withdrew its troops from", "pulled all soldiers out of".
        // (Not "evacuated wounded troops from": only determiners and words naming the side between.)
        "withdraw~|evacuate~|pull~|move~|relocate~ _ remaining|government|afghan|security|army? forces|troops|soldiers|personnel|police|policemen|garrison from",
        "withdraw~|pull~|move~ _ remaining|government|afghan|security|army? forces|troops|soldiers|personnel|police|policemen|garrison out of",
      ],
      examples: [
        ("Soldiers who escaped from Ishkashim district regrouped in Faizabad.", "captured AF1723"),
        ("The police went on a \u{201C}strategic retreat\u{201D} in Alingar district on Friday.", "captured AF0704"),
        ("The army withdrew its forces from Kiti district on Monday.", "captured AF2405"),
        ("The ministry evacuated all soldiers from Kiti district on Monday.", "captured AF2405"),
        ("The government pulled its troops out of Kiti district on Monday.", "captured AF2405"),
        ("Afghan forces withdrew from Panjwai district of Kandahar after a week of fighting.", "captured AF2704"),
        ("Government forces withdrew from Khwaja Bahawuddin district to Taloqan city.", "retreated_to AF1801"),
        ("Government forces pulled back from Garmser to Lashkar Gah on Friday.", "captured AF3006"),
        ("Government troops regrouped in Kunduz city after pulling out of Imam Sahib district.", "captured AF1905"),
      ],
      not: [
        ("The Taliban withdrew from Panjwai district of Kandahar.", "captured AF2704"),
        ("Prisoners escaped from the jail in Kaldar district.", "contested AF2113"),
        ("Helicopters evacuated the wounded from Kiti district on Monday.", "captured AF2405"),
        ("Fresh troops were flown to Kabul, where they will help evacuate diplomats.", "captured AF0101"),
        ("The Taliban withdrew their fighters from Kiti district on Monday.", "captured AF2405"),
        ("Helicopters evacuated wounded troops from Kiti district to Nili.", "captured AF2405"),
      ]),
    TriggerRule(
      "captured.abandoned", .captured, side: .before, strength: 0.75, ignoresActor: true, ["left the district"]),
    // "Forces defending Zaranj abandoned their positions": the place is named in the subject.
    TriggerRule(
      "captured.abandoned-posts", .captured, side: .beforeOnly, strength: 0.7, ignoresActor: true, maxGap: 0, objectless: true,
      ["abandon~|desert~|vacate~|leave|left|leaving their|the|all? positions|posts|bases|checkpoints"],
      examples: [
        ("Afghan forces defending the provincial capital, Qalat, abandoned their positions on Friday.", "captured AF2601"),
        ("Soldiers in Shahjoy district deserted their posts overnight.", "captured AF2606"),
      ],
      not: [
        ("Taliban fighters in Shahjoy district abandoned their positions after airstrikes.", "captured AF2606"),
        ("Soldiers in Shahjoy district have not left their posts.", "captured AF2606"),
      ]),
    // "Taliban fighters patrolled Pul-e-Khumri after government forces pulled out": forces
    // leaving with no place after them left the place named before.
    TriggerRule(
      "captured.forces-left", .captured, side: .beforeOnly, strength: 0.7, ignoresActor: true, maxGap: 0, objectless: true,
      ["forces|troops|soldiers|police|army|garrison withdrew|retreated|pulled|moved|fell out|back|away?"],
      examples: [
        ("Taliban fighters patrolled the streets of Pul-e-Khumri on Wednesday after government forces pulled out.", "captured AF0901")
      ],
      not: [
        ("Government forces pulled out of Ghormach and regrouped in Qala-e-Naw.", "captured AF3101"),
        ("The Taliban entered Pul-e-Khumri after government forces withdrew to the airport.", "captured AF0901"),
        ("Government forces retreated from Pul-e-Khumri to Kabul.", "retreated_to AF0901"),
      ]),
    TriggerRule(
      "captured.abandoned", .captured, side: .after, strength: 0.75, ignoresActor: true,
      ["forces|troops|soldiers|police have|had left", "forces|troops|soldiers|police|army left"],
      examples: [("Sources said security forces have left Kaldar district in Balkh.", "captured AF2113")]),
    // "Soldiers who fled Kiran wa Munjan": forces fleeing a place name it right after the verb
    // ("fled to Jurm" is where they went; civilians fleeing give nothing up).
    TriggerRule(
      "captured.abandoned", .captured, side: .afterOnly, strength: 0.75, ignoresActor: true, maxGap: 0, ["fled"],
      examples: [("Soldiers who fled Keran wa Menjan district have taken refuge in Jurm.", "captured AF1726")],
      not: [
        ("Soldiers fled to Jurm after the attack.", "captured AF1710"),
        ("Thousands fled Kunduz city as the fighting spread.", "captured AF1901"),
        ("A woman who fled Kunduz city with her two daughters said the schools were shut.", "captured AF1901"),
        ("Hundreds of families fled Kunduz city.", "captured AF1901"),
      ]),
    TriggerRule(
      "captured.abandoned", .captured, side: .after, strength: 0.8, ignoresActor: true,
      [
        "forces|troops|soldiers|police|army|government were|was|have|has|had? been? pushed|driven|forced|expelled|evicted|chased|kicked|thrown|routed out? of|from",
        "forces|troops|soldiers|police|army were|was|have|has|had? been? forced to flee|leave|abandon|vacate|retreat|withdraw from?",
        // ("the government forces who suffered losses were forced to leave": a relative clause
        // between the forces and their verb.)
        "forces|troops|soldiers|police|army who|that *6 were|was|have|has|had? been? pushed|driven|forced|expelled|evicted|chased|kicked|thrown|routed out? of|from",
        "forces|troops|soldiers|police|army who|that *6 were|was|have|has|had? been? forced to flee|leave|abandon|vacate|retreat|withdraw from?",
      ],
      examples: [
        ("Government troops were pushed out of Bagram district by the Taliban.", "captured AF0302"),
        ("Security forces were forced to abandon Sancharak district on Friday.", "captured AF2205"),
        ("Security forces who were under siege for weeks were forced to leave Khakrez district on Sunday.", "captured AF2707"),
        ("Troops that held Sancharak district were pushed out of it by the Taliban.", "captured AF2205"),
      ]),
  ]

  // MARK: mobilization — locals took up arms against the Taliban

  static let mobilization: [TriggerRule] = [
    TriggerRule(
      "mobilization.uprising", .mobilization, strength: 0.85,
      // (Not people moving about: "the interruption of regular public movements", "restrictions
      // on public movement".)
      notAfter: ["regular", "normal", "interruption", "interrupting", "interrupted", "restriction", "restrictions", "restricted", "freedom", "curbs"],
      // ("public resistance forces": the 2021 name of the local forces that rose beside the army.)
      ["uprising|uprisings", "public|popular resistance? movement|movements", "public|popular resistance force|forces|front|fronts"],
      examples: [
        ("A public uprising against the Taliban began in Herat city on Friday.", "mobilization AF3201"),
        ("A former governor has created a public resistance movement in Herat city.", "mobilization AF3201"),
        ("Popular resistance forces were formed in Nili on Sunday.", "mobilization AF2401"),
        ("The new public movement against the militants has spread to Jawzjan and Faryab provinces.", "mobilization AF28"),
      ],
      not: [("A blocked highway in Zheray district interrupted regular public movements on Tuesday.", "mobilization AF2705")]),
    TriggerRule(
      "mobilization.arms", .mobilization, strength: 0.9,
      [
        "take~|pick~ up? arms|weapons|guns|rifles|firearms", "armed with weapons|guns|rifles|firearms",
        "buy~|bought|purchase~|acquire~ guns|weapons|arms|rifles|firearms|kalashnikovs",
        "take~|took to _ streets with|holding|carrying weapons|arms|guns|rifles|firearms", "stand~ up with arms|weapons|guns|rifles|firearms",
        // "Women in Ghor marched with guns in Firozkoh".
        "march~ with|holding|carrying weapons|arms|guns|rifles|firearms",
        "are|is|were|was|been now|all? up with arms|weapons|guns|rifles|firearms",
        "women|men|residents|villagers|locals|youths|people *4 held|holding|carried|carrying|brandished|brandishing rifles|guns|weapons|kalashnikovs",
        "residents|villagers|locals|youths|people|civilians|men|women|volunteers|tribesmen *3 have|has|had been armed",
        // "local fighters armed by the government".
        "residents|villagers|locals|youths|people|civilians|men|women|volunteers|tribesmen|fighters armed by",
      ],
      examples: [
        ("Hundreds of residents of Bamyan took up arms against the Taliban.", "mobilization AF10"),
        ("People in Ghor have taken arms to defend their homes.", "mobilization AF23"),
        ("Villagers in Jaghori have picked up guns to defend their district.", "mobilization AF1114"),
        ("Young men in Parwan, armed with weapons, gathered at the governor's office.", "mobilization AF03"),
        ("Women in Jawzjan took to the streets carrying rifles.", "mobilization AF28"),
        ("Hundreds of women marched with guns in Chaghcharan on Monday.", "mobilization AF2301"),
        ("Women in Jawzjan held rifles and chanted slogans against the Taliban in Sheberghan.", "mobilization AF2801"),
        ("Residents of Kabul city said they had bought guns to protect their families.", "mobilization AF0101"),
        ("Residents of Maymana have been armed by the government.", "mobilization AF2901"),
        ("Local fighters armed by the government patrolled the streets of Herat city.", "mobilization AF3201"),
        ("Young men in Maimana city have been armed by the government to fight the Taliban.", "mobilization AF2901"),
        ("Residents of Ghor and Paktia provinces are now up with arms to defend their villages.", "mobilization AF23"),
        ("In Ghor and Kunduz people say they were left with no option but to take up arms.", "mobilization AF19"),
      ]),
    // "raised a force of 2,000 men", "anti-Taliban fighters have gathered in Andarab".
    TriggerRule(
      "mobilization.force", .mobilization, strength: 0.8,
      [
        "raise~|form~|formed|muster~ _ force|forces|militia|militias of? *2 men|fighters|volunteers?",
        // "have begun recruiting fighters to resist the Taliban" (a purpose of resisting).
        "recruit~ *3 fighters|men|volunteers|militiamen|youths to fight|resist|defend|confront",
        // "A new militia has been raised in Panjshir".
        "militia|militias has|have|had|was|were been? raised|formed|created|established",
        "fighters|militiamen|gunmen|men|volunteers|forces loyal to *4 gather~|mass~|assemble~|muster~|regroup~|concentrate~",
        // "forces loyal to Massoud established themselves in the Panjshir valley".
        "fighters|militiamen|gunmen|men|volunteers|forces loyal to *4 establish~ themselves",
      ],
      examples: [
        ("Elders in Jaghori say the community has raised a force of 2,000 men to keep the Taliban out.", "mobilization AF1114"),
        ("Hundreds of anti-Taliban fighters have gathered in Andarab.", "mobilization AF0907"),
        ("Fighters loyal to a former governor massed in Herat city on Friday.", "mobilization AF3201"),
        ("Forces loyal to a local commander were gathering in Andarab on Monday.", "mobilization AF0907"),
        ("Forces loyal to the former vice president established themselves in the Panjshir valley.", "mobilization AF08"),
        ("A new militia has been raised in Panjshir province to resist the Taliban.", "mobilization AF08"),
        ("Former commanders in Parwan have begun recruiting fighters to resist the Taliban.", "mobilization AF03"),
        ("Young men have formed an unofficial militia to defend Lashkar Gah.", "mobilization AF3001"),
        ("Anti-Taliban militias retook Kiti district.", "recaptured AF2405"),
      ],
      not: [
        ("The Taliban formed a militia of 300 men in Andarab.", "mobilization AF0907"),
        ("Fighters loyal to the Taliban gathered in Kandahar city.", "mobilization AF2701"),
      ]),
    TriggerRule(
      // ("the city of half a million people and centre of anti-Taliban resistance": a city's
      // past, no rising.)
      "mobilization.force", .mobilization, strength: 0.8,
      notAfter: [
        "center", "centre", "hub", "bastion", "stronghold", "heart", "symbol", "cradle", "birthplace", "sanctuary", "haven",
        "redoubt", "bulwark",
      ],
      // ("Taliban-resistant forces": hyphens are skipped.)
      ["anti taliban fighters|militia|militias|forces|groups|resistance", "taliban resistant|opposing fighters|militia|militias|forces|groups"],
      examples: [
        ("Anti-Taliban militias in Jaghori district held their ground on Friday.", "mobilization AF1114"),
        ("Taliban-resistant forces were starting to concentrate in Andarab.", "mobilization AF0907"),
      ],
      not: [
        ("Mazar, long a centre of anti-Taliban resistance, was calm on Monday.", "mobilization AF2101"),
        ("They rode into Mazar-i-Sharif, once thought a sanctuary of anti-Taliban resistance.", "mobilization AF2101"),
      ]),
    TriggerRule(
      "mobilization.resistance", .mobilization, strength: 0.85,
      ["join~ _ people|public|popular|national? armed? resistance|fight|battle|uprising", "join~ his|their forces|ranks|fighters|militia|militias", "rise~|stand~ up against", "rise~ against", "join~ *6 to fight|resist _ @taliban",
        "join~ _ police|army|militia|militias|ranks *3 to defend|protect",
        // ("Locals in Shibar district have joined the government forces": the place and its
        // level noun inside the gap.)
        "residents|locals|villagers|civilians|youths|people *5 join~|joined _ security|government|afghan forces|troops|army|police",
        "residents|locals|villagers|youths|militiamen|fighters|followers|supporters|loyalists *5 join~|joined _ army|police|troops",
        // "Hundreds of men from Jabal Saraj have volunteered to join the security forces".
        "volunteer~ to join|fight|defend",
        // "signed up to join the uprising", "registered to fight"; "rose up to support the army".
        "sign~ up to join|fight|defend", "register~|enlist~ to join|fight|defend",
        "rise~ up to support|defend|back|protect|fight|resist"],
      examples: [
        ("Dozens of young men in Qala-e-Naw joined the police to defend the city.", "mobilization AF3101"),
        ("Hundreds of men from Jabal Saraj have volunteered to join the security forces.", "mobilization AF0305"),
        ("Hundreds of men in Taloqan city signed up to join the uprising.", "mobilization AF1801"),
        ("The people of Herat city rose up on Friday to support the security forces.", "mobilization AF3201"),
        ("Young men in Ghor province joined the resistance against the militants.", "mobilization AF23"),
        ("People in Jaghatu district of Wardak rose up against the Taliban.", "mobilization AF0408"),
        ("Residents of Balkh province have joined the people's resistance forces.", "mobilization AF21"),
        ("Thousands of men from Panjshir, Parwan and Kapisa have joined his forces.", "mobilization AF03"),
        ("Hundreds of men in Herat joined forces loyal to a former governor to fight the Taliban.", "mobilization AF3201"),
        ("In Parwan's Shinwari district, hundreds of residents joined the security forces on Tuesday.", "mobilization AF0303"),
        ("Locals in Shibar district have joined the government forces.", "mobilization AF1002"),
        ("In Herat city, the former governor's followers have joined the army on the front line.", "mobilization AF3201"),
      ],
      not: [
        ("Soldiers in Shinwari district of Parwan joined the security forces of the province.", "mobilization AF0303"),
        ("Taliban fighters in Herat city joined the army of the Islamic Emirate.", "mobilization AF3201"),
      ]),
    TriggerRule(
      // (Not aid mobilised: "humanitarian partners mobilised eight assessment teams in Kunar".)
      "mobilization.mobilized", .mobilization, strength: 0.85,
      notBefore: ["resources", "funds", "funding", "assistance", "aid", "support", "supplies", "teams"],
      notAfter: [
        "partners", "agencies", "humanitarian", "aid", "ngos", "organisations", "organizations", "donors", "cluster", "clusters",
      ],
      ["mobilized|mobilised|mobilizing|mobilising|mobilization|mobilisation|mobilize|mobilise"],
      examples: [
        ("The marshal mobilized his militias in northern Afghanistan.", "mobilization region:north"),
        ("The governor mobilised hundreds of young men in Kunar on Sunday.", "mobilization AF15"),
      ],
      not: [
        ("Humanitarian partners mobilised eight assessment teams in Kunar on Sunday.", "mobilization AF15"),
        ("Aid agencies have mobilized resources in Laghman province.", "mobilization AF07"),
        ("The Taliban stepped up attacks in Herat province by mobilizing fighters from other provinces.", "mobilization AF32"),
      ]),
    TriggerRule(
      "mobilization.battlefield", .mobilization, strength: 0.9,
      ["leave~ their? homes for the battlefields?", "sign~ up to fight", "register~|enlist~|volunteer~|enrol~|enroll~ *2 to fight|defend"],
      examples: [
        ("In Panjab district of Bamyan, young men left their homes for the battlefield.", "mobilization AF1006"),
        ("Hundreds of young men in Nili have enlisted to defend the city.", "mobilization AF2401"),
      ]),
    TriggerRule(
      "mobilization.armed", .mobilization, strength: 0.85,
      [
        "arm~|rearm~ themselves", "armed civilians|civilian|residents|locals|villagers|youths|men|women|tribesmen|people|supporters",
        "arm~ themselves? against",
        // "5000 People Armed in Balkh to Fight Taliban", "residents have armed to resist".
        "civilians|residents|locals|villagers|youths|men|women|tribesmen|people|volunteers armed|arming *4 to fight|resist|defend|confront|counter",
        "arm~ themselves? to fight|resist|defend|confront|counter",
        "arm~|rearm~ *3 supporters|followers|tribesmen|volunteers|residents|locals|villagers|civilians|youths",
        "rearm~ _ men|fighters",
        "organise~|organize~|form~|formed _ armed groups|group|militias|resistance|uprising",
        "organise~|organize~|form~|formed _ own? defence|defense|self-defence|self-defense|self units|forces|groups|committees",
        "organise~|organize~|form~|formed _ groups|units|committees|squads *4 to defend|protect|guard",
      ],
      examples: [
        ("People of Jawzjan have armed against the Taliban.", "mobilization AF28"),
        ("Thousands of People Armed in Samangan to Fight Taliban", "mobilization AF20"),
        ("Residents of Kapisa have armed to resist the insurgents.", "mobilization AF02"),
        ("Hundreds of armed women marched through Firozkoh on Sunday, chanting against the Taliban.", "mobilization AF2301"),
        ("Residents of Kapisa armed themselves against the insurgents.", "mobilization AF02"),
        ("Villagers in Bamyan's Yakawlang district have formed their own defence units.", "mobilization AF1005"),
        ("Villagers in Kapisa are arming themselves to defend their homes.", "mobilization AF02"),
        ("Armed civilians gathered in Herat city on Friday.", "mobilization AF3201"),
        ("In Herat, a former governor has armed hundreds of his supporters.", "mobilization AF3201"),
        ("Residents of Panjshir have begun organising armed groups to defend the valley.", "mobilization AF08"),
        ("Elders in Nili have formed groups of young men to guard the city.", "mobilization AF2401"),
      ],
      not: [("Taliban armed men attacked a checkpoint in Herat.", "mobilization AF32")]),
    TriggerRule(
      "mobilization.armed", .mobilization, strength: 0.7,
      ["receiving|received|distributed|distributing|handed|handing|given weapons|arms|guns", "distribute~|hand~ out weapons|arms|guns"],
      examples: [("The government has been distributing weapons to civilians in Kapisa.", "mobilization AF02")]),
    TriggerRule(
      "mobilization.rally", .mobilization, strength: 0.7,
      [
        "rally|rallies|rallied|gathered|gather~|march~ *3 in support of _ afghan? security|government|afghan|national forces|troops|army",
        // "Citizens of Herat have rallied behind Ismail Khan to drive the Taliban out".
        "rally|rallies|rallied|rallying behind|around *4 to fight|resist|defend|throw|drive|push|expel",
      ],
      examples: [
        ("Hundreds of people from Panjshir held a rally in support of the security forces.", "mobilization AF08"),
        ("Residents of Mazar-e-Sharif rallied behind their old commanders to resist the Taliban.", "mobilization AF2101"),
      ],
      not: [("The Taliban held a rally in support of the group's leader in Kandahar.", "mobilization AF2701")]),
    TriggerRule(
      "mobilization.militia", .mobilization, strength: 0.6, notAfter: ["from", "against", "and", "by", "with"],
      // ("his militia", "local militia groups": the singular with a word that makes it a local
      // force; not "militia forces" alone, which photo captions use of any unit on patrol.)
      ["militias|militiamen|volunteers", "his|their|her|local militia"],
      examples: [
        ("The former governor sent his militia into the streets of Herat city on Monday.", "mobilization AF3201"),
        ("More than 600 fighters of local militia groups have arrived in Bazarak.", "mobilization AF0801"),
        ("Hundreds of volunteers gathered in Charikar to defend Parwan.", "mobilization AF03"),
        ("Local militias were formed in Ghazni city to resist the Taliban.", "mobilization AF1101"),
      ],
      not: [
        ("The Taliban retook Yamgan district from pro-government militias on Tuesday.", "mobilization AF1718"),
        ("Security forces and local militias liberated Dawlat Abad district of Faryab from the Taliban.", "mobilization AF29"),
        ("Afghan militia forces stood guard at an outpost in Taloqan on Tuesday.", "mobilization AF1801"),
      ]),
  ]
}
