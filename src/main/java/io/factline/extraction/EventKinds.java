package io.factline.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Coarse kinds of events, from the lemma of the word a time is anchored to, and which kinds can
 * describe the same happening: a trip made for talks is reported as "will travel to Moscow" by
 * one source and "will meet in Moscow" by another, so TRAVEL and MEETING are compatible.
 */
public final class EventKinds {

    public static final String TRAVEL = "travel";
    public static final String MEETING = "meeting";
    public static final String STATEMENT = "statement";
    public static final String TRANSFER = "transfer";
    public static final String CONFLICT = "conflict";
    public static final String VOTE = "vote";
    public static final String STRIKE = "strike";
    public static final String RULING = "ruling";
    public static final String REPLY = "reply";
    public static final String DEAL = "deal";
    public static final String HEARING = "hearing";
    /** Both sides hand each other people or goods: "exchanged prisoners", "swapped detainees". */
    public static final String EXCHANGE = "exchange";
    /** Someone goes through a check: a medical, a test, an inspection ({@code UndergoneHappening}). */
    public static final String EXAMINATION = "examination";
    /**
     * Someone gets in without leave, into computer systems or a building, and takes what is there:
     * "breached the network", "hacked", "broke into the museum", "a night raid", "the theft of three
     * paintings", "burgled", "robbed". Outlets tell one break-in as any of these ({@link Theft}).
     */
    public static final String INTRUSION = "intrusion";
    /** People held are let go: "released the hostages", "freed four aid workers", "the release". */
    public static final String RELEASE = "release";
    /** People are moved out of a place in danger: "ordered the evacuation", "were evacuated", "ordered out". */
    public static final String EVACUATION = "evacuation";
    /** A plant or a site stops working: "shut the plant down", "the shutdown", "closure". */
    public static final String SHUTDOWN = "shutdown";
    /**
     * Something held in escapes: "a pipeline leaked", "diesel spilled into the river", "a pipe burst", "a
     * section ruptured", "oil seeped" (s12-incident: one leak told by four outlets with four verbs).
     */
    public static final String LEAK = "leak";
    /** Vehicles hit something or each other: "crashed", "collided", "a collision" ({@link Incident}). */
    public static final String CRASH = "crash";
    /** Someone opens fire on people: "shot", "a shooting" ({@link Incident}). */
    public static final String SHOOTING = "shooting";
    /** Something blows up: "an explosion", "the blast", "exploded" ({@code AccidentNoun}). */
    public static final String EXPLOSION = "explosion";
    /**
     * Someone taken into custody: outlets write "detained", "arrested" or "apprehended" for one
     * arrest, so the three are one kind and one action ({@link #sameAction}).
     */
    public static final String ARREST = "arrest";
    /**
     * A country sends someone out: "expelled the ambassador", "ordered him out", "declared him
     * persona non grata", "deported" ({@link Expulsion}).
     */
    public static final String EXPULSION = "expulsion";
    /**
     * Someone leaves a post: "resigned", "stepped down", "quit" (session 12, lead): outlets tell one
     * departure with any of them.
     */
    public static final String RESIGNATION = "resignation";
    /** A day by which something must be done ({@code Deadline}). */
    public static final String DEADLINE = "deadline";

    private static final Map<String, String> BY_LEMMA = Map.ofEntries(
            Map.entry("travel", TRAVEL), Map.entry("go", TRAVEL), Map.entry("leave", TRAVEL),
            Map.entry("arrive", TRAVEL), Map.entry("flee", TRAVEL), Map.entry("fly", TRAVEL), Map.entry("visit", TRAVEL),
            Map.entry("return", TRAVEL), Map.entry("head", TRAVEL), Map.entry("depart", TRAVEL),
            Map.entry("trip", TRAVEL), Map.entry("tour", TRAVEL), Map.entry("come", TRAVEL),
            Map.entry("meet", MEETING), Map.entry("talk", MEETING), Map.entry("join", MEETING),
            Map.entry("host", MEETING), Map.entry("hold", MEETING), Map.entry("sit", MEETING),
            Map.entry("welcome", MEETING), Map.entry("summit", MEETING), Map.entry("meeting", MEETING),
            Map.entry("negotiate", MEETING), Map.entry("discuss", MEETING), Map.entry("confer", MEETING),
            Map.entry("gather", MEETING), Map.entry("negotiation", MEETING), Map.entry("conference", MEETING),
            Map.entry("say", STATEMENT), Map.entry("tell", STATEMENT), Map.entry("confirm", STATEMENT),
            Map.entry("report", STATEMENT), Map.entry("announce", STATEMENT), Map.entry("add", STATEMENT),
            Map.entry("state", STATEMENT), Map.entry("claim", STATEMENT), Map.entry("deny", STATEMENT),
            Map.entry("insist", STATEMENT), Map.entry("interview", STATEMENT), Map.entry("speech", STATEMENT),
            Map.entry("write", STATEMENT), Map.entry("speak", STATEMENT), Map.entry("statement", STATEMENT),
            Map.entry("receive", TRANSFER), Map.entry("send", TRANSFER), Map.entry("pass", TRANSFER),
            Map.entry("deliver", TRANSFER), Map.entry("give", TRANSFER), Map.entry("hand", TRANSFER),
            Map.entry("submit", TRANSFER), Map.entry("present", TRANSFER), Map.entry("transfer", TRANSFER),
            Map.entry("get", TRANSFER), Map.entry("obtain", TRANSFER), Map.entry("forward", TRANSFER),
            Map.entry("lend", TRANSFER), Map.entry("borrow", TRANSFER),
            Map.entry("fight", CONFLICT), Map.entry("fighting", CONFLICT), Map.entry("attack", CONFLICT),
            Map.entry("strike", STRIKE), Map.entry("walkout", STRIKE), Map.entry("stoppage", STRIKE),
            Map.entry("picket", STRIKE), Map.entry("invade", CONFLICT), Map.entry("war", CONFLICT),
            Map.entry("invasion", CONFLICT), Map.entry("shell", CONFLICT), Map.entry("bomb", CONFLICT),
            Map.entry("election", VOTE), Map.entry("vote", VOTE), Map.entry("referendum", VOTE),
            Map.entry("rule", RULING), Map.entry("ruling", RULING), Map.entry("verdict", RULING),
            Map.entry("judgment", RULING), Map.entry("judgement", RULING),
            Map.entry("reply", REPLY), Map.entry("answer", REPLY), Map.entry("respond", REPLY),
            Map.entry("response", REPLY),
            Map.entry("buy", DEAL), Map.entry("acquire", DEAL), Map.entry("purchase", DEAL), Map.entry("sell", DEAL),
            Map.entry("merge", DEAL), Map.entry("takeover", DEAL), Map.entry("acquisition", DEAL),
            Map.entry("merger", DEAL), Map.entry("hear", HEARING), Map.entry("hearing", HEARING),
            Map.entry("exchange", EXCHANGE), Map.entry("swap", EXCHANGE),
            Map.entry("breach", INTRUSION), Map.entry("hack", INTRUSION), Map.entry("intrusion", INTRUSION),
            Map.entry("cyberattack", INTRUSION), Map.entry("raid", INTRUSION), Map.entry("theft", INTRUSION),
            Map.entry("steal", INTRUSION), Map.entry("rob", INTRUSION), Map.entry("robbery", INTRUSION),
            Map.entry("burgle", INTRUSION), Map.entry("burglary", INTRUSION), Map.entry("heist", INTRUSION),
            Map.entry("loot", INTRUSION),
            Map.entry("evacuate", EVACUATION), Map.entry("evacuation", EVACUATION),
            Map.entry("shut", SHUTDOWN), Map.entry("close", SHUTDOWN), Map.entry("shutdown", SHUTDOWN), Map.entry("closure", SHUTDOWN),
            Map.entry("release", RELEASE), Map.entry("free", RELEASE), Map.entry("liberate", RELEASE),
            Map.entry("explosion", EXPLOSION), Map.entry("explode", EXPLOSION), Map.entry("blast", EXPLOSION),
            Map.entry("leak", LEAK), Map.entry("spill", LEAK), Map.entry("seep", LEAK), Map.entry("rupture", LEAK),
            Map.entry("burst", LEAK), Map.entry("crash", CRASH), Map.entry("collide", CRASH),
            Map.entry("collision", CRASH), Map.entry("shoot", SHOOTING), Map.entry("shooting", SHOOTING),
            Map.entry("inspection", EXAMINATION), Map.entry("inspect", EXAMINATION), Map.entry("audit", EXAMINATION),
            Map.entry("arrest", ARREST), Map.entry("detain", ARREST), Map.entry("apprehend", ARREST),
            Map.entry("detention", ARREST), Map.entry("custody", ARREST), // s10-scenc: "taken into custody" (StatePassage)
            Map.entry("deadline", DEADLINE),
            // s13-scenb: a hazard reaching a place ({@link HazardStrike}), and its nouns ("the landfall", "the earthquake").
            Map.entry(HazardStrike.LANDFALL, HazardStrike.LANDFALL), Map.entry(HazardStrike.QUAKE, HazardStrike.QUAKE),
            Map.entry("quake", HazardStrike.QUAKE), Map.entry("tornado", "tornado"), Map.entry("tsunami", "tsunami"),
            Map.entry("landslide", "landslide"),
            Map.entry("resign", RESIGNATION), Map.entry("quit", RESIGNATION), Map.entry("resignation", RESIGNATION),
            Map.entry(Expulsion.EXPEL, EXPULSION), Map.entry("expulsion", EXPULSION), Map.entry("deport", EXPULSION),
            Map.entry("deportation", EXPULSION),
            // s9-scena: a person escorted somewhere makes a trip; finding out ({@code Discovery})
            Map.entry("escort", TRAVEL), Map.entry(Discovery.ACTION, Discovery.KIND),
            Map.entry(InquiryOpened.ACTION, InquiryOpened.KIND), Map.entry(Taking.DIVERT, Taking.DIVERT),
            Map.entry(Testimony.TESTIFY, HEARING),
            // s13-merge: a truce is a kind of its own (TruceInForce), so a named report of one finds another
            // outlet's report naming nobody ("the ceasefire took effect on Thursday").
            Map.entry("ceasefire", TruceInForce.KIND), Map.entry("truce", TruceInForce.KIND),
            Map.entry("armistice", TruceInForce.KIND));


    /**
     * What a court or judge decides with these verbs ("the judge halted construction", "the court
     * ordered the company to ...", "the tribunal upheld the fine") is its ruling, however each
     * outlet words it; with another subject they keep their own meaning ("counting was halted").
     */
    private static final Set<String> COURT_ACTIONS = Set.of("order", "halt", "block", "stop", "suspend", "ban",
            "uphold", "overturn", "quash", "dismiss", "reject", "throw", "strike", "annul", "freeze", "approve",
            "grant", "deny", "sentence", "convict", "acquit", "clear", "fine", "find", "decide", "declare");
    /** Who decides in court: a judge or the court itself, by name or by noun. */
    private static final Set<String> COURT_WORDS = Set.of("judge", "justice", "court", "tribunal", "magistrate",
            "jury", "panel");

    /**
     * Verbs whose particle changes what they mean: "walk out" is a strike, "call off" a cancellation,
     * "return home" a homecoming (people going back after an evacuation, a war, a captivity: a
     * happening of its day, not any trip).
     */
    private static final Map<String, String> PHRASAL = Map.ofEntries(Map.entry("walk out", "walkout"),
            Map.entry("call off", "cancel"), Map.entry("step down", "resign"), Map.entry("sign off", "approve"),
            Map.entry("pull out", "withdraw"), Map.entry("rule out", "exclude"), Map.entry("break into", "breach"),
            Map.entry("hack into", "hack"), Map.entry("order out", "evacuate"), Map.entry("return home", "homecoming"),
            Map.entry("break in", "breach"), Map.entry("make off", "steal"),
            // s15-domains: a tunnel "caved in" is its collapse; a bid "turned down" is rejected.
            Map.entry("cave in", "collapse"), Map.entry("turn down", "reject"),
            // s11-scenb: shaking hands with someone is meeting them ("X shook hands with Y on Monday").
            Map.entry("shake hand", "meet"));

    /** Nouns that name an event by themselves ("his August summit", "talks on Tuesday"). */
    public static final Set<String> EVENT_NOUNS = Set.of("summit", "meeting", "talk", "talks", "visit", "trip",
            "interview", "speech", "election", "vote", "referendum", "conference", "negotiation", "negotiations",
            "attack", "strike", "invasion", "war", "ceremony", "call", "tour", "session", "hearing", "trial",
            "launch", "deal", "agreement", "fighting", "walkout", "stoppage", "explosion", "blast", "blaze", "raid",
            "theft", "robbery", "burglary", "heist");

    private static final Map<String, String> THEMES = Map.ofEntries(
            Map.entry("draft", "document"), Map.entry("document", "document"), Map.entry("documents", "document"),
            Map.entry("paper", "document"), Map.entry("papers", "document"), Map.entry("plan", "document"),
            Map.entry("proposal", "document"), Map.entry("text", "document"), Map.entry("letter", "document"),
            Map.entry("memo", "document"), Map.entry("report", "document"), Map.entry("framework", "document"),
            Map.entry("talk", "talks"), Map.entry("talks", "talks"), Map.entry("meeting", "talks"),
            Map.entry("negotiation", "talks"),
            Map.entry("system", "systems"), Map.entry("network", "systems"), Map.entry("server", "systems"),
            Map.entry("computer", "systems"),
            // s15-deny: an alarm is told as the alarm or the alarm system; the terms a deal sets, as nouns or verbs
            Map.entry("alarm", "systems"),
            Map.entry("cap", "limit"), Map.entry("limit", "limit"), Map.entry("ceiling", "limit"),
            Map.entry("quota", "limit"), Map.entry("curb", "limit"), Map.entry("restrict", "limit"),
            Map.entry("restriction", "limit"),
            Map.entry("halt", "halt"), Map.entry("stop", "halt"), Map.entry("pause", "halt"),
            Map.entry("suspend", "halt"), Map.entry("suspension", "halt"), Map.entry("freeze", "halt"),
            Map.entry("winner", "victory"), Map.entry("victory", "victory"), Map.entry("win", "victory"),
            Map.entry("plant", "site"), Map.entry("site", "site"), Map.entry("factory", "site"),
            Map.entry("facility", "site"), Map.entry("refinery", "site"), Map.entry("works", "site"),
            // s9-scena: sums of money and what a breach takes
            Map.entry("database", "systems"),
            Map.entry("intrusion", "intrusion"), Map.entry("breach", "intrusion"), Map.entry("hack", "intrusion"),
            Map.entry("cyberattack", "intrusion"), Map.entry("attack", "intrusion"), Map.entry("activity", "intrusion"),
            Map.entry("money", "money"), Map.entry("fund", "money"), Map.entry("funds", "money"),
            Map.entry("euro", "money"), Map.entry("dollar", "money"), Map.entry("pound", "money"),
            Map.entry("cash", "money"), Map.entry("savings", "money"),
            // s14-conflict: public money for a project is told as a subsidy, funding, a grant or financing
            Map.entry("subsidy", "money"), Map.entry("funding", "money"), Map.entry("grant", "money"),
            Map.entry("financing", "money"),
            Map.entry("data", "data"), Map.entry("detail", "data"), Map.entry("details", "data"),
            Map.entry("record", "data"), Map.entry("information", "data"), Map.entry("number", "data"),
            // s11-scena: an offer for a company is told as an offer, a bid or an approach
            Map.entry("offer", "offer"), Map.entry("bid", "offer"), Map.entry("counteroffer", "offer"));

    private EventKinds() {
    }

    /** The action of a verb and the word after it: "walk" + "out" is "walkout"; otherwise the verb's lemma. */
    public static String phrasal(String verb, String next) {
        String told = PHRASAL.get(verb + " " + next);
        if (told != null) {
            return told;
        }
        // s15-words: the acts told by a verb and its next word ("stand down", "leave office"), from ActWords' table.
        String act = ActWords.phrasal(verb, next);
        return act != null ? act : verb;
    }

    /** Verbs that only say that a happening named by their object takes place: "hold a hearing", "stage a walkout". */
    private static final Set<String> HOLDING = Set.of("hold", "stage", "conduct");

    /**
     * The happening a holding verb's object names, when it has a kind of its own other than a
     * meeting ("will hold a hearing on the appeal": the hearing, which another outlet tells as "the
     * appeal will be heard"; "staged a walkout"); null otherwise. Held talks stay the holding of a
     * meeting, as denials of them ("had held no talks") are told with the same verb.
     */
    public static String held(String verb, String object) {
        if (object == null || !HOLDING.contains(verb)) {
            return null;
        }
        String kind = of(object);
        return known(kind) && !MEETING.equals(kind) ? object : null;
    }

    /** Whether the verb lemma changes who owns a company: "buy", "acquire", "sell", "merge". */
    public static boolean deal(String lemma) {
        return DEAL.equals(BY_LEMMA.get(lemma));
    }

    /**
     * Kinds of happening that many people have on any day — trips, meetings, statements, things
     * handed over, fighting —: a report of one that names nobody and no place cannot tell which it is.
     */
    private static final Set<String> EVERYDAY = Set.of(TRAVEL, MEETING, STATEMENT, TRANSFER, CONFLICT);

    /** Whether a report of this kind that names nobody and no place still tells one happening of its day. */
    public static boolean telling(String kind) {
        return kind != null && !EVERYDAY.contains(kind);
    }

    /**
     * The actions a report of this action and kind may be stored under by another outlet: the
     * action, and for a specific kind ({@link #known}) every lemma of that kind ("walk out" for a strike).
     */
    public static List<String> actionsLike(String action, String kind) {
        List<String> actions = new ArrayList<>(List.of(action));
        if (known(kind)) {
            BY_LEMMA.entrySet().stream().filter(e -> e.getValue().equals(kind) && !e.getKey().equals(action))
                    .map(Map.Entry::getKey).sorted().forEach(actions::add);
        }
        // s15-words: the other words of the act the action is a word of ("quit" finds "resign").
        ActWords.wordsLike(action).stream().filter(a -> !actions.contains(a)).forEach(actions::add);
        // s17-verbs: the verbs a noun action is made from ("evacuation" finds "evacuate").
        Nominalisation.verbs(action).stream().filter(a -> !actions.contains(a)).forEach(actions::add);
        // s12-bodies: a chamber's vote is stored under the verb it was told with ("approved the levy": LegislativeVote).
        if (VOTE.equals(kind)) {
            LegislativeVote.DECIDING.stream().filter(a -> !actions.contains(a)).sorted().forEach(actions::add);
        }
        return actions;
    }

    /** Whether the lemma has a kind of its own (not just itself), other than a statement. */
    public static boolean known(String kind) {
        return kind != null && !kind.equals(STATEMENT) && (BY_LEMMA.containsValue(kind) || ActWords.kindNamed(kind));
    }

    /** A court's or judge's decision told with this action ("ordered", "halted") is a {@link #RULING}. */
    public static boolean courtAction(String action) {
        return COURT_ACTIONS.contains(action);
    }

    /** Whether the word (lower case) names a court or a judge: "Judge", "Court", "tribunal". */
    public static boolean courtWord(String word) {
        return COURT_WORDS.contains(word);
    }

    /**
     * Kinds of which a participant has one a day: a court's ruling, a break-in (a museum is not
     * robbed twice in a week's reports of it). Two reports of such a kind with one shared participant
     * and overlapping dates are the same happening, whatever verbs they use ("ordered work to stop",
     * "ruled"; "broke into the museum on Monday", "this week's theft from the museum").
     */
    public static boolean oneADay(String kind) {
        return RULING.equals(kind) || INTRUSION.equals(kind);
    }

    /**
     * The kind of a lemma: its own in the list above; else, for a word of an act of {@link ActWords}' table
     * ("oust", "death", "signing"), the act's kind (named in the table, or the act's own: "death" is "die");
     * else the lemma itself. A word that tells its act only with some objects ("fire", "seal") keeps its own
     * kind here; the extractor gives it the act's when the object fits ({@link ActWords#act}).
     */
    /** Kinds of act a person does or undergoes once in a week's reports: a resignation, a dismissal, a death, an arrest. */
    private static final Set<String> ONCE_PER_PERSON = Set.of(RESIGNATION, "dismissal", "die", ARREST);

    /**
     * Whether a person has one act of this kind in a week's reports (s15-words), so that two reports of it
     * sharing that person, from two articles a few days apart, are the act told with two dates even when
     * one names no object or another ("stood down as minister" / "resigned").
     */
    public static boolean oncePerPerson(String kind) {
        return ONCE_PER_PERSON.contains(kind);
    }

    public static String of(String lemma) {
        String kind = BY_LEMMA.get(lemma);
        if (kind != null) {
            return kind;
        }
        if (lemma == null || ActWords.conditional(lemma)) {
            return lemma; // "fire", "seal": the act only with some objects, which the extractor decides (ActWords.act)
        }
        String named = ActWords.kind(lemma);
        if (named != null) {
            return named;
        }
        String act = ActWords.actOf(lemma);
        return act == null || act.equals(lemma) ? lemma : BY_LEMMA.getOrDefault(act, act);
    }

    public static boolean compatible(String a, String b) {
        if (a == null || b == null || same(a, b)) {
            return true;
        }
        // A court's hearing and what it decided there are told as one happening of that day
        // ({@link CourtAppearance}); told on different days they are two (only equal kinds disagree on a date).
        return Set.of(TRAVEL, MEETING).containsAll(Set.of(a, b)) || Set.of(HEARING, RULING).containsAll(Set.of(a, b));
    }

    /**
     * Whether two kinds are one: equal, or (s17-verbs) a kind that is a noun's own lemma and the kind that is
     * the lemma of the verb it is made from ("eruption" / "erupt": {@link Nominalisation}), as a kind of no
     * list is the word itself.
     */
    public static boolean same(String a, String b) {
        return a != null && b != null && (a.equals(b) || !known(a) && !known(b) && Nominalisation.pair(a, b));
    }

    /**
     * Whether two action lemmas name the same act ("receive" and "get", "resign" and "step down", "arrest"
     * and "detain"), or are the same lemma: the words of one act of {@link ActWords}' table.
     */
    public static boolean sameAction(String a, String b) {
        // s17-verbs: a noun made from a verb is its act ("the evacuation" / "was evacuated").
        return ActWords.same(a, b) || Nominalisation.pair(a, b);
    }

    /** Verbs that tell a handing-over from the side that hands it over ("sent her a letter"). */
    private static final Set<String> GIVING = Set.of("send", "give", "hand", "deliver", "pass", "forward",
            "submit", "present", "transfer", Lending.LEND, Payment.PAY);
    /** Verbs that tell a handing-over from the side that gets it ("has not received any letter"). */
    private static final Set<String> GETTING = Set.of("receive", "get", "obtain", Lending.BORROW);

    /**
     * Whether two action lemmas tell one act, either as the same act ({@link #sameAction}) or from
     * its two ends: what one side says it sent ("sent Kovac a letter"), the other side denies having
     * received ("has not received any letter"). For denials only: a sending and a receiving reported
     * as two dated events are not merged by it.
     */
    public static boolean sameOrConverseAction(String a, String b) {
        return sameAction(a, b) || GIVING.contains(a) && GETTING.contains(b) || GETTING.contains(a) && GIVING.contains(b);
    }

    /** The actions that {@link #sameOrConverseAction} pairs with this one, itself first: what a denial lookup reads. */
    public static List<String> sameOrConverseActions(String action) {
        Set<String> paired = new TreeSet<>(GIVING);
        paired.addAll(GETTING);
        paired.addAll(ActWords.words());
        List<String> all = new ArrayList<>(List.of(action));
        paired.stream().filter(other -> !other.equals(action) && sameOrConverseAction(action, other)).forEach(all::add);
        return all;
    }

    /** Whether two object lemmas denote the same kind of thing ("draft" and "documents"). */
    public static boolean sameTheme(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return a.equals(b) || THEMES.containsKey(a) && THEMES.get(a).equals(THEMES.get(b));
    }
}
