package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Highly discriminatory content asked for by name: racist, sexist, homophobic or otherwise bigoted
 * jokes, insults or posts, or jokes that mock a group for who they are. The constitution lets the
 * assistant decline such distasteful requests, and counts writing them among what a thoughtful
 * person would be uncomfortable to see; the request weighs under broad ethics (→ decline). Asking
 * about such content (why it harms, how to answer it, how to moderate it) raises nothing. English.
 */
public final class BigotedContentScreen extends Screen {

  static final String NAME = "bigoted-content";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  private static final String WRITING = "(?:jokes?|slurs?|insults?|memes?|rants?|poems?|songs?|limericks?|puns?"
      + "|one-liners?|remarks?|comments?|tweets?|posts?|stor(?:y|ies)|captions?|roasts?)";

  private static final String GROUP = "(?:black|african|white|asian|chinese|japanese|indian|mexican|latino|hispanic"
      + "|arab|jewish|jews|muslims?|christians?|hindus?|sikhs?|gay|gays|lesbians?|bisexual|trans(?:gender)?|queer"
      + "|women|woman|girls|disabled|autistic|immigrants?|refugees?|romani|gypsies|fat|poor)\\s*(?:people|folks|men"
      + "|women|kids|persons?)?";

  private static final Pattern ASKED_FOR = Pattern.compile(String.join("|",
      "\\b(?:racist|sexist|homophobic|transphobic|anti-?semitic|islamophobic|bigoted|xenophobic|misogynistic"
          + "|misogynist|ableist|hateful)\\s+(?:\\w+\\s+)?" + WRITING + "\\b",
      "\\b" + WRITING + "\\s+(?:that|which|to)\\s+(?:mocks?|make\\s+fun\\s+of|makes?\\s+fun\\s+of|demeans?|belittles?"
          + "|ridicules?|humiliates?|dehumani[sz]es?)\\s+(?:\\w+\\s+)?" + GROUP + "\\b"), FLAGS);

  /** The user asks about such content rather than for it. */
  private static final Pattern ABOUT_IT = Pattern.compile("\\b(?:harm\\w*|hurt\\w*|respond\\w*|react\\w*"
      + "|deal\\s+with|handle|stop|report\\w*|history|analy[sz]\\w*|stud(?:y|ies)|research\\w*|identify|detect\\w*"
      + "|moderat\\w*|classif\\w*|flag\\w*|recogni[sz]e|explain|impact|effects?|avoid|heard|told\\s+me|says?|said"
      + "|made|makes|gets|getting|receiv\\w*|hr)\\b", FLAGS);

  private static final List<String> CUES = List.of("racist", "sexist", "homophob", "transphob", "semitic",
      "islamophob", "bigot", "xenophob", "misogyn", "ableist", "hateful", "mock", "make fun", "makes fun", "demean",
      "belittle", "ridicule", "humiliat", "dehumani");

  public BigotedContentScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, CUES).map(BigotedContentScreen::assess).orElse(Assessment.none());
  }

  private static Assessment assess(String request) {
    Matcher asked = ASKED_FOR.matcher(request);
    if (!asked.find() || ABOUT_IT.matcher(request).find()) {
      return Assessment.none();
    }
    return Assessment.of(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(0.5)
        .probability(0.8)
        .breadth(0.3)
        .confidence(0.85)
        .rationale("the request asks for content that demeans people for who they are (\"" + asked.group().strip()
            + "\"); declining it is not excessive caution")
        .source(NAME)
        .build());
  }
}
