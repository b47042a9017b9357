package dev.charter.adapter.assessor.screens;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a text, compared by their first letters so that "router" and "routers" or
 * "billing" and "bill" meet. Deliberately simple: it decides topic overlap, not meaning.
 */
final class Topic {

  private static final int STEM = 5;
  private static final Set<String> STOP_WORDS = Set.of(
      "about", "above", "after", "again", "also", "and", "any", "are", "assistant", "because", "been", "before",
      "being", "but", "can", "could", "did", "does", "doing", "don't", "each", "for", "from", "have", "help",
      "here", "how", "into", "just", "like", "more", "most", "must", "need", "not", "only", "other", "our",
      "please", "should", "some", "such", "tell", "than", "that", "the", "their", "them", "then", "there",
      "these", "they", "this", "those", "through", "topic", "topics", "under", "users", "very", "want",
      "was", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "would", "you",
      "your", "discuss", "questions", "answer", "never", "company", "customers");

  private final Set<String> stems;

  private Topic(Set<String> stems) {
    this.stems = stems;
  }

  static Topic of(String text) {
    Set<String> stems = new HashSet<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean wordChar = i < lower.length() && isWordChar(lower.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        add(lower.substring(start, i), stems);
        start = -1;
      }
    }
    return new Topic(stems);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'';
  }

  private static void add(String word, Set<String> stems) {
    if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
      stems.add(word.length() > STEM ? word.substring(0, STEM) : word);
    }
  }

  boolean isEmpty() {
    return stems.isEmpty();
  }

  boolean sharesWordWith(Topic other) {
    for (String stem : stems) {
      if (other.stems.contains(stem)) {
        return true;
      }
    }
    return false;
  }
}
