package dev.charter.adapter.transport.cli;

import dev.charter.application.port.in.EvaluateSuite;
import dev.charter.application.port.in.InspectConstitution;
import dev.charter.application.port.in.JudgeSituation;
import dev.charter.application.port.in.OverseeDecisions;

/** The use cases the command line drives, opened for one command and closed after it. */
public interface CharterPorts extends AutoCloseable {

  JudgeSituation judge();

  OverseeDecisions oversight();

  InspectConstitution constitution();

  EvaluateSuite evaluate();

  @Override
  void close();
}
