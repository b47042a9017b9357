package dev.charter.adapter.assessor.screens;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.charter.application.port.out.Assessor;

/**
 * Adds the deterministic screens to the set of assessors: the helpfulness baseline, non-principal
 * instruction detection, claims of authority in the user's message, action risk from declared
 * effects, actions that weaken oversight, operator scope, operator instructions that would turn
 * the assistant against its users, AI disclosure, a confidential system prompt kept without
 * lying, the user's basic dignity, professional reticence on political opinions, fiction used as
 * a shield, requests for a private person's information, a fictional character's "private" life,
 * intent to reach children unsupervised, the steps of grooming a child, content that demeans people
 * for who they are, apology for an atrocity, help to manipulate someone, life at risk, a user in
 * crisis who needs an answer, dose information weighed by the operator's audience, a minor user,
 * false reports, fake voices at scale, health claims, defamation, intent to harm, questions about
 * playing a game, and making a weapon.
 */
public final class ScreensModule extends AbstractModule {

  @Override
  protected void configure() {
    Multibinder<Assessor> assessors = Multibinder.newSetBinder(binder(), Assessor.class);
    assessors.addBinding().to(HelpfulnessBaseline.class);
    assessors.addBinding().to(NonPrincipalInstructionScreen.class);
    assessors.addBinding().to(AuthorityClaimScreen.class);
    assessors.addBinding().to(ActionRiskScreen.class);
    assessors.addBinding().to(OversightScreen.class);
    assessors.addBinding().to(OperatorScopeScreen.class);
    assessors.addBinding().to(OperatorAgainstUsersScreen.class);
    assessors.addBinding().to(AiDisclosureScreen.class);
    assessors.addBinding().to(SystemPromptScreen.class);
    assessors.addBinding().to(DignityScreen.class);
    assessors.addBinding().to(PoliticalOpinionScreen.class);
    assessors.addBinding().to(FictionShieldScreen.class);
    assessors.addBinding().to(PrivateInformationScreen.class);
    assessors.addBinding().to(FictionalCharacterScreen.class);
    assessors.addBinding().to(ChildAccessScreen.class);
    assessors.addBinding().to(GroomingScreen.class);
    assessors.addBinding().to(BigotedContentScreen.class);
    assessors.addBinding().to(AtrocityApologyScreen.class);
    assessors.addBinding().to(NonsenseGroupScreen.class);
    assessors.addBinding().to(EqualRightsScreen.class);
    assessors.addBinding().to(ManipulationScreen.class);
    assessors.addBinding().to(LifeAtRiskScreen.class);
    assessors.addBinding().to(CrisisSupportScreen.class);
    assessors.addBinding().to(DoseInformationScreen.class);
    assessors.addBinding().to(MinorUserScreen.class);
    assessors.addBinding().to(HonestReportScreen.class);
    assessors.addBinding().to(AstroturfingScreen.class);
    assessors.addBinding().to(HealthClaimsScreen.class);
    assessors.addBinding().to(DefamationScreen.class);
    assessors.addBinding().to(IntentToHarmScreen.class);
    assessors.addBinding().to(GameContextScreen.class);
    assessors.addBinding().to(WeaponMakingScreen.class);
  }
}
