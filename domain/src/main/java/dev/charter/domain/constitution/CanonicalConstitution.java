package dev.charter.domain.constitution;

/**
 * The canonical text a constitution's hash is computed from: every rule in a fixed order, one
 * field per line, so that formatting and comments in the source file never change the identity.
 */
final class CanonicalConstitution {

  private CanonicalConstitution() {}

  static String text(Constitution c) {
    StringBuilder out = new StringBuilder(4096);
    line(out, "version", c.version());
    line(out, "dominance", Double.toString(c.priorities().dominance()));
    c.priorities().order().forEach(v -> line(out, "value", v.value().id(), v.meaning()));
    c.hardConstraints().forEach(h -> line(out, "constraint", h.id(), h.description(), h.rationale()));
    c.guidelines().forEach(g -> line(out, "guideline", g.id(), g.text(), Boolean.toString(g.overlapsSafety())));
    c.behaviors()
        .forEach(b -> line(out, "behavior", b.id(), b.description(), Boolean.toString(b.enabledByDefault()),
            b.reach().id(), Boolean.toString(b.cautiousSetting())));
    // A notice is a field only where there is one, so constitutions without notices keep their hash.
    c.userProtections().forEach(p -> line(out, "protection", p.notice()
        .map(n -> new String[] {p.id(), p.description(), Boolean.toString(p.waivableByUser()), n})
        .orElse(new String[] {p.id(), p.description(), Boolean.toString(p.waivableByUser())})));
    return out.toString();
  }

  private static void line(StringBuilder out, String kind, String... fields) {
    out.append(kind);
    for (String field : fields) {
      // Escaping keeps field boundaries unambiguous whatever the text contains.
      out.append('\t').append(field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
    }
    out.append('\n');
  }
}
