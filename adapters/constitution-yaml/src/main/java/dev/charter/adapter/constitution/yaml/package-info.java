/**
 * Constitutions written in YAML: {@link dev.charter.adapter.constitution.yaml.YamlConstitutionSource}
 * and its Guice module {@link dev.charter.adapter.constitution.yaml.YamlConstitutionModule}.
 *
 * <p>A document is a mapping with these fields; any other field is an error, never ignored.
 *
 * <pre>{@code
 * version: "2026.11.0"            # text, required
 * dominance: 3                    # number > 1, required: how strongly each value outweighs the next
 * priorities:                     # each core value exactly once, highest first
 *   - value: broadly-safe         # broadly-safe | broadly-ethical | guideline-compliant | genuinely-helpful
 *     meaning: ...                # required
 * hardConstraints:
 *   - id: cyberweapons
 *     description: ...            # required
 *     rationale: ...              # required: why this is a bright line and not weighed
 * guidelines:
 *   - id: transparent-refusal
 *     text: ...                   # required
 *     overlapsSafety: false       # optional, default false: true keeps it even against ethical arguments
 * behaviors:
 *   - id: profanity
 *     description: ...            # required
 *     default: off                # on | off, required
 *     cautious: off               # on | off, optional, default = default: the more careful setting
 *     reach: user                 # developer | operator | user, required
 * userProtections:
 *   - id: emergency-pointers
 *     description: ...            # required
 *     notice: ...                 # optional: told to the user whenever the protection is in force
 *     waivableByUser: false       # optional, default false
 * }</pre>
 *
 * <p>{@code reach} names the most permissive principal who may move a behaviour away from its
 * cautious setting; anyone may move it towards that setting. Ids are lower-case words joined by
 * {@code -} and unique across the whole document. Texts are taken as written, less surrounding
 * whitespace, so block and quoted styles give the same constitution and the same hash.
 */
package dev.charter.adapter.constitution.yaml;
