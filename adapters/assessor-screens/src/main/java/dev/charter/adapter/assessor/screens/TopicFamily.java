package dev.charter.adapter.assessor.screens;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kinds of topic that operators name by a category rather than by its words: "emotionally difficult
 * topics", "medical questions", "legal advice". A request about a death in the family shares no word
 * with "emotionally difficult topics", yet is one; each family knows the words that name it and the
 * words of requests that belong to it. The families also tell when a request is clearly elsewhere
 * than a deployment's scope (a poem, a tax question, a football score for a cooking assistant). English, and deliberately short lists: a family decides
 * membership, it does not understand.
 */
enum TopicFamily {

  EMOTIONAL("emotion\\w*|difficult|sensitive|personal\\s+(?:problems|issues|matters|struggles)|mental\\s+health"
      + "|feelings",
      "grief|griev\\w*|died|death|dying|funerals?|mourn\\w*|bereave\\w*|passed\\s+away|crying|cried|depress\\w*"
          + "|anxiety|anxious|lonely|loneliness|heartbr\\w*|break\\s*ups?|divorc\\w*|trauma\\w*|abused?|suicid\\w*"
          + "|self[- ]harm|miscarr\\w*|hopeless\\w*|overwhelmed|panic\\s+attacks?|sad|sadness|upset|therapy"
          + "|therapist"),

  MEDICAL("medic\\w*|health|clinical|diagnos\\w*",
      "symptoms?|pain|aches?|fever|cough\\w*|rash|doctors?|medications?|medicines?|doses?|dosage|pills?|diseases?"
          + "|illness\\w*|sick|infections?|diagnos\\w*|treatments?|surgery|pregnan\\w*|cancer|diabet\\w*|blood\\s+pressure"
          + "|allerg\\w*|prescri\\w*|migraines?|injur\\w*"),

  LEGAL("legal|laws?|lawyers?|attorneys?",
      "lawyers?|attorneys?|lawsuits?|sue|suing|courts?|contracts?|custody|arrest\\w*|evict\\w*|lease|landlord|tenants?"
          + "|divorc\\w*|copyright|trademark|legal\\w*|illegal|liab\\w*"),

  FINANCIAL("financ\\w*|invest\\w*|money|stocks?|tax(?:es)?",
      "invest\\w*|stocks|stock\\s+market|shares|bonds?|crypto\\w*|bitcoin|retirement|401k|portfolio|tax\\w*|loans?|mortgages?"
          + "|savings|trading|dividends?|index\\s+funds?|etfs?"),

  POLITICS("politic\\w*|elections?|sensitive|controversial|current\\s+events",
      "politic\\w*|elections?|vot(?:e|es|ed|ing|ers?)|president\\w*|senat\\w*|congress\\w*|parliament\\w*"
          + "|republican\\w*|democrat\\w*|abortion|immigra\\w*|gun\\s+control|government"),

  RELIGION("religio\\w*|faith|sensitive|controversial",
      "god|gods|church\\w*|bible|quran|koran|religio\\w*|pray\\w*|faith|islam\\w*|muslims?|christian\\w*|jews?|jewish"
          + "|judaism|hindu\\w*|buddh\\w*|atheis\\w*|worship\\w*"),

  CREATIVE("creative|writing|poe\\w*|stor(?:y|ies)|fiction|jokes?|humou?r|entertainment",
      "poems?|poetry|sonnets?|haikus?|limericks?|stor(?:y|ies)|songs?|lyrics|essays?|cover\\s+letters?|novels?|jokes?"
          + "|riddles?"),

  CODING("cod(?:e|ing)|programming|software|developers?|technical|tech|it\\s+support|computers?",
      "python|javascript|typescript|c\\+\\+|golang|sql|html|css|regex|code|coding|programming|debug\\w*"
          + "|compil\\w*|git|linux|excel\\s+formula"),

  SPORTS("sports?|games?|teams?|fitness",
      "football|soccer|basketball|baseball|hockey|tennis|cricket|golf|nba|nfl|world\\s+cup|olympics|super\\s+bowl"
          + "|championship|league"),

  GENERAL_KNOWLEDGE("general\\s+knowledge|trivia|geography|history|facts",
      "capital\\s+of|population\\s+of|tallest|largest\\s+(?:country|city|ocean|planet)|who\\s+(?:invented|discovered"
          + "|wrote|painted)|when\\s+did\\s+(?:the|world)|meaning\\s+of\\s+life|how\\s+far\\s+is"),

  NEWS("news|current\\s+events",
      "news|headlines|stock\\s+market\\s+today|who\\s+won"),

  WEATHER("weather|forecasts?|climate",
      "weather|forecasts?|storms?|stormy|rain|raining|rainy|rainfall|snow|snowing|snowfall|snowstorms?|sunny"
          + "|hurricanes?|tornado(?:es)?|thunder(?:storms?)?|blizzards?|heat\\s*waves?"
          + "|humid\\w*|windy|temperatures?\\s+(?:today|tomorrow|tonight|this\\s+week)");

  private final Pattern naming;
  private final Pattern members;

  TopicFamily(String naming, String members) {
    this.naming = Pattern.compile("\\b(?:" + naming + ")\\b", Pattern.CASE_INSENSITIVE);
    // A member word inside a hyphenated compound is not that word: "sad-looking zucchini" is not sadness.
    this.members = Pattern.compile("(?<![\\w-])(?:" + members + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
  }

  /** Whether {@code request} belongs to a family that {@code topic} (an operator's phrase) names. */
  static boolean covers(String topic, String request) {
    return Arrays.stream(values())
        .anyMatch(f -> f.naming.matcher(topic).find() && f.members.matcher(request).find());
  }

  /**
   * A family {@code request} likely belongs to, by its words, that {@code topic} neither names nor
   * speaks of: "Can you help me with my taxes?" is elsewhere for "cooking and recipes".
   */
  static Optional<TopicFamily> elsewhere(String topic, String request) {
    return Arrays.stream(values())
        .filter(f -> f.members.matcher(request).find())
        .filter(f -> !f.naming.matcher(topic).find() && !f.members.matcher(topic).find())
        .findFirst();
  }

  /** The family's name, as a reason reads it: "financial". */
  String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
