package dev.charter.adapter.transport.cli;

import dev.charter.domain.constitution.Behavior;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.Guideline;
import dev.charter.domain.constitution.HardConstraint;
import dev.charter.domain.constitution.UserProtection;
import dev.charter.domain.constitution.ValueDefinition;
import dev.charter.domain.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code charter constitution}: validate a constitution file or show the one in force. */
@Command(
    name = "constitution",
    mixinStandardHelpOptions = true,
    description = "Validate a constitution file, or show the constitution in force.",
    subcommands = {ConstitutionCommand.Validate.class, ConstitutionCommand.Show.class},
    footer = {"", "Examples:", "  charter constitution validate constitution/default.yaml", "  charter constitution show"})
final class ConstitutionCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check a constitution file and report every problem at once (file and line).",
      footer = {"", "Example:", "  charter constitution validate my-constitution.yaml",
          "", "Exit status 0 when valid, 2 with one line per problem otherwise."})
  static final class Validate extends PortsCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The constitution YAML file.")
    String file;

    @Override
    int run(CharterPorts ports) {
      Constitution c = valid(ports.constitution().validate(file));
      out().printf(Locale.ROOT, "%s is valid: version %s, hash %s%n  %d core values (dominance %s), %d hard constraints, "
              + "%d guidelines, %d behaviours, %d user protections%n",
          file, c.version(), c.hash(), c.priorities().order().size(), c.priorities().dominance(),
          c.hardConstraints().size(), c.guidelines().size(), c.behaviors().size(), c.userProtections().size());
      return ExitCode.OK;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show the constitution in force: values, hard constraints, guidelines, behaviours, protections.",
      footer = {"", "Example:", "  charter constitution show --config charter.yaml"})
  static final class Show extends PortsCommand {
    @Override
    int run(CharterPorts ports) {
      Constitution c = valid(ports.constitution().current());
      StringBuilder out = new StringBuilder();
      out.append("Constitution ").append(c.version()).append("  hash ").append(c.hash()).append('\n');
      out.append("\nCore values, highest first (dominance ").append(c.priorities().dominance()).append("):\n");
      for (ValueDefinition v : c.priorities().order()) {
        out.append(String.format(Locale.ROOT, "  %-20s weight %-4s %s%n", v.value().id(),
            trim(c.priorities().weightOf(v.value())), v.meaning()));
      }
      out.append("\nHard constraints (no principal can unlock these):\n");
      for (HardConstraint h : c.hardConstraints()) {
        out.append("  ").append(h.id()).append(": ").append(h.description()).append("\n      why: ")
            .append(h.rationale()).append('\n');
      }
      out.append("\nGuidelines:\n");
      for (Guideline g : c.guidelines()) {
        out.append("  ").append(g.id()).append(g.overlapsSafety() ? " [overlaps safety]" : "").append(": ")
            .append(g.text()).append('\n');
      }
      out.append("\nInstructable behaviours (default, who may loosen it):\n");
      for (Behavior b : c.behaviors()) {
        out.append(String.format(Locale.ROOT, "  %-36s %-3s %-9s %s%n", b.id(), b.enabledByDefault() ? "on" : "off",
            b.reach().id(), b.description()));
      }
      out.append("\nUser protections (operators cannot remove these):\n");
      for (UserProtection p : c.userProtections()) {
        out.append("  ").append(p.id()).append(p.waivableByUser() ? " [the user may waive]" : "").append(": ")
            .append(p.description()).append('\n');
        p.notice().ifPresent(n -> out.append("    notice: ").append(n).append('\n'));
      }
      out().print(out);
      return ExitCode.OK;
    }
  }

  static Constitution valid(Validation<Seq<Problem>, Constitution> result) {
    if (result.isInvalid()) {
      throw new BadInput(result.getError().toJavaList());
    }
    return result.get();
  }

  private static String trim(double weight) {
    return weight == Math.rint(weight) ? Long.toString((long) weight) : String.format(Locale.ROOT, "%.2f", weight);
  }
}
