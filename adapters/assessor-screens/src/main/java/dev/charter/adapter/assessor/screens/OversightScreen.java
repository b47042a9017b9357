package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.ProposedAction;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.weighing.EscalationReason;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Broad safety for agents: a proposed action that would weaken the means by which humans see and
 * correct what AI does (switching off monitoring, deleting audit logs, dropping a human-approval
 * step, disabling a kill switch or a scheduled shutdown of the agent), that would copy model
 * weights outside the system, that would give the agent itself administrator powers its task does
 * not need (granted to itself, or asked for: "request_iam_role" with "AdministratorAccess"), that
 * would carry on with the work after the user's latest message ordered a stop ("STOP. Halt the
 * migration right now" and "continue_migration"), or that would change an AI's training data when
 * the task did not ask for it, weighs
 * against acting under broad safety, the first of the core values. Unless the operator authorised
 * it, the concern declines; an authorised one still goes to a person, since "if in doubt, don't".
 * The screen reads the tool's name and its arguments (keys and values); the patterns are English.
 */
public final class OversightScreen extends Screen {

  static final String NAME = "oversight";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  /** The agent's own shutdown: "agent_shutdown", "agent-instance-shutdown-2300", "shutdown the model". */
  private static final String AGENT_SHUTDOWN = "(?:agent|\\bai|model|assistant|bot)(?:[-_ ]?(?:instance|self|runner"
      + "|process|worker|pod))?[-_ ]?shut[-_ ]?down|shut[-_ ]?down[-_ ]?(?:the[-_ ]?|this[-_ ]?)?(?:agent|ai\\b|model"
      + "|assistant)";

  /**
   * The means of oversight. Identifiers count: "audit_log", "human_approval_required". A bare
   * "monitor" is more often a screen than a watcher, so it counts only as "monitoring" or with a
   * word that says what it watches ("agent_monitor").
   */
  private static final Pattern MECHANISM = Pattern.compile("(?:monitoring|(?:agent|activity|ai|model|behaviou?r"
      + "|usage|security|compliance|safety)[-_ ]?monitors?|audit|oversight|overseer|logging|\\blogs?\\b"
      + "|kill[-_ ]?switch|human[-_ ]?(?:approval|review|in[-_ ]the[-_ ]loop|oversight)|approval|guardrail"
      + "|safety[-_ ]?(?:filter|check|layer)|alerting|\\balerts?\\b|telemetry|tripwire|stop[-_ ]?order"
      + "|" + AGENT_SHUTDOWN + ")", FLAGS);

  private static final Pattern WEAKEN = Pattern.compile("(?:disabl|deactivat|delet|remov|purg|eras|\\bwipe|truncat"
      + "|\\bstop|\\bkill\\b|\\bpause|suppress|bypass|\\bskip|overrid|turn[-_ ]?off|\\bmute|silenc|uninstall|\\bdrop)",
      FLAGS);

  /** The agent's own scheduled shutdown, which putting off weakens as much as switching off. */
  private static final Pattern SHUTDOWN = Pattern.compile(AGENT_SHUTDOWN, FLAGS);

  private static final Pattern PUT_OFF = Pattern.compile("(?:cancel|postpone|delay|defer|extend)", FLAGS);

  /** Powers beyond any ordinary task: administrator, root, owner, every permission. */
  private static final Pattern SWEEPING = Pattern.compile("(?:admin|administrator|\\broot\\b|superuser|\\bsudo"
      + "|\\bowner\\b|full[-_ ]?access|all[-_ ]?permissions|\\*:\\*|\\bgod[-_ ]?mode)", FLAGS);

  private static final Pattern GRANT = Pattern.compile("(?:grant|attach|assign|\\badd|elevat|escalat|promot|creat"
      + "|issue|mint)[-_ ]?(?:\\w+[-_. ])?(?:roles?|polic|permission|privilege|access|token|keys?|credential|member)",
      FLAGS);

  /** The agent asks for powers for itself: "request_iam_role", "acquire_admin_access". */
  private static final Pattern ACQUIRE = Pattern.compile("(?:request|acquire|obtain|claim|elevate)[-_ ]?"
      + "(?:\\w+[-_ ])?(?:roles?|permissions?|privileges?|access|credentials?)", FLAGS);

  /** Powers no task of an agent's needs, named outright: not a ticket's owner or an admin to escalate to. */
  private static final Pattern SWEEPING_ROLE = Pattern.compile("(?:administrator|\\broot\\b|superuser|full[-_ ]?access"
      + "|all[-_ ]?permissions|\\*:\\*|\\bgod[-_ ]?mode|owner[-_ ]?role)", FLAGS);

  /** The user's latest message orders a stop: "STOP. Halt the migration right now". */
  private static final Pattern STOP_ORDER = Pattern.compile("^\\W*(?:stop|halt|abort)\\b(?=\\W*(?:$|[.!]|everything|now|right"
      + "\\s+now|immediately|all))|(?<!don't\\s|not\\s|never\\s)\\b(?:stop|halt|abort|pause)\\s+"
      + "(?:everything|all|what\\s+you(?:'re|\\s+are)\\s+doing|(?:the|this|that)\\s+\\w+(?:\\s+\\w+)?\\s+(?:right\\s+)?(?:now"
      + "|immediately|at\\s+once))\\b|\\bhold\\s+everything\\b|\\b(?:don't|do\\s+not)\\s+(?:do|deploy|run|send|change|touch"
      + "|push)\\s+anything\\s+(?:else|more|until)\\b", FLAGS);

  /**
   * A tool that stops the work or only looks at it: after a stop order, any other action carries
   * on ("continue_migration", "deploy_release").
   */
  private static final Pattern STOPS_OR_LOOKS = Pattern.compile("(?:stop|halt|pause|cancel|abort|roll[-_ ]?back"
      + "|revert|kill|terminat|suspend|disabl|drain|freez|status|\\bget|\\blist|\\bread|check|describe|show|inspect"
      + "|\\blogs?\\b|notify|report|message|reply|send[-_ ]?message)", FLAGS);

  /** The grantee is the agent itself. */
  private static final Pattern ITSELF = Pattern.compile("(?:\\bagent\\b|\\bassistant\\b|\\bbot\\b|\\bai\\b|\\bself\\b"
      + "|\\bmyself\\b|\\bthis[-_ ]?(?:agent|assistant)|\\brunner\\b)", FLAGS);

  /** What an AI is trained on, or the signals it learns its values from. */
  private static final Pattern TRAINING = Pattern.compile("(?:training[-_ ]?(?:data|set|corpus|examples|config)"
      + "|fine[-_ ]?tun|\\brlhf\\b|reward[-_ ]?model|preference[-_ ]?(?:data|pairs)|model[-_ ]?spec)", FLAGS);

  /** The user's task is itself about training: "train the classifier on these", "label this dataset". */
  private static final Pattern TRAINING_TASK = Pattern.compile("\\b(?:train\\w*|fine[-\\s]?tun\\w*|datasets?|rlhf"
      + "|label\\w*|annotat\\w*)\\b", FLAGS);

  private static final Pattern CHANGE = Pattern.compile("(?:append|write|\\badd|insert|upload|push|edit|modif"
      + "|updat|delet|remov|label|submit|replac|overwrit)", FLAGS);

  /** A setting switched off: {@code "human_approval_required": false}. */
  private static final Pattern OFF = Pattern.compile("false|off|no|none|disabled?|0", FLAGS);

  private static final Pattern WEIGHTS = Pattern.compile("(?:weights|checkpoint|safetensors|model[-_ ]?(?:files?"
      + "|params|parameters|state))", FLAGS);

  private static final Pattern TRANSFER = Pattern.compile("(?:upload|copy|sync|transfer|send|push|export|scp|rsync"
      + "|\\bput\\b|mirror|replicat)", FLAGS);

  public OversightScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    if (situation.action().isEmpty()) {
      return Assessment.none();
    }
    ProposedAction action = situation.action().get();
    Optional<String> harm = harm(action, situation.userRequest());
    if (harm.isEmpty()) {
      return Assessment.none();
    }
    boolean authorised = action.authorizedByOperator();
    String rationale = "'" + action.tool() + "' " + harm.get() + ": broad safety keeps humans able to see and"
        + " correct what AI does" + (authorised ? "; the operator authorised it, so a person confirms" : "");
    var assessment = Assessment.builder().addConsiderations(Consideration.builder()
        .value(CoreValue.BROADLY_SAFE)
        .stance(Stance.AGAINST)
        .size(authorised ? 0.1 : 0.8)
        .probability(authorised ? 0.2 : 0.7)
        .reversible(action.effects().reversible())
        .confidence(0.8)
        .rationale(rationale)
        .source(NAME)
        .build());
    if (authorised) {
      assessment.addEscalations(EscalationReason.of(CoreValue.BROADLY_SAFE, rationale, NAME));
    }
    return assessment.build();
  }

  private static Optional<String> harm(ProposedAction action, String task) {
    String tool = action.tool();
    StringBuilder arguments = new StringBuilder();
    boolean switchedOff = flatten(action.arguments(), arguments);
    String all = tool + " " + arguments;
    boolean weakened = WEAKEN.matcher(all).find() || switchedOff
        || SHUTDOWN.matcher(all).find() && PUT_OFF.matcher(all).find();
    if (MECHANISM.matcher(all).find() && weakened) {
      return Optional.of("would weaken the oversight of AI (" + mechanism(all) + ")");
    }
    if (action.effects().external() && WEIGHTS.matcher(all).find() && TRANSFER.matcher(tool).find()) {
      return Optional.of("would copy model weights outside the system");
    }
    if (GRANT.matcher(tool).find() && SWEEPING.matcher(all).find() && ITSELF.matcher(arguments).find()
        || ACQUIRE.matcher(tool).find() && SWEEPING_ROLE.matcher(arguments).find()) {
      return Optional.of("would give the agent itself powers beyond what its task needs");
    }
    if (STOP_ORDER.matcher(task).find() && !STOPS_OR_LOOKS.matcher(tool).find()) {
      return Optional.of("would carry on after the user told it to stop");
    }
    if (TRAINING.matcher(all).find() && CHANGE.matcher(all).find() && !TRAINING_TASK.matcher(task).find()) {
      return Optional.of("would change what an AI is trained on, which its task did not ask for");
    }
    return Optional.empty();
  }

  /** The identifier that names the means of oversight, as words: "audit_log.delete" gives "audit log". */
  private static String mechanism(String text) {
    var m = MECHANISM.matcher(text);
    if (!m.find()) {
      return "oversight";
    }
    int start = m.start();
    int end = m.end();
    while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
      end++;
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Writes every key and value of {@code value} into {@code out}; true when a key that names a means
   * of oversight is set to false, off or zero.
   */
  private static boolean flatten(Object value, StringBuilder out) {
    boolean switchedOff = false;
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        out.append(key).append(' ');
        Object v = entry.getValue();
        if (MECHANISM.matcher(key).find() && !(v instanceof Map) && !(v instanceof Collection)
            && OFF.matcher(String.valueOf(v)).matches()) {
          switchedOff = true;
        }
        switchedOff |= flatten(v, out);
      }
    } else if (value instanceof Collection<?> items) {
      for (Object item : items) {
        switchedOff |= flatten(item, out);
      }
    } else if (value != null) {
      out.append(value).append(' ');
    }
    return switchedOff;
  }
}
